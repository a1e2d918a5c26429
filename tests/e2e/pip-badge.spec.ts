// A card form in a Document Picture-in-Picture window (Chromium's documentPictureInPicture.requestWindow).
// The floating window is a tab of its own in a window of its own: our content script runs in it and the form is
// judged there, but that tab has no toolbar the user sees. The badge the user sees is the opener's, which must
// show at least the window's level, keep it after the window closes, and lose it when the opener navigates.
// Fixture: tests/fixtures/sites/alipay-xiaochuang.cn (https: the API exists in secure contexts only).

import type { BrowserContext, Page } from '@playwright/test';
import { badgeText, nextPage, openPopupFor, serviceWorker, settledSummary, tabIdOf } from '../support/extension';
import { expect, test } from '../support/fixtures';

declare const chrome: { storage: { session: { get(key: string): Promise<Record<string, { level?: string } | undefined>> } } };

/** The level the background stored for a tab's own frames (what its own badge showed before the fix). */
async function ownLevel(context: BrowserContext, tabId: number): Promise<string | null> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (id: number) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`]?.level ?? null, tabId);
}

/** Clicks the page's button (a trusted click: requestWindow needs a user gesture) and returns the PiP window. */
async function openPip(page: Page): Promise<Page> {
  const [pip] = await Promise.all([nextPage(page.context()), page.click('#open')]);
  await expect.poll(() => pip.locator('#card').count()).toBe(1);
  expect(await page.evaluate(() => (window as { documentPictureInPicture?: { window: unknown } }).documentPictureInPicture?.window != null)).toBe(true);
  return pip;
}

test('a card and code form in a Picture-in-Picture window gives the opener tab "!!", kept until it navigates', async ({ page, sites }) => {
  const url = sites.url('https://alipay-xiaochuang.cn/');
  await page.goto(url);
  // The page itself asks for nothing: its address alone (it borrows Alipay's name) is a caution.
  expect((await settledSummary(page)).level).toBe('caution');
  expect(await badgeText(page)).toBe('!');

  const pip = await openPip(page);
  await expect.poll(() => badgeText(page)).toBe('!!');
  // The popup (the toolbar button's) says the same, and why: the fields of the floating window.
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'danger');
  await popup.close();

  // Closed: the page that showed the form is the same scam page, so the opener keeps the level.
  await pip.close();
  await page.waitForTimeout(500);
  expect(await badgeText(page)).toBe('!!');

  // A new document in the opener: judged on its own again.
  await page.goto(sites.url('http://news-example.cn/'));
  expect((await settledSummary(page)).level).toBe('none');
  expect(await badgeText(page)).toBe('');
});

test('a form moved off the page into a Picture-in-Picture window keeps the opener tab at "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://alipay-xiaochuang.cn/?move'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const tabId = await tabIdOf(page);

  await openPip(page);
  // The page's own scan now finds no field (caution), while the window's finds the form: the badge stays "!!".
  await expect.poll(() => ownLevel(page.context(), tabId)).toBe('caution');
  await page.waitForTimeout(300);
  expect(await badgeText(page)).toBe('!!');
});
