// The id/name cues of the word lists (evidence.ts asks them per kind).
//
// Asking every list of every kind costs some 230 substring and token tests per control, and most ids/names
// ("field_12", "address") hold no cue at all. So one quick look comes first: does any substring cue start
// anywhere in the compact id/name (their first three letters, as numbers in one set), or is any token a
// token cue? Only then are the lists asked, in their own order, as before.
import type { FieldKind } from '../types';
import { FIELD_KINDS } from '../types';
import type { AttrForms } from './match';
import { KIND_WORDS, NOT_PAYMENT_ATTR } from './words';

/** Long exclusions also match inside run-together names ("couponcode", "captchainput"). */
export const LONG_EXCLUDED = Object.fromEntries(FIELD_KINDS.map((k) => [k, KIND_WORDS[k].attrExcluded.filter((x) => x.length >= 4)])) as Record<
  FieldKind,
  string[]
>;

/** The first listed cue the id/name holds: a substring of the compact form (substring), else a whole token. */
export type AttrMatch = (cues: readonly string[], substring?: boolean) => string | null;

let prefixes: Set<number> | null = null;
let tokenCues: Set<string>;

/** The three characters at i as one number (the compact id/name is [a-z0-9|], all ASCII). */
const key3 = (s: string, i: number): number => (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);

/** Built on the first id/name read, not at load (the content script loads on every page). */
function build(): Set<number> {
  tokenCues = new Set(Object.values(KIND_WORDS).flatMap((w) => [...w.tokens, ...w.weakTokens, ...w.attrExcluded]));
  // Every substring cue has at least three letters (a unit test holds the lists to it).
  return new Set([...NOT_PAYMENT_ATTR, ...FIELD_KINDS.flatMap((k) => [...KIND_WORDS[k].attr, ...LONG_EXCLUDED[k]])].map((c) => key3(c.replace('^', ''), 0)));
}

/** The id/name's matcher, or null when it holds no cue of any list (most controls). */
export function attrMatcher({ compact, tokens }: AttrForms): AttrMatch | null {
  prefixes ??= build();
  let maybe = tokens.some((t) => tokenCues.has(t));
  for (let i = 0; !maybe && i + 3 <= compact.length; i++) maybe = prefixes.has(key3(compact, i));
  if (!maybe) return null;
  return (cues, substring) =>
    (substring
      ? // A cue starting with '^' only at the start of the id or the name.
        cues.find((c) => (c[0] === '^' ? compact.split('|').some((v) => v.startsWith(c.slice(1))) : compact.includes(c)))
      : tokens.find((t) => cues.includes(t))) ?? null;
}
