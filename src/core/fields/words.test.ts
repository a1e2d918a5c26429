import { describe, expect, it } from 'vitest';
import { foldFieldText } from '../text/han-fold';
import { FIELD_KINDS } from '../types';
import { APPLY_WORDS, BANK_CARD_TEXT, CAPTCHA_WORDS, KIND_WORDS, NOT_BANK_CARD_TEXT, ORDINARY_TEXT, SEND_CODE_WORDS, SMS_WORDS } from './words';

/**
 * A phrase as the lexicon's tables hold it (lexicon.ts addList): Latin/Greek/Cyrillic words run together,
 * other scripts without spaces and folded to simplified characters (卡號 is 卡号).
 */
function phraseKey(p: string): { words: string } | { other: string } {
  const word = /[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+/g;
  if (/^[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/.test(p) && !/[^\x00-\u024f\u0370-\u03ff\u0400-\u04ff]/.test(p)) return { words: (p.match(word) ?? []).join('') };
  return { other: foldFieldText(p.replace(/\s+/g, '')) };
}

describe('word lists as data', () => {
  const lists: [string, readonly string[]][] = [
    ...FIELD_KINDS.flatMap((k) => Object.entries(KIND_WORDS[k]).map(([tier, words]) => [`${k}.${tier}`, words as readonly string[]] as [string, readonly string[]])),
    ['SEND_CODE_WORDS', SEND_CODE_WORDS],
    ['SMS_WORDS', SMS_WORDS],
    ['CAPTCHA_WORDS', CAPTCHA_WORDS],
    ['APPLY_WORDS', APPLY_WORDS],
  ];

  it.each(lists)('%s is lower case, trimmed and non-empty', (_name, words) => {
    for (const w of words) {
      expect(w).toBe(w.trim());
      expect(w).toBe(w.toLowerCase());
      expect(w.length).toBeGreaterThan(0);
    }
  });

  /** The phrase lists the lexicon reads (label, nearby and button text), not the id/name cues. */
  const textLists: [string, readonly string[]][] = [
    ...lists.filter(([name]) => /\.(strong|weak|excluded)$|WORDS$/.test(name)),
    ['ORDINARY_TEXT', ORDINARY_TEXT],
    ['NOT_BANK_CARD_TEXT', NOT_BANK_CARD_TEXT],
    ['BANK_CARD_TEXT', BANK_CARD_TEXT],
  ];

  it.each(textLists)(
    '%s: no two spellings the lexicon reads alike',
    (_name, words) => {
      // "card number" already reads "cardnumber" and "card-number", and 卡号 reads 卡號 (the text is folded too):
      // a second spelling only adds bytes.
      const keys = words.map((w) => JSON.stringify(phraseKey(w)));
      expect(words.filter((_w, i) => keys.indexOf(keys[i]!) !== i)).toEqual([]);
    },
  );

  it('Chinese, Japanese, Korean and Arabic phrases hold no pattern characters (the lexicon joins them into one pattern)', () => {
    const all = textLists.flatMap(([, words]) => words);
    const other = all.map(phraseKey).flatMap((k) => ('other' in k ? [k.other] : []));
    expect(other.length).toBeGreaterThan(100);
    expect(other.filter((p) => /[.*+?^${}()|[\]\\]/.test(p))).toEqual([]);
  });

  it.each(FIELD_KINDS)('%s: id/name cues are ASCII letters and digits only (they match split names)', (kind) => {
    const w = KIND_WORDS[kind];
    for (const cue of [...w.attr, ...w.tokens, ...w.weakTokens, ...w.attrExcluded]) expect(cue).toMatch(/^\^?[a-z0-9]+$/);
  });

  it.each(FIELD_KINDS)('%s: no word is both strong and excluded', (kind) => {
    const w = KIND_WORDS[kind];
    const excluded = new Set(w.excluded);
    expect(w.strong.filter((x) => excluded.has(x))).toEqual([]);
  });

  it('a lone `code` and a lone `pin` are only ever weak id/name cues', () => {
    for (const kind of FIELD_KINDS) {
      expect(KIND_WORDS[kind].tokens).not.toContain('code');
      expect(KIND_WORDS[kind].tokens).not.toContain('pin');
    }
  });
});
