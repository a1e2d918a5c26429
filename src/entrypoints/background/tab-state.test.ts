import { describe, expect, it } from 'vitest';
import { combineFrames, lentFor, maxLevel, sameTopOrigin, topFrameOf, withGate, withLent, withLentWindow, withVerdict } from './tab-state';
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
