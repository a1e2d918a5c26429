import { describe, expect, it } from 'vitest';
import { combineFrames, maxLevel, withGate, withVerdict } from './tab-state';
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
