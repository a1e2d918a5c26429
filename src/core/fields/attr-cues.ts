// What a control's id/name says, for every kind at once (evidence.ts reads it).
//
// The cues are the word lists' `attr` (substrings of the compact id/name), `tokens` / `weakTokens` /
// `attrExcluded` (whole tokens) and the long exclusions and NOT_PAYMENT_ATTR (substrings). Asking every
// list of every kind costs some 230 `includes` per control, and most ids/names ("field_12", "address")
// hold no cue at all. So the compact id/name is read once, position by position, against all substring
// cues indexed by their first three characters; only when some cue is there are the lists asked, in their
// own order (the first listed substring cue, the first token of the id/name), as before.
import type { FieldKind } from '../types';
import { FIELD_KINDS } from '../types';
import type { AttrForms } from './match';
import { KIND_WORDS, NOT_PAYMENT_ATTR } from './words';

export interface KindAttr {
  /** An `attr` substring cue, else a strong token. */
  strong: string | null;
  /** A weak token, only when there is no strong cue. */
  weak: string | null;
  /** An excluded token or long excluded substring. */
  excluded: boolean;
}

export interface AttrCues {
  /** A gift-card / voucher / coupon id or name (rules out every card and code kind). */
  notPayment: boolean;
  /** Only the kinds the id/name says something about. */
  kinds: Partial<Record<FieldKind, KindAttr>>;
}

/** The id/name says nothing (most controls). */
export const NO_CUES: AttrCues = { notPayment: false, kinds: {} };

/** Long exclusions also match inside run-together names ("couponcode", "captchainput"). */
const longExcluded = (kind: FieldKind): string[] => KIND_WORDS[kind].attrExcluded.filter((x) => x.length >= 4);

/** Any substring cue at all (anchored ones anywhere), and every token cue: built on the first id/name read. */
let anySubstring: RegExp | null = null;
let tokenCues: Set<string>;

function build(): RegExp {
  const cues = [...NOT_PAYMENT_ATTR, ...FIELD_KINDS.flatMap((k) => [...KIND_WORDS[k].attr, ...longExcluded(k)])];
  tokenCues = new Set(Object.values(KIND_WORDS).flatMap((w) => [...w.tokens, ...w.weakTokens, ...w.attrExcluded]));
  // The cues are plain [a-z0-9] words, so they need no escaping.
  return new RegExp(cues.map((c) => c.replace('^', '')).join('|'));
}

/** Cues found anywhere in the compact id/name; a cue starting with '^' only at the start of id or name. */
const sub = (compact: string, cues: readonly string[]): string | null =>
  cues.find((c) => (c[0] === '^' ? compact.split('|').some((v) => v.startsWith(c.slice(1))) : compact.includes(c))) ?? null;

/** Every kind's id/name cues: NO_CUES unless some cue is there. */
export function attrCues(attr: AttrForms): AttrCues {
  const { compact, tokens } = attr;
  anySubstring ??= build();
  if (!anySubstring.test(compact) && !tokens.some((t) => tokenCues.has(t))) return NO_CUES;
  const token = (list: readonly string[]): string | null => tokens.find((t) => list.includes(t)) ?? null;
  const kinds: AttrCues['kinds'] = {};
  for (const kind of FIELD_KINDS) {
    const w = KIND_WORDS[kind];
    const strong = sub(compact, w.attr) ?? token(w.tokens);
    const weak = strong ? null : token(w.weakTokens);
    const excluded = (token(w.attrExcluded) ?? sub(compact, longExcluded(kind))) !== null;
    if (strong || weak || excluded) kinds[kind] = { strong, weak, excluded };
  }
  const notPayment = sub(compact, NOT_PAYMENT_ATTR) !== null;
  return notPayment || Object.keys(kinds).length > 0 ? { notPayment, kinds } : NO_CUES;
}
