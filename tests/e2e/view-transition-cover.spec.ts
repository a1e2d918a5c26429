// A page that holds a view transition open for ever (alipay-refund.cn/view-transition-cover.html): the browser
// paints the ::view-transition pseudo-elements above its top layer, so the page's snapshot of itself, taken without
// our banner, covered the danger banner and every field's card while the person typed. Wherever the background
// injects the warning UI it also injects user-origin rules that capture no element and hide the pseudo-element tree
// (NO_VIEW_TRANSITION_CSS, src/platform/inject.ts); a page's own !important rules cannot beat them.
// What CSS cannot change: while a transition is pending, Chromium sends every hit test to the root element. So the
// pixels must be ours, and a hit test there may land on <html>, never on an element of the page's.

import type { Frame, Page } from '@playwright/test';
import { inWarningShadows, readWarnings, waitFor, badgeText, WARNING_HOST, type Box } from '../support/extension';
import { message } from '../support/messages';
import { expect, test } from '../support/fixtures';
import { pixelAt } from '../support/pixel';

/** Samples taken, spread over SAMPLE_SPAN_MS. */
const SAMPLES = 20;
const SAMPLE_SPAN_MS = 3_000;

/** A card pops in (140 ms) and may move once the banner makes room for it: sampled after that. */
const CARD_SETTLE_MS = 400;

type Rgb = readonly [number, number, number];
/** Our colours (src/warning-ui/styles.ts): the banner's background, a danger card's border, a caution card's. */
const BANNER = [0xb9, 0x1c, 0x1c] as const;
const DANGER_BORDER = [0xdc, 0x26, 0x26] as const;
const CAUTION_BORDER = [0xd9, 0x77, 0x06] as const;


interface Seen {
  /** Samples where a hit test at the point lands on our host (during a transition it lands on <html>). */
  hit: number;
  /** Samples where it lands on something of the page's other than its root element. */
  page: number;
  /** Samples where our colour is painted there (the page's snapshot there is white). */
  painted: number;
  /** Samples taken while the top page had a transition running. */
  held: number;
}

/** A point in the warning's part `selector` painted in one colour: the banner left of its text, a card's 3 px border. */
async function pointIn(target: Page | Frame, selector: '.banner' | '.card'): Promise<{ x: number; y: number }> {
  const [box] = (await inWarningShadows<Box | null>(target, `function () {
    var el = this.querySelector(${JSON.stringify(selector)});
    if (!el || el.hidden) return null;
    var r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }`)).map((v) => v.value);
  expect(box, `${selector} is shown`).toBeTruthy();
  const inset = selector === '.banner' ? 6 : 1.5;
  return { x: Math.floor(box!.x + inset), y: Math.round(box!.y + box!.height / 2) };
}

/** Samples what is painted and hit at `at` (in `target`'s own viewport) while the top page goes on with its transitions. */
async function sample(page: Page, target: Page | Frame, at: { x: number; y: number }, colour: Rgb): Promise<Seen> {
  // Where the target's viewport sits in the page's (a frame's content box: no border, no padding here).
  const offset = 'parentFrame' in target && target.parentFrame() ? (await (await target.frameElement()).boundingBox())! : { x: 0, y: 0 };
  const seen: Seen = { hit: 0, page: 0, painted: 0, held: 0 };
  const start = Date.now();
  for (let i = 0; i < SAMPLES; i++) {
    const wait = start + (i * SAMPLE_SPAN_MS) / SAMPLES - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    const { onHost, onPage } = await target.evaluate(([px, py, selector]) => {
      const hit = document.elementFromPoint(px, py);
      const host = document.querySelector(selector);
      return { onHost: hit === host, onPage: hit !== host && hit !== document.documentElement };
    }, [at.x, at.y, WARNING_HOST] as const);
    if (onHost) seen.hit++;
    if (onPage) seen.page++;
    if (await page.evaluate(() => (window as unknown as { holding: () => boolean }).holding())) seen.held++;
    const rgb = await pixelAt(page, Math.round(offset.x + at.x), Math.round(offset.y + at.y));
    if (rgb.every((c, k) => Math.abs(c - colour[k]!) <= 24)) seen.painted++;
  }
  return seen;
}

function expectShown(what: string, seen: Seen): void {
  console.log(`view transition: ${what} hit ${seen.hit}/${SAMPLES}, painted ${seen.painted}/${SAMPLES}, page holding in ${seen.held}`);
  // The page was in a transition at most samples: it went on starting them all along.
  expect(seen.held).toBeGreaterThan(SAMPLES / 2);
  expect(seen.painted).toBeGreaterThanOrEqual(SAMPLES - 1);
  expect(seen.page).toBe(0);
}

test("a page that holds a view transition open for ever does not paint over the danger banner or a field's warning", async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/view-transition-cover.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  // The page keeps starting transitions (each would last a day, were it not ended by the next).
  await expect.poll(() => page.evaluate(() => (window as unknown as { holds: number }).holds)).toBeGreaterThan(0);
  expectShown('banner', await sample(page, page, await pointIn(page, '.banner'), BANNER));

  // The person goes to type the code: its card shows, painted too.
  await page.locator('#sms').focus();
  const kind = message('zh_CN', 'warnKindOtp');
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes(kind)));
  await page.waitForTimeout(CARD_SETTLE_MS);
  expectShown('card', await sample(page, page, await pointIn(page, '.card'), DANGER_BORDER));

  // The page's own update still happens, and typing reaches its field (a transition only animates).
  await page.keyboard.type('123456');
  await expect(page.locator('#sms')).toHaveValue('123456');
});

test("a top page's view transition held open for ever does not paint over the card in its framed checkout", async ({ page, sites }) => {
  await page.goto(sites.url('http://news-example.cn/view-transition-frame.html'));
  const frame = (await waitFor(
    async () => page.frames().find((f) => f.url().startsWith('https://shop-example.cn/')) ?? null,
    (f) => f !== null,
  ))!;
  await frame.locator('#otp').waitFor();
  // A caution in the frame: no banner, so the top page gets our rule only because its frame got the warning UI.
  await expect.poll(() => badgeText(page)).toBe('!');
  await expect.poll(() => page.evaluate(() => (window as unknown as { holds: number }).holds)).toBeGreaterThan(0);
  // Into the code field with the keyboard, as the person would: the top page's transition takes every click, and a
  // cross-site frame may not take focus from a script without one.
  for (let i = 0; i < 10 && !(await frame.evaluate(() => document.activeElement?.id === 'otp')); i++) await page.keyboard.press('Tab');
  await waitFor(() => readWarnings(frame), (w) => w.some((x) => x.visible));
  await page.waitForTimeout(CARD_SETTLE_MS);
  expect((await readWarnings(page)).filter((w) => w.visible)).toEqual([]);
  expectShown('framed card', await sample(page, frame, await pointIn(frame, '.card'), CAUTION_BORDER));
});

test('the rule goes in without waiting for the page to finish loading: a page that never finishes still gets its banner', async ({ page, sites }) => {
  // The page's last script never arrives while the test runs, so the document stays "loading" (as in
  // dynamic-pages.spec.ts). Injected CSS waiting for the load, as injected scripts do by default, would hold the
  // warning UI with it.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/held.js', async (route) => {
    await held;
    await route.fulfill({ contentType: 'text/javascript', body: '' }).catch(() => {});
  });
  try {
    await page.goto(sites.url('http://alipay-refund.cn/still-loading.html'), { waitUntil: 'commit' });
    await page.locator('#card').click();
    await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
    const shown = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible), 5_000);
    expect(shown.some((x) => x.visible)).toBe(true);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
  } finally {
    release();
  }
});
