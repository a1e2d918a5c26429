import { describe, expect, it } from 'vitest';
import { foldCompatForms } from './compat-forms';

describe('foldCompatForms', () => {
  it.each([
    ['full-width letters', '您的ＥＴＣ已失效，开通ＶＩＰ，添加ｑｑ', '您的ETC已失效，开通VIP，添加qq'],
    ['full-width digits', '３倍赔偿，２４小时内', '3倍赔偿，24小时内'],
    ['Kangxi radicals that draw as common characters', '\u2f40付宝，\u2fa6融', '支付宝，金融'],
    ['a CJK compatibility ideograph', '\uf9d1', '\u516d'],
    ['a compatibility ideograph outside the BMP', '\ud87e\udc00', '\u4e3d'],
  ])('%s', (_why, input, out) => expect(foldCompatForms(input)).toBe(out));

  it('keeps the full-width punctuation that ends sentences and clauses', () => {
    const text = '您好，请注意！是否需要？时间：２０２６年（今天）。';
    expect(foldCompatForms(text)).toBe('您好，请注意！是否需要？时间：2026年（今天）。');
  });

  it('leaves text without such characters as it is', () => {
    const text = '银行卡号 Card number 😀 ①';
    expect(foldCompatForms(text)).toBe(text);
  });
});
