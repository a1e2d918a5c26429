import { describe, expect, it } from 'vitest';
import { dropInvisible } from './invisible';

describe('dropInvisible', () => {
  it.each([
    ['zero-width spaces between characters', '银\u200b行\u200b卡\u200b号', '银行卡号'],
    ['soft hyphens', '验\u00ad证\u00ad码', '验证码'],
    ['zero-width joiner and non-joiner', 'C\u200dV\u200cV', 'CVV'],
    ['word joiner and invisible separator', '短\u2060信\u2063验证码', '短信验证码'],
    ['byte-order mark inside a word', '密\ufeff码', '密码'],
    ['direction marks and overrides', '\u202e支付宝\u202c\u200e', '支付宝'],
    ['variation selectors', '卡\ufe0f号', '卡号'],
    ['Hangul fillers', '卡\u3164号\uffa0', '卡号'],
    ['tag characters (outside the BMP)', '卡\udb40\udc41号', '卡号'],
    // The whole property (\p{DI}), not a hand-made list of it: code points it reserves for future invisible
    // characters are drawn as nothing already.
    ['reserved default-ignorable code points', '卡\ufff0号\u{e0400}', '卡号'],
  ])('%s', (_why, input, out) => expect(dropInvisible(input)).toBe(out));

  it('keeps visible text as it is, spaces and emoji included', () => {
    const text = '银行 卡号 Card number 😀 ①';
    expect(dropInvisible(text)).toBe(text);
  });
});
