import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse } from './dom-text';

describe('collapse', () => {
  it.each([
    ['', ''],
    ['Card number', 'Card number'],
    ['  银行卡号 ', '银行卡号'],
    ['a\n\tb', 'a b'],
    ['a  b', 'a b'],
    ['a\u00a0b', 'a b'],
    ['a\u3000b', 'a b'],
    ['\n', ''],
  ])('%j → %j', (text, want) => expect(collapse(text)).toBe(want));

  // The tidy-string shortcut must give exactly what the full replace-and-trim gives.
  it('equals replace(/\\s+/g, " ").trim() for any mix of letters and whitespace', () => {
    const chars = fc.constantFrom('a', '卡', ' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(collapse(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});
