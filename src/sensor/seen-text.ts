// The words around a field as a person sees them, read when someone focuses a field the scan found nothing in.
//
// Why: the sensor reads DOM text, without layout (it is shared with the scan CLI and runs on every page). A page
// can show 银行卡号 while its DOM says something else: junk between the letters hidden by a style sheet
// (银<span class="q">乙</span>行卡号, .q{display:none}) or drawn at font-size 0, or the word drawn by CSS only
// (::before{content:"银行卡号"}) or in an <svg><text>. Here, in the browser only and for one field at a time, its
// labels, the elements before it in its row and the one after each (a send-code button) are read with their
// computed styles; each whose seen text differs from what the sensor reads has its seen text read in its place
// (dom-text.ts setSeenText), and the guard scans again.
//
// Not in the scanner: this file is part of the page-readers script (src/entrypoints/page-readers/), which the
// background injects into a frame the first time its guard needs it (src/platform/inject.ts), so no page pays for it
// before a focus or a sensitive field.
// It runs in the scanner's isolated world but is bundled apart from it: the scanner hands it its own text reader
// and the place to put what is seen (`SeenDom`), so both read and write the one record the sensor uses.
//
// Bounded: at most SEEN_ELEMENTS elements per focus, three computed styles each (the element, ::before, ::after).
// An element whose subtree does not fit in what is left is not read at all: a cut text would say less than the
// DOM. Never aria labels (screen-reader text is often hidden on purpose) nor the page's text. Not every way of
// hiding text is undone (colour, clipping, off-screen): the ones a style sheet can do to a letter in the middle
// of a word while the word still reads well.
import type { setSeenText, textOf } from './dom-text';
import { drawn } from './drawn-text';

/** The scanner's own dom-text.ts functions, passed in (types only here: a copy of their own would keep another record). */
export interface SeenDom {
  textOf: typeof textOf;
  setSeenText: typeof setSeenText;
}

const SEEN_ELEMENTS = 200;
/** Row levels looked at (the field, its parent, its grandparent) and siblings before each, as rows.ts reads them. */
const LEVELS = 3;
const SIBLINGS = 8;

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Puts what `field`'s labels and row show in place of their DOM text where the two differ; whether any did. */
export function seeField(field: HTMLInputElement, { textOf, setSeenText }: SeenDom): boolean {
  let left = SEEN_ELEMENTS;
  let changed = false;

  /** The text `el` draws: its shown text nodes and its pseudo-elements' strings. Throws past the budget. */
  const seen = (el: Element): string => {
    // Past the budget: given up (look() catches it), the element keeps its DOM text.
    if (--left < 0) throw 0;
    const style = getComputedStyle(el);
    if (style.display === 'none') return '';
    // Text at size 0, hidden or fully transparent is not seen; its children may still be (visibility: visible).
    const shown = style.visibility === 'visible' && style.opacity !== '0' && style.fontSize !== '0px';
    let text = drawn(el, '::before');
    for (let node = el.firstChild; node; node = node.nextSibling) {
      text += node.nodeType === 1 ? seen(node as Element) : shown && node.nodeType === 3 ? node.nodeValue : '';
    }
    return text + drawn(el, '::after');
  };

  const look = (el: Element | null): void => {
    try {
      const text = el ? seen(el) : '';
      // Compared with what the sensor reads (no <svg>, <rp>, scripts …), spaces aside.
      if (el && squeeze(text) !== squeeze(textOf(el))) {
        setSeenText(el, text);
        changed = true;
      }
    } catch {
      // Past the budget (or a style the browser would not give): this element keeps its DOM text.
    }
  };

  for (const label of field.labels ?? []) look(label);
  let node: Element | null = field;
  for (let level = 0; node && level < LEVELS; level++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let n = 0; sibling && n < SIBLINGS; n++, sibling = sibling.previousElementSibling) look(sibling);
    look(node.nextElementSibling);
  }
  return changed;
}
