// Real Firefox: a page that opens its window-sized cover again on every animation frame, above our danger banner
// (alipay-refund.cn/cover-every-frame.html), does not keep it covered (src/warning-ui/top-layer.ts). The same
// variants as tests/e2e/cover-every-frame.spec.ts. Run by node's test runner (`npm run test:firefox`).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { WARNING_HOST_MARK } from '../../src/warning-ui/api';
import { firefoxBadgeText, firefoxSuite, onlySiteTab, pixelAt, pollFor } from './firefox';

const HOST = `[${WARNING_HOST_MARK}]`;
/** Samples taken, spread over SAMPLE_SPAN_MS. */
const SAMPLES = 20;
const SAMPLE_SPAN_MS = 2_000;

interface Visibility {
  /** Samples where a hit test inside the banner lands on our host (the page's cover would take it). */
  hit: number;
  /** Samples where the banner's red is painted at the top or bottom edge of the window (where the banner sits), mid-width (the cover is white). */
  painted: number;
  /** The frames the page opened its cover again in, meanwhile. */
  coverFrames: number;
}

async function bannerVisibility(page: Page): Promise<Visibility> {
  const frames = () => page.evaluate(() => (window as unknown as { coverFrames: number }).coverFrames);
  const [width, height] = await page.evaluate(() => [innerWidth, innerHeight] as const);
  const firstFrame = await frames();
  let hit = 0;
  let painted = 0;
  const start = Date.now();
  for (let i = 0; i < SAMPLES; i++) {
    const wait = start + (i * SAMPLE_SPAN_MS) / SAMPLES - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // Inside the banner, 30 px from the edge it sits at: the top, or the bottom when the page's fields would be under
    // it at the top (warning-ui/banner-side.ts). The cover fills the window, so it is over both edges.
    const hits = (selector: string) =>
      [30, innerHeight - 30].some((y) => document.elementFromPoint(innerWidth / 2, y) === document.querySelector(selector));
    if (await page.evaluate(hits, HOST)) hit++;
    const red = ([r, g, b]: number[]) => r! > 150 && g! < 90 && b! < 90;
    if (red(await pixelAt(page, Math.round(width / 2), 4)) || red(await pixelAt(page, Math.round(width / 2), height - 4))) painted++;
  }
  return { hit, painted, coverFrames: (await frames()) - firstFrame };
}

describe('Firefox: a page that re-opens its cover over the danger banner on every animation frame', { timeout: 120_000 }, () => {
  const suite = firefoxSuite();

  for (const { what, query, hitTest } of [
    { what: 'a popover', query: '', hitTest: true },
    // Firefox leaves out of elementFromPoint what a page's modal dialog makes inert, though it paints it.
    { what: 'a modal dialog', query: '?dialog', hitTest: false },
    { what: 'a popover, stopping every beforetoggle on its window first,', query: '?stop', hitTest: true },
    { what: 'a popover, answering each opening of our host,', query: '?answer', hitTest: true },
  ]) {
    it(`${what}: the banner is what is painted in nearly every sample`, async () => {
      const page = await onlySiteTab(suite.firefox);
      try {
        await page.goto(suite.sites.url(`http://alipay-refund.cn/cover-every-frame.html${query}`));
        assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
        // The page has started its loop (it waits for our host first).
        const started = () => page.evaluate(() => (window as unknown as { coverFrames: number }).coverFrames > 10);
        assert.equal(await pollFor(started, true), true);
        const seen = await bannerVisibility(page);
        console.log(`Firefox, ${what} every frame: banner hit ${seen.hit}/${SAMPLES}, painted ${seen.painted}/${SAMPLES}, page re-opened ${seen.coverFrames} times`);
        assert.ok(seen.coverFrames > 60, `the page re-opened its cover ${seen.coverFrames} times`);
        if (hitTest) assert.ok(seen.hit >= SAMPLES - 2, `hit ${seen.hit} of ${SAMPLES}`);
        assert.ok(seen.painted >= SAMPLES - 2, `painted ${seen.painted} of ${SAMPLES}`);
        // Our host's own beforetoggle never reached the page's listener (the content script stops it first).
        assert.equal(await page.evaluate(() => (window as unknown as { hostOpenings: number }).hostOpenings), 0);
      } finally {
        await page.close();
      }
    });
  }
});
