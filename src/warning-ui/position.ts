// Where the anchored card goes: below the field when it fits, else above; kept inside the viewport.
// Pure arithmetic over rectangles so it is tested without layout.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** Arrow offset from the card's left edge, pointing at the field. */
  arrowLeft: number;
}

const MARGIN = 8;
const GAP = 12;

export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const fitsBelow = anchor.bottom + GAP + card.height <= viewport.height - MARGIN;
  const fitsAbove = anchor.top - GAP - card.height >= MARGIN;
  const side: Placement['side'] = fitsBelow || !fitsAbove ? 'below' : 'above';
  const rawTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  const top = Math.max(MARGIN, Math.min(rawTop, viewport.height - card.height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  const target = anchor.left + Math.min(24, anchor.width / 2) - left;
  const arrowLeft = Math.max(12, Math.min(target, card.width - 28));
  return { top: Math.round(top), left: Math.round(left), side, arrowLeft: Math.round(arrowLeft) };
}

/** The field has no box (display:none, detached): nothing to point at. */
export function isGone(anchor: Box): boolean {
  return anchor.width === 0 && anchor.height === 0;
}
