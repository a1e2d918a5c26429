// Bench-only page script (bundled by esbuild into bench/out/page-scan.js, an IIFE run in the page's own
// world): the content script's full scan — its own `scanPage` (sensor + classifier, page text when a
// field is sensitive), the scan it times as `fanzha-guard:scan` (there the page readers are injected at the first
// sensitive field; here they are imported, and the injection's round trip is not timed) — next to the baseline walk,
// timed alternately in the same page so both see the same DOM, CPU and caches.
//
// Before every timed call the DOM is touched (an element added and removed): a real scan always follows
// a page change, and Chromium caches some lookups until the next change, which would flatter repeats.

import { classifyFields } from '../src/core/fields/classify';
import { scanPageSliced, yieldToPage } from '../src/entrypoints/scanner/page-facts';
import { pageReaders } from '../src/entrypoints/scanner/page-readers';
import { scanPage } from '../src/entrypoints/scanner/scan-page';
import { collectControls, sensorHeadings, sensorPageText, snapshotControls } from '../src/sensor/snapshot';
import { baselineWalk } from './baseline';

export interface ScanSamples {
  /** Wall-clock ms per sample, in run order (warm-ups left out). */
  scan: number[];
  baseline: number[];
  controls: number;
  findings: number;
  elements: number;
}

function touchDom(): void {
  const probe = document.createElement('i');
  document.body.appendChild(probe);
  probe.remove();
}

const noTypedCards = new WeakSet<Element>();
let sink = 0;
let lastFindings = 0;
let lastMs = 0;

// Each sample runs as its own task through these two named functions, so a Chrome trace shows each one
// as a FunctionCall with its name and its thread (CPU) time: on a shared, busy machine the CPU time is
// what the scan costs; the wall time also counts the moments another process held the core.
function benchScanSample(): void {
  const t0 = performance.now();
  // The content script's scan: DOM → snapshots → findings (+ headings and page text when any field counts).
  lastFindings = scanPage(document, location.href, noTypedCards).facts.fields.length;
  lastMs = performance.now() - t0;
  sink += lastFindings;
}

function benchBaselineSample(): void {
  const t0 = performance.now();
  sink += baselineWalk(document);
  lastMs = performance.now() - t0;
}

export const SAMPLE_FUNCTIONS = { scan: 'benchScanSample', baseline: 'benchBaselineSample' } as const;

/**
 * The content script's scan as it runs on a page: in slices (scanPageSliced, the same pause as guard.ts), each
 * slice its own task. Started by `benchSlicedStart` (a timer callback, so the trace shows where it began) and
 * followed by a timer calling `benchSlicedEnd` once it is done: the trace's tasks between the two are its
 * slices. In-page, the wall time of every slice (from resuming to the next pause) is kept too.
 */
export const SLICED_FUNCTIONS = { start: 'benchSlicedStart', end: 'benchSlicedEnd' } as const;

export interface SlicedSamples {
  /** Wall ms of each slice, in order. */
  slices: number[];
  /** Wall ms from the start to the result, the pauses included. */
  totalMs: number;
  findings: number;
}

let slicedResult: Promise<SlicedSamples> | null = null;

function benchSlicedStart(): void {
  const slices: number[] = [];
  const t0 = performance.now();
  let sliceStart = t0;
  slicedResult = new Promise((resolve) => {
    void scanPageSliced(document, location.href, noTypedCards, {
      pause: async () => {
        slices.push(performance.now() - sliceStart);
        await yieldToPage((handler, ms) => setTimeout(handler, ms));
        sliceStart = performance.now();
      },
      wanted: () => true,
      readers: async () => pageReaders,
    }).then((result) => {
      const end = performance.now();
      slices.push(end - sliceStart);
      setTimeout(benchSlicedEnd, 0);
      resolve({ slices, totalMs: end - t0, findings: result?.facts.fields.length ?? 0 });
    });
  });
}

function benchSlicedEnd(): void {
  sink += 1;
}

/** Runs the sliced scan once (call it first thing in a fresh page: cold code, as on load). */
async function sliced(): Promise<SlicedSamples> {
  setTimeout(benchSlicedStart, 0);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const result = await slicedResult!;
  // Let the end marker's timer run inside the trace.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return result;
}

/**
 * Runs fn as its own task. It is handed to setTimeout itself (not wrapped), so the trace's FunctionCall
 * carries its name; a second timer of the same delay runs after it (timers of equal delay keep their order).
 */
function nextTask(fn: () => void): Promise<void> {
  setTimeout(fn, 0);
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function measure(reps: number, warmup: number): Promise<ScanSamples> {
  const out: ScanSamples = { scan: [], baseline: [], controls: 0, findings: 0, elements: document.getElementsByTagName('*').length };
  for (let r = 0; r < warmup + reps; r++) {
    // Alternate which goes first so neither always runs on a just-warmed cache.
    const order = r % 2 === 0 ? (['scan', 'baseline'] as const) : (['baseline', 'scan'] as const);
    for (const which of order) {
      touchDom();
      await nextTask(which === 'scan' ? benchScanSample : benchBaselineSample);
      if (r >= warmup) out[which].push(lastMs);
    }
  }
  out.findings = lastFindings;
  out.controls = document.querySelectorAll('input, select, textarea').length;
  (globalThis as { __fanzhaBenchSink?: number }).__fanzhaBenchSink = sink;
  return out;
}

export interface ScanPhases {
  collect: number[];
  snapshot: number[];
  classify: number[];
  text: number[];
}

/**
 * The same work as scanPage, timed step by step (for the owners of each step): finding the controls,
 * snapshotting them, classifying, and reading headings + page text. Separate from `measure` so the
 * scan figure itself is the content script's own function, unmodified.
 */
function phases(reps: number): ScanPhases {
  const out: ScanPhases = { collect: [], snapshot: [], classify: [], text: [] };
  for (let r = 0; r < reps + 1; r++) {
    touchDom();
    const t0 = performance.now();
    const elements = collectControls(document);
    const t1 = performance.now();
    const snaps = snapshotControls(elements);
    const t2 = performance.now();
    const found = classifyFields(snaps);
    const t3 = performance.now();
    const text = found.length > 0 ? sensorHeadings(document).length + sensorPageText(document).length : 0;
    const t4 = performance.now();
    sink += text;
    if (r === 0) continue; // warm-up
    out.collect.push(t1 - t0);
    out.snapshot.push(t2 - t1);
    out.classify.push(t3 - t2);
    out.text.push(t4 - t3);
  }
  return out;
}

(globalThis as { __fanzhaBench?: unknown }).__fanzhaBench = { measure, phases, sliced };
