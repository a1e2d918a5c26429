// Boxes a page uses as a form field without one being there. A fake refund page can take a card number or a
// code in a <div contenteditable> styled as an input, or in an element it draws typed digits into itself and
// calls a text box (role="textbox"), just as well as in an <input>; a scan of input, select and textarea would
// never see it. Looking for such boxes on every scan would mean an attribute search over the whole page; instead
// the content script adds a box to its scans when someone focuses it (scanner/guard.ts), the moment they are
// about to type. The scan CLI does not look for them (a saved page has no focus).
//
// Both are found by the element's own attributes (an editing host, the way HTML defines one; an ARIA role), so the
// answer is the same in every browser and under jsdom (which has no isContentEditable).
import { CONTROL_TAGS } from './collect-controls';

const EDITABLE = new Set(['', 'true', 'plaintext-only']);
/** A box with more element children than this is a rich editor (a comment or a document), not a card box. */
const BOX_ELEMENTS = 2;
/** Longer text is not one card number (typed-card.ts tests at most 40 characters). */
const BOX_TEXT_MAX = 64;

/**
 * A box: an element made editable by its own contenteditable attribute, or one whose role says it is a text box.
 * An input, select or textarea is a control instead.
 */
export function isBox(el: Element | null | undefined): el is HTMLElement {
  if (!el || CONTROL_TAGS.has(el.tagName)) return false;
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
