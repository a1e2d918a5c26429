// The page's text when it runs past the cap (red-team round 4, finding 1).
//
// The background gets at most 50,000 characters of page text (dom-text.ts sensorPageText keeps the start). A kit put
// 66,000 characters of filler no one sees (a display:none block, 2px text drawn below the form, spans moved off the
// screen) before its refund story, so the story never reached the matcher: the card-and-code page was "!" instead of
// "!!", and its code step on another site got nothing. A page within the cap reads as before, at no extra cost. Past
// it, two things, each enough against those three pages, together much harder to get round:
//
//  1. Only text a person can see counts: nothing of a subtree that is not drawn (display:none, content-visibility,
//     opacity 0), no text whose element is invisible (visibility), set in a font under MIN_FONT_PX, lies outside the
//     page (left:-9999px), or sits in a box of no width or height that clips it. Each test is of the element the
//     text stands in (its own computed style, its own box), so a kit cannot hide its filler in a parent and show the
//     rest through a child that undoes it; and nothing a person sees is dropped by a test of an ancestor, except what
//     its ancestor cannot let through (not drawn, opacity 0, or a zero-size clip, which an absolutely placed element
//     escapes and is then kept).
//  2. When the seen text is still over the cap: the page's start (HEAD) and the text nearest the first field the scan
//     found that a person can see: up to NEAR_AFTER after it, the rest of the cap before it. A story is put where
//     the victim reads it, right above the form; filler has to stand between the two to push it out, and there it
//     is in front of the victim's eyes unless it is hidden in one of the ways above.
//
// What a kit has to do now: put ≥ 30,000 characters that pass every test of (1) between its story and the first
// visible field, and ≥ HEAD before the story: seen text (a person scrolls past pages of it between the story and the
// form) or text hidden in a way these tests do not cover (colour on a same-coloured background, a small but not
// empty clipping box, a cover over it), each a separate trick to build and keep drawn right. See the report of
// session "padded story" for the list.
//
// In jsdom (the CLI, unit tests) there is no layout: (1) is left out unless a test gives its own looks; (2) applies.
import { cap, collapse, composedText } from './dom-text';

/** Of a page over the cap: how much of its start is kept, and how much of the text after its first seen field. */
export const HEAD = 12_000;
export const NEAR_AFTER = 8_000;
/** Text in a smaller font is not read (filler in 1–2px text; the smallest text a site sets for reading is ~9px). */
export const MIN_FONT_PX = 6;
/**
 * Seen text read at most, in raw characters (whitespace and element boundaries count), looking for the first field:
 * a page with more keeps its start. Reaching it takes megabytes of markup.
 */
const WALK_MAX = 4_000_000;
/** How far back an unclosed opening quotation mark is looked for at a cut (scam-phrases.ts looks 80 back). */
const QUOTE_LOOK = 300;

/** What the over-cap walk asks about elements; browserLooks in a browser. */
export interface Looks {
  /** False when nothing in `el` can show: not drawn (display:none, content-visibility:hidden) or opacity 0. */
  drawn(el: Element): boolean;
  /** Whether a person can see text that stands directly in `el`. */
  textSeen(el: Element): boolean;
  /** Whether a person can see the field `el` (a hidden decoy card field is no anchor for the window). */
  fieldSeen(el: Element): boolean;
}

const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/** The looks of `doc`'s elements from its layout; null where there is none (jsdom: no checkVisibility). */
export function browserLooks(doc: Document): Looks | null {
  const view = doc.defaultView;
  const html = doc.documentElement;
  if (!view || !html || typeof html.checkVisibility !== 'function') return null;
  const pageWidth = html.scrollWidth;
  const { scrollX, scrollY } = view;
  const seen = new Map<Element, boolean>();
  const clips = new Map<Element, boolean>();
  /** Whether `el` or an ancestor whose clip applies to it is a box of no width or height that clips what overflows. */
  const clipped = (el: Element | null): boolean => {
    if (!el) return false;
    let v = clips.get(el);
    if (v === undefined) {
      const cs = view.getComputedStyle(el);
      const r = el.getBoundingClientRect();
      v = (r.height === 0 && cs.overflowY !== 'visible') || (r.width === 0 && cs.overflowX !== 'visible');
      // An absolutely placed element may escape its ancestors' clip: kept (a story must not be dropped for it).
      if (!v && cs.position !== 'absolute' && cs.position !== 'fixed') v = clipped(parentOf(el));
      clips.set(el, v);
    }
    return v;
  };
  const textSeen = (el: Element): boolean => {
    let v = seen.get(el);
    if (v === undefined) {
      const cs = view.getComputedStyle(el);
      if (cs.display === 'contents') {
        // No box of its own (a <slot>, a display:contents wrapper): its text is drawn as its parent's would be.
        const parent = parentOf(el);
        v = parent ? textSeen(parent) : true;
      } else {
        const r = el.getBoundingClientRect();
        v =
          el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
          parseFloat(cs.fontSize) >= MIN_FONT_PX &&
          r.right + scrollX > 0 &&
          r.bottom + scrollY > 0 &&
          r.left + scrollX < pageWidth &&
          !clipped(el);
      }
      seen.set(el, v);
    }
    return v;
  };
  return {
    drawn: (el) => el.checkVisibility({ opacityProperty: true }) || view.getComputedStyle(el).display === 'contents',
    textSeen,
    fieldSeen: (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 2 && r.height > 2 && textSeen(el);
    },
  };
}

/** Where a curly quotation still open at `i` opened (within QUOTE_LOOK before it), or -1. */
function openQuoteAt(text: string, i: number): number {
  let open = -1;
  for (let j = Math.max(0, i - QUOTE_LOOK); j < i; j++) {
    const ch = text[j]!;
    if ('“「『'.includes(ch)) open = j;
    else if ('”」』'.includes(ch)) open = -1;
  }
  return open;
}

/**
 * A cut at `i` that does not split a quotation: at its opening mark when one is open there. A quoted crook's script
 * cut from its opening mark would read as the page's own words (scam-phrases.ts isQuoted).
 */
function quoteSafe(text: string, i: number): number {
  const open = openQuoteAt(text, i);
  return open >= 0 ? open : i;
}

const join = (a: string, b: string): string => (a && b ? `${a} ${b}` : a + b);

/**
 * The head and the text around the field: `before` is the seen text before the first seen field, `after` from it
 * on. A field early in the page gives the page's start, as the cap always did.
 */
export function windowed(before: string, after: string, maxChars: number): string {
  const nearAfter = Math.min(after.length, NEAR_AFTER);
  const near = maxChars - HEAD - nearAfter - 2;
  if (before.length <= HEAD + near) {
    const all = join(before, after);
    return all.length > maxChars ? all.slice(0, quoteSafe(all, maxChars)) : all;
  }
  const head = before.slice(0, quoteSafe(before, HEAD));
  // Block boundaries are single spaces by now; the line break stands for the text left out, as the background
  // joins the title, headings and text with one (page-signals.ts), so no sentence runs across the gap.
  const text = `${head}\n${before.slice(quoteSafe(before, before.length - near))} ${after}`;
  return text.length > maxChars ? text.slice(0, quoteSafe(text, maxChars)) : text;
}

/**
 * The page's text for the background: sensorPageText's (the start, capped at `maxChars`), read the same way, when
 * the page is within the cap; past it, what a person can see, and when that is still over, its start and the text nearest the first of
 * `fields` (the scan's sensitive fields) a person can see. `given`: the looks to use (tests); browserLooks(doc) by default.
 */
export function pageTextNear(
  doc: Document,
  fields: readonly Element[],
  maxChars = 50_000,
  typedInto: ReadonlySet<Node> | null = null,
  roots: readonly ShadowRoot[] = [],
  given?: Looks | null,
): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const hosts = roots.length > 0 ? new Map(roots.map((r) => [r.host, r])) : null;
  // sensorPageText's walk, counting on the way (at least what the walk counts: text, and a boundary on each side of
  // an element) whether it stopped at its limit: whitespace and empty elements count there and not in the text.
  // A page whose text fits but whose walk stopped (a form of 10,000 controls) reads as before when the walk got to a
  // field: the text before it is all there. Only one whose fields it never reached is read again (page-text-window.test.ts).
  const maxRaw = maxChars * 1.5;
  const fieldSet = new Set<Node>(fields);
  let counted = 0;
  let reached = fields.length === 0;
  const count = (node: Node): boolean => {
    counted += node.nodeType === 1 ? 2 : (node.nodeValue?.length ?? 0);
    if (!reached && fieldSet.has(node)) reached = true;
    return true;
  };
  const text = collapse(composedText(root, maxRaw, typedInto, hosts, count));
  if (text.length <= maxChars && (counted < maxRaw || reached)) return text;
  // Only now: the first question about layout makes the browser bring it up to date.
  const looks = given === undefined ? browserLooks(doc) : given;
  const seenFields = looks ? fields.filter((f) => looks.fieldSeen(f)) : fields;
  const anchors = new Set<Node>(seenFields.length > 0 ? seenFields : fields);
  let at = -1;
  const keep = (node: Node, length: number): boolean => {
    // Past the text wanted after the field (and past what the start alone would take) the walk reads nothing more.
    if (at >= 0 && length > at + NEAR_AFTER * 4 && length > maxChars * 1.5) return false;
    if (node.nodeType !== 1) {
      const parent = node.parentNode;
      return !looks || parent?.nodeType !== 1 || !node.nodeValue?.trim() || looks.textSeen(parent as Element);
    }
    if (at < 0 && anchors.has(node)) at = length;
    return !looks || looks.drawn(node as Element);
  };
  const raw = composedText(root, WALK_MAX, typedInto, hosts, keep);
  if (at < 0) return cap(collapse(raw), maxChars);
  return windowed(collapse(raw.slice(0, at)), collapse(raw.slice(at)), maxChars);
}
