import { describe, expect, it } from 'vitest';
import { scanText, tag } from './lexicon';

const tags = (text: string): string[] => [...scanText(text).keys()];

describe('scanText', () => {
  it.each([
    ['Card number', tag('card-number', 's')],
    ['card-number', tag('card-number', 's')],
    ['CARDNUMBER', tag('card-number', 's')],
    ['请输入银行卡号', tag('card-number', 's')],
    ['Numéro de carte', tag('card-number', 's')],
    ['N° de carte', tag('card-number', 's')],
    ['Expiry (MM/YY)', tag('card-expiry', 's')],
    ['ＣＶＶ２', tag('card-cvv', 's')],
    ['获取验证码', 'send'],
    ['短信验证码', 'sms'],
    ['看不清？换一张', 'captcha'],
    // A long phrase found at the start of a run-on word (a page that dropped a space).
    ['Wpisz kod weryfikacyjnypodany w SMSie', tag('otp', 's')],
  ])('%s → %s', (text, t) => expect(tags(text)).toContain(t));

  it('finds overlapping phrases: an excluded one and the positive inside it', () => {
    expect(tags('Gift card number')).toEqual(expect.arrayContaining([tag('card-number', 'x'), tag('card-number', 's')]));
  });

  it.each([
    ['shipping', tag('card-pin', 'w')],
    ['spinner', tag('otp', 'w')],
    ['Please fill in 6~12 letters', tag('card-pin', 's')],
    ['expression', tag('card-expiry', 's')],
  ])('no whole-word hit inside another word or number: %s', (text, t) => expect(tags(text)).not.toContain(t));

  it.each([
    ['銀行卡號', tag('card-number', 's')],
    ['請輸入取款密碼', tag('card-pin', 's')],
    ['簡訊驗證碼', tag('otp', 's')],
    ['卡背後三位', tag('card-cvv', 's')],
    ['卡片背面末三位', tag('card-cvv', 's')],
    ['签名栏后三位数字', tag('card-cvv', 's')],
    ['獲取驗證碼', 'send'],
  ])('reads traditional characters as simplified: %s → %s', (text, t) => expect(tags(text)).toContain(t));

  it('reports the words that matched', () => expect(scanText('Card-Number').get(tag('card-number', 's'))).toBe('card number'));
  it('returns the same result for a repeated text', () => expect(scanText('Month')).toBe(scanText('Month')));
});
