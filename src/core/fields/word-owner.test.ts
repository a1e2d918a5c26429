import { describe, expect, it } from 'vitest';
import { codeOfSomethingElse, dateOfSomethingElse } from './word-owner';

describe('a date word said of something that is not a card', () => {
  it.each([
    '交强险到期日', '商业险到期时间', '年检到期日', '域名到期时间', '会员有效期', '药品有效期', '证书有效期', '验证码有效期',
    // Latin names of things that lapse, in the folded (lower-case) text.
    'vip到期时间', '会员vip到期日', 'svip到期时间', 'app有效期', 'id有效期',
  ])('%s is another thing’s date', (text) => expect(dateOfSomethingElse(text)).toBe(true));

  it.each([
    ['bare', '有效期'],
    ['bare, with its format', '有效期(月/年)'],
    ['said of the card', '信用卡有效期'],
    ['said of the card’s face', '卡片有效期'],
    ['the card’s back', '卡背面有效期'],
    ['after an ask', '请输入有效期'],
    ['after an ask with a reason before it', '为保障资金安全请填写有效期'],
    ['after 您的', '您的有效期'],
    ['joined to the card number', '卡号及有效期'],
    ['of a UnionPay card', '银联到期日'],
    ['after a stop', '安全信息：有效期'],
    ['one bare among several', '会员有效期有效期'],
    ['no date word at all', '银行卡号'],
    ['a card brand in Latin letters', 'visa有效期'],
    ['the card in English', 'card有效期'],
    ['after its format', 'mm/yy有效期'],
  ])('%s (%s) is not', (_why, text) => expect(dateOfSomethingElse(text)).toBe(false));
});

describe('a security code said of something that is not a card', () => {
  it.each(['产品安全码', '请输入产品安全码', '商品安全码', '设备安全码', '路由器安全码', '动态安全码'])(
    '%s is another thing’s code',
    (text) => expect(codeOfSomethingElse(text)).toBe(true),
  );

  it.each([
    ['bare', '安全码'],
    ['after an ask', '请输入安全码'],
    ['said of the card', '信用卡安全码'],
    ['said of the card’s face', '卡片安全码'],
    ['of a UnionPay card', '银联卡安全码'],
    ['a count of digits', '背面三位安全码'],
    ['after a date, two labels run together', '有效期安全码'],
    ['after its English name', 'cvv安全码'],
    ['of a payment', '支付安全码'],
    ['of a transaction', '交易安全码'],
    ['no code word at all', '有效期'],
  ])('%s (%s) is not', (_why, text) => expect(codeOfSomethingElse(text)).toBe(false));
});
