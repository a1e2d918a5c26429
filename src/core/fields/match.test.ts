import { describe, expect, it } from 'vitest';
import { attrForms, normalizeText } from './match';

describe('normalizeText', () => {
  it.each([
    ['  Card   Number ', 'card number'],
    ['ＣＶＶ２', 'cvv2'],
    ['银行 卡号', '银行卡号'],
    ['请输入 6 位 密码', '请输入 6 位密码'],
  ])('%s → %s', (input, out) => expect(normalizeText(input)).toBe(out));
});

describe('attrForms', () => {
  it.each([
    ['ccExpMonth', ['cc', 'exp', 'month'], 'ccexpmonth'],
    ['card_number', ['card', 'number'], 'cardnumber'],
    ['txtYzm1', ['txt', 'yzm'], 'txtyzm1'],
    ['payment[card][cvv]', ['payment', 'card', 'cvv'], 'paymentcardcvv'],
    ['CVVCode', ['cvv', 'code'], 'cvvcode'],
  ])('%s', (value, tokens, compact) => {
    expect(attrForms(value)).toEqual({ tokens, compact });
  });
  it('keeps id and name apart when compacted', () => expect(attrForms('card', 'no').compact).toBe('card|no'));
});
