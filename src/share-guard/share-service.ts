// The background half of the screen-share guard. Every browser call comes in through ShareServiceDeps
// (wired in background-wiring.ts), so the flows are unit-tested with fakes.
//
//   relay: started / ended / frame-gone ──▶ state (storage.session) ──▶ badge of that tab
//                                                    │ screen shared: no ⇄ yes
//                                                    ▼
//                                  every tab re-checks (gate answer + verdict now see screenShared)
//   top-frame hello on a meeting-join URL ──▶ lastMeetingJoinAt ──▶ every tab re-checks (recentMeeting)
//   tab closed ──▶ forget its shares;  tab updated / worker woke ──▶ ask the frames which shares are live
//
// Trust: the frame (tab id, frame id, URL) comes from the browser's sender, never from the message; an end
// only clears the exact (tab, frame, share id) it names, so a page cannot end another frame's share.
import type { KeyValueStore } from '@/platform/session-store';
import { isMeetingRecent, meetingWindowEndsAt } from './meeting-window';
import type { ShareAck, ShareCsBgMessage, SharingTabInfo, ShareStateResponse } from './share-protocol';
import {
  isScreenShared,
  parseShareState,
  sharingTabIds,
  withFrameGone,
  withFrameLive,
  withMeetingVisit,
  withShareEnded,
  withShareStarted,
  withTabGone,
  type ShareState,
} from './share-state';

export const SHARE_STATE_KEY = 'share-guard:state';

export interface FrameRef {
  tabId: number;
  frameId: number;
  url: string;
}

export interface ShareServiceDeps {
  kv: KeyValueStore;
  now(): number;
  meetingWindowMinutes(): Promise<number>;
  isMeetingJoinUrl(url: string): boolean;
  /** Which shares one frame's hook reports live; null: no answer from the hook; 'gone': no content script there. */
  verifyFrame(tabId: number, frameId: number): Promise<string[] | null | 'gone'>;
  /** Re-applies the tab's badge (the background's badge code asks `isSharing` for the look). */
  refreshBadge(tabId: number): Promise<void>;
  /** Every known tab runs its gate and scan again. */
  recheckAllTabs(): Promise<void>;
  tabInfo(tabId: number): Promise<{ title?: string; url?: string } | null>;
  /**
   * Books a re-check of every tab (recheckAllTabs) at time `at`, replacing the last booking. It must survive the
   * worker going to sleep meanwhile (background-wiring.ts: an alarm), or a tab kept "danger" after the window.
   */
  scheduleRecheckAt(at: number): void;
  warn(what: string, error: unknown): void;
}

export interface ShareService {
  handle(from: FrameRef, message: ShareCsBgMessage): Promise<ShareAck>;
  /** Every top-frame page the content script announces (cs-bg-hello), to notice meeting-join pages. */
  noteVisit(from: FrameRef): Promise<void>;
  screenShared(): Promise<boolean>;
  recentMeeting(): Promise<boolean>;
  isSharing(tabId: number): Promise<boolean>;
  tabClosed(tabId: number): Promise<void>;
  /** Something changed in the tab (load, navigation): ask its sharing frames whether they still share. */
  tabUpdated(tabId: number): Promise<void>;
  /** Ask every sharing frame (the worker woke up and cannot know what it missed). */
  verifyAll(): Promise<void>;
  popupState(): Promise<ShareStateResponse>;
}

export function createShareService(deps: ShareServiceDeps): ShareService {
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<ShareState> {
    const { state, problems } = parseShareState(await deps.kv.get(SHARE_STATE_KEY));
    if (problems.length > 0) deps.warn('share state repaired', problems.join('; '));
    return state;
  }

  /** One read-modify-write at a time; then the effects of what changed. */
  function change(fn: (state: ShareState) => ShareState): Promise<void> {
    const run = queue
      .catch(() => undefined)
      .then(async () => {
        const before = await read();
        const after = fn(before);
        if (after === before) return;
        await deps.kv.set(SHARE_STATE_KEY, after);
        await effects(before, after);
      });
    queue = run;
    return run;
  }

  async function effects(before: ShareState, after: ShareState): Promise<void> {
    const was = new Set(sharingTabIds(before));
    const now = new Set(sharingTabIds(after));
    const flipped = [...was].filter((t) => !now.has(t)).concat([...now].filter((t) => !was.has(t)));
    await Promise.all(flipped.map((tabId) => deps.refreshBadge(tabId).catch((e: unknown) => deps.warn('share badge', e))));
    const minutes = await deps.meetingWindowMinutes();
    const meetingBefore = isMeetingRecent(before.lastMeetingJoinAt, deps.now(), minutes);
    const meetingAfter = isMeetingRecent(after.lastMeetingJoinAt, deps.now(), minutes);
    if (isScreenShared(before) !== isScreenShared(after) || meetingBefore !== meetingAfter) {
      // Not awaited by the caller's answer: re-checking waits on every frame of every tab.
      deps.recheckAllTabs().catch((e: unknown) => deps.warn('share recheck', e));
    }
    // Each visit moves the window's end: re-check the tabs when the latest window closes.
    if (after.lastMeetingJoinAt !== before.lastMeetingJoinAt) scheduleMeetingExpiry(after.lastMeetingJoinAt, minutes);
  }

  function scheduleMeetingExpiry(lastJoinAt: number | null, minutes: number): void {
    const endsAt = meetingWindowEndsAt(lastJoinAt, deps.now(), minutes);
    if (endsAt === null) return;
    deps.scheduleRecheckAt(endsAt + 1);
  }

  async function verifyFrames(frames: { tabId: number; frameId: number }[]): Promise<void> {
    const answers = await Promise.all(
      frames.map(async (f) => ({ ...f, answer: await deps.verifyFrame(f.tabId, f.frameId).catch(() => null) })),
    );
    await change((state) =>
      answers.reduce((s, { tabId, frameId, answer }) => {
        if (answer === 'gone') return withFrameGone(s, tabId, frameId);
        if (answer === null) return s; // no answer from the hook: keep what we know
        return withFrameLive(s, tabId, frameId, answer);
      }, state),
    );
  }

  function uniqueFrames(state: ShareState, tabId?: number) {
    const seen = new Map<string, { tabId: number; frameId: number }>();
    for (const s of state.sharing) {
      if (tabId === undefined || s.tabId === tabId) seen.set(`${s.tabId}:${s.frameId}`, { tabId: s.tabId, frameId: s.frameId });
    }
    return [...seen.values()];
  }

  return {
    async handle(from, message) {
      switch (message.type) {
        case 'cs-bg-share-started':
          await change((s) => withShareStarted(s, { tabId: from.tabId, frameId: from.frameId, shareId: message.shareId, since: deps.now() }));
          break;
        case 'cs-bg-share-ended':
          await change((s) => withShareEnded(s, { tabId: from.tabId, frameId: from.frameId, shareId: message.shareId }));
          break;
        case 'cs-bg-share-frame-gone':
          await change((s) => withFrameGone(s, from.tabId, from.frameId));
          break;
      }
      return { ok: true };
    },

    async noteVisit(from) {
      if (from.frameId !== 0 || !deps.isMeetingJoinUrl(from.url)) return;
      await change((s) => withMeetingVisit(s, deps.now()));
    },

    async screenShared() {
      return isScreenShared(await read());
    },

    async recentMeeting() {
      return isMeetingRecent((await read()).lastMeetingJoinAt, deps.now(), await deps.meetingWindowMinutes());
    },

    async isSharing(tabId) {
      return (await read()).sharing.some((s) => s.tabId === tabId);
    },

    tabClosed(tabId) {
      return change((s) => withTabGone(s, tabId));
    },

    async tabUpdated(tabId) {
      const frames = uniqueFrames(await read(), tabId);
      if (frames.length > 0) await verifyFrames(frames);
    },

    async verifyAll() {
      const state = await read();
      const frames = uniqueFrames(state);
      if (frames.length > 0) await verifyFrames(frames);
      // A meeting window that was open when the worker went to sleep still needs its expiry re-check.
      scheduleMeetingExpiry(state.lastMeetingJoinAt, await deps.meetingWindowMinutes());
    },

    async popupState() {
      const state = await read();
      const minutes = await deps.meetingWindowMinutes();
      const sharing: SharingTabInfo[] = [];
      for (const tabId of sharingTabIds(state)) {
        const info = await deps.tabInfo(tabId).catch(() => null);
        const since = Math.min(...state.sharing.filter((s) => s.tabId === tabId).map((s) => s.since));
        sharing.push({ tabId, title: info?.title ?? '', host: hostOf(info?.url), since });
      }
      return { sharing, recentMeeting: isMeetingRecent(state.lastMeetingJoinAt, deps.now(), minutes), meetingWindowMinutes: minutes };
    },
  };
}

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

