// DOM → PageFacts in the page: the sensor's control snapshots (never values), classified here, so only the
// findings and a little text cross to the background. The page's headings and body text (up to 50,000 characters)
// are read only when some control was classified (or the background asked for them): most pages have no sensitive
// field and pay only for the controls. So is the top page around a frame, when the frame may read it.
//
// Those readers (page-readers.ts) are not in the scanner: the scan asks its driver for them (it yields WANT_READERS)
// and reads with what it is given. In the page the guard has the background inject them at the first need
// (guard.ts), and waits for them a bounded time; without them the scan still goes out, with its fields and the page's
// title. The one-task scan (scan-page.ts) hands over the readers it imports.
//
// The classifier's card context (core/fields/card-context.ts) comes with the readers too: it changes only a page
// with a card field, whose scan is one that reads the page's text. So a scan that found a card field asks for the
// readers before its findings rather than after them (the same one wait), and applies card context with them: the
// findings are those of classifyFields. Without readers (refused, or later than the wait) that scan goes out without
// card context as well as without the text, and the full scan follows when they come, as for the text.
//
// The scan is written once, as steps (scanSteps): it pauses after every few controls. `scanPage` (scan-page.ts) runs
// the steps straight through (one task: tests, the benchmark's cost figure); `scanPageSliced` gives the page its
// main thread back whenever a slice has run for SLICE_MS, so a page with thousands of controls never sees one long
// content-script task, nor while it waits for the readers. Both give the same result for the same DOM.
import type { ControlState } from '@/core/fields/analyse';
import { applySplitBoxes } from '@/core/fields/split-boxes';
import { hasCardField } from '@/core/fields/card-context';
import { isIgnored } from '@/core/fields/analyse';
import { analyseControl, findingsFrom } from '@/core/fields/classify';
import type { PageFacts } from '@/core/types';
import { fitFindings, fitUrl } from '@/messaging/fit-facts';
import { collectWithRoots } from '@/sensor/collect-controls';
import { sensorTitle } from '@/sensor/dom-text';
import { scanState, snapshotControl } from '@/sensor/snapshot';
import type { PageReaders } from './page-readers';
import { withTypedCards } from './typed-card';

/** Controls snapshotted and analysed between two looks at the clock (some µs each). */
const STEP_CONTROLS = 64;
/** How long one slice of a sliced scan may run before it yields (well under the 50 ms of a long task). */
export const SLICE_MS = 15;

export interface ScanResult {
  facts: PageFacts;
  /** The page's controls in snapshot order: `facts.fields[i].index` points into this. */
  elements: Element[];
  /** The shadow roots the controls were collected from (the guard observes them too). */
  roots: ShadowRoot[];
}

type Typed = { has(element: Element): boolean };

/** What the steps yield to ask for the page readers; the driver answers through next(): the readers, or null. */
export const WANT_READERS = 1;

/** The scan's steps: they yield WANT_READERS (once at most) or nothing, and are answered the readers or nothing. */
export type ScanSteps = Generator<typeof WANT_READERS | undefined, ScanResult, PageReaders | null | undefined>;

/**
 * The scan as steps: each plain `yield` is a point where a sliced run may give the thread back. A driver that
 * answers WANT_READERS with nothing gets the fields and the title without headings or text.
 */
export function* scanSteps(
  doc: Document,
  url: string,
  typed: Typed,
  closedRoots: readonly ShadowRoot[] = [],
  boxes: readonly Element[] = [],
  pageText = false,
  pads: readonly Element[] = [],
  codes?: Typed,
): ScanSteps {
  const { elements, roots } = collectWithRoots(doc, closedRoots, pads.length > 0 ? [...boxes, ...pads] : boxes);
  const title = sensorTitle(doc);
  // A page without controls falls through: no findings, so no headings or text either (unless the background
  // asked for them: `pageText`, for a frame of another site below that asks for something).
  yield;
  const state = scanState(elements, new Set(pads));
  // Each control is snapshotted and analysed on its own (classifyFields' first step), so a large page's
  // classification is spread over the slices too; split boxes and card context then see the whole page.
  const states: ControlState[] = new Array(elements.length);
  for (let i = 0; i < elements.length; i++) {
    states[i] = analyseControl(snapshotControl(elements[i]!, i, state));
    if (i % STEP_CONTROLS === STEP_CONTROLS - 1) yield;
  }
  yield;
  // classifyFields' steps 2 and 3 (classify.ts findingsOf); step 3, card context, with the readers (see the header).
  applySplitBoxes(states);
  let readers: PageReaders | null | undefined;
  if (hasCardField(states)) {
    readers = yield WANT_READERS;
    readers?.cardContext(states, isIgnored);
  }
  // Fitted into the message's limits (messaging/fit-facts.ts): over the count, a control the person is using
  // (focused, or typed a card number into) is kept first, then those not under display:none (the cheap decoy). A
  // decoy hidden some other way (transparent, off-screen) can cost the real field its anchored warning, never the
  // verdict: every kind found is kept.
  const fields = fitFindings(withTypedCards(findingsFrom(states), elements, typed, codes), ({ index }) => {
    const el = elements[index]!;
    return typed.has(el) || (el.getRootNode() as Document).activeElement === el ? 0 : el.checkVisibility?.() === false ? 2 : 1;
  });
  const sensitive = fields.length > 0;
  let headings: string[] = [];
  let text = '';
  // Asked for once at most: a card field's scan has them (or was refused them) already.
  if (readers === undefined) readers = sensitive || pageText ? yield WANT_READERS : null;
  if (readers) {
    // Through the shadow roots the controls were collected from: the open ones and the closed ones shown.
    headings = readers.headings(doc, roots);
    yield;
    // What someone typed into an editable box is theirs, not the page's text (as an input's value is not). Past the
    // cap, the text near the fields is kept (page-text-window.ts).
    text = readers.text(doc, boxes.length > 0 ? new Set(boxes) : null, roots, fields.map((f) => elements[f.index]!));
    yield;
    const around = readers.around(doc);
    if (around) return { facts: { url: fitUrl(url), title, headings, text, fields, around }, elements, roots };
  }
  return { facts: { url: fitUrl(url), title, headings, text, fields }, elements, roots };
}

export interface SliceOptions {
  /** Gives the thread back and resolves when the page has had its turn (a new task). */
  pause: () => Promise<void>;
  /** False once the scan is no longer wanted (script invalidated, guard stopped): it ends early with null. */
  wanted: () => boolean;
  /**
   * The page readers, once the scan found a sensitive field (or `pageText`): resolves with them, or with null when
   * they cannot be had (the scan then goes out without headings and text). Awaited: the page runs meanwhile.
   */
  readers: () => Promise<PageReaders | null>;
  now?: () => number;
  sliceMs?: number;
  /** Closed shadow roots the guard was shown (their controls are scanned after all others). */
  closedRoots?: readonly ShadowRoot[];
  /** Editable boxes someone focused (sensor/editable.ts): scanned as text inputs, last. */
  boxes?: readonly Element[];
  /** Headings and text even without a field (the background asked for them). */
  pageText?: boolean;
  /** Number pads someone pressed a key of (sensor/pin-pad.ts): scanned as password boxes, last. */
  pads?: readonly Element[];
  /** Controls that took a verification SMS (typed-card.ts looksLikeCodeSms): otp fields. */
  codes?: Typed;
}

/**
 * The scan in slices of about `sliceMs`: between slices the page runs (input, rendering, its own scripts).
 * The DOM may change during a pause; the result then describes the controls as they were collected, and the
 * guard's mutation observer asks for another scan, as for any change.
 */
export async function scanPageSliced(doc: Document, url: string, typed: Typed, options: SliceOptions): Promise<ScanResult | null> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const steps = scanSteps(doc, url, typed, options.closedRoots, options.boxes, options.pageText, options.pads, options.codes);
  let sliceStart = now();
  let answer: PageReaders | null | undefined;
  for (;;) {
    const next = steps.next(answer);
    answer = undefined;
    if (next.done) return next.value;
    if (next.value === WANT_READERS) {
      const asked = now();
      answer = await options.readers().catch(() => null);
      if (!options.wanted()) return null;
      // The wait is not the scan's own work (the page ran meanwhile): the slice's clock leaves it out.
      sliceStart += now() - asked;
    }
    if (now() - sliceStart < sliceMs) continue;
    await options.pause();
    if (!options.wanted()) return null;
    sliceStart = now();
  }
}

/**
 * A pause that lets the page run: `scheduler.yield()` where the browser has it (Chromium 129+: the scan
 * continues ahead of other queued tasks), else a zero-delay timeout.
 */
export function yieldToPage(setTimeoutFn: (handler: () => void, ms: number) => unknown): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield?.() ?? new Promise((resolve) => void setTimeoutFn(resolve, 0));
}
