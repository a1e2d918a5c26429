import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, MIN_SCROLL_HEIGHT, isGone, isOffscreen, placeCard, placeFree, wholeLinesHeight, type Box, type CardSize, type Compact, type Placement, type Side, type TextBlock, type Viewport } from './position';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height, right: left + width, bottom: top + height });
const cardBox = (p: Placement, width: number): Box => box(p.left, p.top, width, p.height);
const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where the arrow's tip points, in viewport coordinates (the arrow is a 16px square rotated 45°). */
function arrowTip(p: Placement): { x: number; y: number } {
  if (p.side === 'right') return { x: p.left - 10, y: p.top + p.arrow + 8 };
  return { x: p.left + p.arrow + 8, y: p.side === 'below' ? p.top - 10 : p.top + p.height + 10 };
}

const desktop: Viewport = { width: 1000, height: 760 };
const phone: Viewport = { width: 360, height: 640 };
// The demo's refund form: a 520px-wide column, the SMS-code box near the bottom, a danger banner of 122px.
const codeBox = box(240, 416, 404, 40);
const enCard: CardSize = { width: 440, height: 480, storyHeight: 125 };
const zhCard: CardSize = { width: 440, height: 365, storyHeight: 95 };
const small: CardSize = { width: 440, height: 300, storyHeight: 0 };

describe('placeCard: the table', () => {
  it.each<[string, Box, CardSize, Viewport, number, Side, Compact]>([
    ['room on the right: right, full', box(100, 200, 200, 30), small, { width: 1280, height: 720 }, 0, 'right', 'full'],
    ['wide field, room below: below, full', box(100, 100, 1000, 30), small, { width: 1280, height: 720 }, 0, 'below', 'full'],
    ['wide field near the bottom: above, full', box(100, 600, 1000, 30), small, { width: 1280, height: 720 }, 0, 'above', 'full'],
    ['tall English card, code box low, banner on top: below without the story, capped', codeBox, enCard, desktop, 122, 'below', 'scroll'],
    ['Chinese card, same form: below without the story (not above over the banner)', codeBox, zhCard, desktop, 122, 'below', 'no-story'],
    ['Chinese card, same form, no banner: above at full size', codeBox, zhCard, desktop, 0, 'above', 'full'],
    ['field high on the page under the banner: below, full', box(240, 180, 404, 40), zhCard, desktop, 122, 'below', 'full'],
    ['phone, field in the middle: the roomier side, capped', box(16, 300, 328, 40), enCard, phone, 0, 'below', 'scroll'],
    ['phone, field at the bottom: above, full', box(16, 560, 328, 40), enCard, phone, 0, 'above', 'full'],
    ['phone, field at the bottom under a banner: above without the story', box(16, 560, 328, 40), enCard, phone, 122, 'above', 'no-story'],
  ])('%s', (_name, anchor, card, viewport, banner, side, compact) => {
    const place = placeCard(anchor, card, viewport, banner);
    expect(place).toMatchObject({ side, compact });
    const width = Math.min(card.width, viewport.width - 2 * MARGIN);
    const drawn = cardBox(place, width);
    expect(overlaps(drawn, anchor), 'covers the field').toBe(false);
    expect(drawn.top).toBeGreaterThanOrEqual(MARGIN + banner);
    expect(drawn.bottom).toBeLessThanOrEqual(viewport.height - MARGIN);
    expect(drawn.left).toBeGreaterThanOrEqual(MARGIN);
    expect(drawn.right).toBeLessThanOrEqual(viewport.width - MARGIN);
  });

  it('keeps the exact offsets of a roomy right-side placement', () => {
    expect(placeCard(box(100, 200, 200, 30), small, { width: 1280, height: 720 })).toMatchObject({ side: 'right', left: 312, top: 192, height: 300 });
  });

  it('puts a below card GAP under the field and an above card GAP over it', () => {
    expect(placeCard(box(100, 100, 1000, 30), small, { width: 1280, height: 720 }).top).toBe(130 + GAP);
    expect(placeCard(box(100, 600, 1000, 30), small, { width: 1280, height: 720 }).top).toBe(600 - GAP - 300);
  });

  it('caps a scrolling card to exactly the room between the field and the viewport edge', () => {
    const place = placeCard(codeBox, enCard, desktop, 122);
    expect(place.top).toBe(456 + GAP);
    expect(place.height).toBe(760 - MARGIN - (456 + GAP));
  });

  it('gives up the banner before the field when nothing else leaves room', () => {
    // A 520px-tall field in a 700px viewport under a 120px banner: 40px above it, 28px below, none on the right.
    const anchor = box(100, 170, 600, 490);
    const place = placeCard(anchor, enCard, { width: 760, height: 700 }, 120);
    expect(place.side).toBe('above');
    expect(overlaps(cardBox(place, 440), anchor)).toBe(false);
    expect(place.top).toBeLessThan(120 + MARGIN);
  });

  it.each<[string, Box, Viewport, number]>([
    ['right', box(100, 200, 200, 30), { width: 1280, height: 720 }, 0],
    ['below', box(100, 100, 1000, 30), { width: 1280, height: 720 }, 0],
    ['above', box(100, 600, 1000, 30), { width: 1280, height: 720 }, 0],
    ['below, capped', codeBox, desktop, 122],
  ])('points the arrow at the field (%s)', (_name, anchor, viewport, banner) => {
    const place = placeCard(anchor, enCard, viewport, banner);
    const tip = arrowTip(place);
    if (place.side === 'right') {
      expect(tip.x).toBeCloseTo(anchor.right + GAP - 10, 0);
      expect(tip.y).toBeGreaterThanOrEqual(anchor.top);
      expect(tip.y).toBeLessThanOrEqual(anchor.bottom);
    } else {
      expect(tip.x).toBeGreaterThanOrEqual(anchor.left);
      expect(tip.x).toBeLessThanOrEqual(anchor.right);
      const edge = place.side === 'below' ? anchor.bottom : anchor.top;
      expect(Math.abs(tip.y - edge)).toBeLessThanOrEqual(GAP);
    }
  });

  it('stays inside a narrow (phone) viewport', () => {
    const place = placeCard(box(10, 100, 300, 30), { width: 440, height: 400, storyHeight: 80 }, phone);
    expect(place.left).toBeGreaterThanOrEqual(MARGIN);
    expect(place.left + 344).toBeLessThanOrEqual(360 - MARGIN);
    expect(place.top).toBeGreaterThanOrEqual(MARGIN);
  });

  it('keeps the arrow on the card for a field at the right edge', () => {
    const place = placeCard(box(1200, 100, 60, 30), small, { width: 1280, height: 720 });
    expect(place.arrow).toBeGreaterThanOrEqual(12);
    expect(place.arrow).toBeLessThanOrEqual(small.width - 28);
  });
});

describe('placeCard: for any field with room around it', () => {
  it('never covers the field, never leaves the viewport, and covers the banner only when it must', () => {
    const scene = fc
      .record({
        vw: fc.integer({ min: 320, max: 1600 }),
        vh: fc.integer({ min: 480, max: 1000 }),
        banner: fc.constantFrom(0, 90, 122),
        fx: fc.integer({ min: 0, max: 1500 }),
        fy: fc.integer({ min: 0, max: 960 }),
        fw: fc.integer({ min: 40, max: 900 }),
        fh: fc.integer({ min: 24, max: 60 }),
        ch: fc.integer({ min: 200, max: 600 }),
        story: fc.integer({ min: 0, max: 150 }),
      })
      // A field hidden under the banner is out of scope: the card keeps to the field, under the banner too.
      .filter((s) => s.fx + s.fw <= s.vw && s.fy >= s.banner && s.fy + s.fh <= s.vh && s.story < s.ch - 100);
    fc.assert(
      fc.property(scene, (s) => {
        const anchor = box(s.fx, s.fy, s.fw, s.fh);
        const viewport = { width: s.vw, height: s.vh };
        const place = placeCard(anchor, { width: 440, height: s.ch, storyHeight: s.story }, viewport, s.banner);
        const width = Math.min(440, s.vw - 2 * MARGIN);
        const drawn = cardBox(place, width);
        const roomBelow = s.vh - MARGIN - (anchor.bottom + GAP);
        const roomAbove = anchor.top - GAP - MARGIN;
        // The field itself: covered only when no side had a usable height even without the banner.
        if (Math.max(roomBelow, roomAbove) >= MIN_SCROLL_HEIGHT) expect(overlaps(drawn, anchor)).toBe(false);
        expect(drawn.top).toBeGreaterThanOrEqual(MARGIN);
        expect(drawn.bottom).toBeLessThanOrEqual(s.vh - MARGIN);
        expect(drawn.left).toBeGreaterThanOrEqual(MARGIN);
        expect(drawn.right).toBeLessThanOrEqual(s.vw - MARGIN);
        // The banner: kept clear whenever the space under it has a usable height beside the field.
        const clearBelow = s.vh - MARGIN - Math.max(anchor.bottom + GAP, MARGIN + s.banner);
        const clearAbove = anchor.top - GAP - (MARGIN + s.banner);
        if (Math.max(clearBelow, clearAbove) >= MIN_SCROLL_HEIGHT) expect(drawn.top).toBeGreaterThanOrEqual(MARGIN + s.banner);
        expect(place.height).toBeLessThanOrEqual(s.ch);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isGone', () => {
  it.each([
    [box(0, 0, 0, 0), true],
    [box(10, 10, 0, 20), false],
    [box(10, 10, 100, 20), false],
  ])('%j → %s', (b, expected) => {
    expect(isGone(b)).toBe(expected);
  });
});

describe('isOffscreen', () => {
  it.each([
    ['in view', box(100, 100, 200, 30), false],
    ['partly in view at the top', box(100, -20, 200, 30), false],
    ['put at left: -9999px', box(-9999, 100, 200, 30), true],
    ['scrolled away above', box(100, -200, 200, 30), true],
    ['below the window', box(100, 800, 200, 30), true],
    ['right of the window', box(1200, 100, 200, 30), true],
  ])('%s', (_, b, expected) => {
    expect(isOffscreen(b, desktop)).toBe(expected);
  });
});

describe('placeFree: a field typed into with nothing on screen to point at', () => {
  it.each<[string, CardSize, Viewport, number, Compact]>([
    ['room for all of it: full, at the top, centred', zhCard, desktop, 0, 'full'],
    ['under a banner, still room: full, below the banner', zhCard, desktop, 122, 'full'],
    ['phone under a tall banner: without the story', enCard, phone, 200, 'no-story'],
    ['phone, a banner, a short window: capped', enCard, { width: 360, height: 420 }, 122, 'scroll'],
  ])('%s', (_, card, viewport, banner, compact) => {
    const place = placeFree(card, viewport, banner);
    expect(place).toMatchObject({ side: 'free', compact });
    const width = Math.min(card.width, viewport.width - 2 * MARGIN);
    expect(place.left, 'centred').toBe(Math.round(Math.max(MARGIN, (viewport.width - width) / 2)));
    // Inside the window, and under the banner unless there is too little room to read it there.
    expect(place.top).toBeGreaterThanOrEqual(MARGIN);
    expect(place.top + place.height).toBeLessThanOrEqual(viewport.height - MARGIN);
    if (compact !== 'scroll') expect(place.top).toBe(MARGIN + banner);
  });

  it('always lands inside the window', () => {
    fc.assert(
      fc.property(
        fc.record({ vw: fc.integer({ min: 240, max: 2000 }), vh: fc.integer({ min: 240, max: 1400 }), ch: fc.integer({ min: 120, max: 900 }), story: fc.integer({ min: 0, max: 200 }), banner: fc.integer({ min: 0, max: 200 }) }),
        (s) => {
          const place = placeFree({ width: 440, height: s.ch, storyHeight: Math.min(s.story, s.ch - 100) }, { width: s.vw, height: s.vh }, s.banner);
          expect(place.left).toBeGreaterThanOrEqual(MARGIN);
          expect(place.top).toBeGreaterThanOrEqual(MARGIN);
          expect(place.top + place.height).toBeLessThanOrEqual(s.vh - MARGIN);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('wholeLinesHeight', () => {
  // The compact card's explanation: "这是“短信验证码”栏。" on one line, then the why on three, 24px lines,
  // 4px paragraph margins.
  const blocks: TextBlock[] = [
    { top: 4, height: 24, lineHeight: 24 },
    { top: 32, height: 72, lineHeight: 24 },
  ];

  it.each([
    [200, 104], // everything fits: ends under the last line
    [100, 80], // 100 would cut the why's third line (80–104): ends under its second
    [79, 56],
    [55, 28], // not even the why's first line: only the first paragraph
    [27, 0], // not even one line
  ])('room %d → %d', (room, expected) => {
    expect(wholeLinesHeight(blocks, room)).toBe(expected);
  });

  it('takes fractional line boxes as whole lines and never exceeds the room', () => {
    const fractional: TextBlock[] = [{ top: 4.4, height: 71.8, lineHeight: 23.95 }];
    expect(wholeLinesHeight(fractional, 52.5)).toBe(52);
    expect(wholeLinesHeight(fractional, 52.2)).toBe(52);
    expect(wholeLinesHeight(fractional, 200)).toBe(76);
  });

  it('ignores blocks without a usable line height', () => {
    expect(wholeLinesHeight([{ top: 0, height: 24, lineHeight: Number.NaN }], 100)).toBe(0);
  });

  it('property: the result is at most the room and is the bottom of some whole line (or 0)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lines: fc.integer({ min: 1, max: 6 }), gap: fc.integer({ min: 0, max: 12 }) }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 400 }),
        (paras, room) => {
          let top = 0;
          const list: TextBlock[] = [];
          const bottoms = new Set<number>([0]);
          for (const p of paras) {
            top += p.gap;
            list.push({ top, height: p.lines * 24, lineHeight: 24 });
            for (let k = 1; k <= p.lines; k++) bottoms.add(top + k * 24);
            top += p.lines * 24;
          }
          const h = wholeLinesHeight(list, room);
          expect(h).toBeLessThanOrEqual(room);
          expect(bottoms.has(h)).toBe(true);
          // And it is the tallest such bottom.
          for (const b of bottoms) if (b <= room) expect(b).toBeLessThanOrEqual(h);
        },
      ),
    );
  });
});
