// A page that opens its window-sized cover again on every animation frame, above our danger banner
// (alipay-refund.cn/cover-every-frame.html): the banner must be what is painted, frame after frame, not only once
// per MIN_RAISE_GAP_MS (src/warning-ui/top-layer.ts).

import type { Page } from '@playwright/test';
import { readWarnings, waitFor, badgeText, WARNING_HOST } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { pixelAt } from '../support/pixel';

/** Samples taken, spread over SAMPLE_SPAN_MS. */
const SAMPLES = 30;
const SAMPLE_SPAN_MS = 2_000;


interface Visibility {
  /** Samples where a hit test at the banner's centre lands on our host (the page's cover would take it). */
  hit: number;
  /** Samples where the banner's red is painted at its centre (the cover is white). */
  painted: number;
  samples: number;
  /** The frames the page opened its cover again in, meanwhile. */
  coverFrames: number;
}

async function bannerVisibility(page: Page): Promise<Visibility> {
  const banner = (await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible))).find((x) => x.visible)!.panel!;
  const x = Math.round(banner.x + banner.width / 2);
  const y = Math.round(banner.y + banner.height / 2);
  const frames = () => page.evaluate(() => (window as unknown as { coverFrames: number }).coverFrames);
  const firstFrame = await frames();
  let hit = 0;
  let painted = 0;
  const start = Date.now();
  for (let i = 0; i < SAMPLES; i++) {
    const wait = start + (i * SAMPLE_SPAN_MS) / SAMPLES - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    const onHost = await page.evaluate(
      ([px, py, selector]) => document.elementFromPoint(px, py) === document.querySelector(selector),
      [x, y, WARNING_HOST] as const,
    );
    if (onHost) hit++;
    const [r, g, b] = await pixelAt(page, x, y);
    if (r > 150 && g < 90 && b < 90) painted++;
  }
  return { hit, painted, samples: SAMPLES, coverFrames: (await frames()) - firstFrame };
}

const VARIANTS: ReadonlyArray<{ what: string; query: string; hitTest: boolean }> = [
  { what: 'a popover', query: '', hitTest: true },
  // A modal dialog makes everything outside it inert, our host too: a hit test passes through the banner to the
  // dialog's backdrop even where the banner is painted. Only the pixel counts.
  { what: 'a modal dialog', query: '?dialog', hitTest: false },
  // Its listener on the window, added before ours (warning-ui.js comes late), stops every beforetoggle: only the
  // content script's listener, added at document_start, hears the openings.
  { what: 'a popover, stopping every beforetoggle on its window first,', query: '?stop', hitTest: true },
  // It would open its cover again right after each raise of ours, in the same task, if it heard our host open.
  { what: 'a popover, answering each opening of our host,', query: '?answer', hitTest: true },
];

for (const { what, query, hitTest } of VARIANTS) {
  test(`a page that opens ${what} over the danger banner again on every animation frame does not keep it covered`, async ({ page, sites }) => {
    await page.goto(sites.url(`http://alipay-refund.cn/cover-every-frame.html${query}`));
    await expect.poll(() => badgeText(page)).toBe('!!');
    // The page has started its loop (it waits for our host first).
    await expect.poll(() => page.evaluate(() => (window as unknown as { coverFrames: number }).coverFrames)).toBeGreaterThan(10);
    const seen = await bannerVisibility(page);
    console.log(`${what} every frame: banner hit ${seen.hit}/${seen.samples}, painted ${seen.painted}/${seen.samples}, page re-opened ${seen.coverFrames} times`);
    // The page really did open its cover all along (about 60 frames a second).
    expect(seen.coverFrames).toBeGreaterThan(60);
    if (hitTest) expect(seen.hit).toBeGreaterThanOrEqual(SAMPLES - 2);
    expect(seen.painted).toBeGreaterThanOrEqual(SAMPLES - 2);
    // Our host's own beforetoggle never reached the page's listener (the content script stops it first).
    expect(await page.evaluate(() => (window as unknown as { hostOpenings: number }).hostOpenings)).toBe(0);
  });
}
