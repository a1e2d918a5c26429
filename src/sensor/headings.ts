// What a page claims to be, in a few lines: its title, prominent text (prominent.ts: site name, logos,
// form headings), the h1–h3 of the body and the alt/title of logo images. The engine reads these for
// brand claims.
import { cap, collapse, textOf } from './dom-text';
import { prominentText } from './prominent';

const HEADINGS_MAX = 30;
const IMAGES_MAX = 200;
const LOGO = /logo/i;

/** Page title, prominent text, h1–h3 text and the alt/title of logo images, deduplicated, at most 30. */
export function sensorHeadings(doc: Document): string[] {
  const out: string[] = [];
  const push = (t: string): void => {
    const c = cap(collapse(t), 120);
    if (c && !out.includes(c) && out.length < HEADINGS_MAX) out.push(c);
  };
  if (doc.title) push(doc.title);
  // Site name, logos and form headings (prominent.ts) before the h1–h3 that could fill the cap.
  for (const t of prominentText(doc)) push(t);
  const root = doc.body ?? doc.documentElement;
  if (!root || out.length >= HEADINGS_MAX) return out;
  // The h1–h3 and images in document order, by one native query (a JS walk of the whole body cost 0.5 ms
  // on the generated 1,000-control page, this 0.15 ms). The query also matches a foreign element spelt in
  // lower case: the tag name is what counts.
  const images: Element[] = [];
  const found = root.querySelectorAll('h1, h2, h3, img');
  for (let i = 0; i < found.length && out.length < HEADINGS_MAX; i++) {
    const el = found[i]!;
    const tag = el.tagName;
    if (tag === 'H1' || tag === 'H2' || tag === 'H3') push(textOf(el, 120, 100));
    else if (tag === 'IMG' && images.length < IMAGES_MAX) images.push(el);
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
