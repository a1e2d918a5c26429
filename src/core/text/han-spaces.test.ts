import { describe, expect, it } from 'vitest';
import { joinSpacedHan } from './han-spaces';

describe('joinSpacedHan', () => {
  it.each([
    ['a space between every character', '您 的 快 递 丢 失 了', '您的快递丢失了'],
    ['CJK punctuation between spaced characters', '丢 失 了 ， 我 们 。', '丢失了，我们。'],
    ['full-width digits and letters', '３ 倍 赔 偿 ， Ｖ 信', '３倍赔偿，Ｖ信'],
    ['runs of spaces, tabs, line breaks and ideographic spaces', '银行\t 卡号\n验证\u3000码', '银行卡号验证码'],
    ['two blocks side by side', '申请退款 银行卡号', '申请退款银行卡号'],
  ])('%s', (_why, input, out) => expect(joinSpacedHan(input)).toBe(out));

  // The red-team review's story spaced with braille blanks or middle dots went unread ("!" instead of "!!").
  it.each([
    ['braille blanks (U+2800, drawn empty)', '包\u2800裹\u2800已\u2800退\u2800回', '包裹已退回'],
    ['Latin middle dots', '包·裹·已·退·回', '包裹已退回'],
    ['katakana middle dots, full and half width', '包・裹･已・退', '包裹已退'],
    ['bullets and the hyphenation point', '包•裹‧已•退', '包裹已退'],
    ['dot operators and the word separator', '包∙裹⋅已⸱退', '包裹已退'],
    ['Greek, Canadian and Hangul middle dots', '包\u0387裹\u1427已\u318d退', '包裹已退'],
    ['a dot with spaces around it', '包 · 裹 • 已', '包裹已'],
    ['a dot before CJK punctuation', '丢·失·，·请', '丢失，请'],
    ['a full stop alone between two characters', '包.裹.已.退', '包裹已退'],
    ['a full-width full stop alone', '包．裹．已', '包裹已'],
    ['the dot of a transliterated name (harmless)', '约翰·史密斯先生', '约翰史密斯先生'],
  ])('drops %s', (_why, input, out) => expect(joinSpacedHan(input)).toBe(out));

  it.each([
    ['Latin words', 'Card number and CVV'],
    ['Latin beside Chinese', '输入 CVV 安全码'],
    ['a number beside Chinese', '赔偿 300 元'],
    ['Korean', '카드 번호 입력'],
    ['Japanese kana', 'カード 番号'],
    ['a middle dot between kana', 'ジョン・スミス'],
    ['a decimal point', '赔偿3.5倍'],
    ['a dot between Chinese and Latin', '淘宝.com 与 example.公司'],
    ['a full stop and a space: a sentence end the warning checks read', '包裹丢失了. 请核实'],
    ['two full stops', '等一下..好吗'],
    ['dashes, slashes and ellipses', '北京—上海，男/女，等等…好的'],
    ['a dot with nothing Chinese after it', '包裹·'],
  ])('keeps %s', (_why, text) => expect(joinSpacedHan(text)).toBe(text));

  // Not a timing test: a regular expression that backtracks without end on long separator runs would not finish.
  it('reads long runs of separators that lead nowhere in linear time', () => {
    const text = `包${'·\u2800 '.repeat(30_000)}x`.repeat(10);
    expect(joinSpacedHan(text)).toBe(text);
    expect(joinSpacedHan(`包${'·'.repeat(100_000)}裹`)).toBe('包裹');
  }, 5_000);
});
