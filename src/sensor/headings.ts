// What a page claims to be, in a few lines: its title, prominent text (prominent.ts: site name, logos,
// form headings), the h1–h3 of the body and the alt/title of logo images. The engine reads these for
// brand claims.
import { cap, collapse, textOf } from './dom-text';
import { prominentText } from './prominent';

const HEADINGS_MAX = 30;
const IMAGES_MAX = 200;
const LOGO = /logo/i;
const HEADING_TAGS = ['H1', 'H2', 'H3'];
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING (no `Node` global under the CLI's jsdom)

/**
 * Page title, prominent text, h1–h3 text and the alt/title of logo images, deduplicated, at most 30. `read`: the text
 * reader for a heading (the scanner passes its own to the page-readers script: scanner/page-readers.ts). `roots`: the
 * shadow roots to look in too, after the document (the scan's: open ones and the closed ones it was shown). A heading
 * in a component is as much the page's as one outside.
 */
export function sensorHeadings(doc: Document, read = textOf, roots: readonly ShadowRoot[] = []): string[] {
  return readHeadings(doc, read, roots);
}

/**
 * sensorHeadings with no default reader: the page-readers script always reads with the scanner's own, and a default
 * would bring this bundle's copy of the text walk into it for nothing.
 */
export function readHeadings(doc: Document, read: typeof textOf, roots: readonly ShadowRoot[]): string[] {
  const out: string[] = [];
  const push = (t: string): void => {
    const c = cap(collapse(t), 120);
    if (c && !out.includes(c) && out.length < HEADINGS_MAX) out.push(c);
  };
  if (doc.title) push(doc.title);
  // Site name, logos and form headings (prominent.ts) before the h1–h3 that could fill the cap.
  for (const t of prominentText(doc, roots)) push(t);
  const body = doc.body ?? doc.documentElement;
  if (!body || out.length >= HEADINGS_MAX) return out;
  const trees = [body, ...roots];
  // The h1, h2 and h3 in document order: one single-tag query each (natively fast-pathed; one query for
  // 'h1, h2, h3, img' cost 3.1 ms on the generated 10,000-control page, these about 1), merged by
  // document position, until the lines are full (then no image could add one either). A query also
  // matches a foreign element spelt in lower case: the tag name is what counts. The body first, then each root.
  for (const tree of trees) {
    const lists = HEADING_TAGS.map((tag) => tree.querySelectorAll(tag.toLowerCase()));
    const at = [0, 0, 0];
    for (;;) {
      let k = -1;
      for (let j = 0; j < 3; j++) {
        const el = lists[j]![at[j]!];
        if (el && (k < 0 || lists[k]![at[k]!]!.compareDocumentPosition(el) & PRECEDING)) k = j;
      }
      if (k < 0) break;
      const el = lists[k]![at[k]!++]!;
      if (el.tagName === HEADING_TAGS[k]) push(read(el, 120, 100));
      if (out.length >= HEADINGS_MAX) return out;
    }
  }
  const images: Element[] = [];
  for (const tree of trees) {
    const imgs = tree.querySelectorAll('img');
    for (let i = 0; i < imgs.length && images.length < IMAGES_MAX; i++) if (imgs[i]!.tagName === 'IMG') images.push(imgs[i]!);
  }
  for (const img of images) {
    const alt = img.getAttribute('alt') ?? '';
    const hint = `${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('id') ?? ''} ${alt}`;
    if (!LOGO.test(hint)) continue;
    if (alt) push(alt);
    const title = img.getAttribute('title');
    if (title) push(title);
  }
  return out;
}
