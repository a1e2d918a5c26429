import { describe, expect, it } from 'vitest';
import { isMeetingRecent, meetingWindowEndsAt } from './meeting-window';

const MIN = 60_000;
const visit = Date.UTC(2026, 10, 21, 10, 0, 0);

describe('isMeetingRecent', () => {
  it.each([
    ['just after the visit', 1, true],
    ['29 minutes later', 29 * MIN, true],
    ['exactly 30 minutes later (window closed at both ends)', 30 * MIN, true],
    ['30 minutes and 1 ms later', 30 * MIN + 1, false],
    ['a day later', 24 * 60 * MIN, false],
    ['at the same millisecond', 0, true],
  ])('30-minute window, %s', (_name, elapsed, expected) => {
    expect(isMeetingRecent(visit, visit + elapsed, 30)).toBe(expected);
  });

  it('is false when no visit is known', () => {
    expect(isMeetingRecent(null, visit, 30)).toBe(false);
  });

  it.each([
    ['clock set back 5 minutes after the visit', -5 * MIN, true],
    ['clock set back exactly the window', -30 * MIN, true],
    ['visit stamped further in the future than the window (broken timestamp)', -31 * MIN, false],
  ])('%s', (_name, elapsed, expected) => {
    expect(isMeetingRecent(visit, visit + elapsed, 30)).toBe(expected);
  });

  it('follows a changed setting at once: the same visit counts for 60 and not for 10', () => {
    const now = visit + 20 * MIN;
    expect(isMeetingRecent(visit, now, 60)).toBe(true);
    expect(isMeetingRecent(visit, now, 10)).toBe(false);
  });

  it('a window of 0 turns the rule off, even at the moment of the visit', () => {
    expect(isMeetingRecent(visit, visit, 0)).toBe(false);
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [24 * 60 + 1]])(
    'refuses a bad window (%s) with an error naming the setting',
    (bad) => {
      expect(() => isMeetingRecent(visit, visit, bad)).toThrow(/meetingWindowMinutes/);
    },
  );

  it('ignores a non-finite timestamp from a damaged store', () => {
    expect(isMeetingRecent(Number.NaN, visit, 30)).toBe(false);
  });
});

describe('meetingWindowEndsAt', () => {
  it('is the visit plus the window while the window is open', () => {
    expect(meetingWindowEndsAt(visit, visit + 10 * MIN, 30)).toBe(visit + 30 * MIN);
  });
  it('is null once the window has passed or with no visit', () => {
    expect(meetingWindowEndsAt(visit, visit + 31 * MIN, 30)).toBeNull();
    expect(meetingWindowEndsAt(null, visit, 30)).toBeNull();
  });
});
