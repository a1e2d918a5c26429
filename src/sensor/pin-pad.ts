// Number pads a page draws itself. A fake bank or payment page copies the bank's "secure keyboard": six empty
// boxes and ten digit keys made of divs, with no input anywhere (or only a read-only one). The card password
// then goes to the page one click at a time, and a scan of inputs sees nothing. Looking for pads on every scan
// would mean reading the text of every element; instead the content script looks when someone presses a key
// (a trusted pointerdown: scanner/guard.ts), and from then on scans the pad as a password box standing in for
// an input. The words before the pad ("请输入银行卡取款密码") say what it asks for, as they do for an input.
//
// Only what the page shows is read: which keys it drew. Which key was pressed is never kept. A key may show its
// digit as text, say it in an aria-label, show it as an image (its alt), or draw it with CSS (::before/::after
// `content`, often attr(data-…)): a red-team pad had keys with no text at all. The style is read only for a small
// key that shows no digit otherwise, and only at a press or at a scan of a pad someone pressed (≤ 80 elements).
//
// In the page readers (scanner/page-readers.ts), not the scanner: the guard asks for them at a press. A pad found is
// a password field, and a scan that finds one waits for the readers anyway, so the first press asks for them first
// instead of after it, and the pad is found no later than before.
import { CONTROL_TAGS } from './collect-controls';
import { drawnPadOf, isDrawnPad, type PadPrompt } from './drawn-pad';
import { drawn } from './drawn-text';

/** How far up from the pressed element the key may be (a key's text sits in a span or two). */
const KEY_LEVELS = 3;
/** How far up from the key the pad may be (a row of keys, the key grid, the pad). */
const PAD_LEVELS = 4;
/** A pad is small: more elements than this under it is a page region, not a pad. */
const PAD_ELEMENTS_MAX = 80;
/** Nor does it say much: ten digits and a few words (删除, 完成, 确定, ×). */
const PAD_TEXT_MAX = 80;
/**
 * One digit, after NFKC folding (full-width ５, mathematical 𝟓, circled ⑤ and superscript ⁵ are all 5) and without
 * spaces or invisible format characters (a zero-width space beside it).
 */
const DIGIT = /^[0-9]$/;
/** NodeFilter.SHOW_ELEMENT, by number (as dom-reads.ts compares node types). */
const SHOW_ELEMENT = 1;

/** `text` folded (see DIGIT): NFKC, no spaces, no format characters. */
const fold = (text: string | null): string => (text ?? '').normalize('NFKC').replace(/[\s\p{Cf}]/gu, '');

/** The digit `text` is, folded, or ''. */
function digitOf(text: string | null): string {
  const folded = fold(text);
  return DIGIT.test(folded) ? folded : '';
}

/**
 * What a small element with no text shows, as one string in no particular order (it is tested for being one digit):
 * for it and each child, the alt of an image and what CSS draws before and after it.
 */
function shownText(el: Element): string {
  let shown = '';
  for (const part of [el, ...el.children]) shown += drawn(part, '::before') + drawn(part, '::after') + (part.getAttribute('alt') ?? '');
  return shown;
}

/**
 * A key's digit, or '': on a button input its value; on another element its text, its aria-label, or, when it has
 * no text, what it shows (shownText: images, CSS; text beside a drawn digit would make it no digit anyway). Only a
 * small element is read (at most two children, none with children of its own): a press anywhere on a page must not
 * read a big subtree's text.
 */
function keyDigit(el: Element): string {
  if (el.tagName === 'INPUT') return digitOf(el.getAttribute('value'));
  if (el.childElementCount > 2) return '';
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (child.childElementCount > 0) return '';
  const text = fold(el.textContent);
  return DIGIT.test(text) ? text : digitOf(el.getAttribute('aria-label')) || (text ? '' : digitOf(shownText(el)));
}

/**
 * The digits shown on the keys under `pad` (a digit as its own element), or null when `pad` is too big to be one.
 * The elements are counted first, stopping past PAD_ELEMENTS_MAX, so a press near a big container costs little.
 */
function digitsUnder(pad: Element): Set<string> | null {
  const elements: Element[] = [];
  const walker = pad.ownerDocument.createTreeWalker(pad, SHOW_ELEMENT);
  for (let el = walker.nextNode(); el; el = walker.nextNode()) if (elements.push(el as Element) > PAD_ELEMENTS_MAX) return null;
  if ((pad.textContent ?? '').replace(/\s+/g, '').length > PAD_TEXT_MAX) return null;
  const digits = new Set<string>();
  for (const element of elements) {
    const key = keyDigit(element);
    if (key) digits.add(key);
  }
  return digits;
}

/**
 * Whether `pad` is a number pad: its keys show all ten digits, each as an element of its own, and it is small.
 * A calendar has no 0 key and two-digit days; a phone number's digits sit in one text. Or, for a pad found by
 * drawnPadOf at a press, it still looks like one (drawn-pad.ts).
 */
export function isPinPad(pad: Element): boolean {
  if (CONTROL_TAGS.has(pad.tagName)) return false;
  return digitsUnder(pad)?.size === 10 || isDrawnPad(pad);
}

/**
 * The number pad `start` is a key of (or lies in), or null: the nearest element at or above `start` that shows
 * one digit, then the smallest element above it whose keys show all ten; with no digit shown, a drawn pad
 * (drawn-pad.ts) under a prompt that asks for a password (`prompt`: the scanner's words, pad-prompt.ts).
 */
export function pinPadOf(start: Element | null, prompt: PadPrompt): Element | null {
  let key: Element | null = start;
  for (let level = 0; key && level < KEY_LEVELS && !keyDigit(key); level++) key = key.parentElement;
  // No key shows a digit: the keys may be drawn (drawn-pad.ts).
  if (!key || !keyDigit(key)) return drawnPadOf(start, prompt);
  let pad = key.parentElement;
  for (let level = 0; pad && level < PAD_LEVELS; level++, pad = pad.parentElement) {
    const digits = digitsUnder(pad);
    if (digits === null) return null;
    if (digits.size === 10) return pad;
  }
  return null;
}
