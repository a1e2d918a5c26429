import { describe, expect, it } from 'vitest';
import { combineFrames, FRAME_BORN_SLACK_MS, isOlderDocument, lentFor, maxLevel, sameTopOrigin, topFrameOf, withGate, withLent, withLentWindow, withVerdict } from './tab-state';
import { domain, finding, verdict } from './test-factories';

describe('maxLevel', () => {
  it.each([
    [[], 'none'],
    [['none', 'none'], 'none'],
    [['none', 'caution'], 'caution'],
    [['caution', 'danger', 'none'], 'danger'],
    [['danger', 'caution'], 'danger'],
  ] as const)('%j → %s', (levels, expected) => {
    expect(maxLevel(levels)).toBe(expected);
  });
});

describe('per-tab combining', () => {
  it('takes the highest level over the frames and tags fields with their frame', () => {
    let state = withGate(null, 5, 0, 'https://shop.example/', domain({ host: 'shop.example' }), 1);
    state = withVerdict(state, 5, 0, 'https://shop.example/', verdict({ level: 'none' }), 2);
    state = withVerdict(state, 5, 3, 'https://pay.example/', verdict({ level: 'danger', fields: [finding(2, 'card-number')] }), 3);
    state = withVerdict(state, 5, 1, 'https://ad.example/', verdict({ level: 'caution', fields: [finding(0, 'otp')] }), 4);
    expect(state.level).toBe('danger');
    expect(state.frames.map((frame) => frame.frameId)).toEqual([0, 1, 3]);
    expect(state.fields).toEqual([
      { ...finding(0, 'otp'), frameId: 1 },
      { ...finding(2, 'card-number'), frameId: 3 },
    ]);
    expect(state.updatedAt).toBe(4);
  });

  it('keeps the gate assessment of a frame when its verdict arrives', () => {
    const gate = domain({ host: 'gate.example', kind: 'unknown', reasons: [{ code: 'gate' }] });
    const state = withVerdict(withGate(null, 1, 0, 'https://gate.example/', gate, 1), 1, 0, 'https://gate.example/', verdict({ domain: domain() }), 2);
    expect(state.frames[0]?.domain).toBe(gate);
  });

  it('a new gate answer for a frame (new document) drops that frame’s old verdict only', () => {
    let state = withVerdict(null, 2, 0, 'https://a.example/', verdict({ level: 'danger' }), 1);
    state = withVerdict(state, 2, 4, 'https://b.example/', verdict({ level: 'caution' }), 2);
    state = withGate(state, 2, 0, 'https://c.example/', domain({ kind: 'official' }), 3);
    expect(state.level).toBe('caution');
    expect(state.frames.find((frame) => frame.frameId === 0)?.verdict).toBeNull();
  });

  it('a frame going back to none lowers the tab level', () => {
    let state = withVerdict(null, 2, 0, 'https://a.example/', verdict({ level: 'danger', fields: [finding(0, 'card-pin')] }), 1);
    state = withVerdict(state, 2, 0, 'https://a.example/', verdict({ level: 'none' }), 2);
    expect(state.level).toBe('none');
    expect(state.fields).toEqual([]);
  });

  it('an empty tab is none', () => {
    expect(combineFrames(9, [], 0)).toEqual({ tabId: 9, level: 'none', frames: [], fields: [], updatedAt: 0 });
  });
});

describe('which document a frame record is of (born)', () => {
  const gate = domain();
  /** Top page born 1000 (first hello), frame 3 born 2000 (first hello) with a danger verdict. */
  const tab = () => {
    let state = withGate(null, 1, 0, 'https://a.example/', gate, 1, { born: 1000 });
    state = withGate(state, 1, 3, 'https://f.example/', gate, 1, { born: 2000 });
    return withVerdict(state, 1, 3, 'https://f.example/', verdict({ level: 'danger' }), 2, false, 2000);
  };

  it.each([
    ['the frame\'s own document', 3, 2000, false],
    ['a newer document of the frame', 3, 2500, false],
    ['an older document of the frame (late)', 3, 1999, true],
    ['a frame of the page (a new frame)', 5, 1000, false],
    [`a frame up to ${FRAME_BORN_SLACK_MS} ms older than the page`, 5, 1000 - FRAME_BORN_SLACK_MS, false],
    ['a frame of an older page', 5, 999 - FRAME_BORN_SLACK_MS, true],
    ['an older top document', 0, 999, true],
    ['unknown', 3, undefined, false],
  ] as const)('%s: older %s', (_name, frameId, born, older) => {
    expect(isOlderDocument(tab(), frameId, born)).toBe(older);
  });

  it('a record not from a first hello (the first message after a clear) proves nothing about older documents', () => {
    const state = withVerdict(null, 1, 0, 'https://a.example/', verdict(), 1, false, 5000);
    expect(isOlderDocument(state, 0, 100)).toBe(false);
    expect(withVerdict(state, 1, 0, 'https://b.example/', verdict(), 2, false, 100).frames[0]?.born).toBe(100);
  });

  it('a re-check hello of the same document keeps the record; a first hello of another starts afresh', () => {
    const marked = { ...tab(), frames: tab().frames.map((f) => (f.frameId === 3 ? { ...f, warningRemoved: true as const } : f)) };
    const rechecked = withGate(marked, 1, 3, 'https://f.example/#x', domain({ kind: 'trusted' }), 3, { born: 2000, recheck: true });
    expect(rechecked.frames[1]).toMatchObject({ url: 'https://f.example/#x', verdict: { level: 'danger' }, warningRemoved: true, greeted: true, born: 2000 });
    expect(rechecked.frames[1]?.domain.kind).toBe('trusted');
    expect(rechecked.level).toBe('danger');
    const reloaded = withGate(marked, 1, 3, 'https://f.example/', gate, 3, { born: 2600 });
    expect(reloaded.frames[1]).toEqual({ frameId: 3, url: 'https://f.example/', domain: gate, verdict: null, born: 2600, greeted: true });
  });

  it('a scan of a newer document than the record keeps nothing of the old one (its domain, its marks)', () => {
    const marked = { ...tab(), frames: tab().frames.map((f) => (f.frameId === 3 ? { ...f, warningRemoved: true as const } : f)) };
    const own = domain({ host: 'g.example' });
    const state = withVerdict(marked, 1, 3, 'https://g.example/', verdict({ domain: own }), 3, false, 2600);
    expect(state.frames[1]).toEqual({ frameId: 3, url: 'https://g.example/', domain: own, verdict: verdict({ domain: own }), born: 2600 });
  });

  it('a new top document takes the frames of older top pages with it, not its own (reported before its hello)', () => {
    let state = withVerdict(tab(), 1, 7, 'https://ad.example/', verdict(), 3, false, 9500);
    state = withVerdict(state, 1, 8, 'https://legacy.example/', verdict(), 3);
    state = withGate(state, 1, 0, 'https://b.example/', gate, 4, { born: 9000 });
    expect(state.frames.map((f) => f.frameId)).toEqual([0, 7, 8]);
    expect(state.level).toBe('none');
  });
});

describe('frames a window lent its opener (Document Picture-in-Picture)', () => {
  const page = (url: string, level: 'none' | 'caution' | 'danger', fields = level === 'danger' ? [finding(0, 'card-number')] : []) =>
    withVerdict(null, 1, 0, url, verdict({ level, fields }), 1);

  it('the opener shows its own frames, then the window’s below zero, at the higher level', () => {
    const own = page('https://scam.example/refund', 'caution');
    const lent = withLentWindow(null, 7, page('https://scam.example/', 'danger').frames);
    const shown = withLent(own, lent);
    expect(shown?.level).toBe('danger');
    expect(shown?.frames.map((f) => f.frameId)).toEqual([0, -1]);
    expect(shown?.fields).toEqual([{ ...finding(0, 'card-number'), frameId: -1 }]);
    expect(topFrameOf(shown)?.url).toBe('https://scam.example/refund');
  });

  it.each([
    ['nothing lent', 'https://scam.example/', null, 'caution'],
    ['a lower level lent', 'https://scam.example/', 'none', 'caution'],
    ['a window of another site', 'https://other.example/', 'danger', 'caution'],
  ] as const)('%s: the opener’s own level', (_name, windowUrl, windowLevel, expected) => {
    const own = page('https://scam.example/', 'caution');
    const lent = windowLevel ? withLentWindow(null, 7, page(windowUrl, windowLevel).frames) : null;
    expect(withLent(own, lent)?.level).toBe(expected);
  });

  it('nothing of its own (between documents): nothing shown', () => {
    expect(withLent(null, withLentWindow(null, 7, page('https://scam.example/', 'danger').frames))).toBeNull();
  });

  it('a window keeps lending its highest level; an equal one replaces it', () => {
    const danger = page('https://scam.example/', 'danger').frames;
    let lent = withLentWindow(null, 7, danger);
    lent = withLentWindow(lent, 7, page('https://scam.example/', 'none').frames);
    expect(lent[7]).toEqual(danger);
    const again = page('https://scam.example/', 'danger', [finding(0, 'otp')]).frames;
    expect(withLentWindow(lent, 7, again)[7]).toEqual(again);
    expect(Object.keys(withLentWindow(lent, 9, danger))).toEqual(['7', '9']);
  });

  it('lentFor keeps only the windows of the site the tab is on now', () => {
    let lent = withLentWindow(null, 7, page('https://scam.example/', 'danger').frames);
    lent = withLentWindow(lent, 9, page('https://other.example/', 'danger').frames);
    expect(Object.keys(lentFor(lent, 'https://scam.example/next') ?? {})).toEqual(['7']);
    expect(lentFor(lent, 'https://third.example/')).toBeNull();
    expect(lentFor(lent, 'about:blank')).toBeNull();
    expect(lentFor(null, 'https://scam.example/')).toBeNull();
  });

  it('sameTopOrigin compares top frames; two opaque origins are not one site', () => {
    expect(sameTopOrigin(page('https://a.example/x', 'none'), page('https://a.example/', 'none'))).toBe(true);
    expect(sameTopOrigin(page('https://a.example/', 'none'), page('http://a.example/', 'none'))).toBe(false);
    expect(sameTopOrigin(page('about:blank', 'none'), page('about:blank', 'none'))).toBe(false);
    expect(sameTopOrigin(null, page('https://a.example/', 'none'))).toBe(false);
  });
});
