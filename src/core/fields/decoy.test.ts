import { describe, expect, it } from 'vitest';
import type { ControlSnapshot } from '../types';
import { isDecoy } from './analyse';
import { classifyFields } from './classify';
import { page } from './control-factory';

const card = { labelText: 'Card number', inputmode: 'numeric', maxLength: 19 } satisfies Partial<ControlSnapshot>;
const code = { labelText: '短信验证码', maxLength: 6, inputmode: 'numeric' } satisfies Partial<ControlSnapshot>;

describe('decoys no one can type into', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    ['readonly + aria-hidden card number', { ...card, readOnly: true, hiddenFromPeople: true }],
    ['disabled + 1 px tabindex=-1 code box', { ...code, disabled: true, hiddenFromPeople: true }],
    ['readonly card number with autocomplete="fake-cc-number"', { ...card, readOnly: true, autocomplete: 'fake-cc-number' }],
    ['disabled CVV with autocomplete="honeypot"', { labelText: 'CVV', maxLength: 3, disabled: true, autocomplete: 'honeypot' }],
  ])('%s is not a sensitive field', (_why, over) => {
    expect(isDecoy(page(over)[0]!)).toBe(true);
    expect(classifyFields(page(over))).toEqual([]);
  });

  it.each<[string, Partial<ControlSnapshot>, string]>([
    ['a plain readonly card number (a page can unlock it on click)', { ...card, readOnly: true }, 'card-number'],
    ['a plain disabled code box', { ...code, disabled: true }, 'otp'],
    ['aria-hidden alone (not locked)', { ...card, hiddenFromPeople: true }, 'card-number'],
    ['autocomplete="fake" on a box people can type into', { ...card, autocomplete: 'fake' }, 'card-number'],
    ['readonly with autocomplete="off"', { ...card, readOnly: true, autocomplete: 'off' }, 'card-number'],
  ])('%s still counts', (_why, over, kind) => {
    expect(classifyFields(page(over)).map((f) => f.kind)).toEqual([kind]);
  });

  it('a decoy beside a real card number is neither a finding nor promoted by card context', () => {
    const found = classifyFields(
      page({ ...card, rowKey: 1 }, { labelText: 'Security code', maxLength: 3, rowKey: 1, readOnly: true, hiddenFromPeople: true }, { labelText: 'Security code', maxLength: 3, rowKey: 1 }),
    );
    expect(found.map((f) => [f.index, f.kind])).toEqual([
      [0, 'card-number'],
      [2, 'card-cvv'],
    ]);
  });

  it('a decoy with the same words as a real field does not share its result (memo)', () => {
    expect(classifyFields(page({ ...card, readOnly: true, hiddenFromPeople: true }))).toEqual([]);
    expect(classifyFields(page(card)).map((f) => f.kind)).toEqual(['card-number']);
    expect(classifyFields(page({ ...card, readOnly: true, hiddenFromPeople: true }))).toEqual([]);
  });

  it('decoy boxes do not join or head split boxes', () => {
    const boxes = Array.from({ length: 6 }, () => ({ maxLength: 1, inputmode: 'numeric', rowKey: 3 }));
    const found = classifyFields(page({ maxLength: 6, inputmode: 'numeric', autocomplete: 'one-time-code', rowKey: 3, readOnly: true, hiddenFromPeople: true }, ...boxes));
    // The six real boxes are a group of their own, each reported; the decoy is in none of it.
    const group = [1, 2, 3, 4, 5, 6];
    expect(found.map((f) => [f.index, f.kind, f.boxes])).toEqual(group.map((i) => [i, 'otp', group]));
  });
});
