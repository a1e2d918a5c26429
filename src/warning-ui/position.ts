// Where the anchored card goes. Pure arithmetic over rectangles so it is tested without layout.
//
// Rules, in order of importance:
//   1. The card never covers the field it is about, and its arrow points at that field.
//   2. It stays inside the viewport.
//   3. It does not cover the danger banner: the banner's height counts as unavailable space at the top.
//   4. Full size first: right of the field (a one-column form then loses no other field), else below, else
//      above. When no side has room, the card gets compact rather than overlapping: first without the case
//      story, then with its text capped to the room there is (scrolling inside the card).
// Only a field that leaves no usable room on any side (taller than the viewport) can still be covered, and
// only the banner is given up before that.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'below' | 'above';
/** full: everything; no-story: the case story is hidden; scroll: no story and the height capped (`maxHeight`). */
export type Compact = 'full' | 'no-story' | 'scroll';

export interface CardSize {
  width: number;
  /** Natural height with everything shown. */
  height: number;
  /** Height the case story adds (0 when there is none). */
  storyHeight: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** 'free': not beside the field, which has no box on screen to point at (see placeFree); no arrow. */
  side: Side | 'free';
  /** Where the arrow sits along the card's edge that faces the field (left offset for below/above, top offset for right). */
  arrow: number;
  compact: Compact;
  /** The card's height as placed (its natural height, or the cap when compact is 'scroll'). */
  height: number;
}

export const MARGIN = 8;
export const GAP = 12;
/** Below this a capped card cannot show its title, the action and its button: not worth it. */
export const MIN_SCROLL_HEIGHT = 160;
const SIDES: readonly Side[] = ['right', 'below', 'above'];

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(value, high));

/** The part of the viewport a card may use: below the banner, inside the margins. */
interface Region {
  top: number;
  bottom: number;
}

/** How tall a card can be on this side of the field without covering it, the banner or leaving the viewport. */
function room(side: Side, anchor: Box, width: number, viewport: Viewport, region: Region): number {
  if (side === 'right') {
    const fitsAcross = anchor.right + GAP + width <= viewport.width - MARGIN;
    return fitsAcross ? region.bottom - region.top : 0;
  }
  if (side === 'below') return Math.max(0, region.bottom - (anchor.bottom + GAP));
  return Math.max(0, anchor.top - GAP - region.top);
}

function place(side: Side, anchor: Box, width: number, height: number, viewport: Viewport, region: Region): Omit<Placement, 'compact'> {
  if (side === 'right') {
    const top = clamp(anchor.top - 8, region.top, region.bottom - height);
    // Aim at the field's first line (a tall textarea: its top part), kept on the card's edge.
    const target = clamp(anchor.top + Math.min(anchor.height / 2, 20), region.top, region.bottom);
    const arrow = clamp(target - top - 8, 10, height - 26);
    return { top: Math.round(top), left: Math.round(anchor.right + GAP), side, arrow: Math.round(arrow), height: Math.round(height) };
  }
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const left = clamp(anchor.left, MARGIN, viewport.width - width - MARGIN);
  const arrow = clamp(anchor.left + Math.min(24, anchor.width / 2) - left - 8, 12, width - 28);
  return { top: Math.round(top), left: Math.round(left), side, arrow: Math.round(arrow), height: Math.round(height) };
}

/** The side with the most room, its room, for a capped card. */
function roomiest(anchor: Box, width: number, viewport: Viewport, region: Region): { side: Side; space: number } {
  let best: { side: Side; space: number } = { side: 'below', space: -1 };
  for (const side of SIDES) {
    const space = room(side, anchor, width, viewport, region);
    if (space > best.space) best = { side, space };
  }
  return best;
}

/**
 * @param bannerHeight height of the danger banner at the top of the viewport (0 when none shows).
 */
export function placeCard(anchor: Box, card: CardSize, viewport: Viewport, bannerHeight = 0): Placement {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const bottom = viewport.height - MARGIN;
  const region: Region = { top: Math.min(MARGIN + Math.max(0, bannerHeight), bottom), bottom };
  const noStory = card.height - Math.max(0, card.storyHeight);
  const sizes: readonly [Compact, number][] = card.storyHeight > 0 ? [['full', card.height], ['no-story', noStory]] : [['full', card.height]];

  for (const [compact, height] of sizes) {
    for (const side of SIDES) {
      if (room(side, anchor, width, viewport, region) >= height) return { ...place(side, anchor, width, height, viewport, region), compact };
    }
  }
  // Nothing fits whole: cap the height to the roomiest side. Give up the banner's space before the field's.
  let best = roomiest(anchor, width, viewport, region);
  let used = region;
  if (best.space < MIN_SCROLL_HEIGHT && region.top > MARGIN) {
    const whole: Region = { top: MARGIN, bottom };
    const withoutBanner = roomiest(anchor, width, viewport, whole);
    if (withoutBanner.space > best.space) {
      best = withoutBanner;
      used = whole;
    }
  }
  // A field that leaves no usable room anywhere (taller than the viewport) is the one case left where the
  // card covers part of it: a warning that cannot be read protects nobody.
  const { height, compact } = capped(noStory, best.space, bottom);
  const spot = place(best.side, anchor, width, height, viewport, used);
  const top = clamp(spot.top, MARGIN, bottom - height);
  return { ...spot, top: Math.round(top), compact };
}

/**
 * A card without its story that does not fit whole in `space`: capped to that, but never below MIN_SCROLL_HEIGHT
 * (less cannot show its title, its action and its button) nor above the window.
 */
function capped(noStory: number, space: number, bottom: number): { height: number; compact: Compact } {
  const height = Math.min(noStory, Math.max(space, MIN_SCROLL_HEIGHT), bottom - MARGIN);
  return { height, compact: height < noStory ? 'scroll' : 'no-story' };
}

/** The field has no box (display:none, detached, or shrunk to nothing): nothing to point at. */
export function isGone(anchor: Box): boolean {
  return anchor.width === 0 && anchor.height === 0;
}

/** The field's box lies wholly outside the viewport (scrolled away, or put at left: -9999px). */
export function isOffscreen(anchor: Box, viewport: Viewport): boolean {
  return anchor.bottom <= 0 || anchor.top >= viewport.height || anchor.right <= 0 || anchor.left >= viewport.width;
}

/**
 * The card for a field that is being typed into but has no box on screen: a page can shrink the real field to
 * nothing or move it off the window and draw a fake one, so that a card beside the real field would be out of
 * sight. The card goes to the top of the window, centred, under the banner; compact as placeCard makes it.
 */
export function placeFree(card: CardSize, viewport: Viewport, bannerHeight = 0): Placement {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const bottom = viewport.height - MARGIN;
  let top = Math.min(MARGIN + Math.max(0, bannerHeight), bottom);
  const noStory = card.height - Math.max(0, card.storyHeight);
  let compact: Compact = 'full';
  let height = card.height;
  if (height > bottom - top) {
    compact = 'no-story';
    height = noStory;
  }
  if (height > bottom - top) {
    // As in placeCard: the banner's space is given up before the card gets unreadably small.
    ({ height, compact } = capped(noStory, bottom - top, bottom));
    top = clamp(top, MARGIN, bottom - height);
  }
  const left = Math.max(MARGIN, (viewport.width - width) / 2);
  return { top: Math.round(top), left: Math.round(left), side: 'free', arrow: 0, compact, height: Math.round(height) };
}

/** One paragraph of a card's explanation: its top inside the lines box, its height and its line height (px). */
export interface TextBlock {
  top: number;
  height: number;
  lineHeight: number;
}

/**
 * The tallest height up to `room` at which the explanation box ends under a whole line of text, not through
 * one (a squeezed card that stopped halfway down a line read as broken); 0 when not even the first line fits.
 * The rest is a scroll away, as before.
 */
export function wholeLinesHeight(blocks: readonly TextBlock[], room: number): number {
  let best = 0;
  for (const block of blocks) {
    if (!(block.lineHeight > 0)) continue;
    const count = Math.max(1, Math.round(block.height / block.lineHeight));
    for (let k = 1; k <= count; k++) {
      const bottom = block.top + k * block.lineHeight;
      // Half a pixel of slack: line boxes land on fractional pixels.
      if (bottom <= room + 0.5) best = Math.max(best, Math.min(bottom, room));
      else break;
    }
  }
  return Math.floor(best);
}
