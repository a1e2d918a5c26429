// Was a meeting-join page visited recently? Pure: the clock and the setting are passed in.
//
// Why a window at all: in the Wuhan case the victim joined a Tencent Meeting room and then typed card
// numbers, passwords and codes while "customer service" watched. The meeting may run in the desktop app,
// where the browser cannot see the share; the only trace the browser has is the join page it opened.
// So for `meetingWindowMinutes` after such a visit, a card or code field on a non-official site is danger.
//
// Clock rules (Date.now() is wall time and can jump):
// - exactly N minutes after the visit still counts (the window is closed at both ends);
// - a visit "in the future" (the clock was set back after it) counts while the jump is within the window:
//   we cannot tell how much real time passed, and a missed warning costs more than an extra one; a visit
//   further in the future than the window is a broken timestamp and does not count;
// - a window of 0 minutes turns the rule off.

const MINUTE_MS = 60_000;

/** Longest window the setting may hold (one day). The settings module keeps the value in range. */
export const MAX_MEETING_WINDOW_MINUTES = 24 * 60;

/** Throws a RangeError naming the bad value: a window that is not a whole number of minutes in range. */
export function checkWindowMinutes(windowMinutes: number): void {
  if (!Number.isInteger(windowMinutes) || windowMinutes < 0 || windowMinutes > MAX_MEETING_WINDOW_MINUTES) {
    throw new RangeError(
      `meetingWindowMinutes must be a whole number from 0 to ${MAX_MEETING_WINDOW_MINUTES}, got ${String(windowMinutes)}`,
    );
  }
}

/**
 * True when a meeting-join page was visited at `lastJoinAt` (ms since epoch) and `now` is within
 * `windowMinutes` of it. `lastJoinAt` null means no visit is known.
 */
export function isMeetingRecent(lastJoinAt: number | null, now: number, windowMinutes: number): boolean {
  checkWindowMinutes(windowMinutes);
  if (lastJoinAt === null || windowMinutes === 0) return false;
  if (!Number.isFinite(lastJoinAt) || !Number.isFinite(now)) return false;
  const windowMs = windowMinutes * MINUTE_MS;
  return Math.abs(now - lastJoinAt) <= windowMs;
}

/**
 * When the current window stops counting (ms since epoch), so the background can re-evaluate open tabs
 * then; null when no window is open at `now`.
 */
export function meetingWindowEndsAt(lastJoinAt: number | null, now: number, windowMinutes: number): number | null {
  if (!isMeetingRecent(lastJoinAt, now, windowMinutes) || lastJoinAt === null) return null;
  // For a visit "in the future" the window ends when the clock has moved windowMinutes past the visit.
  return lastJoinAt + windowMinutes * MINUTE_MS;
}
