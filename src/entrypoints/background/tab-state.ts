// Per-tab state as pure functions: one record per frame, combined into the tab's level (the highest over its
// frames) and the list of sensitive fields tagged with their frame. The badge and the popup read the result.
import type { DomainAssessment, Level, Verdict } from '@/core/types';
import type { FrameState, TabState } from '@/messaging/protocol';

const RANK: Record<Level, number> = { none: 0, caution: 1, danger: 2 };

export function maxLevel(levels: Iterable<Level>): Level {
  let best: Level = 'none';
  for (const level of levels) if (RANK[level] > RANK[best]) best = level;
  return best;
}

export function frameLevel(frame: FrameState): Level {
  return frame.verdict?.level ?? 'none';
}

/** The tab's top frame (frame 0), if it has reported. */
export function topFrameOf(state: TabState | null): FrameState | undefined {
  return state?.frames.find((frame) => frame.frameId === 0);
}

/** Rebuilds the derived parts (level, fields, order) from the frames. */
export function combineFrames(tabId: number, frames: readonly FrameState[], now: number): TabState {
  const ordered = [...frames].sort((a, b) => a.frameId - b.frameId);
  return {
    tabId,
    level: maxLevel(ordered.map(frameLevel)),
    frames: ordered,
    fields: ordered.flatMap((frame) => (frame.verdict?.fields ?? []).map((field) => ({ ...field, frameId: frame.frameId }))),
    updatedAt: now,
  };
}

// ── Documents ───────────────────────────────────────────────────────────────────────────────────────────────────
// A frame's messages carry when its document began (protocol.ts DocumentBorn). An old document's hello or scan can
// arrive after the next document of its frame said hello (it was on its way when the frame navigated or reloaded;
// the handlers await before they store), or after the tab went on to a new page: taken, it put the old document's
// verdict, fields and badge back over the new page's. Firefox gives no sender.documentId, and the ids Chrome gives
// cannot be ordered; the time can: a document of a frame begins after the one before it in that frame, and a frame's
// document after its top page's.

/**
 * How much earlier than its top page's a frame's document may seem to begin and still be one of that page's frames:
 * the two readings are taken in two processes, rounded (to 100 ms where Firefox resists fingerprinting).
 */
export const FRAME_BORN_SLACK_MS = 1000;

/**
 * Whether a message of the document that began at `born`, in frame `frameId`, is a late one of a document the tab
 * has moved past: older than the document whose first hello the frame's record is of (the frame navigated or
 * reloaded), or, below the top, older than the top page's document (a frame of the page before). A record not
 * from a first hello proves nothing (after a clear, the first message in may be the late one: a page back from the
 * back/forward cache, older than the page it left, must still be taken). Unknown `born`: not older.
 */
export function isOlderDocument(state: TabState | null, frameId: number, born: number | undefined): boolean {
  if (born === undefined || !state) return false;
  const own = state.frames.find((frame) => frame.frameId === frameId);
  if (own?.greeted && own.born !== undefined && born < own.born) return true;
  const top = frameId === 0 ? undefined : topFrameOf(state)?.born;
  return top !== undefined && born < top - FRAME_BORN_SLACK_MS;
}

/** Whether `frame` is a record of the document that began at `born`, as far as can be told (either unknown: yes). */
function ofDocument(frame: FrameState, born: number | undefined): boolean {
  return born === undefined || frame.born === undefined || frame.born === born;
}

/**
 * The tab with `record` in place of frame `record.frameId`'s `previous` one. A top frame whose record is of a new
 * document takes the frames of older top pages with it (reported late, after the tab's clear at the navigation).
 */
function placed(tabId: number, frames: readonly FrameState[], record: FrameState, previous: FrameState | undefined, now: number): TabState {
  const born = record.born;
  let others = frames.filter((frame) => frame.frameId !== record.frameId);
  if (record.frameId === 0 && born !== undefined && previous?.born !== born) {
    others = others.filter((frame) => frame.born === undefined || frame.born >= born - FRAME_BORN_SLACK_MS);
  }
  return combineFrames(tabId, [...others, record], now);
}

/**
 * The gate's answer for a frame (its hello). A new document gets a fresh record without a verdict. A re-check of the
 * same document (`recheck`: the hello says the scanner is in; `born` the same) keeps what the frame had, verdict and
 * marks, until its scan replaces them: wiped, the tab's level dropped for a moment (the badge blinked), and a top page
 * whose verdict was gone had its frames told to run their gate again (their field warnings blinked).
 */
export function withGate(
  state: TabState | null,
  tabId: number,
  frameId: number,
  url: string,
  domain: DomainAssessment,
  now: number,
  doc: { born?: number; recheck?: boolean } = {},
): TabState {
  const frames = state?.frames ?? [];
  const previous = frames.find((frame) => frame.frameId === frameId);
  const { born, recheck = false } = doc;
  // Without `born` on both sides, only the scanner being there says the document stayed.
  const same = previous && (born !== undefined && previous.born !== undefined ? born === previous.born : recheck);
  const record: FrameState = same ? { ...previous, url, domain } : { frameId, url, domain, verdict: null };
  if (born !== undefined) record.born = born;
  if (born !== undefined && !recheck) record.greeted = true;
  return placed(tabId, frames, record, previous, now);
}

/**
 * A frame's new verdict. The frame's gate record is kept when it is of the same document; otherwise the verdict's own
 * domain stands in. A re-scan is of the same document (a new one says hello first: withGate): its warningRemoved
 * mark stays.
 */
export function withVerdict(state: TabState | null, tabId: number, frameId: number, url: string, verdict: Verdict, now: number, blind = false, born?: number): TabState {
  const frames = state?.frames ?? [];
  const previous = frames.find((frame) => frame.frameId === frameId);
  const kept = previous && ofDocument(previous, born) ? previous : undefined;
  const domain = kept?.domain ?? verdict.domain;
  const marks = {
    ...(blind ? { blind: true as const } : {}),
    ...(kept?.warningRemoved ? { warningRemoved: true as const } : {}),
    ...((born ?? kept?.born) !== undefined ? { born: (born ?? kept?.born)! } : {}),
    ...(kept?.greeted ? { greeted: true as const } : {}),
  };
  return placed(tabId, frames, { frameId, url, domain, verdict, ...marks }, previous, now);
}

/**
 * The frame's page keeps our in-page warning off it (cs-bg-warning-removed). Only a frame the tab knows: its report
 * comes after its scan (the warning shows for a verdict); one the tab no longer knows (its document gone) changes nothing.
 */
export function withWarningRemoved(state: TabState | null, frameId: number, now: number): TabState | null {
  const frame = state?.frames.find((f) => f.frameId === frameId);
  if (!state || !frame) return state;
  if (frame.warningRemoved) return state;
  const others = state.frames.filter((f) => f !== frame);
  return combineFrames(state.tabId, [...others, { ...frame, warningRemoved: true }], now);
}

// ── Windows a tab opened (Chrome's Document Picture-in-Picture) ─────────────────────────────────────────────────
// A page can move its card form into a floating window (documentPictureInPicture.requestWindow). Chrome makes that
// window a tab of its own, in a window of its own, with no toolbar: our guard judges the form there, but the badge
// the user sees is the opener tab's. So the opener shows the frames its windows lent it (handlers.ts `shown`).

/** What each window a tab opened lent it: that window tab's frames at their highest level, by its tab id. */
export type LentFrames = Record<string, FrameState[]>;

/** A web URL's origin; null for none or an opaque one ('null': about:, data:; two of them are not one site). */
function originOf(url: string | undefined): string | null {
  try {
    const origin = url ? new URL(url).origin : 'null';
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The origin of the top frame (frame 0) among `frames`. */
function topOrigin(frames: readonly FrameState[] | undefined): string | null {
  return originOf(frames?.find((frame) => frame.frameId === 0)?.url);
}

/** Whether two tabs' top frames are of one origin (a window the page built from about:blank has the page's). */
export function sameTopOrigin(a: TabState | null, b: TabState | null): boolean {
  const origin = topOrigin(a?.frames);
  return origin !== null && origin === topOrigin(b?.frames);
}

/**
 * A window's frames lent to its opener, kept at their highest: a window whose form is taken out again (or that closes,
 * handlers.ts) does not take the level back. A scam page that showed a card form in one is still a scam page.
 */
export function withLentWindow(lent: LentFrames | null, windowTabId: number, frames: readonly FrameState[]): LentFrames {
  const before = lent?.[windowTabId];
  const level = (list: readonly FrameState[]) => RANK[maxLevel(list.map(frameLevel))];
  return { ...lent, [windowTabId]: before && level(before) > level(frames) ? before : [...frames] };
}

/** What was lent to a tab whose top frame is at `url` now: only that site's windows' frames (null for none). */
export function lentFor(lent: LentFrames | null, url: string): LentFrames | null {
  const origin = originOf(url);
  const kept = Object.entries(lent ?? {}).filter(([, frames]) => origin !== null && topOrigin(frames) === origin);
  return kept.length > 0 ? Object.fromEntries(kept) : null;
}

/**
 * The tab as the user sees it (badge, popup): its own frames, then those its windows of the same origin lent it,
 * numbered below zero so they never pass for its own frames (frame 0 stays its top). Lent frames of another origin
 * are the previous site's: the tab has left it. Nothing when the tab has no state of its own (between documents).
 */
export function withLent(own: TabState | null, lent: LentFrames | null): TabState | null {
  const kept = own && lentFor(lent, topFrameOf(own)?.url ?? '');
  if (!own || !kept) return own;
  const borrowed = Object.values(kept)
    .flat()
    .map((frame, i) => ({ ...frame, frameId: -1 - i }));
  return {
    ...own,
    level: maxLevel([own.level, ...borrowed.map(frameLevel)]),
    frames: [...own.frames, ...borrowed],
    fields: [...own.fields, ...borrowed.flatMap((frame) => (frame.verdict?.fields ?? []).map((field) => ({ ...field, frameId: frame.frameId })))],
  };
}
