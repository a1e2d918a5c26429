import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS } from '../types';
import { attrCues, type AttrCues, NO_CUES } from './attr-cues';
import { attrForms, type AttrForms } from './match';
import { KIND_WORDS, NOT_PAYMENT_ATTR } from './words';

// The matchers evidence.ts used before the one-pass index, kept as the reference it must agree with.
/** Cues found anywhere in the compact id/name; a cue starting with '^' only at the start of id or name. */
const substringMatcher =
  (cues: readonly string[]) =>
  (compact: string): string | null =>
    cues.find((c) => (c.startsWith('^') ? compact.split('|').some((v) => v.startsWith(c.slice(1))) : compact.includes(c))) ?? null;
const tokenMatcher =
  (cues: readonly string[]) =>
  (tokens: readonly string[]): string | null =>
    tokens.find((t) => cues.includes(t)) ?? null;

/** The lists asked one by one, as `find` over each gives: what the one-pass index must agree with. */
function listByList(attr: AttrForms): AttrCues {
  const kinds: AttrCues['kinds'] = {};
  for (const kind of FIELD_KINDS) {
    const w = KIND_WORDS[kind];
    const strong = substringMatcher(w.attr)(attr.compact) ?? tokenMatcher(w.tokens)(attr.tokens);
    const weak = strong ? null : tokenMatcher(w.weakTokens)(attr.tokens);
    const excluded =
      (tokenMatcher(w.attrExcluded)(attr.tokens) ?? substringMatcher(w.attrExcluded.filter((x) => x.length >= 4))(attr.compact)) !== null;
    if (strong || weak || excluded) kinds[kind] = { strong, weak, excluded };
  }
  const notPayment = substringMatcher(NOT_PAYMENT_ATTR)(attr.compact) !== null;
  return notPayment || Object.keys(kinds).length > 0 ? { notPayment, kinds } : NO_CUES;
}

const ALL_CUES = [
  ...NOT_PAYMENT_ATTR,
  ...FIELD_KINDS.flatMap((k) => {
    const w = KIND_WORDS[k];
    return [...w.attr, ...w.tokens, ...w.weakTokens, ...w.attrExcluded];
  }),
].map((c) => c.replace('^', ''));

describe('attrCues', () => {
  it('every substring cue has the three characters the index needs', () => {
    const substrings = [...NOT_PAYMENT_ATTR, ...FIELD_KINDS.flatMap((k) => [...KIND_WORDS[k].attr, ...KIND_WORDS[k].attrExcluded.filter((x) => x.length >= 4)])];
    expect(substrings.filter((c) => c.replace('^', '').length < 3)).toEqual([]);
  });

  it.each([
    ['cardNumber', 'card-number', 'cardnumber'],
    ['otpCode', 'otp', '^otp'],
    ['txtYzm', 'otp', 'yzm'],
    ['cvv2', 'card-cvv', 'cvv'],
  ])('%s: strong %s cue %s', (name, kind, cue) => {
    expect(attrCues(attrForms(name)).kinds[kind as (typeof FIELD_KINDS)[number]]?.strong).toBe(cue);
  });

  it.each([
    ['txtforgotpasswordemail', 'otp'],
    ['comment', 'password'],
  ])('%s says nothing of %s (anchored cues, whole tokens)', (name, kind) => {
    expect(attrCues(attrForms(name)).kinds[kind as (typeof FIELD_KINDS)[number]]).toBeUndefined();
  });

  it.each(['giftCardNumber', 'couponcode'])('%s is not a payment field', (name) => expect(attrCues(attrForms(name)).notPayment).toBe(true));

  it('says nothing for a plain name', () => expect(attrCues(attrForms('field_12', 'f12'))).toBe(NO_CUES));

  it('agrees with the lists asked one by one', () => {
    // Names built from cue fragments, case changes and separators: overlapping, anchored and repeated cues.
    const part = fc.oneof(fc.constantFrom(...ALL_CUES), fc.constantFrom('txt', 'input', 'field', 'x', '1', '2', 'my', 'new'));
    const name = fc
      .array(fc.tuple(part, fc.constantFrom('', '_', '-', '.', '[', ']', ' '), fc.boolean()), { minLength: 1, maxLength: 5 })
      .map((ps) => ps.map(([p, sep, upper]) => (upper ? p.charAt(0).toUpperCase() + p.slice(1) : p) + sep).join(''));
    fc.assert(
      fc.property(fc.option(name, { nil: null }), fc.option(name, { nil: null }), (id, nm) => {
        const forms = attrForms(id, nm);
        expect(attrCues(forms)).toEqual(listByList(forms));
      }),
      { numRuns: 3000 },
    );
  });
});
