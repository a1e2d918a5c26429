// The screen-share guard (issue 4) in real Chromium with the built extension.
//
// Fake capture: --use-fake-ui-for-media-stream accepts the share picker and
// --use-fake-device-for-media-stream supplies a fake "screen" (headless Chromium has none), so
// getDisplayMedia resolves with one live video track, as after a user picked "Entire screen".
// (--auto-select-desktop-capture-source needs a real desktop and times out headless here.)
// getDisplayMedia needs a user gesture: Playwright's click is a trusted one.

import { adviceById } from '../../src/knowledge';
import { badgeText, openPopupFor, readWarnings, serviceWorker, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

test.use({ launchArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] });

const SHARE_PAGE = 'https://webmeeting-share.cn/';
const BANK = 'https://www.icbc.com.cn/';
const SHOP = 'https://shop-example.cn/';
const MEETING_JOIN = 'https://meeting.tencent.com/dm/q7Lm2Xv9Rk.html';

const visible = async (page: import('@playwright/test').Page) => (await readWarnings(page)).filter((w) => w.visible);

test('a share in one tab puts the share warning on a bank code field in another, and it clears when the share stops', async ({
  page,
  context,
  sites,
}) => {
  const meetingTab = page;
  await meetingTab.goto(sites.url(SHARE_PAGE));
  const bank = await context.newPage();
  await bank.goto(sites.url(BANK));
  const shop = await context.newPage();
  await shop.goto(sites.url(SHOP));
  await expect.poll(() => badgeText(shop)).toBe('!');

  // Before any share: the bank's own site is quiet, even on its SMS-code field.
  await bank.locator('#sms').click();
  await bank.waitForTimeout(500);
  expect(await visible(bank)).toEqual([]);
  expect(await badgeText(bank)).toBe('');

  // The extension's private handshake never reached the page's own earliest listener.
  expect(await meetingTab.evaluate(() => (window as unknown as { pageSawHandshake: string[] }).pageSawHandshake)).toEqual([]);
  // The hook keeps the native look in the page's own world.
  expect(await meetingTab.evaluate(() => String(navigator.mediaDevices.getDisplayMedia))).toBe(
    'function getDisplayMedia() { [native code] }',
  );

  await meetingTab.bringToFront();
  await meetingTab.locator('#share').click();
  await expect(meetingTab.locator('#status')).toHaveText(/正在共享/);
  await expect.poll(() => badgeText(meetingTab)).toBe(message('zh_CN', 'badgeSharing'));

  // Another tab, an official site: focusing the code field shows the share warning with how to stop.
  await bank.bringToFront();
  await bank.locator('#pin').click();
  await bank.locator('#sms').click();
  const shown = await waitFor(() => visible(bank), (w) => w.length === 1);
  expect(shown).toHaveLength(1);
  expect(shown[0]!.text).toContain(message('zh_CN', 'shareWarnTitle'));
  expect(shown[0]!.text).toContain(message('zh_CN', 'warnWhyScreenShared'));
  expect(shown[0]!.text).toContain(message('zh_CN', 'shareWarnHowToStop'));
  // The bank page itself is not a scam: its level (and badge) stays none.
  expect(await badgeText(bank)).toBe('');
  // A non-official page with card and code fields becomes danger while the screen is shared.
  await expect.poll(() => badgeText(shop)).toBe('!!');

  // The popup, whichever tab it is opened on, names the sharing tab.
  const popup = await openPopupFor(bank);
  const notice = popup.getByTestId('share-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('网页会议 - 共享屏幕');
  await popup.close();

  // A page script cannot end the share by forging the channel's handshake.
  await meetingTab.evaluate(() => {
    const forged = new MessageChannel();
    window.postMessage('fanzha-guard/share-hook/v1', '*', [forged.port2]);
    forged.port1.postMessage({ v: 1, t: 'end', id: 'f'.repeat(32) });
  });
  await meetingTab.waitForTimeout(500);
  expect(await badgeText(meetingTab)).toBe(message('zh_CN', 'badgeSharing'));
  // The page's listener does see a handshake a page posts itself (so it would have seen ours, had it leaked).
  expect(await meetingTab.evaluate(() => (window as unknown as { pageSawHandshake: string[] }).pageSawHandshake)).toEqual([
    'fanzha-guard/share-hook/v1',
  ]);

  // The page stops its tracks (track.stop() fires no `ended` event): everything clears.
  await meetingTab.bringToFront();
  await meetingTab.locator('#stop').click();
  await expect.poll(() => badgeText(meetingTab)).toBe('');
  await expect.poll(() => badgeText(shop)).toBe('!');
  await bank.bringToFront();
  await expect.poll(async () => (await visible(bank)).length).toBe(0);
  await bank.locator('#pin').click();
  await bank.locator('#sms').click();
  await bank.waitForTimeout(500);
  expect(await visible(bank)).toEqual([]);
  const after = await openPopupFor(bank);
  await expect(after.getByTestId('popup-content')).not.toBeEmpty();
  await expect(after.getByTestId('share-notice')).toBeHidden();
});

test('a clone of the shared track keeps the share alive until it stops too', async ({ page, context, sites }) => {
  await page.goto(sites.url(SHARE_PAGE));
  await page.locator('#share').click();
  await expect.poll(() => badgeText(page)).toBe(message('zh_CN', 'badgeSharing'));
  await page.locator('#clone').click();
  // The page stops the stream's own track; its clone still captures the screen.
  await page.locator('#stop-original').click();
  await page.waitForTimeout(500);
  expect(await badgeText(page)).toBe(message('zh_CN', 'badgeSharing'));
  const bank = await context.newPage();
  await bank.goto(sites.url(BANK));
  await bank.locator('#sms').click();
  expect((await waitFor(() => visible(bank), (w) => w.length === 1)).length).toBe(1);
  await page.bringToFront();
  await page.locator('#stop').click();
  await expect.poll(() => badgeText(page)).toBe('');
});

test('closing the sharing tab ends the share', async ({ page, context, sites }) => {
  const sharing = await context.newPage();
  await sharing.goto(sites.url(SHARE_PAGE));
  await sharing.locator('#share').click();
  await expect.poll(() => badgeText(sharing)).toBe(message('zh_CN', 'badgeSharing'));
  await page.goto(sites.url(SHOP));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await sharing.close();
  await expect.poll(() => badgeText(page)).toBe('!');
});

test('navigating the sharing tab to another page ends the share', async ({ page, context, sites }) => {
  const sharing = await context.newPage();
  await sharing.goto(sites.url(SHARE_PAGE));
  await sharing.locator('#share').click();
  await expect.poll(() => badgeText(sharing)).toBe(message('zh_CN', 'badgeSharing'));
  await page.goto(sites.url(SHOP));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await sharing.goto(sites.url('http://news-example.cn/'));
  await expect.poll(() => badgeText(sharing)).toBe('');
  await expect.poll(() => badgeText(page)).toBe('!');
});

/** Stops the extension's service worker the way Chrome does when it goes idle (its target is closed). */
async function stopServiceWorker(page: import('@playwright/test').Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!worker) throw new Error('no extension service worker to stop');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

test('the share survives the service worker stopping (state in storage.session)', async ({ page, context, sites }) => {
  await page.goto(sites.url(SHARE_PAGE));
  await page.locator('#share').click();
  await expect.poll(() => badgeText(page)).toBe(message('zh_CN', 'badgeSharing'));
  const before = await serviceWorker(context);
  await before.evaluate(() => {
    (globalThis as unknown as { marker: number }).marker = 1;
  });
  await stopServiceWorker(page);
  await page.waitForTimeout(1000);

  // A page opened now wakes a fresh worker (no module state left), which still knows the share.
  const bank = await context.newPage();
  await bank.goto(sites.url(BANK));
  await bank.locator('#sms').click();
  expect((await waitFor(() => visible(bank), (w) => w.length === 1)).length).toBe(1);
  const after = await serviceWorker(context);
  expect(await after.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBeUndefined();

  // And it still clears when the share stops.
  await page.bringToFront();
  await page.locator('#stop').click();
  await expect.poll(() => badgeText(page)).toBe('');
});

test('after a meeting-join page, a card field on a non-official site is danger with the meeting advice', async ({ page, sites }) => {
  // Without a meeting visit the shop's card form is only caution.
  await page.goto(sites.url(SHOP));
  await expect.poll(() => badgeText(page)).toBe('!');

  // The share would run in the desktop meeting app, where the browser cannot see it: the join page is the trace.
  await page.goto(sites.url(MEETING_JOIN));
  await expect(page).toHaveTitle(/腾讯会议/);

  await page.goto(sites.url(SHOP));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await page.locator('#cc').click();
  const shown = await waitFor(() => visible(page), (w) => w.length === 1);
  expect(shown).toHaveLength(1);
  expect(shown[0]!.text).toContain(adviceById('no-meeting')!.text.zh);
  expect(shown[0]!.text).toContain(message('zh_CN', 'warnWhyAfterMeeting'));
});
