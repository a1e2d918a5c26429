// The top page around a framed form. A kit can put the brand and the story in the top page and the card and
// code fields in a frame; a person sees both as one page (and only the top page's title, on the tab). A frame
// may read the top document when they share an origin, which includes about:blank and srcdoc frames the top
// page wrote itself. A top page of another origin cannot be read, and is not: the browser refuses, we catch.
//
// Read only when the frame found a sensitive field, as the frame's own text is: one of the page readers
// (page-readers.ts), not in the scanner itself.
import type { SurroundingPage } from '@/core/types';
import { sensorTitle } from '@/sensor/dom-text';
import { readHeadings } from '@/sensor/headings';
import { pageTextNear } from '@/sensor/page-text-window';
import type { ScannerDom } from './page-readers';

/** The top document when `doc` is a subframe that may read it, else null. */
export function readableTopOf(doc: Document): Document | null {
  try {
    const view = doc.defaultView;
    const top = view?.top;
    if (!view || !top || top === view) return null;
    const topDoc = top.document; // a SecurityError for a top page of another origin
    return topDoc && topDoc !== doc ? topDoc : null;
  } catch {
    return null;
  }
}

/** `dom`: the scanner's own text reader and box test (page-readers.ts ScannerDom). */
export function surroundingPageOf(doc: Document, dom: Pick<ScannerDom, 'textOf' | 'isBox'>): SurroundingPage | null {
  const top = readableTopOf(doc);
  if (!top) return null;
  // What someone typed into an editable box up there is theirs, not the page's text: it stays out, as it does
  // from the frame's own text. This frame's guard never saw those boxes, so all of them are left out.
  const boxes = new Set<Node>([...top.querySelectorAll('[contenteditable], [role]')].filter((el) => dom.isBox(el)));
  // Past the cap, the top page's text nearest the frame this form is in, when that frame is one of the top page's.
  const frame = doc.defaultView?.frameElement;
  const near = frame?.ownerDocument === top ? [frame] : [];
  return { title: sensorTitle(top), headings: readHeadings(top, dom.textOf, []), text: pageTextNear(top, near, undefined, boxes) };
}
