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
// Cost. Each question about looks reads computed style and layout (some µs once both are up to date; the first
// after a change to the page makes the browser bring them up to date, work the page's next frame does otherwise).
// Asked of every element of a hostile page, they made one task of 0.2-0.5 s (5,500 off-screen spans, 40,000 empty
// divs). So: a page whose whole text fits once its walk goes on past empty elements and whitespace is read whole,
// with no question (nothing is cut, so nothing hidden can push anything out). Otherwise (1) is asked only where it
// changes the window: from the first seen field outwards, nearest first (backwards until the cap less NEAR_AFTER of
// seen text, forwards until NEAR_AFTER), of elements that hold something and text nodes that show something; and
// only for LOOKS_MS. What is not asked about (further off, in a shadow root, or once the time is spent) is read as
// if seen, which is what the window (2) alone gives. What a kit gains from the bound: unseen elements near its field
// that are slow to ask about (hundreds of small off-screen spans), or a page slow to lay out, so that hidden filler
// further off counts again. It then still needs ≥ 30,000 characters of such filler between the story and the field,
// behind the slow part, which must itself be unseen: two tricks stacked where there was one, for a bounded cost.
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
/**
 * Time the over-cap read may spend asking about looks, in ms, the first question's style and layout update
 * included; the clock is read every LOOK_CHECK questions. Under the 50 ms of a long task with the two walks.
 */
export const LOOKS_MS = 15;
const LOOK_CHECK = 16;
/** Elements whose content is never page text (dom-text.ts PAGE_SKIP): not asked about. */
const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
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

/** The node a walk outwards from a field climbs to: the parent, or a shadow root's host. */
const upOf = (n: Node): Node | null => {
  const p = n.parentNode;
  return p && p.nodeType === 11 ? ((p as ShadowRoot).host ?? null) : p;
};

/**
 * From `anchor` outwards in one direction (backwards: the text before it, nearest first), the nodes a person cannot
 * see, until `want` characters of seen text were passed or `more()` says the time is spent. Asks about elements that
 * hold something (their subtree is left when not drawn) and text nodes that show something, never about empty
 * elements or whitespace. Light DOM only: a shadow root's content is not asked about.
 */
function unseenNear(anchor: Node, stop: Node, looks: Looks, want: number, forward: boolean, more: () => boolean, unseen: Set<Node>): void {
  let seen = 0;
  const stack: Node[] = [];
  for (let at: Node | null = anchor; at && at !== stop; at = upOf(at)) {
    for (let sib = forward ? at.nextSibling : at.previousSibling; sib; sib = forward ? sib.nextSibling : sib.previousSibling) {
      stack.push(sib);
      while (stack.length > 0) {
        const n = stack.pop()!;
        if (n.nodeType === 3) {
          const parent = n.parentNode;
          const t = n.nodeValue ?? '';
          if (parent?.nodeType !== 1 || !t.trim()) continue;
          if (!more()) return;
          if (!looks.textSeen(parent as Element)) unseen.add(n);
          else if ((seen += collapse(t).length) >= want) return;
        } else if (n.nodeType === 1 && n.firstChild && !NO_TEXT.has((n as Element).tagName)) {
          if (!more()) return;
          if (!looks.drawn(n as Element)) {
            unseen.add(n);
            continue;
          }
          // The child nearest the anchor on top: the last one going backwards, the first going forwards.
          if (forward) for (let c: Node | null = n.lastChild; c; c = c.previousSibling) stack.push(c);
          else for (let c: Node | null = n.firstChild; c; c = c.nextSibling) stack.push(c);
        }
      }
    }
  }
}

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
  if (text.length <= maxChars) {
    // The walk stopped on what is not text (empty elements, whitespace) before the fields: read on, without looks.
    // All of the page's text fits, so nothing is cut and nothing hidden can push the story out; it is read whole,
    // as a page within the cap (40,000 empty divs: no question about layout). Past twice the cap, raw, it is left.
    let left = false;
    const all = collapse(composedText(root, WALK_MAX, typedInto, hosts, (_node, length) => length <= maxChars * 2 || !(left = true)));
    if (!left && all.length <= maxChars) return all;
  }
  // Only now: the first question about layout makes the browser bring it up to date. It counts toward LOOKS_MS.
  const looks = given === undefined ? browserLooks(doc) : given;
  const start = performance.now();
  let asked = 0;
  let inTime = true;
  const more = (): boolean => {
    if (inTime && asked++ % LOOK_CHECK === 0) inTime = performance.now() - start < LOOKS_MS;
    return inTime;
  };
  // Past the time a field is taken as seen: the first then anchors, as without looks.
  const seenFields = looks ? fields.filter((f) => !more() || looks.fieldSeen(f)) : fields;
  const anchors = new Set<Node>(seenFields.length > 0 ? seenFields : fields);
  // The first of them in the page (the window's anchor): looks are asked about from there.
  let first: Node | null = null;
  for (const f of anchors) if (!first || first.compareDocumentPosition(f) & 2) first = f;
  const unseen = new Set<Node>();
  if (looks && first) {
    // Before the field: as much seen text as the window can hold before it (all of it when the page is short).
    unseenNear(first, root, looks, maxChars - NEAR_AFTER, false, more, unseen);
    unseenNear(first, root, looks, NEAR_AFTER, true, more, unseen);
  }
  let at = -1;
  const keep = (node: Node, length: number): boolean => {
    // Past the text wanted after the field (and past what the start alone would take) the walk reads nothing more.
    if (at >= 0 && length > at + NEAR_AFTER * 4 && length > maxChars * 1.5) return false;
    if (at < 0 && anchors.has(node)) at = length;
    return !unseen.has(node);
  };
  const raw = composedText(root, WALK_MAX, typedInto, hosts, keep);
  if (at < 0) return cap(collapse(raw), maxChars);
  return windowed(collapse(raw.slice(0, at)), collapse(raw.slice(at)), maxChars);
}
