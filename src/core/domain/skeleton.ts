// Homoglyph folding: the UTS #39 "skeleton" of a label (Cyrillic а → a, 1 → l, 0 → o, rn → …),
// and punycode decoding that never throws. Both bundle into the browser (no node:url).
import punycode from 'punycode.js';
import { rectifyConfusion } from 'unicode-confusables';

/** The Unicode form of an ASCII label (`xn--lipay-3ve` → `аlipay`); the label itself when it is not valid punycode. */
export function labelToUnicode(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return punycode.toUnicode(label);
  } catch {
    return label;
  }
}

/**
 * Lower-cased skeleton: two strings that look alike to a reader have the same skeleton
 * (UTS #39 section 4). The prototypes in confusables.txt are partly upper case (`0` → `O`), so we fold case after.
 */
export function skeleton(text: string): string {
  return rectifyConfusion(text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
}

/** True when `text` holds characters outside printable ASCII. */
export function isNonAscii(text: string): boolean {
  return /[^\x20-\x7e]/.test(text);
}

/**
 * What a lower-case ASCII label looks like in an address bar: its skeleton, with i and l as one letter. UTS #39
 * folds 1 and I into l but keeps a lower-case i, which beside c, b and other short letters reads as an l.
 */
export const glyphKey = (text: string) => skeleton(text).replaceAll('i', 'l');
