// What the background knows about screen sharing, as plain data with pure transitions.
// Kept in storage.session by share-service.ts, so it survives the MV3 service worker sleeping and is gone
// when the browser closes (a share cannot outlive the browser either). Nothing here leaves the browser.
import { SHARE_ID } from './hook-protocol';

export interface SharingFrame {
  tabId: number;
  frameId: number;
  /** The hook's id for the share (one frame may run several). */
  shareId: string;
  /** When the background heard of it (ms since epoch). */
  since: number;
}

export interface ShareState {
  sharing: SharingFrame[];
  /** Last visit to a meeting-join page (ms since epoch), or null. */
  lastMeetingJoinAt: number | null;
}

export const EMPTY_SHARE_STATE: ShareState = Object.freeze({ sharing: [], lastMeetingJoinAt: null }) as ShareState;

/** Most shares kept at once: a frame that reports thousands of starts cannot grow storage without bound. */
export const MAX_SHARES = 32;

const sameFrame = (a: { tabId: number; frameId: number }, b: { tabId: number; frameId: number }) =>
  a.tabId === b.tabId && a.frameId === b.frameId;

export function withShareStarted(state: ShareState, share: SharingFrame): ShareState {
  if (state.sharing.some((s) => sameFrame(s, share) && s.shareId === share.shareId)) return state;
  // Over the cap the oldest entry of the same frame goes first: a flooding frame only evicts its own shares.
  let sharing = [...state.sharing, share];
  while (sharing.length > MAX_SHARES) {
    const victim = sharing.findIndex((s) => sameFrame(s, share));
    sharing = sharing.filter((_, i) => i !== (victim >= 0 ? victim : 0));
  }
  return { ...state, sharing };
}

/** An end removes only the exact (tab, frame, share id) it names: a frame cannot end another frame's share. */
export function withShareEnded(state: ShareState, end: { tabId: number; frameId: number; shareId: string }): ShareState {
  const sharing = state.sharing.filter((s) => !(sameFrame(s, end) && s.shareId === end.shareId));
  return sharing.length === state.sharing.length ? state : { ...state, sharing };
}

/** The frame's document went away (navigation, unload): its shares ended with it. */
export function withFrameGone(state: ShareState, tabId: number, frameId: number): ShareState {
  const sharing = state.sharing.filter((s) => !sameFrame(s, { tabId, frameId }));
  return sharing.length === state.sharing.length ? state : { ...state, sharing };
}

/** Keep only the shares of the frame whose ids the frame's hook says are still live. */
export function withFrameLive(state: ShareState, tabId: number, frameId: number, liveIds: readonly string[]): ShareState {
  const sharing = state.sharing.filter((s) => !sameFrame(s, { tabId, frameId }) || liveIds.includes(s.shareId));
  return sharing.length === state.sharing.length ? state : { ...state, sharing };
}

export function withTabGone(state: ShareState, tabId: number): ShareState {
  const sharing = state.sharing.filter((s) => s.tabId !== tabId);
  return sharing.length === state.sharing.length ? state : { ...state, sharing };
}

export function withMeetingVisit(state: ShareState, at: number): ShareState {
  return { ...state, lastMeetingJoinAt: at };
}

export function isScreenShared(state: ShareState): boolean {
  return state.sharing.length > 0;
}

/** Tabs that share, each once, in the order their first share started. */
export function sharingTabIds(state: ShareState): number[] {
  return [...new Set([...state.sharing].sort((a, b) => a.since - b.since).map((s) => s.tabId))];
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Reads a stored value back. A damaged entry is dropped and named in `problems` (never silently); a missing
 * store is the empty state.
 */
export function parseShareState(raw: unknown): { state: ShareState; problems: string[] } {
  if (raw === undefined || raw === null) return { state: EMPTY_SHARE_STATE, problems: [] };
  const problems: string[] = [];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { state: EMPTY_SHARE_STATE, problems: [`share state is ${Array.isArray(raw) ? 'an array' : typeof raw}, not an object`] };
  }
  const record = raw as Record<string, unknown>;
  const sharing: SharingFrame[] = [];
  if (Array.isArray(record.sharing)) {
    record.sharing.forEach((entry: unknown, i) => {
      const e = (entry ?? {}) as Record<string, unknown>;
      if (
        isId(e.tabId) &&
        isId(e.frameId) &&
        typeof e.shareId === 'string' &&
        SHARE_ID.test(e.shareId) &&
        typeof e.since === 'number' &&
        Number.isFinite(e.since)
      ) {
        sharing.push({ tabId: e.tabId, frameId: e.frameId, shareId: e.shareId, since: e.since });
      } else {
        problems.push(`sharing[${i}] is not a {tabId, frameId, shareId, since} entry`);
      }
    });
  } else if (record.sharing !== undefined) {
    problems.push('sharing is not a list');
  }
  let lastMeetingJoinAt: number | null = null;
  if (typeof record.lastMeetingJoinAt === 'number' && Number.isFinite(record.lastMeetingJoinAt)) {
    lastMeetingJoinAt = record.lastMeetingJoinAt;
  } else if (record.lastMeetingJoinAt !== null && record.lastMeetingJoinAt !== undefined) {
    problems.push('lastMeetingJoinAt is not a time');
  }
  return { state: { sharing: sharing.slice(-MAX_SHARES), lastMeetingJoinAt }, problems };
}
