import { describe, expect, it } from 'vitest';
import { FIELD_KINDS } from '../types';
import { APPLY_WORDS, CAPTCHA_WORDS, KIND_WORDS, SEND_CODE_WORDS, SMS_WORDS } from './words';

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
