import { describe, expect, it } from 'vitest';
import { isGone, placeCard, type Box } from './position';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height, right: left + width, bottom: top + height });
const viewport = { width: 1280, height: 720 };
const card = { width: 440, height: 300 };

describe('placeCard', () => {
  it('goes to the right of a field when it fits there', () => {
    const place = placeCard(box(100, 200, 200, 30), card, viewport);
    expect(place).toMatchObject({ side: 'right', left: 312, top: 192 });
  });

  it('goes below a wide field when the right side is full', () => {
    const place = placeCard(box(100, 100, 1000, 30), card, viewport);
    expect(place).toMatchObject({ side: 'below', top: 142, left: 100 });
  });

  it('goes above a field near the bottom of the viewport', () => {
    const place = placeCard(box(100, 600, 1000, 30), card, viewport);
    expect(place.side).toBe('above');
    expect(place.top).toBe(600 - 12 - 300);
  });

  it('stays inside a narrow (phone) viewport', () => {
    const place = placeCard(box(10, 100, 300, 30), { width: 344, height: 400 }, { width: 360, height: 640 });
    expect(place.left).toBeGreaterThanOrEqual(8);
    expect(place.left + 344).toBeLessThanOrEqual(360 - 8);
    expect(place.top).toBeGreaterThanOrEqual(8);
  });

  it('keeps the arrow on the card', () => {
    const place = placeCard(box(1200, 100, 60, 30), card, viewport);
    expect(place.arrow).toBeGreaterThanOrEqual(12);
    expect(place.arrow).toBeLessThanOrEqual(card.width - 28);
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
