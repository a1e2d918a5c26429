import { beforeEach, describe, expect, it } from 'vitest';
import { memoryStore, type KeyValueStore } from '@/platform/session-store';
import { createShareService, SHARE_STATE_KEY, type FrameRef, type ShareServiceDeps } from './share-service';

const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const MIN = 60_000;
const MEETING = 'https://meeting.tencent.com/dm/abcDEF123';

function harness(kv: KeyValueStore = memoryStore()) {
  const calls = { badge: [] as number[], recheck: 0, warn: [] as string[], verify: [] as string[] };
  /** The times re-checks were booked for (the wiring turns each into an alarm). */
  const timers: number[] = [];
  const world = {
    now: 1_700_000_000_000,
    minutes: 30,
    verifyAnswers: new Map<string, string[] | null | 'gone'>(),
  };
  const deps: ShareServiceDeps = {
    kv,
    now: () => world.now,
    meetingWindowMinutes: async () => world.minutes,
    isMeetingJoinUrl: (url) => url.startsWith('https://meeting.tencent.com/dm/'),
    verifyFrame: async (tabId, frameId) => {
      calls.verify.push(`${tabId}:${frameId}`);
      return world.verifyAnswers.get(`${tabId}:${frameId}`) ?? null;
    },
    refreshBadge: async (tabId) => void calls.badge.push(tabId),
    recheckAllTabs: async () => void calls.recheck++,
    tabInfo: async (tabId) => (tabId === 3 ? { title: '腾讯会议', url: 'https://meeting.tencent.com/dm/x' } : null),
    scheduleRecheckAt: (at) => void timers.push(at),
    warn: (what, error) => void calls.warn.push(`${what}: ${String(error)}`),
  };
  return { service: createShareService(deps), calls, world, timers, kv };
}

const frame = (tabId: number, frameId = 0, url = 'https://meeting.tencent.com/dm/x'): FrameRef => ({ tabId, frameId, url });

describe('share service', () => {
  let h: ReturnType<typeof harness>;
  beforeEach(() => {
    h = harness();
  });

  it('a start shares the screen, marks that tab\'s badge and has every tab check again', async () => {
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: A });
    expect(await h.service.screenShared()).toBe(true);
    expect(await h.service.isSharing(3)).toBe(true);
    expect(await h.service.isSharing(4)).toBe(false);
    expect(h.calls.badge).toEqual([3]);
    expect(h.calls.recheck).toBe(1);
  });

  it('a second sharing tab gets its badge but no second round of re-checks', async () => {
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: A });
    await h.service.handle(frame(5), { type: 'cs-bg-share-started', shareId: B });
    expect(h.calls.badge).toEqual([3, 5]);
    expect(h.calls.recheck).toBe(1);
  });

  it('the matching end clears the share, its badge and re-checks', async () => {
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: A });
    await h.service.handle(frame(3), { type: 'cs-bg-share-ended', shareId: A });
    expect(await h.service.screenShared()).toBe(false);
    expect(h.calls.badge).toEqual([3, 3]);
    expect(h.calls.recheck).toBe(2);
  });

  it('an end from another tab (a hostile page guessing) changes nothing', async () => {
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: A });
    await h.service.handle(frame(9), { type: 'cs-bg-share-ended', shareId: A });
    await h.service.handle(frame(9), { type: 'cs-bg-share-frame-gone' });
    expect(await h.service.screenShared()).toBe(true);
    expect(h.calls.recheck).toBe(1);
  });

  it('the frame going away ends its share', async () => {
    await h.service.handle(frame(3, 2), { type: 'cs-bg-share-started', shareId: A });
    await h.service.handle(frame(3, 2), { type: 'cs-bg-share-frame-gone' });
    expect(await h.service.screenShared()).toBe(false);
  });

  it('closing the sharing tab ends the share', async () => {
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: A });
    await h.service.tabClosed(3);
    expect(await h.service.screenShared()).toBe(false);
    expect(h.calls.recheck).toBe(2);
  });

  it.each([
    ['the hook says the share is live', [A], true],
    ['the hook says nothing is live (the page navigated)', [], false],
    ['no content script answers in that frame any more', 'gone', false],
    ['the hook does not answer (unknown: keep it)', null, true],
  ] as const)('after a tab update, %s', async (_name, answer, stillShared) => {
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: A });
    h.world.verifyAnswers.set('3:0', answer === 'gone' || answer === null ? answer : [...answer]);
    await h.service.tabUpdated(3);
    expect(h.calls.verify).toEqual(['3:0']);
    expect(await h.service.screenShared()).toBe(stillShared);
  });

  it('does not ask tabs that do not share', async () => {
    await h.service.tabUpdated(8);
    expect(h.calls.verify).toEqual([]);
  });

  it('survives the service worker sleeping: a new service on the same store still knows the share', async () => {
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: A });
    await h.service.noteVisit(frame(3, 0, MEETING));
    const woken = harness(h.kv);
    woken.world.now = h.world.now;
    expect(await woken.service.screenShared()).toBe(true);
    expect(await woken.service.recentMeeting()).toBe(true);
  });

  it('after waking, verifyAll asks every sharing frame once', async () => {
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: A });
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: B });
    await h.service.handle(frame(6, 4), { type: 'cs-bg-share-started', shareId: A });
    h.world.verifyAnswers.set('6:4', 'gone');
    await h.service.verifyAll();
    expect(h.calls.verify.sort()).toEqual(['3:0', '6:4']);
    expect(await h.service.isSharing(6)).toBe(false);
    expect(await h.service.isSharing(3)).toBe(true);
  });

  it('a damaged stored state is repaired and reported, not silently dropped', async () => {
    await h.kv.set(SHARE_STATE_KEY, { sharing: 'lots', lastMeetingJoinAt: null });
    expect(await h.service.screenShared()).toBe(false);
    expect(h.calls.warn).toEqual(['share state repaired: sharing is not a list']);
  });
});

describe('meeting visits', () => {
  it('a top-frame meeting-join page opens the window; tabs re-check; the end is scheduled', async () => {
    const h = harness();
    await h.service.noteVisit(frame(2, 0, MEETING));
    expect(await h.service.recentMeeting()).toBe(true);
    expect(h.calls.recheck).toBe(1);
    expect(h.timers).toEqual([h.world.now + 30 * MIN + 1]);
    h.world.now += 30 * MIN + 1;
    expect(await h.service.recentMeeting()).toBe(false);
  });

  it.each([
    ['a meeting page inside a frame', frame(2, 5, MEETING)],
    ['an ordinary page', frame(2, 0, 'https://www.taobao.com/')],
    ['a look-alike of a join link', frame(2, 0, 'https://meeting.tencent.com.evil.cn/dm/x')],
  ])('%s does not count', async (_name, ref) => {
    const h = harness();
    await h.service.noteVisit(ref);
    expect(await h.service.recentMeeting()).toBe(false);
    expect(h.calls.recheck).toBe(0);
  });

  it('follows the window setting when it changes', async () => {
    const h = harness();
    await h.service.noteVisit(frame(2, 0, MEETING));
    h.world.now += 45 * MIN;
    expect(await h.service.recentMeeting()).toBe(false);
    h.world.minutes = 60;
    expect(await h.service.recentMeeting()).toBe(true);
  });

  it('a second visit inside the window does not re-check every tab again', async () => {
    const h = harness();
    await h.service.noteVisit(frame(2, 0, MEETING));
    h.world.now += 5 * MIN;
    await h.service.noteVisit(frame(2, 0, MEETING));
    expect(h.calls.recheck).toBe(1);
    // …but the window now ends 30 minutes after the second visit, and a re-check is booked for then.
    expect(h.timers.at(-1)).toBe(h.world.now + 30 * MIN + 1);
  });
});

describe('popup state', () => {
  it('names the sharing tabs with title and host, and the meeting window', async () => {
    const h = harness();
    await h.service.handle(frame(3), { type: 'cs-bg-share-started', shareId: A });
    await h.service.handle(frame(4), { type: 'cs-bg-share-started', shareId: B });
    expect(await h.service.popupState()).toEqual({
      sharing: [
        { tabId: 3, title: '腾讯会议', host: 'meeting.tencent.com', since: h.world.now },
        { tabId: 4, title: '', host: '', since: h.world.now },
      ],
      recentMeeting: false,
      meetingWindowMinutes: 30,
    });
  });
});
