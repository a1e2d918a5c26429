// 3. Churn: a page that inserts and removes 10,000 nodes over 5 s (pages.ts churnPage), traced with
// Chrome tracing; main-thread time is attributed to the content script by its script URL (trace.ts).

import type { BrowserContext, Page } from '@playwright/test';
import { extensionScanDurations } from './scan-cost';
import { attribute, startTrace, type Attribution } from './trace';

export interface ChurnResult extends Attribution {
  nodesInserted: number;
  nodesRemoved: number;
  churnMs: number;
  /** Scans the content script measured during the run (its own `fanzha-guard:scan` measures). */
  extensionScans: number;
  extensionScanTotalMs: number;
}

interface ChurnState {
  inserted: number;
  removed: number;
  done: boolean;
  startedAt: number;
  endedAt: number;
}

export async function measureChurn(context: BrowserContext, page: Page, url: string, extensionId: string): Promise<ChurnResult> {
  await page.goto(url, { waitUntil: 'load' });
  // Let the content script's first scan and any start-up work finish: churn is about what comes after.
  await page.waitForTimeout(500);
  const before = (await extensionScanDurations(page)).length;
  const cdp = await context.newCDPSession(page);
  try {
    const stop = await startTrace(cdp);
    await page.evaluate(() => (window as unknown as { __churn: { start(): void } }).__churn.start());
    await page.waitForFunction(() => (window as unknown as { __churn: { state: ChurnState } }).__churn.state.done, null, {
      timeout: 30_000,
      polling: 100,
    });
    // Give a debounced re-scan after the last change time to run inside the trace.
    await page.waitForTimeout(1_000);
    const events = await stop();
    const state = await page.evaluate(() => (window as unknown as { __churn: { state: ChurnState } }).__churn.state);
    const scans = (await extensionScanDurations(page)).slice(before);
    return {
      ...attribute(events, `chrome-extension://${extensionId}/`),
      nodesInserted: state.inserted,
      nodesRemoved: state.removed,
      churnMs: state.endedAt - state.startedAt,
      extensionScans: scans.length,
      extensionScanTotalMs: scans.reduce((s, x) => s + x, 0),
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
