// Where the danger banner sits: the top of the window, or the bottom, so that it does not cover the fields of the
// page. It shows from load, before anyone goes to a field: at the top, over a card field that is the page's first
// line, it kept a mouse user from clicking into it (on a false alarm, an honest field locked until the banner was
// closed). So:
//   1. the field being filled in (the one with the card, the focused one) is never under it, where one side allows;
//   2. then the side that covers fewer of the page's fields;
//   3. a tie stays where it is (at first the top): a form that fills the window does not make it jump as it scrolls.
// Where it would cover a field at either edge (a form that fills a small window), it first shrinks to its title line
// (index.ts, `slim`): the card at the field says the rest.
// A page can move the banner this way (a decoy field at the top), never out of sight: it is the same banner in the
// same top layer at the other edge, kept on top as before (top-layer.ts). A page that moves its fields to follow the
// banner gets at most one move per MIN_MOVE_GAP_MS (index.ts), so it cannot make it flicker too fast to read.

export type BannerSide = 'top' | 'bottom';

/** A field's extent down the window (px from the window's top). */
export interface Span {
  top: number;
  bottom: number;
}

export interface KeepClear {
  /** The field being filled in: the one with the card, the focused one. */
  must: readonly Span[];
  /** Every other field in view. */
  fields: readonly Span[];
}

/** The least time between two moves of the banner (index.ts). */
export const MIN_MOVE_GAP_MS = 400;

/** How many of `spans` the banner would cover at `side`. */
function covered(spans: readonly Span[], side: BannerSide, height: number, viewHeight: number): number {
  const [top, bottom] = side === 'top' ? [0, height] : [viewHeight - height, viewHeight];
  return spans.filter((span) => span.bottom > top && span.top < bottom && span.bottom > span.top).length;
}

/** Whether the banner (`height` tall) at `side` covers any of the fields. */
export function coversField(height: number, viewHeight: number, keep: KeepClear, side: BannerSide): boolean {
  return covered([...keep.must, ...keep.fields], side, height, viewHeight) > 0;
}

/** The side the banner (`height` tall, in a window `viewHeight` tall) goes to, now at `current`. */
export function bannerSide(height: number, viewHeight: number, keep: KeepClear, current: BannerSide): BannerSide {
  const other: BannerSide = current === 'top' ? 'bottom' : 'top';
  const cost = (side: BannerSide): [number, number] => [covered(keep.must, side, height, viewHeight), covered(keep.fields, side, height, viewHeight)];
  const [mustHere, fieldsHere] = cost(current);
  const [mustThere, fieldsThere] = cost(other);
  return mustThere < mustHere || (mustThere === mustHere && fieldsThere < fieldsHere) ? other : current;
}

/** Controls a person clicks into to fill in; frames, which may hold one (a card form in a frame). */
const FIELDS = 'input,textarea,select,[contenteditable]:not([contenteditable="false"]),iframe';
/** Inputs that take nothing typed or chosen: buttons, hidden ones, ticks. */
const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'range', 'color']);

/** The element that has the focus, through open shadow roots (an iframe when the focus is inside one). */
function deepFocus(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== doc.body && el !== doc.documentElement ? el : null;
}

const spanOf = (el: Element): Span => {
  const box = el.getBoundingClientRect();
  return { top: box.top, bottom: box.height > 0 && box.width > 0 ? box.bottom : box.top };
};

/**
 * The fields of `doc` as KeepClear. `anchor`: the field the card is about. `ours`: our host, whose focused button
 * is not a page field. Fields in the document itself (a closed shadow root's are out of reach; an open root's count
 * when focused): the banner is in the top document, over its fields and its frames.
 */
export function fieldsToKeepClear(doc: Document, anchor: Element | null, ours: Element | null): KeepClear {
  const focus = deepFocus(doc);
  const must = [anchor, focus === ours ? null : focus].filter((el): el is Element => el !== null && el.isConnected);
  const fields: Span[] = [];
  for (const el of doc.querySelectorAll(FIELDS)) {
    if (must.includes(el) || (el instanceof HTMLInputElement && NOT_FIELDS.has(el.type))) continue;
    fields.push(spanOf(el));
  }
  return { must: must.map(spanOf), fields };
}
