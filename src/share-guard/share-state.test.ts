import { describe, expect, it } from 'vitest';
import {
  EMPTY_SHARE_STATE,
  isScreenShared,
  MAX_SHARES,
  parseShareState,
  sharingTabIds,
  withFrameGone,
  withFrameLive,
  withMeetingVisit,
  withShareEnded,
  withShareStarted,
  withTabGone,
  type SharingFrame,
} from './share-state';

const id = (c: string) => c.repeat(32);
const share = (over: Partial<SharingFrame> = {}): SharingFrame => ({ tabId: 7, frameId: 0, shareId: id('a'), since: 1000, ...over });

describe('share state transitions', () => {
  it('a start makes the screen shared; the matching end clears it', () => {
    const started = withShareStarted(EMPTY_SHARE_STATE, share());
    expect(isScreenShared(started)).toBe(true);
    expect(isScreenShared(withShareEnded(started, { tabId: 7, frameId: 0, shareId: id('a') }))).toBe(false);
  });

  it.each([
    ['another share id (a guessed or forged id)', { tabId: 7, frameId: 0, shareId: id('b') }],
    ['the same id from another frame', { tabId: 7, frameId: 3, shareId: id('a') }],
    ['the same id from another tab', { tabId: 8, frameId: 0, shareId: id('a') }],
  ])('an end naming %s does not clear the share', (_name, end) => {
    const started = withShareStarted(EMPTY_SHARE_STATE, share());
    expect(withShareEnded(started, end)).toBe(started);
  });

  it('a repeated start is one share', () => {
    const once = withShareStarted(EMPTY_SHARE_STATE, share());
    expect(withShareStarted(once, share({ since: 2000 }))).toBe(once);
  });

  it('two shares in one frame: ending one keeps the other', () => {
    let s = withShareStarted(EMPTY_SHARE_STATE, share());
    s = withShareStarted(s, share({ shareId: id('b') }));
    s = withShareEnded(s, { tabId: 7, frameId: 0, shareId: id('a') });
    expect(s.sharing.map((x) => x.shareId)).toEqual([id('b')]);
  });

  it('a frame going away ends only its own shares', () => {
    let s = withShareStarted(EMPTY_SHARE_STATE, share());
    s = withShareStarted(s, share({ frameId: 2, shareId: id('b') }));
    expect(withFrameGone(s, 7, 2).sharing.map((x) => x.shareId)).toEqual([id('a')]);
  });

  it('a verification keeps the live ids of that frame and no others', () => {
    let s = withShareStarted(EMPTY_SHARE_STATE, share());
    s = withShareStarted(s, share({ shareId: id('b') }));
    s = withShareStarted(s, share({ tabId: 9, shareId: id('c') }));
    expect(withFrameLive(s, 7, 0, [id('b')]).sharing.map((x) => x.shareId)).toEqual([id('b'), id('c')]);
  });

  it('closing a tab ends all its frames\' shares', () => {
    let s = withShareStarted(EMPTY_SHARE_STATE, share());
    s = withShareStarted(s, share({ frameId: 4, shareId: id('b') }));
    s = withShareStarted(s, share({ tabId: 9, shareId: id('c'), since: 500 }));
    expect(sharingTabIds(s)).toEqual([9, 7]);
    expect(sharingTabIds(withTabGone(s, 7))).toEqual([9]);
  });

  it('a frame flooding starts evicts its own oldest shares, not another tab\'s', () => {
    let s = withShareStarted(EMPTY_SHARE_STATE, share({ tabId: 1, shareId: id('f') }));
    for (let i = 0; i < MAX_SHARES + 5; i++) s = withShareStarted(s, share({ shareId: i.toString(16).padStart(32, '0') }));
    expect(s.sharing).toHaveLength(MAX_SHARES);
    expect(s.sharing.some((x) => x.tabId === 1)).toBe(true);
  });

  it('records the meeting visit time', () => {
    expect(withMeetingVisit(EMPTY_SHARE_STATE, 123).lastMeetingJoinAt).toBe(123);
  });
});

describe('parseShareState', () => {
  it('reads back what was stored', () => {
    const state = withMeetingVisit(withShareStarted(EMPTY_SHARE_STATE, share()), 99);
    expect(parseShareState(structuredClone(state))).toEqual({ state, problems: [] });
  });

  it('treats a missing store as empty without complaint', () => {
    expect(parseShareState(undefined)).toEqual({ state: EMPTY_SHARE_STATE, problems: [] });
  });

  it('drops damaged entries and names each one', () => {
    const { state, problems } = parseShareState({
      sharing: [share(), { tabId: -1, frameId: 0, shareId: id('b'), since: 1 }, { tabId: 1, frameId: 0, shareId: 'x', since: 1 }, null],
      lastMeetingJoinAt: 'yesterday',
    });
    expect(state).toEqual({ sharing: [share()], lastMeetingJoinAt: null });
    expect(problems).toEqual([
      'sharing[1] is not a {tabId, frameId, shareId, since} entry',
      'sharing[2] is not a {tabId, frameId, shareId, since} entry',
      'sharing[3] is not a {tabId, frameId, shareId, since} entry',
      'lastMeetingJoinAt is not a time',
    ]);
  });

  it.each([[42], ['text'], [[1, 2]]])('refuses a stored %j with a named problem', (raw) => {
    const { state, problems } = parseShareState(raw);
    expect(state).toEqual(EMPTY_SHARE_STATE);
    expect(problems[0]).toMatch(/share state is/);
  });
});
