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

/** The gate's answer for a frame: a fresh record without a verdict (a new document, or a re-check). */
export function withGate(state: TabState | null, tabId: number, frameId: number, url: string, domain: DomainAssessment, now: number): TabState {
  const others = (state?.frames ?? []).filter((frame) => frame.frameId !== frameId);
  return combineFrames(tabId, [...others, { frameId, url, domain, verdict: null }], now);
}

/** A frame's new verdict. The frame's gate record is kept when there is one; otherwise the verdict's own domain stands in. */
export function withVerdict(state: TabState | null, tabId: number, frameId: number, url: string, verdict: Verdict, now: number): TabState {
  const frames = state?.frames ?? [];
  const previous = frames.find((frame) => frame.frameId === frameId);
  const others = frames.filter((frame) => frame.frameId !== frameId);
  const domain = previous?.domain ?? verdict.domain;
  return combineFrames(tabId, [...others, { frameId, url, domain, verdict }], now);
}
