// The stories told in the frames beside a form (red-team round 4, finding 2): the mirror of handlers.ts askTopForText.
//
// A kit tells its refund story in an "在线客服" chat frame (from another site, or from its own) and takes the card
// and the SMS code in the top page. A frame that asks for nothing reports only its title, and a story in it reached
// no one's verdict: "!" where the same story on the page is "!!", and a code page on another site after it got
// nothing (earlier-steps.ts notes only a card page that told a story).
//
//   a frame's scan asks for a card or a code ─▶ the tab's other frames below the top that reported and ask for
//     nothing are asked for their text (bg-cs-recheck with pageText, as the top page is), each once per document,
//     MAX_FRAMES_ASKED a page at most
//   a frame below the top sends its text ─▶ its stories, both readings (core/signals/frame-stories.ts), kept on its
//     FrameState: in storage.session with the tab, so a later scan of the form is judged with them, after a sleep too
//   ─▶ a frame that asks and whose verdict lacks one of the stories beside it reports again, and is judged with them
//     (Context.besideSignals; the engine adds them as it adds the top page's claims to a frame's)
//
// Only a page view with a sensitive field pays (the frames' text read once each, the form's scan once more, only
// when a story turned up). Frames the scanner is not in say nothing: official and trusted sites' (the gate stops
// there), empty ones until something is put into them (their first scan then gets them asked), frames whose
// injection failed. The top page's own text is its own verdict's (its story reaches a framed form as topSignals).
// Which frames a person can see is not known here (no layout in the background, no frame tree without the
// webNavigation permission): a hidden frame's text counts as a shown one's, under the same story rules.
import { signalKey } from '@/core/signals';
import { frameStories, storiesBeside, type FrameStories } from '@/core/signals/frame-stories';
import type { Context, DomainAssessment, FieldFinding, PageFacts, PageSignal } from '@/core/types';
import type { FrameState, TabState } from '@/messaging/protocol';
import { combineFrames } from './tab-state';

/** Frames of one page view asked for their text: ad-heavy pages carry a dozen; each costs one scan with its text. */
export const MAX_FRAMES_ASKED = 12;

/** The stories counting beside frame `frameId`'s fields: those of every other frame below the top, one per script. */
export function besideSignals(state: TabState | null, frameId: number, fields: readonly FieldFinding[]): PageSignal[] {
  if (!state || fields.length === 0) return [];
  const seen = new Set<string>();
  const out: PageSignal[] = [];
  for (const frame of state.frames) {
    if (frame.frameId === 0 || frame.frameId === frameId || !frame.stories) continue;
    for (const signal of storiesBeside(frame.stories, fields)) {
      const key = signalKey(signal);
      if (!seen.has(key)) out.push(signal), seen.add(key);
    }
  }
  return out;
}

/** The context for frame `frameId`'s scan asking for `fields`, with the stories beside it when there are any. */
export function withBeside(context: Context, state: TabState | null, frameId: number, fields: readonly FieldFinding[]): Context {
  const beside = besideSignals(state, frameId, fields);
  return beside.length > 0 ? { ...context, besideSignals: beside } : context;
}

/** The tab with the stories of frame `frameId`'s scan (`facts`) kept on it; the top page and a frame of no text keep none. */
export function withStories(state: TabState, frameId: number, facts: PageFacts, domain: DomainAssessment, now: number): TabState {
  if (frameId === 0) return state;
  const stories: FrameStories = frameStories(facts, domain);
  if (stories.plain.length === 0 && stories.card.length === 0) return state;
  const frames = state.frames.map((f) => (f.frameId === frameId ? { ...f, stories } : f));
  return combineFrames(state.tabId, frames, now);
}

/** A frame that asks for something and whose verdict lacks a story told beside it: it should report again. */
export function missesStories(state: TabState, frame: FrameState): boolean {
  const fields = frame.verdict?.fields ?? [];
  if (fields.length === 0) return false;
  const has = new Set(frame.verdict!.signals.map(signalKey));
  return besideSignals(state, frame.frameId, fields).some((s) => !has.has(signalKey(s)));
}

/**
 * One frame's document, as far as being asked goes: when it began (protocol.ts DocumentBorn), so a frame reloaded at
 * the same address (a chat frame that comes back with the story after the form showed) is asked again; its address
 * without query or fragment (pages churn those) when its messages did not say.
 */
function documentKey(frame: FrameState): string {
  if (frame.born !== undefined) return `born ${frame.born}`;
  try {
    const u = new URL(frame.url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return frame.url;
  }
}

/** Whether a frame can be asked for its text: below the top, scanned (its scanner is in), asking for nothing itself. */
function askable(frame: FrameState): boolean {
  const kind = frame.domain.kind;
  return frame.frameId !== 0 && frame.verdict !== null && frame.verdict.fields.length === 0 && kind !== 'official' && kind !== 'trusted';
}

/** What the background needs to tell frames (handlers.ts BackgroundDeps). */
export interface BesideDeps {
  askFrameForPageText(tabId: number, frameId: number): void;
  sendRecheck(tabId: number, frameId: number): Promise<void>;
  warn(message: string, error: unknown): void;
}

/**
 * The asking and re-checking, per tab. Which frames were asked is kept in memory: after the worker slept they are
 * asked once more (a frame keeps sending its text once asked, so nothing is lost; the cost is one scan each).
 */
export function framesBeside(deps: BesideDeps) {
  /** Per tab: the frames asked, by frame id, with the document asked. */
  const asked = new Map<number, Map<number, string>>();
  /** Frames told to report again whose re-check has not ended: other frames' scans meanwhile do not tell them twice. */
  const rechecking = new Set<string>();

  return {
    /** After any scan stored: asks the frames beside a form for their text, and the forms that miss a story to report again. */
    tell(tabId: number, state: TabState | null): void {
      if (!state) return;
      const mine = asked.get(tabId) ?? new Map<number, string>();
      // Frames gone or of another document (a new page in the tab, a frame navigated) are asked again, or no more.
      // Gone means missing beside the top page: between a history change's clear and the top page's re-send, the
      // frames are away for a moment (handlers.ts `cleared`) and come back as they were, asked already.
      const whole = state.frames.some((f) => f.frameId === 0);
      for (const [frameId, doc] of mine) {
        const frame = state.frames.find((f) => f.frameId === frameId);
        if (frame ? documentKey(frame) !== doc : whole) mine.delete(frameId);
      }
      if (state.fields.length > 0) {
        for (const frame of state.frames) {
          if (mine.size >= MAX_FRAMES_ASKED) break;
          if (!askable(frame) || mine.has(frame.frameId)) continue;
          mine.set(frame.frameId, documentKey(frame));
          deps.askFrameForPageText(tabId, frame.frameId);
        }
      }
      if (mine.size > 0) asked.set(tabId, mine);
      else asked.delete(tabId);
      for (const frame of state.frames) {
        const key = `${tabId}:${frame.frameId}`;
        if (rechecking.has(key) || !missesStories(state, frame)) continue;
        rechecking.add(key);
        deps
          .sendRecheck(tabId, frame.frameId)
          .catch((error: unknown) => deps.warn('recheck beside', error))
          .finally(() => rechecking.delete(key));
      }
    },

    forget(tabId: number): void {
      asked.delete(tabId);
    },
  };
}
