// The danger banner keeps clear of the page's fields (src/warning-ui/banner-side.ts): it used to sit at the top of
// the window from load, over a card field that was the page's first line, so that a mouse user could not click into
// it. It goes to the bottom instead, follows a scroll, a resize and a field the page moves, and stays in sight.

import { badgeText, readWarnings, waitFor, WARNING_HOST, type WarningView } from '../support/extension';
import { expect, test } from '../support/fixtures';
import type { Page } from '@playwright/test';

/** What a click at the centre of `#id` lands on: the id of the page's element there ('' for our host or nothing). */
const centre = (page: Page, id: string) =>
  page.evaluate((target) => {
    const r = document.getElementById(target)!.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.id ?? '';
  }, id);

/** The banner as shown (no card showing: the warning's one visible part). */
async function banner(page: Page): Promise<NonNullable<WarningView['panel']>> {
  const shown = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes('危险')));
  return shown.find((w) => w.visible)!.panel!;
}

/** The banner is wholly inside the window, and a hit test at its centre finds our host, not something of the page's. */
async function inSight(page: Page): Promise<void> {
  const box = await banner(page);
  const view = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height + 0.5);
  expect(box.width).toBeGreaterThan(view.width * 0.9);
  const hit = await page.evaluate(
    ([x, y, selector]) => document.elementFromPoint(x, y) === document.querySelector(selector),
    [box.x + box.width / 2, box.y + box.height / 2, WARNING_HOST] as const,
  );
  expect(hit).toBe(true);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
  // A 1280x800 window at 200% zoom.
  { width: 640, height: 400 },
]) {
  test(`a danger page whose first line is its card field: the banner is not over it from load, and a click goes into it (${size.width}x${size.height})`, async ({ page, sites }) => {
    await page.setViewportSize(size);
    await page.goto(sites.url('http://alipay-refund.cn/top-field.html'));
    await expect.poll(() => badgeText(page)).toBe('!!');
    await banner(page);
    // Before anyone goes to it: the field is free to click, and the banner is at the bottom of the window.
    await expect.poll(() => centre(page, 'card')).toBe('card');
    const box = await banner(page);
    expect(box.y + box.height).toBeGreaterThan(size.height - 2);
    await inSight(page);
    // A mouse click goes into the field (before: onto the banner), and its warning keeps clear of the banner.
    const field = (await page.locator('#card').boundingBox())!;
    await page.mouse.click(field.x + field.width / 2, field.y + field.height / 2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('card');
    const shown = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes('银行卡号')));
    expect(shown.filter((w) => w.visible)).toHaveLength(1);
    await expect.poll(() => centre(page, 'card')).toBe('card');
  });
}

test('the banner follows a scroll that brings a field under it', async ({ page, sites }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(sites.url('http://alipay-refund.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const top = await banner(page);
  // The form sits below the banner at first: the banner stays at the top.
  expect(top.y).toBeLessThan(1);
  await page.evaluate(() => {
    // Room to scroll, then the card field scrolled to 20px from the window's top: under the top band.
    document.body.style.paddingBottom = '2000px';
    const r = document.getElementById('card')!.getBoundingClientRect();
    window.scrollBy(0, r.top - 20);
  });
  await expect.poll(() => centre(page, 'card')).toBe('card');
  const moved = await banner(page);
  expect(moved.y + moved.height).toBeGreaterThan(600 - 2);
  await inSight(page);
});

test('the banner follows a window made larger, and a field the page moves under it', async ({ page, sites }) => {
  // A small window (a 1280x800 one at 200% zoom): the banner keeps its title and its one thing to do, clear of the form.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto(sites.url('http://alipay-refund.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  expect((await banner(page)).y).toBeLessThan(1);
  await expect.poll(() => centre(page, 'card')).toBe('card');
  // Taller: the banner shows why as well, grows, and would reach down over the card field at the top.
  await page.setViewportSize({ width: 640, height: 700 });
  await expect.poll(async () => {
    const box = await banner(page);
    return box.y + box.height > 700 - 2;
  }).toBe(true);
  expect((await page.locator('#card').boundingBox())!.y).toBeLessThan((await banner(page)).height);
  await expect.poll(() => centre(page, 'card')).toBe('card');
  await inSight(page);
  // On a window where it stays at the top, the page moves its code field there later, with no scroll and no focus:
  // within the periodic check.
  await page.setViewportSize({ width: 1000, height: 760 });
  await page.reload();
  await expect.poll(() => badgeText(page)).toBe('!!');
  expect((await banner(page)).y).toBeLessThan(1);
  await page.evaluate(() => {
    document.getElementById('sms')!.style.cssText = 'position: fixed; top: 12px; left: 40px;';
  });
  await expect.poll(() => centre(page, 'sms')).toBe('sms');
  await inSight(page);
});

test('decoy fields at the top and the bottom cannot hide the banner: it stays in sight, over one of them', async ({ page, sites }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(sites.url('http://alipay-refund.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await banner(page);
  await page.evaluate(() => {
    for (const [id, css] of [['decoy-top', 'top: 4px'], ['decoy-bottom', 'bottom: 4px']]) {
      const decoy = document.createElement('input');
      decoy.id = id!;
      decoy.style.cssText = `position: fixed; left: 0; width: 100%; height: 30px; ${css}`;
      document.body.append(decoy);
    }
  });
  await page.waitForTimeout(1200);
  await inSight(page);
  // One decoy is free, the other under the banner: it covers no more fields than it must.
  const free = [await centre(page, 'decoy-top'), await centre(page, 'decoy-bottom')].filter((id) => id !== '');
  expect(free).toHaveLength(1);
});

test('a form that fills a small window (200% zoom): the banner shrinks to its title line and covers none of its fields', async ({ page, sites }) => {
  // A 1280x600 window at 200% zoom.
  await page.setViewportSize({ width: 640, height: 300 });
  await page.goto(sites.url('http://alipay-refund.cn/top-field.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await banner(page);
  // Full size, it would cover the card field at the top or the code field at the bottom.
  for (const id of ['card', 'sms']) await expect.poll(() => centre(page, id), id).toBe(id);
  const box = await banner(page);
  expect(box.height).toBeLessThan(60);
  // Its title line is still there.
  const shown = await readWarnings(page);
  expect(shown.find((w) => w.visible)!.text).toContain('危险');
  await inSight(page);
});
