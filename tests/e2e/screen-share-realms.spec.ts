// The screen-share guard against a page that mixes realms (red team round 2, findings 4, 6, 7), in real
// Chromium with the built extension. A blank iframe's functions applied to the top page's objects make tracks
// of the top page: they live as long as the top page, whichever frame's function made them.
// Fake capture as in screen-share.spec.ts.

import { badgeText, readWarnings, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

test.use({ launchArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] });

const SHARE_PAGE = 'https://webmeeting-share.cn/';
const BANK = 'https://www.icbc.com.cn/';
const SHARING = message('zh_CN', 'badgeSharing');

const visible = async (page: import('@playwright/test').Page) => (await readWarnings(page)).filter((w) => w.visible);

/** The bank's SMS-code field shows the share warning (only while a share is live: the bank itself is quiet). */
async function bankWarnsOfShare(context: import('@playwright/test').BrowserContext, sites: { url(u: string): string }) {
  const bank = await context.newPage();
  await bank.goto(sites.url(BANK));
  await bank.locator('#pin').click();
  await bank.locator('#sms').click();
  const shown = await waitFor(() => visible(bank), (w) => w.length === 1);
  expect(shown[0]?.text).toContain(message('zh_CN', 'shareWarnTitle'));
  await bank.close();
}

test('a clone made with a blank iframe\'s clone() keeps the share after the original stops (4a)', async ({ page, context, sites }) => {
  await page.goto(sites.url(SHARE_PAGE));
  await page.locator('#xclone').click();
  await expect(page.locator('#status')).toHaveText('原轨道 ended，复制轨道 live');
  await page.waitForTimeout(1000);
  expect(await badgeText(page)).toBe(SHARING);
  await bankWarnsOfShare(context, sites);
  // The clone stopped too: the share ends.
  await page.bringToFront();
  await page.locator('#stop').click();
  await expect.poll(() => badgeText(page)).toBe('');
});

test('an iframe\'s getDisplayMedia on the top page\'s mediaDevices: removing the iframe does not end the share (4b)', async ({
  page,
  context,
  sites,
}) => {
  await page.goto(sites.url(SHARE_PAGE));
  await page.locator('#ifgdm').click();
  await expect.poll(() => badgeText(page)).toBe(SHARING);
  await expect(page.locator('#status')).toHaveText('框架已删除，画面轨道 live');
  await page.waitForTimeout(1000);
  expect(await badgeText(page)).toBe(SHARING);
  await bankWarnsOfShare(context, sites);
  await page.bringToFront();
  await page.locator('#stop').click();
  await expect.poll(() => badgeText(page)).toBe('');
});

test('a share made by an iframe itself still ends when the iframe is removed', async ({ page, sites }) => {
  await page.goto(sites.url(SHARE_PAGE));
  await page.locator('#ifgdm-own').click();
  await expect.poll(() => badgeText(page)).toBe(SHARING);
  await expect(page.locator('#status')).toHaveText('框架已删除，画面轨道 ended');
  await expect.poll(() => badgeText(page)).toBe('');
});

test('Firefox\'s screen form of getUserMedia, which Chromium answers with the camera, is not a share (6)', async ({ page, context, sites }) => {
  await page.goto(sites.url(SHARE_PAGE));
  await page.locator('#legacycam').click();
  await expect(page.locator('#status')).toHaveText('摄像头：live');
  await page.waitForTimeout(1500);
  expect(await badgeText(page)).toBe('');
  const bank = await context.newPage();
  await bank.goto(sites.url(BANK));
  await bank.locator('#sms').click();
  await bank.waitForTimeout(800);
  expect(await visible(bank)).toEqual([]);
});

test('the wrappers print as the natives, with their names, from a fresh iframe too (7)', async ({ page, sites }) => {
  await page.goto(sites.url(SHARE_PAGE));
  const seen = await page.evaluate(() => {
    const frame = document.body.appendChild(document.createElement('iframe')).contentWindow as Window & typeof globalThis;
    const print = (toString: () => string, fn: unknown) => toString.call(fn as () => void);
    const gdm = navigator.mediaDevices.getDisplayMedia;
    return {
      topFromFrame: print(frame.Function.prototype.toString, gdm),
      frameFromTop: print(Function.prototype.toString, frame.MediaDevices.prototype.getDisplayMedia),
      stopFromFrame: print(frame.Function.prototype.toString, MediaStreamTrack.prototype.stop),
      toStringFromFrame: print(frame.Function.prototype.toString, Function.prototype.toString),
      nameLength: [gdm.name, gdm.length, frame.MediaDevices.prototype.getDisplayMedia.name, 'prototype' in gdm],
      pageProxy: print(frame.Function.prototype.toString, new Proxy(gdm, {})),
    };
  });
  expect(seen).toEqual({
    topFromFrame: 'function getDisplayMedia() { [native code] }',
    frameFromTop: 'function getDisplayMedia() { [native code] }',
    stopFromFrame: 'function stop() { [native code] }',
    toStringFromFrame: 'function toString() { [native code] }',
    nameLength: ['getDisplayMedia', 0, 'getDisplayMedia', false],
    pageProxy: 'function () { [native code] }',
  });
});
