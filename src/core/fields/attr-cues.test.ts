import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS } from '../types';
import { type AttrMatch, attrMatcher, LONG_EXCLUDED } from './attr-cues';
import { attrForms, type AttrForms } from './match';
import { KIND_WORDS, NOT_PAYMENT_ATTR } from './words';

// The matchers evidence.ts used before the quick look: the reference attrMatcher must agree with.
/** Cues found anywhere in the compact id/name; a cue starting with '^' only at the start of id or name. */
const substringMatcher =
  (cues: readonly string[]) =>
  (compact: string): string | null =>
    cues.find((c) => (c.startsWith('^') ? compact.split('|').some((v) => v.startsWith(c.slice(1))) : compact.includes(c))) ?? null;
const tokenMatcher =
  (cues: readonly string[]) =>
  (tokens: readonly string[]): string | null =>
    tokens.find((t) => cues.includes(t)) ?? null;

const SUBSTRING_LISTS = [NOT_PAYMENT_ATTR, ...FIELD_KINDS.flatMap((k) => [KIND_WORDS[k].attr, LONG_EXCLUDED[k]])];
const TOKEN_LISTS = FIELD_KINDS.flatMap((k) => [KIND_WORDS[k].tokens, KIND_WORDS[k].weakTokens, KIND_WORDS[k].attrExcluded]);

/** Every list's answer, from the matcher (null: it said no cue can be there) or from the reference. */
function answers(attr: AttrForms, match: AttrMatch | null): (string | null)[] {
  return [
    ...SUBSTRING_LISTS.map((l) => (match ? match(l, true) : null)),
    ...TOKEN_LISTS.map((l) => (match ? match(l) : null)),
  ];
}
const reference = (attr: AttrForms): (string | null)[] => [
  ...SUBSTRING_LISTS.map((l) => substringMatcher(l)(attr.compact)),
  ...TOKEN_LISTS.map((l) => tokenMatcher(l)(attr.tokens)),
];

const ALL_CUES = [
  ...NOT_PAYMENT_ATTR,
  ...FIELD_KINDS.flatMap((k) => {
    const w = KIND_WORDS[k];
    return [...w.attr, ...w.tokens, ...w.weakTokens, ...w.attrExcluded];
  }),
].map((c) => c.replace('^', ''));

describe('attrCues', () => {
  it('every substring cue has the three characters the quick look needs', () => {
    expect(SUBSTRING_LISTS.flat().filter((c) => c.replace('^', '').length < 3)).toEqual([]);
  });

  it.each([
    ['cardNumber', KIND_WORDS['card-number'].attr, true, 'cardnumber'],
    ['otpCode', KIND_WORDS.otp.attr, true, '^otp'],
    ['myotp', KIND_WORDS.otp.attr, true, null],
    ['txtYzm', KIND_WORDS.otp.tokens, false, 'yzm'],
    ['comment', KIND_WORDS.password.tokens, false, null],
    ['giftCardNumber', NOT_PAYMENT_ATTR, true, 'gift'],
  ])('%s', (name, list, substring, cue) => {
    expect(attrMatcher(attrForms(name))?.(list, substring)).toBe(cue);
  });

  it.each(['field_12', 'address', 'q'])('%s holds no cue: no lists asked', (name) => expect(attrMatcher(attrForms(name, null))).toBeNull());

  it('agrees with the lists asked one by one, and says "none" only when no list has a cue', () => {
    // Names built from cue fragments, case changes and separators: overlapping, anchored and repeated cues.
    const part = fc.oneof(fc.constantFrom(...ALL_CUES), fc.constantFrom('txt', 'input', 'field', 'x', '1', '2', 'my', 'new'));
    const name = fc
      .array(fc.tuple(part, fc.constantFrom('', '_', '-', '.', '[', ']', ' '), fc.boolean()), { minLength: 1, maxLength: 5 })
      .map((ps) => ps.map(([p, sep, upper]) => (upper ? p.charAt(0).toUpperCase() + p.slice(1) : p) + sep).join(''));
    fc.assert(
      fc.property(fc.option(name, { nil: null }), fc.option(name, { nil: null }), (id, nm) => {
        const forms = attrForms(id, nm);
        expect(answers(forms, attrMatcher(forms))).toEqual(reference(forms));
      }),
      { numRuns: 3000 },
    );
  });
});
