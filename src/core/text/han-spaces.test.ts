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

  it.each([
    ['Latin words', 'Card number and CVV'],
    ['Latin beside Chinese', '输入 CVV 安全码'],
    ['a number beside Chinese', '赔偿 300 元'],
    ['Korean', '카드 번호 입력'],
    ['Japanese kana', 'カード 番号'],
  ])('keeps the spaces of %s', (_why, text) => expect(joinSpacedHan(text)).toBe(text));
});
