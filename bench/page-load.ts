// 2. Page load with and without the extension. Each page is loaded alternately in the plain context and
// in the extension context (the order flips every round so neither always goes first), ≥ 15 times each.
// Time to `load` = navigation timing's loadEventStart; first contentful paint = the paint entry; both in
// ms from navigation start, read in the page. Every response is `no-store`, so each load is a real load.

import type { BrowserContext, Page } from '@playwright/test';
import { waitForExtensionScan } from './scan-cost';
import { median, overhead } from './stats';
import { busiestRendererMain, cpuUntilLoad, extensionCpuUntilLoad, startTrace } from './trace';

/**
 * A pause after every measured load, on both sides: the extension's work after its scan (the background's
 * verdict, the badge, injecting the warning UI and the banner) must not run into the next load, where on a
 * 2-core machine it would slow whichever load comes next. Measured on generated 100 (CPU until loaded and
 * painted, with − without, 15–25 loads): +4.0 ms with no pause, +4.2 with 0.5 s, +0.9 and +3.3 with 1.5 s,
 * +3.2 with 3 s; so the overhead is not an artefact of overlapping loads, and the pause only rules that out.
 */
const SETTLE_MS = 500;

export interface LoadSample {
  loadMs: number;
  fcpMs: number | null;
}

async function loadOnce(page: Page, url: string): Promise<LoadSample> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page.evaluate(async () => {
    // A hidden page paints late and runs throttled: its figures would be about visibility, not the extension.
    if (document.visibilityState !== 'visible') throw new Error('page loaded in the background');
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (!nav) throw new Error('no navigation timing entry');
    const painted = performance.getEntriesByName('first-contentful-paint')[0];
    const fcpMs =
      painted?.startTime ??
      (await new Promise<number | null>((resolve) => {
        const obs = new PerformanceObserver((list) => {
          const e = list.getEntriesByName('first-contentful-paint')[0];
          if (e) {
            obs.disconnect();
            resolve(e.startTime);
          }
        });
        obs.observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(null), 3_000);
      }));
    return { loadMs: nav.loadEventStart, fcpMs };
  });
}

export interface PageLoad {
  page: string;
  loads: number;
  without: { loadMs: number; fcpMs: number | null };
  with: { loadMs: number; fcpMs: number | null };
  loadOverhead: number | null;
  fcpOverhead: number | null;
  /** The content script's own scan measure, one per extension load (first scan of each load). */
  extensionScanMs: number | null;
  extensionScanSamples: number[];
  samples: { without: LoadSample[]; with: LoadSample[] };
}

function medianOrNull(xs: readonly (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? median(v) : null;
}

/** Loads every page `loads` times in each context, alternating; one result per page. */
export async function measurePageLoads(
  plain: Page,
  withExt: Page,
  pages: readonly { label: string; url: string }[],
  loads: number,
  onProgress: (msg: string) => void,
): Promise<PageLoad[]> {
  const results = new Map(pages.map((p) => [p.label, { without: [] as LoadSample[], with: [] as LoadSample[], scans: [] as number[] }]));
  // One unmeasured load of each page in each context: server, disk and code caches warm as for a user.
  for (const p of pages) {
    await loadOnce(plain, `${p.url}?warm`);
    await loadOnce(withExt, `${p.url}?warm`);
  }
  for (let i = 0; i < loads; i++) {
    for (const p of pages) {
      const r = results.get(p.label)!;
      const url = `${p.url}?load=${i}`;
      const runPlain = async () => {
        r.without.push(await loadOnce(plain, url));
        await plain.waitForTimeout(SETTLE_MS);
      };
      const runExt = async () => {
        r.with.push(await loadOnce(withExt, url));
        // The guard scans once the page has loaded, painted and gone idle: wait for its measure.
        const d = await waitForExtensionScan(withExt, 3_000);
        if (d[0] !== undefined) r.scans.push(d[0]);
        await withExt.waitForTimeout(SETTLE_MS);
      };
      if (i % 2 === 0) {
        await runPlain();
        await runExt();
      } else {
        await runExt();
        await runPlain();
      }
    }
    onProgress(`load round ${i + 1}/${loads}`);
  }
  return pages.map((p) => {
    const r = results.get(p.label)!;
    const without = { loadMs: median(r.without.map((s) => s.loadMs)), fcpMs: medianOrNull(r.without.map((s) => s.fcpMs)) };
    const withE = { loadMs: median(r.with.map((s) => s.loadMs)), fcpMs: medianOrNull(r.with.map((s) => s.fcpMs)) };
    return {
      page: p.label,
      loads,
      without,
      with: withE,
      loadOverhead: overhead(withE.loadMs, without.loadMs),
      fcpOverhead: withE.fcpMs !== null && without.fcpMs !== null ? overhead(withE.fcpMs, without.fcpMs) : null,
      extensionScanMs: r.scans.length ? median(r.scans) : null,
      extensionScanSamples: r.scans,
      samples: { without: r.without, with: r.with },
    };
  });
}

export interface LoadCpu {
  page: string;
  loads: number;
  /** Median main-thread CPU ms of a load (navigation to load, plus the content script's first scan). */
  withoutCpuMs: number;
  withCpuMs: number;
  addedCpuMs: number;
  /** added ÷ without: the extension's share of the work of loading the page. */
  overhead: number | null;
  /**
   * Main-thread CPU from the navigation's commit to `load` (what holds the page's load back), median ms, with
   * and without, and with ÷ without − 1. The guard's scan waits for `load`, so this is the document_start part.
   * extensionCpuMs: the extension's own scripts in that span, every frame (median over the loads), and
   * extensionShare = that ÷ the median without: the directly attributed part, free of the page's scatter.
   */
  untilLoad: {
    withoutCpuMs: number;
    withCpuMs: number;
    overhead: number | null;
    extensionCpuMs: number;
    extensionShare: number | null;
    /** Every load's figure, ms, in load order: how far the medians can be trusted. */
    samples: { without: number[]; with: number[] };
  };
}

/**
 * Main-thread CPU of loading each page, traced, with and without the extension (alternating). Wall-clock
 * load times scatter on a shared machine; CPU time says how much work the extension adds to a load,
 * including its first scan (which usually comes after `load`). Separate loads from measurePageLoads:
 * tracing costs time, and those loads stay untraced.
 */
export async function measureLoadCpu(
  plain: { context: BrowserContext; page: Page },
  ext: { context: BrowserContext; page: Page; extensionId: string },
  pages: readonly { label: string; url: string }[],
  loads: number,
): Promise<LoadCpu[]> {
  const out: LoadCpu[] = [];
  for (const p of pages) {
    const without: number[] = [];
    const withE: number[] = [];
    const untilLoad = { without: [] as number[], with: [] as number[], extension: [] as number[] };
    for (let i = 0; i < loads; i++) {
      for (const side of i % 2 === 0 ? [plain, ext] : [ext, plain]) {
        const isExt = side === ext;
        const cdp = await side.context.newCDPSession(side.page);
        try {
          const stop = await startTrace(cdp);
          await side.page.goto(`${p.url}?cpu=${i}`, { waitUntil: 'load', timeout: 60_000 });
          if (isExt) await waitForExtensionScan(side.page, 3_000);
          // Let the last tasks of the load (and of the scan) finish inside the trace.
          await side.page.waitForTimeout(300);
          const events = await stop();
          await side.page.waitForTimeout(SETTLE_MS);
          (isExt ? withE : without).push(busiestRendererMain(events).cpuMs);
          const until = cpuUntilLoad(events);
          if (!until) throw new Error(`no load of ${p.label} in the trace`);
          untilLoad[isExt ? 'with' : 'without'].push(until.cpuMs);
          if (isExt) untilLoad.extension.push(extensionCpuUntilLoad(events, `chrome-extension://${ext.extensionId}/`));
        } finally {
          await cdp.detach().catch(() => {});
        }
      }
    }
    const w = median(without);
    const x = median(withE);
    const uw = median(untilLoad.without);
    const ux = median(untilLoad.with);
    out.push({
      page: p.label,
      loads,
      withoutCpuMs: w,
      withCpuMs: x,
      addedCpuMs: x - w,
      overhead: overhead(x, w),
      untilLoad: {
        withoutCpuMs: uw,
        withCpuMs: ux,
        overhead: overhead(ux, uw),
        extensionCpuMs: median(untilLoad.extension),
        extensionShare: uw > 0 ? median(untilLoad.extension) / uw : null,
        samples: { without: untilLoad.without, with: untilLoad.with },
      },
    });
  }
  return out;
}
