// The screen-share guard's runtime messages. Types only (the relay content script imports them); the zod
// schemas are in share-schemas.ts, background only. src/messaging/protocol.ts folds these into the one
// union of the extension, so the background validates them with everything else.
//
//   share relay (guard.content)                 background (share-service.ts)
//   ── cs-bg-share-started { shareId } ────────▶ remember (tab, frame, id); badge; every tab re-checks
//   ── cs-bg-share-ended { shareId } ──────────▶ forget exactly that share
//   ── cs-bg-share-frame-gone ─────────────────▶ the frame's document is going away (pagehide)
//   ◀── bg-cs-share-verify ──────────────────── after the tab navigated / the worker woke: which are live?
//   ── { liveShareIds } ───────────────────────▶
//   popup ── popup-bg-get-share-state ────────▶ which tabs share, meeting visit window

export interface CsBgShareStarted {
  type: 'cs-bg-share-started';
  shareId: string;
}

export interface CsBgShareEnded {
  type: 'cs-bg-share-ended';
  shareId: string;
}

export interface CsBgShareFrameGone {
  type: 'cs-bg-share-frame-gone';
}

export type ShareCsBgMessage = CsBgShareStarted | CsBgShareEnded | CsBgShareFrameGone;

export interface PopupBgGetShareState {
  type: 'popup-bg-get-share-state';
}

export interface BgCsShareVerify {
  type: 'bg-cs-share-verify';
}

export interface ShareAck {
  ok: true;
}

export interface SharingTabInfo {
  tabId: number;
  /** The tab's title and host as the browser reports them ('' when the browser withholds them). */
  title: string;
  host: string;
  since: number;
}

export interface ShareStateResponse {
  sharing: SharingTabInfo[];
  /** A meeting-join page was visited within the window. */
  recentMeeting: boolean;
  meetingWindowMinutes: number;
}

export interface ShareVerifyResponse {
  /** Null when this frame's hook did not answer (not installed here): unknown, not "none". */
  liveShareIds: string[] | null;
}

export interface ShareResponseMap {
  'cs-bg-share-started': ShareAck;
  'cs-bg-share-ended': ShareAck;
  'cs-bg-share-frame-gone': ShareAck;
  'popup-bg-get-share-state': ShareStateResponse;
}
