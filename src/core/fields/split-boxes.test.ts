import { describe, expect, it } from 'vitest';
import type { ControlSnapshot } from '../types';
import { classifyFields } from './classify';
import { page } from './control-factory';

const boxes = (n: number, over: Partial<ControlSnapshot>, first: Partial<ControlSnapshot> = {}): Partial<ControlSnapshot>[] =>
  Array.from({ length: n }, (_, i) => ({ rowKey: 5, ...over, ...(i === 0 ? first : {}) }));

/** What a group of equal boxes reports: every box, each carrying the whole group. */
const everyBox = (kind: string, group: number[]) => group.map((index) => [kind, group, index]);
const kindsBoxesIndex = (found: ReturnType<typeof classifyFields>) => found.map((f) => [f.kind, f.boxes, f.index]);

describe('split boxes', () => {
  it('four 4-digit boxes after 银行卡号 are one card number: every box is reported and carries all four', () => {
    const found = classifyFields(page(...boxes(4, { maxLength: 4 }, { nearbyText: '银行卡号' })));
    expect(found.map((f) => [f.index, f.kind, f.boxes])).toEqual([0, 1, 2, 3].map((i) => [i, 'card-number', [0, 1, 2, 3]]));
    expect(found[3]?.reasons[0]).toEqual({ code: 'split-boxes', detail: '4 boxes' });
    // The label before the first box speaks for the last one too.
    expect(found[3]?.reasons).toContainEqual(expect.objectContaining({ detail: '银行卡号' }));
  });

  it('the boxes keep their page positions when other controls come first', () => {
    const controls = page({ nearbyText: 'Email', autocomplete: 'email' }, { nearbyText: 'Name' }, ...boxes(4, { maxLength: 4 }, { nearbyText: 'Card number' }));
    expect(kindsBoxesIndex(classifyFields(controls))).toEqual(everyBox('card-number', [2, 3, 4, 5]));
  });

  it('four numeric 4-digit boxes with no words are still a card number', () => {
    const found = classifyFields(page(...boxes(4, { maxLength: 4, inputmode: 'numeric' })));
    expect(kindsBoxesIndex(found)).toEqual(everyBox('card-number', [0, 1, 2, 3]));
  });

  it('an Amex-style 4-6-5 split across rows joined by "-" is one card number', () => {
    const found = classifyFields(
      page(
        { maxLength: 4, rowKey: 1, nearbyText: 'Card number:' },
        { maxLength: 6, rowKey: 2, nearbyText: '-' },
        { maxLength: 5, rowKey: 2, nearbyText: '-' },
      ),
    );
    expect(kindsBoxesIndex(found)).toEqual(everyBox('card-number', [0, 1, 2]));
  });

  it('six 1-character boxes are one code, each box reported', () => {
    const found = classifyFields(page(...boxes(6, { maxLength: 1 })));
    expect(kindsBoxesIndex(found)).toEqual(everyBox('otp', [0, 1, 2, 3, 4, 5]));
    expect(found[0]?.reasons[0]).toEqual({ code: 'split-boxes', detail: '6 boxes' });
  });

  it.each<[string, Partial<ControlSnapshot>]>([
    ['autocomplete=one-time-code, maxlength 6', { maxLength: 6, autocomplete: 'one-time-code', inputmode: 'numeric' }],
    ['autocomplete=one-time-code, no maxlength', { autocomplete: 'one-time-code' }],
    ['the same numeric inputmode, maxlength 6', { maxLength: 6, inputmode: 'numeric' }],
    ['the same numeric inputmode, maxlength 100', { maxLength: 100, inputmode: 'numeric' }],
  ])('a paste box (%s) before five single boxes heads one 6-box code and alone is reported', (_why, head) => {
    const controls = page({ nearbyText: 'Phone', type: 'tel' }, { rowKey: 9, ...head }, ...boxes(5, { maxLength: 1, rowKey: 9, inputmode: 'numeric' }));
    const found = classifyFields(controls).filter((f) => f.kind === 'otp');
    expect(found.map((f) => [f.index, f.boxes])).toEqual([[1, [1, 2, 3, 4, 5, 6]]]);
  });

  it.each<[string, Partial<ControlSnapshot>]>([
    ['it allows fewer characters than there are boxes', { maxLength: 3, inputmode: 'numeric' }],
    ['it sits in another row', { maxLength: 6, inputmode: 'numeric', rowKey: 8 }],
    ['it asks for text, not digits', { maxLength: 6 }],
    ['it has no limit and no one-time-code token', { inputmode: 'numeric' }],
  ])('a box before five single boxes does not head them when %s (the five are still one code)', (_why, head) => {
    const found = classifyFields(page({ rowKey: 9, nearbyText: 'Reference', ...head }, ...boxes(5, { maxLength: 1, rowKey: 9, inputmode: 'numeric' })));
    expect(kindsBoxesIndex(found)).toEqual(everyBox('otp', [1, 2, 3, 4, 5]));
  });

  it('two code groups in two rows stay two groups', () => {
    const found = classifyFields(
      page(...boxes(6, { maxLength: 1, rowKey: 1 }, { nearbyText: 'SMS code' }), ...boxes(6, { maxLength: 1, rowKey: 2 }, { nearbyText: 'Email code' })),
    );
    expect(kindsBoxesIndex(found)).toEqual([...everyBox('otp', [0, 1, 2, 3, 4, 5]), ...everyBox('otp', [6, 7, 8, 9, 10, 11])]);
  });

  it('a card group and the CVV after it are two findings, the CVV found by card context', () => {
    const found = classifyFields(page(...boxes(4, { maxLength: 4, rowKey: 1 }, { nearbyText: 'Card number' }), { rowKey: 2, nearbyText: 'Security code', maxLength: 3 }));
    expect(kindsBoxesIndex(found)).toEqual([...everyBox('card-number', [0, 1, 2, 3]), ['card-cvv', undefined, 4]]);
  });

  it('four 1-digit numeric boxes are a code', () => {
    expect(kindsBoxesIndex(classifyFields(page(...boxes(4, { maxLength: 1, type: 'tel' }))))).toEqual(everyBox('otp', [0, 1, 2, 3]));
  });

  it('six 1-character password boxes under 支付密码 are a card PIN', () => {
    const found = classifyFields(page(...boxes(6, { maxLength: 1, type: 'password' }, { nearbyText: '支付密码' })));
    expect(kindsBoxesIndex(found)).toEqual(everyBox('card-pin', [0, 1, 2, 3, 4, 5]));
  });

  // Red-team round 2: a fake refund page asks for the card in four boxes and the SMS code in six boxes right under
  // them, with no word between the rows. Chained into one run of ten, the boxes were neither, and the page got nothing.
  const cardThenCode = (cardRow: number, codeRow: number) =>
    page(...boxes(4, { maxLength: 4, inputmode: 'numeric', rowKey: cardRow }, { nearbyText: '银行卡号' }), ...boxes(6, { maxLength: 1, inputmode: 'numeric', rowKey: codeRow }));

  it('card boxes in one row and code boxes in the next, nothing between them, are a card number and a code', () => {
    expect(kindsBoxesIndex(classifyFields(cardThenCode(1, 2)))).toEqual([...everyBox('card-number', [0, 1, 2, 3]), ...everyBox('otp', [4, 5, 6, 7, 8, 9])]);
  });

  it('card boxes then code boxes in one container (one rowKey) are cut where the box length changes', () => {
    expect(kindsBoxesIndex(classifyFields(cardThenCode(1, 1)))).toEqual([...everyBox('card-number', [0, 1, 2, 3]), ...everyBox('otp', [4, 5, 6, 7, 8, 9])]);
  });

  it('code boxes then card boxes in one container are two values too', () => {
    const found = classifyFields(page(...boxes(6, { maxLength: 1, inputmode: 'numeric' }), ...boxes(4, { maxLength: 4, inputmode: 'numeric' })));
    expect(kindsBoxesIndex(found)).toEqual([...everyBox('otp', [0, 1, 2, 3, 4, 5]), ...everyBox('card-number', [6, 7, 8, 9])]);
  });

  it('two rows of six code boxes with no word between them stay two codes (each row is a value on its own)', () => {
    const found = classifyFields(page(...boxes(6, { maxLength: 1, rowKey: 1 }, { nearbyText: '短信验证码' }), ...boxes(6, { maxLength: 1, rowKey: 2 })));
    expect(kindsBoxesIndex(found)).toEqual([...everyBox('otp', [0, 1, 2, 3, 4, 5]), ...everyBox('otp', [6, 7, 8, 9, 10, 11])]);
  });

  it('four card boxes with MM and YY boxes in the row under them, nothing between, are still one card number', () => {
    const found = classifyFields(page(...boxes(4, { maxLength: 4, inputmode: 'numeric', rowKey: 1 }), ...boxes(2, { maxLength: 2, inputmode: 'numeric', rowKey: 2 })));
    expect(kindsBoxesIndex(found)).toEqual(everyBox('card-number', [0, 1, 2, 3]));
  });

  // Parts that are no value on their own still join across containers with nothing between them.
  it.each<[string, Partial<ControlSnapshot>[], string, number[]]>([
    ['3 + 3 code boxes in two containers', [...boxes(3, { maxLength: 1, rowKey: 1 }), ...boxes(3, { maxLength: 1, rowKey: 2 })], 'otp', [0, 1, 2, 3, 4, 5]],
    ['2 + 2 card boxes in two containers', [...boxes(2, { maxLength: 4, inputmode: 'numeric', rowKey: 1 }), ...boxes(2, { maxLength: 4, inputmode: 'numeric', rowKey: 2 })], 'card-number', [0, 1, 2, 3]],
    ['four card boxes each wrapped alone (each its own rowKey)', Array.from({ length: 4 }, () => ({ maxLength: 4, inputmode: 'numeric' })), 'card-number', [0, 1, 2, 3]],
    ['six code boxes each wrapped alone', Array.from({ length: 6 }, () => ({ maxLength: 1, inputmode: 'numeric' })), 'otp', [0, 1, 2, 3, 4, 5]],
    ['a 19-digit card in 4-4-4-4-3 boxes in one row', boxes(5, { maxLength: 4, inputmode: 'numeric' }, { nearbyText: '银行卡号' }).map((b, i) => (i === 4 ? { ...b, maxLength: 3 } : b)), 'card-number', [0, 1, 2, 3, 4]],
  ])('still one group: %s', (_why, controls, kind, group) => {
    expect(kindsBoxesIndex(classifyFields(page(...controls)))).toEqual(everyBox(kind, group));
  });

  it.each<[string, Partial<ControlSnapshot>[]]>([
    ['a 3-3-4 phone number', [{ maxLength: 3, rowKey: 1 }, { maxLength: 3, rowKey: 1 }, { maxLength: 4, rowKey: 1 }]],
    ['day / month / year', [{ maxLength: 2, rowKey: 1 }, { maxLength: 2, rowKey: 1 }, { maxLength: 4, rowKey: 1 }]],
    ['four 4-character boxes that are not digits and have no card words', boxes(4, { maxLength: 4 })],
    ['six 1-character boxes in different rows', Array.from({ length: 6 }, (_, i) => ({ maxLength: 1, rowKey: i + 1, nearbyText: `Q${i}` }))],
    ['three 1-character boxes', boxes(3, { maxLength: 1, inputmode: 'numeric' })],
  ])('not split boxes: %s', (_why, controls) => {
    expect(classifyFields(page(...controls))).toEqual([]);
  });
});
