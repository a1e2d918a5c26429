// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { looksLikeCodeSms, looksLikeTypedCard, TYPED_CARD_REASON, TYPED_CODE_REASON, withTypedCards } from './typed-card';

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

describe('looksLikeCodeSms', () => {
  it.each([
    ['a bank SMS', '【中国银行】您的验证码为482913，您正在进行转账验证，请勿泄露。'],
    ['the code before its word', '482913是您的动态密码，请勿告诉他人'],
    ['校验码 with a colon and a space', '校验码： 4829'],
    ['an 8-digit 动态码', '【某银行】动态码12345678，5分钟内有效'],
    ['an English SMS', 'Your verification code is 482913. Do not share it.'],
    ['lines apart', '验证码\n\n482913'],
  ])('matches %s', (_name, text) => {
    expect(looksLikeCodeSms(text)).toBe(true);
  });

  // Red-team round 6, finding 1: bank wordings and a kit's padding the test missed.
  it.each([
    ['动态口令 (a bank\'s one-time password)', '【交通银行】您的动态口令：482913，用于网银转账，请勿向任何人提供。'],
    ['短信密码', '【建设银行】您的短信密码为48291306，请在页面输入，切勿泄露。'],
    ['a bracketed aside with digits between the word and the code', '您的验证码（5分钟内有效）为482913，请勿泄露'],
    ['fullwidth digits and colon', '【中国银行】验证码：４８２９１３，请勿泄露。'],
    ['a zero-width space between the digits', '验证码为482\u200b913'],
    ['the SMS after 500 invisible characters (a kit pre-fills the box)', `${'\u200b'.repeat(500)}【中国银行】您的验证码为482913，请勿泄露。`],
    ['the SMS at the end of a long note', `${'留言'.repeat(400)}【中国银行】您的验证码为482913`],
    ['the SMS at the start of a long note', `【中国银行】您的验证码为482913${'留言'.repeat(400)}`],
  ])('matches %s', (_name, text) => {
    expect(looksLikeCodeSms(text)).toBe(true);
  });

  it.each([
    ['the word alone', '请输入短信验证码'],
    ['a card-spending SMS with no code', '【中国银行】您尾号1234的卡于11月24日消费'],
    ['a phone number near the word (11 digits are no code)', '13812345678 验证码'],
    ['a code too far from its word', '验证码已发送，请注意查收您的手机短信 482913'],
    ['a 3-digit number', '验证码 123'],
    ['a phone number right after the word (11 digits are no code)', '验证码已发送至13812345678，请注意查收'],
    ['a fullwidth phone number after the word', '验证码已发送至１３８１２３４５６７８'],
    ['a 9-digit number after the word', '验证码已发送，单号123456789'],
    ['the word and a code 1,000 characters into a long text (only its first and last 500 are read)', `${'留言'.repeat(500)}验证码482913${'留言'.repeat(500)}`],
  ])('does not match %s', (_name, text) => {
    expect(looksLikeCodeSms(text)).toBe(false);
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

  it('adds an otp finding (typed-code) for a control that took a verification SMS, unless it is an otp field already', () => {
    const fields = withTypedCards([{ index: 2, kind: 'otp', id: null, name: 'c', reasons: [] }], elements, new WeakSet(), new WeakSet([elements[0]!, elements[2]!]));
    expect(fields).toEqual([
      { index: 0, kind: 'otp', id: 'a', name: 'n1', reasons: [{ code: TYPED_CODE_REASON }] },
      { index: 2, kind: 'otp', id: null, name: 'c', reasons: [] },
    ]);
  });

  // A Gansu ID number starts with 62 as a UnionPay card does; one in ten others passes Luhn.
  it('adds no card number to the page\'s ID-number field', () => {
    const id = [{ index: 1, kind: 'id-number' as const, id: 'b', name: null, reasons: [{ code: 'label' }] }];
    expect(withTypedCards(id, elements, new WeakSet([elements[1]!]))).toEqual(id);
  });

  it('adds card-number beside another kind for the same control', () => {
    const fields = withTypedCards([{ index: 2, kind: 'phone', id: null, name: 'c', reasons: [] }], elements, new WeakSet([elements[2]!]));
    expect(fields.map((f) => f.kind)).toEqual(['phone', 'card-number']);
  });
});
