// A fake refund page that removes our warning in its own MutationObserver (red-team review). Our host is put back at
// each removal, but two observers answering each other would spin, so host.ts leaves the page alone after a few
// rounds and tries again later: the page wins, and the warning is never seen in it (the toolbar badge alone said
// "!!"). Now the warning UI reports the lost fight and the background opens the popup's explanation of the tab in a
// small window of the extension's own, out of the page's reach, once. The control: the same danger page, re-rendered
// once by its own script (our host dropped once, then left alone): the banner is back, and no window.
// Fixtures: tests/fixtures/sites/alipay-refund.cn/remove-warning.html and rerender-once.html.

import type { BrowserContext, Page } from '@playwright/test';
import { badgeText, extensionId, readWarnings, serviceWorker, tabIdOf, waitFor, WARNING_HOST } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

declare const chrome: { windows: { getAll(filter: { windowTypes: string[] }): Promise<{ type?: string }[]> } };

/** How many popup-type windows (no address bar, no tabs) are open, read in the service worker. */
async function popupWindows(context: BrowserContext): Promise<number> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async () => (await chrome.windows.getAll({ windowTypes: ['popup'] })).length);
}

/** How often, in `samples` looks 100 ms apart, the warning's host was in the page. */
async function hostPresence(page: Page, samples: number): Promise<number> {
  let present = 0;
  for (let i = 0; i < samples; i++) {
    if (await page.evaluate((selector) => document.querySelector(selector) !== null, WARNING_HOST)) present++;
    await page.waitForTimeout(100);
  }
  return present;
}

test('a danger page whose own observer keeps removing our warning: the extension window opens, once, and explains the page', async ({ page, context, sites }, testInfo) => {
  const opened = context.waitForEvent('page', { predicate: (p) => p.url().includes('/popup.html?tabId='), timeout: 15_000 });
  await page.goto(sites.url('http://alipay-refund.cn/remove-warning.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  // The page wins in the page: its script removed the host again and again, and it is (almost) never there.
  await expect.poll(() => page.evaluate(() => (window as unknown as { removals: number }).removals)).toBeGreaterThan(5);

  const win = await opened;
  const tabId = await tabIdOf(page);
  expect(win.url()).toBe(`chrome-extension://${await extensionId(context)}/popup.html?tabId=${tabId}`);
  // The same explanation the popup gives for that tab, with the line saying what the page did.
  await expect(win.getByTestId('verdict')).toHaveAttribute('data-level', 'danger');
  await expect(win.getByTestId('status-title')).toHaveText(message('zh_CN', 'levelDangerTitle'));
  await expect(win.getByTestId('warning-removed')).toHaveText(message('zh_CN', 'warningRemovedNote'));
  await expect(win.getByTestId('site-host')).toHaveText('alipay-refund.cn');
  await win.screenshot({ path: testInfo.outputPath('warning-window.png') });
  // A window of the popup type (no address bar, no tabs): the one the page's tab is not in.
  expect(await popupWindows(context)).toBe(1);

  // The page fights on (the host is tried again every half second): no second window.
  expect(await hostPresence(page, 30)).toBeLessThan(3);
  expect(await popupWindows(context)).toBe(1);
  // A reload of the same address fights again: still the one window.
  await page.reload();
  await expect.poll(() => badgeText(page)).toBe('!!');
  await expect.poll(() => page.evaluate(() => (window as unknown as { removals: number }).removals)).toBeGreaterThan(5);
  await page.waitForTimeout(2_000);
  expect(await popupWindows(context)).toBe(1);
  expect(context.pages().filter((p) => p.url().includes('/popup.html'))).toHaveLength(1);
});

test('the control: the same danger page re-rendering once (our host dropped once, then left alone) gets its banner back, and no window', async ({ page, context, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/rerender-once.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await expect.poll(() => page.evaluate(() => (window as unknown as { rerendered: boolean }).rerendered)).toBe(true);
  const back = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  expect(back.filter((w) => w.visible)).toHaveLength(1);
  // Longer than a fight takes to be reported (two lost fights, about a second).
  expect(await hostPresence(page, 30)).toBe(30);
  expect(await popupWindows(context)).toBe(0);
  expect(context.pages().filter((p) => p.url().includes('/popup.html'))).toEqual([]);
});
