// Per-control evidence: for each kind, a score and the reasons behind it, from words alone.
//
//   label-like text (label, aria, placeholder, title)  strong 4 · weak 1
//   text just before the control in its row             strong 3 · weak 1
//   id / name                                           strong 3 · weak 1
// An excluded phrase in a source silences that source for the kind; one in the label or the id/name
// also silences the nearby text (which may be a heading over several fields). A card that is no bank card
// (会员卡, ETC卡) does the same for the card kinds, unless the same text names a bank card as well.
import type { ControlSnapshot, FieldKind, Reason } from '../types';
import { CARD_KINDS, FIELD_KINDS } from '../types';
import { type Found, scanText, tag } from './lexicon';
import { attrMatcher, LONG_EXCLUDED } from './attr-cues';
import type { AttrForms } from './match';
import { KIND_WORDS, NOT_PAYMENT_ATTR } from './words';
import { SENSITIVE_KINDS } from './kinds';

export interface KindEvidence {
  score: number;
  /** Has a cue that names the kind on its own (not only weak words). */
  strong: boolean;
  reasons: Reason[];
}
export type Evidence = Partial<Record<FieldKind, KindEvidence>>;

const CARD_KIND_SET: ReadonlySet<FieldKind> = new Set<FieldKind>(CARD_KINDS);
const TAGS = Object.fromEntries(FIELD_KINDS.map((k) => [k, [tag(k, 's'), tag(k, 'w'), tag(k, 'x')]])) as Record<FieldKind, [string, string, string]>;
/**
 * Does this text rule the kind out? Its own excluded words, or for a card kind a card that is no bank card,
 * when no bank card is named beside it ("会员卡号" is out; "会员卡绑定的银行卡号" asks for the bank card).
 */
function rulesOut(found: Found, excludedTag: string, cardKind: boolean): boolean {
  return found.has(excludedTag) || (cardKind && found.has('other-card') && !found.has('bank-card'));
}

/** No kind ruled out: shared, since most controls have no excluded word (nothing adds to it later). */
export const NONE_EXCLUDED: ReadonlySet<FieldKind> = new Set();

/** What the word lists found in each of the control's texts, by source. */
export interface ControlTexts {
  /** In LABEL_CODES order. */
  label: Found[];
  nearby: Found;
}

/** The label-like sources, as reason codes, in the order `label` holds them. */
const LABEL_CODES = ['label', 'aria-label', 'placeholder', 'title'] as const;

export function add(ev: Evidence, kind: FieldKind, score: number, reason: Reason, strong = false): void {
  const k = (ev[kind] ??= { score: 0, strong: false, reasons: [] });
  k.score += score;
  k.strong ||= strong;
  k.reasons.push(reason);
}

/**
 * Word evidence per kind, and the kinds an excluded word ruled out (card context must not bring those
 * back). A gift-card / voucher / coupon id or name rules out every card and code kind.
 */
export function wordEvidence(texts: ControlTexts, attr: AttrForms, attrText: string): { ev: Evidence; excluded: ReadonlySet<FieldKind> } {
  const ev: Evidence = {};
  const match = attrMatcher(attr);
  // Most controls (name, address, search …) carry no word of any list: nothing to weigh.
  if (!match && texts.nearby.size === 0 && texts.label.every((found) => found.size === 0)) return { ev, excluded: NONE_EXCLUDED };
  const excluded = new Set<FieldKind>();
  const notPayment = match?.(NOT_PAYMENT_ATTR, true);
  for (let k = 0; k < FIELD_KINDS.length; k++) {
    const kind = FIELD_KINDS[k]!;
    const words = KIND_WORDS[kind];
    if (notPayment && SENSITIVE_KINDS.has(kind)) {
      excluded.add(kind);
      continue;
    }
    // Plain indexing, no destructuring: this runs for every control while the page's scripts are still cold.
    const tags = TAGS[kind];
    const strongTag = tags[0];
    const weakTag = tags[1];
    const excludedTag = tags[2];
    const cardKind = CARD_KIND_SET.has(kind);
    let labelExcluded = false;
    let best: { score: number; reason: Reason; strong: boolean } | null = null;
    for (let i = 0; i < LABEL_CODES.length; i++) {
      const found = texts.label[i]!;
      const code = LABEL_CODES[i]!;
      if (found.size === 0) continue;
      if (rulesOut(found, excludedTag, cardKind)) {
        labelExcluded = true;
        continue;
      }
      const s = found.get(strongTag);
      if (s && (!best || best.score < 4)) best = { score: 4, reason: { code, detail: s }, strong: true };
      const w = s ? undefined : found.get(weakTag);
      if (w && !best) best = { score: 1, reason: { code, detail: w }, strong: false };
    }
    const attrExcluded = match !== null && (match(words.attrExcluded) ?? match(LONG_EXCLUDED[kind], true)) !== null;
    if (labelExcluded || attrExcluded) excluded.add(kind);
    // The label speaks for the control: when it rules a kind out, nothing else brings it back.
    if (labelExcluded) continue;
    if (best) add(ev, kind, best.score, best.reason, best.strong);
    const near = texts.nearby;
    if (near.size > 0 && !rulesOut(near, excludedTag, cardKind)) {
      const s = near.get(strongTag);
      const w = s ? undefined : near.get(weakTag);
      if (s) add(ev, kind, 3, { code: 'nearby-text', detail: s }, true);
      else if (w) add(ev, kind, 1, { code: 'nearby-text', detail: w });
    }
    if (match && !attrExcluded) {
      const s = match(words.attr, true) ?? match(words.tokens);
      const w = s ? null : match(words.weakTokens);
      if (s) add(ev, kind, 3, { code: 'attribute', detail: `${attrText} (${s})` }, true);
      else if (w) add(ev, kind, 1, { code: 'attribute', detail: `${attrText} (${w})` });
    }
  }
  return { ev, excluded };
}

/** What the word lists found in the control's label-like sources (LABEL_CODES order) and nearby text. */
export function labelSources(c: ControlSnapshot): ControlTexts {
  return {
    label: [scanText(c.labelText), scanText(c.ariaLabel), scanText(c.placeholder), scanText(c.title)],
    nearby: scanText(c.nearbyText),
  };
}
