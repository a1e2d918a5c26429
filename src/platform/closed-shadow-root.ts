// Closed shadow roots, as only an extension's content script can see them.
//
// Why: a page can put its whole refund form in a closed shadow root. Page scripts then see no field, and
// neither does `element.shadowRoot` (null), which is all the sensor uses. Content scripts have a way in:
// Chrome 88+ `chrome.dom.openOrClosedShadowRoot(element)`, Firefox 63+ `element.openOrClosedShadowRoot`.
// Either is about 2 µs a call in Chromium: asked for every element of every scan, that would be 7.6 ms on the
// bench's 1,000-control page (0.5 ms for the open-root walk). So the guard asks only about the element a
// trusted focus lands on (guard.ts), which is where a person is about to type.
//
// A method must be a function before it is used: a page cannot make one out of a named element.

/** The element's shadow root, open or closed; null when it has none (or the browser will not say). */
export type ShadowRootReader = (element: Element) => ShadowRoot | null;

/** How many shadow roots deep a focus is followed. */
const MAX_ROOT_DEPTH = 8;

/**
 * The element a focus landed on: from `start` (an event's first target, or `document.activeElement`) down through
 * each shadow root `rootOf` gives, to its active element, at most MAX_ROOT_DEPTH roots deep. The walk ends early
 * at an element `stop` accepts. One walk for the gate's "is this a field?" and the guard's "which field is it?".
 */
export function followFocus(
  start: Element | null | undefined,
  rootOf: (element: Element) => ShadowRoot | null | undefined,
  stop?: (element: Element) => boolean,
): Element | null {
  let el = start ?? null;
  // Focus events target elements; the tag name is all that is asked of one first.
  for (let depth = 0; el?.tagName && depth < MAX_ROOT_DEPTH; depth++) {
    if (stop?.(el)) break;
    const inner = rootOf(el)?.activeElement;
    if (!inner) break;
    el = inner;
  }
  return el;
}

type ChromeDom = { dom?: { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null } };

export function closedShadowRootReader(world: object = globalThis): ShadowRootReader {
  const dom = (world as { chrome?: ChromeDom }).chrome?.dom;
  const open = dom?.openOrClosedShadowRoot;
  if (typeof open === 'function') {
    return (element) => {
      try {
        // It takes HTML elements only, and throws for any other (an SVG element, say).
        return open.call(dom, element) ?? null;
      } catch {
        return null;
      }
    };
  }
  return (element) => {
    try {
      const root = (element as { openOrClosedShadowRoot?: unknown }).openOrClosedShadowRoot;
      return root && typeof root === 'object' ? (root as ShadowRoot) : null;
    } catch {
      return null;
    }
  };
}

/** How far below the body (levels) and how many elements in all a scan asks about for closed roots. */
const PROBE_DEPTH = 3;
const PROBE_MAX = 24;

/**
 * Closed shadow roots of the body and the elements just under it, breadth first, added to `found` (host → root). A
 * page can draw itself whole in a closed root with no script (<div><template shadowrootmode="closed">), story and
 * form: with focus as the only way in, it would go unscanned until someone is in a field, and its story unread. Such
 * a root sits near the top, where a page puts its layout; asking about PROBE_MAX elements there costs each scan
 * some 50 µs, and leaves the deep ones (a component's own root) to the focus as before.
 */
export function shallowClosedRoots(body: Element | null, rootOf: ShadowRootReader, found: Map<Element, ShadowRoot>): void {
  let level = body ? [body] : [];
  let left = PROBE_MAX;
  for (let depth = 0; depth <= PROBE_DEPTH; depth++) {
    const next: Element[] = [];
    for (const el of level) {
      if (left-- <= 0) return;
      if (!el.shadowRoot && !found.has(el)) {
        const root = rootOf(el);
        if (root) found.set(el, root);
      }
      for (let c = el.firstElementChild; c && next.length < left; c = c.nextElementSibling) next.push(c);
    }
    level = next;
  }
}
