// 1. Scan cost. Two figures per page, reported side by side:
//   - bench scan: the sensor + classifier bundled into a bench-only page script (page-scan.ts), run
//     repeatedly in the page next to the baseline walk → median, ratio to the baseline;
//   - extension scan: the real content script's own `fanzha-guard:scan` performance measure, read from
//     the page's timeline (marks from the content script's isolated world land on the page's timeline),
//     one per load; page-load.ts collects one per load for its median.
// The bench scan runs in the context without the extension: the DOM touches between samples would
// otherwise wake the content script's mutation observer and its re-scans would land inside the samples.

import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { median, ratio } from './stats';
import { SAMPLE_FUNCTIONS, SLICED_FUNCTIONS, type ScanPhases, type ScanSamples, type SlicedSamples } from './page-scan';
import { callsOf, startTrace, tasksBetween } from './trace';

export const SCAN_MEASURE = 'fanzha-guard:scan';

/** Durations of the content script's scan measures on the current page (empty when it has none). */
export async function extensionScanDurations(page: Page): Promise<number[]> {
  return page.evaluate((name) => performance.getEntriesByName(name, 'measure').map((e) => e.duration), SCAN_MEASURE);
}

/** Waits up to `timeoutMs` for the content script's first scan measure; its durations, or [] if none came. */
export async function waitForExtensionScan(page: Page, timeoutMs: number): Promise<number[]> {
  try {
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'measure').length > 0,
      SCAN_MEASURE,
      { timeout: timeoutMs, polling: 20 },
    );
  } catch {
    return [];
  }
  return extensionScanDurations(page);
}

export interface ScanCost {
  page: string;
  controls: number;
  elements: number;
  findings: number;
  reps: number;
  /** Medians, wall clock. */
  scanMs: number;
  baselineMs: number;
  ratio: number | null;
  /** Medians, CPU (thread) time from the trace: immune to other processes taking the core. */
  scanCpuMs: number;
  baselineCpuMs: number;
  ratioCpu: number | null;
  scanSamples: number[];
  baselineSamples: number[];
  scanCpuSamples: number[];
  baselineCpuSamples: number[];
  /** Medians of the scan's steps, timed separately: find controls, snapshot, classify, headings + text. */
  phasesMs: { collect: number; snapshot: number; classify: number; text: number };
  /**
   * The first scan in a freshly loaded page (cold code, as the content script's scan on load), one per
   * load: median CPU and wall ms and the samples.
   */
  coldScanCpuMs: number;
  coldScanMs: number;
  coldCpuSamples: number[];
  /**
   * The content script's scan as it runs on load: in slices (guard.ts → scanPageSliced), first thing in a
   * freshly loaded page, one per load. Medians over the loads: the longest task between its start and its
   * end (CPU and wall ms), how many tasks it took, and its wall time from start to result (pauses included).
   */
  sliced: {
    longestTaskCpuMs: number;
    longestTaskMs: number;
    tasks: number;
    totalMs: number;
    longestTaskCpuSamples: number[];
  };
}

interface Traced {
  s: ScanSamples;
  scanCalls: { wallMs: number; cpuMs: number }[];
  baselineCalls: { wallMs: number; cpuMs: number }[];
}

/** Loads the page, runs the bench page script's `measure` under a trace; the first scan call is cold. */
async function tracedRun(context: BrowserContext, page: Page, url: string, script: string, reps: number, warmup: number): Promise<Traced> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(script);
  const cdp = await context.newCDPSession(page);
  try {
    const stop = await startTrace(cdp);
    const s = await page.evaluate(
      ([r, w]) => (globalThis as unknown as { __fanzhaBench: { measure(r: number, w: number): Promise<ScanSamples> } }).__fanzhaBench.measure(r, w),
      [reps, warmup] as const,
    );
    const events = await stop();
    const scanCalls = callsOf(events, SAMPLE_FUNCTIONS.scan);
    const baselineCalls = callsOf(events, SAMPLE_FUNCTIONS.baseline);
    if (scanCalls.length !== reps + warmup || baselineCalls.length !== reps + warmup) {
      throw new Error(`scan cost: the trace holds ${scanCalls.length} scan and ${baselineCalls.length} baseline calls, expected ${reps + warmup} each`);
    }
    return { s, scanCalls, baselineCalls };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Loads the page fresh and runs the sliced scan once under a trace. */
async function tracedSlicedRun(context: BrowserContext, page: Page, url: string, script: string): Promise<{ s: SlicedSamples; tasks: ReturnType<typeof tasksBetween> }> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(script);
  const cdp = await context.newCDPSession(page);
  try {
    const stop = await startTrace(cdp);
    const s = await page.evaluate(() => (globalThis as unknown as { __fanzhaBench: { sliced(): Promise<SlicedSamples> } }).__fanzhaBench.sliced());
    const events = await stop();
    return { s, tasks: tasksBetween(events, SLICED_FUNCTIONS.start, SLICED_FUNCTIONS.end) };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function measureScanCost(
  context: BrowserContext,
  page: Page,
  label: string,
  url: string,
  pageScanFile: string,
  reps: number,
  warmup: number,
  coldLoads: number,
): Promise<ScanCost> {
  if (warmup < 1) throw new Error('measureScanCost: at least one warm-up (it is also a cold sample)');
  // A sourceURL names the script in profiles and traces.
  const script = `${readFileSync(pageScanFile, 'utf8')}\n//# sourceURL=fanzha-bench-page-scan.js`;
  const cold: { wallMs: number; cpuMs: number }[] = [];
  // Extra fresh loads for more cold first scans (the first scan of the main run below is one too).
  for (let i = 1; i < coldLoads; i++) {
    const t = await tracedRun(context, page, `${url}?cold=${i}`, script, 1, 0);
    cold.push(t.scanCalls[0]!);
  }
  const slicedRuns: Awaited<ReturnType<typeof tracedSlicedRun>>[] = [];
  for (let i = 0; i < coldLoads; i++) slicedRuns.push(await tracedSlicedRun(context, page, `${url}?sliced=${i}`, script));
  const main = await tracedRun(context, page, url, script, reps, warmup);
  const s = main.s;
  if (warmup > 0) cold.push(main.scanCalls[0]!);
  // The trace also holds the warm-ups: the last `reps` calls of each function are the measured ones.
  const scanCpu = main.scanCalls.slice(-reps).map((c) => c.cpuMs);
  const baselineCpu = main.baselineCalls.slice(-reps).map((c) => c.cpuMs);
  const ph = await page.evaluate(
    (r) => (globalThis as unknown as { __fanzhaBench: { phases(r: number): ScanPhases } }).__fanzhaBench.phases(r),
    Math.max(3, Math.ceil(reps / 2)),
  );
  const scanMs = median(s.scan);
  const baselineMs = median(s.baseline);
  const scanCpuMs = median(scanCpu);
  const baselineCpuMs = median(baselineCpu);
  return {
    page: label,
    controls: s.controls,
    elements: s.elements,
    findings: s.findings,
    reps,
    scanMs,
    baselineMs,
    ratio: ratio(scanMs, baselineMs),
    scanCpuMs,
    baselineCpuMs,
    ratioCpu: ratio(scanCpuMs, baselineCpuMs),
    scanSamples: s.scan,
    baselineSamples: s.baseline,
    scanCpuSamples: scanCpu,
    baselineCpuSamples: baselineCpu,
    phasesMs: { collect: median(ph.collect), snapshot: median(ph.snapshot), classify: median(ph.classify), text: median(ph.text) },
    coldScanCpuMs: median(cold.map((c) => c.cpuMs)),
    coldScanMs: median(cold.map((c) => c.wallMs)),
    coldCpuSamples: cold.map((c) => c.cpuMs),
    sliced: {
      longestTaskCpuMs: median(slicedRuns.map((r) => r.tasks.longestCpuMs)),
      longestTaskMs: median(slicedRuns.map((r) => r.tasks.longestWallMs)),
      tasks: median(slicedRuns.map((r) => r.tasks.tasks)),
      totalMs: median(slicedRuns.map((r) => r.s.totalMs)),
      longestTaskCpuSamples: slicedRuns.map((r) => r.tasks.longestCpuMs),
    },
  };
}
