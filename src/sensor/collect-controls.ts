// Which elements are the page's form controls, in the order the contract numbers them:
// document.querySelectorAll('input, select, textarea') first, then the controls inside open shadow
// roots (depth first, in document order of their hosts), the index continuing.

import { shadowRootOf } from './dom-reads';

export const CONTROL_SELECTOR = 'input, select, textarea';
/** The same controls by tag name, for code that meets an element and asks whether it is one. */
export const CONTROL_TAGS: ReadonlySet<string> = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** The element after `el` in document order within `root` (depth first), or null at the end. */
export function nextElement(el: Element, root: Node): Element | null {
  const first = el.firstElementChild;
  if (first) return first;
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    const sib = n.nextElementSibling;
    if (sib) return sib;
    if (n.parentNode === root) return null;
  }
  return null;
}

/**
 * At most this many open shadow roots are walked from one root. A page builds as many as it likes (10,000 nested
 * ones are a few lines of script), and each costs the scan a walk and a query, and the guard an observer and a
 * listener: the cap bounds that work on a page built to stall us (5,000 roots: about 10 ms to collect in headless
 * Chromium), and is meant to lie well above what a component-heavy page uses. Roots past it, in document order,
 * are not scanned.
 */
export const MAX_SHADOW_ROOTS = 5_000;

/**
 * Open shadow roots under `root`, nested ones included, in document order of their hosts (a root's own roots
 * right after it), at most MAX_SHADOW_ROOTS. A native TreeWalker over elements (filter 1 = SHOW_ELEMENT;
 * `NodeFilter` is not a global under jsdom's CLI), and `shadowRoot` read through its getter (dom-reads.ts:
 * 0.38 → 0.16 ms on the generated 1,000-control page). An explicit stack of walkers, not recursion: a page
 * nests roots as deep as it likes, and a call per level ran out of stack (RangeError) at 10,000 levels.
 */
export function openShadowRoots(root: Document | ShadowRoot): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  // The walk of each root being walked, innermost last: a root found is walked at once, then its host's walk goes on.
  const walkers = [doc.createTreeWalker(root, 1)];
  while (walkers.length > 0 && found.length < MAX_SHADOW_ROOTS) {
    const el = walkers[walkers.length - 1]!.nextNode() as Element | null;
    if (!el) {
      walkers.pop();
      continue;
    }
    const sr = shadowRootOf(el);
    if (sr) {
      found.push(sr);
      walkers.push(doc.createTreeWalker(sr, 1));
    }
  }
  return found;
}

/**
 * The controls in the contract's order: the document's, then each open shadow root's. The roots come back
 * too, so the content script's guard does not walk the whole tree a second time to find them.
 *
 * `closed`: closed shadow roots the content script was shown (platform/closed-shadow-root.ts). Their controls,
 * and those of the open roots inside them, come last, so every index before them is what the scan CLI (which
 * knows no closed root) would give.
 *
 * `boxes`: editable boxes someone focused (editable.ts), after everything else for the same reason.
 */
export function collectWithRoots(
  doc: Document,
  closed: readonly ShadowRoot[] = [],
  boxes: readonly Element[] = [],
): { elements: Element[]; roots: ShadowRoot[] } {
  const elements: Element[] = [];
  // An index loop: Array.from and spreading a NodeList go through its iterator, several times slower
  // (generated 1,000-control page: 0.15 → 0.03 ms; 10,000: 1.7 → 0.4 ms).
  const add = (list: NodeListOf<Element>): void => {
    for (let i = 0, n = list.length; i < n; i++) elements.push(list[i]!);
  };
  add(doc.querySelectorAll(CONTROL_SELECTOR));
  const roots = openShadowRoots(doc);
  for (const sr of roots) add(sr.querySelectorAll(CONTROL_SELECTOR));
  for (const sr of closed) {
    // A root whose host left the document (or another one) holds nothing of this page any more.
    if (sr.host.getRootNode({ composed: true }) !== doc) continue;
    for (const inner of [sr, ...openShadowRoots(sr)]) {
      if (roots.includes(inner)) continue;
      roots.push(inner);
      add(inner.querySelectorAll(CONTROL_SELECTOR));
    }
  }
  elements.push(...boxes);
  return { elements, roots };
}

/** All controls of the document, then those of its open shadow roots. */
export function collectControls(doc: Document): Element[] {
  return collectWithRoots(doc).elements;
}
