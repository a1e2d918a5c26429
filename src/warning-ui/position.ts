// Where the anchored card goes: to the right of the field when there is room (it then covers no other field
// of a typical one-column form), else below it, else above; always inside the viewport.
// Pure arithmetic over rectangles so it is tested without layout.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'below' | 'above';

export interface Placement {
  top: number;
  left: number;
  side: Side;
  /** Where the arrow sits along the card's edge that faces the field (left offset for below/above, top offset for right). */
  arrow: number;
}

const MARGIN = 8;
const GAP = 12;

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(value, high));

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const maxTop = viewport.height - card.height - MARGIN;
  const maxLeft = viewport.width - card.width - MARGIN;
  if (anchor.right + GAP + card.width <= viewport.width - MARGIN) {
    const top = clamp(anchor.top - 8, MARGIN, maxTop);
    const arrow = clamp(anchor.top + Math.min(anchor.height / 2, 20) - top - 8, 10, card.height - 26);
    return { top: Math.round(top), left: Math.round(anchor.right + GAP), side: 'right', arrow: Math.round(arrow) };
  }
  const fitsBelow = anchor.bottom + GAP + card.height <= viewport.height - MARGIN;
  const fitsAbove = anchor.top - GAP - card.height >= MARGIN;
  const side: Side = fitsBelow || !fitsAbove ? 'below' : 'above';
  const top = clamp(side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height, MARGIN, maxTop);
  const left = clamp(anchor.left, MARGIN, maxLeft);
  const arrow = clamp(anchor.left + Math.min(24, anchor.width / 2) - left - 8, 12, card.width - 28);
  return { top: Math.round(top), left: Math.round(left), side, arrow: Math.round(arrow) };
}

/** The field has no box (display:none, detached): nothing to point at. */
export function isGone(anchor: Box): boolean {
  return anchor.width === 0 && anchor.height === 0;
}
