// 1. Scan cost. Two figures per page, reported side by side:
//   - bench scan: the sensor + classifier bundled into a bench-only page script (page-scan.ts), run
//     repeatedly in the page next to the baseline walk → median, ratio to the baseline;
//   - extension scan: the real content script's own `fanzha-guard:scan` performance measure, read from
//     the page's timeline (marks from the content script's isolated world land on the page's timeline),
//     one per load; page-load.ts collects one per load for its median.
// The bench scan runs in the context without the extension: the DOM touches between samples would
// otherwise wake the content script's mutation observer and its re-scans would land inside the samples.

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { median, ratio } from './stats';
import type { ScanSamples } from './page-scan';

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
  scanMs: number;
  baselineMs: number;
  ratio: number | null;
  scanSamples: number[];
  baselineSamples: number[];
}

export async function measureScanCost(
  page: Page,
  label: string,
  url: string,
  pageScanFile: string,
  reps: number,
  warmup: number,
): Promise<ScanCost> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(readFileSync(pageScanFile, 'utf8'));
  const s = await page.evaluate(
    ([r, w]) => (globalThis as unknown as { __fanzhaBench: { measure(r: number, w: number): ScanSamples } }).__fanzhaBench.measure(r, w),
    [reps, warmup] as const,
  );
  const scanMs = median(s.scan);
  const baselineMs = median(s.baseline);
  return {
    page: label,
    controls: s.controls,
    elements: s.elements,
    findings: s.findings,
    reps,
    scanMs,
    baselineMs,
    ratio: ratio(scanMs, baselineMs),
    scanSamples: s.scan,
    baselineSamples: s.baseline,
  };
}
