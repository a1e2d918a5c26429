import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attrForms, normalizeText } from './match';

describe('normalizeText', () => {
  it.each([
    ['  Card   Number ', 'card number'],
    ['ＣＶＶ２', 'cvv2'],
    ['银行 卡号', '银行卡号'],
    ['请输入 6 位 密码', '请输入 6 位密码'],
    // Invisible characters a page puts between a word's characters to slip past the word lists.
    ['银\u200b行\u200b卡\u200b号', '银行卡号'],
    ['Card\u00ad number', 'card number'],
    // Dot-like separators and the braille blank between two CJK characters (red-team round 3, finding 5).
    ['验·证·码', '验证码'],
    ['银行卡.号', '银行卡号'],
    ['银\u2800行\u2800卡\u2800号', '银行卡号'],
    ['银 · 行 ‧ 卡 • 号', '银行卡号'],
    ['クレジット・カード番号', 'クレジットカード番号'],
    // Not between CJK characters, and not the sentence marks: those end one label and start the next.
    ['card.number · 3.5', 'card.number · 3.5'],
    ['安全信息：有效期。卡号', '安全信息:有效期。卡号'],
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

  it('splits as the rule-by-rule replaces did', () => {
    // The four replaces attrForms ran before it used one boundary pattern: the reference it must agree with.
    const byRules = (v: string) => {
      const split = v
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .replace(/([a-zA-Z])(\d)/g, '$1 $2')
        .replace(/(\d)([a-zA-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/);
      return { tokens: split.filter((t) => t && !/^\d+$/.test(t)), compact: v.toLowerCase().replace(/[^a-z0-9]+/g, '') };
    };
    const char = fc.constantFrom(...'aAbBzZcCvV019_-. []İΣσЖ卡\u212a');
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 14 }).map((cs) => cs.join('')), (v) => {
        // Unique values: the cache must not answer for an earlier call.
        const forms = attrForms(v, `${v}|`);
        const a = byRules(v);
        expect(forms).toEqual({ tokens: [...a.tokens, ...a.tokens], compact: `${a.compact}|${a.compact}` });
      }),
      { numRuns: 3000 },
    );
  });
});
