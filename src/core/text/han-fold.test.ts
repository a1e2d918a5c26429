import { describe, expect, it } from 'vitest';
import { deriveTables } from '../../../scripts/han-fold';
import { FIELD_HAN_FOLD, PAGE_HAN_FOLD } from './han-fold-table';
import { foldFieldText, foldPageText, hanFolder } from './han-fold';

describe('foldFieldText / foldPageText', () => {
  it.each([
    ['銀行卡號', '银行卡号'],
    ['取款密碼', '取款密码'],
    // Only the characters of our words: 簡訊 (Taiwan's "SMS") is no field word, 验证码 is.
    ['簡訊驗證碼', '簡訊验证码'],
    ['卡片背後三位數', '卡片背后三位数'],
  ])('field words: %s → %s', (trad, simp) => {
    expect(foldFieldText(trad)).toBe(simp);
  });

  it('reads look-alike characters as the field words’ own, in labels only', () => {
    expect(foldFieldText('银行卞号 验証玛')).toBe('银行卡号 验证码');
    // Page text (stories, names in an article) keeps them.
    expect(foldPageText('卞先生 玛丽 認証')).toBe('卞先生 玛丽 认証');
  });

  it('folds brand and story words only in the page folder', () => {
    expect(foldPageText('支付寶退款中心：您購買的商品存在質量問題')).toBe('支付宝退款中心：您购买的商品存在质量问题');
    // 質 is in no field word: the content script's table does without it.
    expect(foldFieldText('質量')).toBe('質量');
  });

  it('leaves simplified, Latin and Japanese text as it is, and never folds a character simplified text also uses', () => {
    for (const text of ['银行卡号 Card number', '卡背后三位', '干洗店', '台湾', 'セキュリティコード 有効期限', '暗証番号']) {
      expect(foldPageText(text)).toBe(text);
    }
  });

  it('folds characters outside the Basic Multilingual Plane by code point', () => {
    const fold = hanFolder('𠵾a');
    expect(fold('x𠵾y')).toBe('xay');
  });
});

describe('the fold tables', () => {
  it('cover every character of the word lists (run `node --import tsx scripts/han-fold.ts` after changing them)', async () => {
    expect(await deriveTables()).toEqual({ field: FIELD_HAN_FOLD, page: PAGE_HAN_FOLD });
  });

  it('stay small enough for the content script', () => {
    // The field table ships in scanner.js: a few hundred bytes, not a dictionary.
    expect(new TextEncoder().encode(FIELD_HAN_FOLD).length).toBeLessThan(1024);
  });
});
