// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { looksLikeTypedCard, TYPED_CARD_REASON, withTypedCards } from './typed-card';

describe('looksLikeTypedCard', () => {
  it.each([
    ['16-digit Luhn-valid Visa test number', '4111111111111111'],
    ['grouped with spaces', '4111 1111 1111 1111'],
    ['grouped with dashes', '4111-1111-1111-1111'],
    ['19-digit UnionPay (62…) without a Luhn check digit', '6222020200112233445'],
    ['16-digit UnionPay with spaces', '6212 3456 7890 1234'],
    ['trailing space from the keyboard', '4111111111111111 '],
    // Longer than any honest card number with separators: the page put two invisible characters after every digit.
    ['a zero-width space and a word joiner after every digit', [...'4111111111111111'].map((d) => `${d}\u200b\u2060`).join('')],
  ])('matches %s', (_name, value) => {
    expect(looksLikeTypedCard(value)).toBe(true);
  });

  it.each([
    ['15 digits', '411111111111111'],
    ['16 digits failing Luhn, not 62…', '4111111111111112'],
    ['20 digits', '41111111111111111111'],
    ['a phone number', '13812345678'],
    ['an SMS code', '123456'],
    ['letters mixed in', '4111a11111111111'],
    ['an ID number (18 chars with X)', '11010519491231002X'],
    ['empty', ''],
    ['a long note that merely contains a card number', `我的卡号是 4111111111111111，请退款给我，谢谢你们的帮助和耐心`],
  ])('does not match %s', (_name, value) => {
    expect(looksLikeTypedCard(value)).toBe(false);
  });
});

describe('withTypedCards', () => {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = '<input id="a" name="n1"><input id="b"><input name="c">';
  const elements = [...doc.querySelectorAll('input')];

  it('adds a card-number finding for a typed control with no finding, in index order, without any value', () => {
    elements[1]!.value = '4111111111111111';
    const typed = new WeakSet([elements[1]!]);
    const fields = withTypedCards([{ index: 2, kind: 'otp', id: null, name: 'c', reasons: [] }], elements, typed);
    expect(fields).toEqual([
      { index: 1, kind: 'card-number', id: 'b', name: null, reasons: [{ code: TYPED_CARD_REASON }] },
      { index: 2, kind: 'otp', id: null, name: 'c', reasons: [] },
    ]);
    expect(JSON.stringify(fields)).not.toContain('4111');
  });

  it('does not duplicate a control the classifier already called a card number', () => {
    const existing = [{ index: 0, kind: 'card-number' as const, id: 'a', name: 'n1', reasons: [{ code: 'label' }] }];
    expect(withTypedCards(existing, elements, new WeakSet([elements[0]!]))).toEqual(existing);
  });

  it('does not add a card number to a box of a split-box card number', () => {
    const existing = [{ index: 0, kind: 'card-number' as const, id: 'a', name: 'n1', reasons: [{ code: 'split-boxes' }], boxes: [0, 1, 2] }];
    expect(withTypedCards(existing, elements, new WeakSet([elements[2]!]))).toEqual(existing);
  });

  it('adds card-number beside another kind for the same control', () => {
    const fields = withTypedCards([{ index: 2, kind: 'phone', id: null, name: 'c', reasons: [] }], elements, new WeakSet([elements[2]!]));
    expect(fields.map((f) => f.kind)).toEqual(['phone', 'card-number']);
  });
});
