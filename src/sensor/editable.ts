// Boxes a page uses as a form field without one being there. A fake refund page can take a card number or a
// code in a <div contenteditable> styled as an input, or in an element it draws typed digits into itself and
// calls a text box (role="textbox"), just as well as in an <input>; a scan of input, select and textarea would
// never see it. Looking for such boxes on every scan would mean an attribute search over the whole page; instead
// the content script adds a box to its scans when someone focuses it (scanner/guard.ts), the moment they are
// about to type. The scan CLI does not look for them (a saved page has no focus).
//
// These two are found by the element's own attributes (an editing host, the way HTML defines one; an ARIA role),
// so the answer is the same in every browser and under jsdom (which has no isContentEditable).
//
// A third kind says nothing about itself: a focusable element (tabindex) whose script takes each digit key and
// draws it, or dots for it (a red-team page did this for a card number and a card password). It is found by what
// it does with keys instead: a trusted digit keydown on it that the page cancelled, or after which its text changed
// (keyBoxBefore, then keyBoxAfter once every page listener had its say; the scanner's guard calls both). A page
// need not cancel a key that does nothing on a span, hence the second test. From then on it is a box like the
// others, in this script: kept by element in a WeakSet, never what was typed. (The every-frame script's own copy of
// this module never learns of it: it only starts the guard early, and the guard is running by then.)
import { CONTROL_TAGS } from './collect-controls';

const EDITABLE = new Set(['', 'true', 'plaintext-only']);
/** A box with more element children than this is a rich editor (a comment or a document), not a card box. */
const BOX_ELEMENTS = 2;
/** Longer text is not one card number (typed-card.ts tests at most 40 characters). */
const BOX_TEXT_MAX = 64;
/** A key box may draw each digit in a cell of its own: six cells for a six-digit password, and a few more. */
const KEY_BOX_CELLS = 8;
/** Elements adopted as boxes for what they did with digit keys (keyBoxAfter). */
const keyBoxes = new WeakSet<Element>();

/**
 * A box: an element made editable by its own contenteditable attribute, one whose role says it is a text box, or
 * one that took digit keys for itself (keyBoxAfter). An input, select or textarea is a control instead.
 */
export function isBox(el: Element | null | undefined): el is HTMLElement {
  if (!el || CONTROL_TAGS.has(el.tagName)) return false;
  if (keyBoxes.has(el)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && EDITABLE.has(editable.trim().toLowerCase())) return true;
  const role = el.getAttribute('role');
  return role !== null && role.toLowerCase().split(/\s+/).includes('textbox');
}

/**
 * What was typed into an editable box, for the typed-card check only (read, tested, dropped by the caller);
 * null for a rich editor or a text too long to be one card number.
 */
export function boxText(el: HTMLElement): string | null {
  if (el.childElementCount > BOX_ELEMENTS) return null;
  const text = el.textContent ?? '';
  return text.length > BOX_TEXT_MAX ? null : text;
}

/**
 * Before the page's listeners see a keydown (a capture listener on the window): the text of `el`, the focused
 * element, when the key is a trusted digit and `el` could be a key box; null otherwise. Only a few childless cells
 * are read (a key anywhere must not read a big subtree's text), and a short text: a body or a page region is no box.
 * A form field passes too: isBox never calls one a box.
 */
export function keyBoxBefore(el: Element | null, event: KeyboardEvent): string | null {
  if (!el || !event.isTrusted || !/^\d$/.test(event.key) || el.childElementCount > KEY_BOX_CELLS) return null;
  for (let cell = el.firstElementChild; cell; cell = cell.nextElementSibling) if (cell.firstElementChild) return null;
  const text = el.textContent ?? '';
  return text.length > BOX_TEXT_MAX ? null : text;
}

/**
 * After the keydown's dispatch (a task later): `el` becomes a box when the page cancelled the key or changed what
 * `el` shows. `before`: what keyBoxBefore read.
 */
export function keyBoxAfter(el: Element, event: KeyboardEvent, before: string): void {
  if (event.defaultPrevented || el.textContent !== before) keyBoxes.add(el);
}
