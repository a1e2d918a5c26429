// The screen-share scenario of `npm run demo` (headless): a web meeting tab shares the screen, then the
// bank's own login page, in another tab, shows the share warning on its SMS-code field. Screenshots go to
// demo-output/<lang>/ next to the per-page ones:
//   share-1-meeting.png        the meeting page, sharing
//   share-2-bank-focus.png     the bank's SMS-code field with the share warning
//   share-3-popup.png          the popup naming the sharing tab
//   share-4-bank-after.png     after "停止共享": the bank page is quiet again
// Chromium gets a fake screen (headless has none) and the share picker is accepted automatically.

import path from 'node:path';
import { badgeText, launchWithExtension, openPopupFor, readWarnings, waitFor } from '../tests/support/extension';
import type { SiteServer } from '../tests/support/server';

export const FAKE_CAPTURE_ARGS = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'];

const MEETING = 'https://huiyi-online.cn/';
const BANK = 'https://www.icbc.com.cn/';

/** Runs the scenario in a fresh profile; returns a line for the printed table. */
export async function shootShareScenario(sites: SiteServer, lang: string, dir: string): Promise<string> {
  const context = await launchWithExtension({ proxy: sites.proxy, lang, headless: true, args: FAKE_CAPTURE_ARGS });
  try {
    const meeting = context.pages()[0] ?? (await context.newPage());
    await meeting.goto(sites.url(MEETING));
    await meeting.locator('#share').click();
    const sharingBadge = await waitFor(() => badgeText(meeting), (text) => text !== '', 8_000);
    await meeting.screenshot({ path: path.join(dir, 'share-1-meeting.png') });

    const bank = await context.newPage();
    await bank.goto(sites.url(BANK));
    await bank.locator('#smsCode').click();
    const warnings = await waitFor(() => readWarnings(bank), (w) => w.some((x) => x.visible), 8_000);
    await bank.waitForTimeout(300);
    await bank.screenshot({ path: path.join(dir, 'share-2-bank-focus.png') });

    const popup = await openPopupFor(bank);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.getByTestId('share-notice').waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
    // The window as tall as the popup's page: a full-page capture of the 600 px window leaves the danger popup's pinned
    // 96110 footer where the window's bottom edge was, in the middle of the picture.
    await popup.setViewportSize({ width: 380, height: await popup.evaluate(() => document.documentElement.scrollHeight) });
    await popup.screenshot({ path: path.join(dir, 'share-3-popup.png'), fullPage: true });
    await popup.close();

    await meeting.bringToFront();
    await meeting.locator('#stop').click();
    const clearedBadge = await waitFor(() => badgeText(meeting), (text) => text === '', 8_000);
    await bank.bringToFront();
    await waitFor(() => readWarnings(bank), (w) => !w.some((x) => x.visible), 8_000);
    await bank.screenshot({ path: path.join(dir, 'share-4-bank-after.png') });

    const shown = warnings.find((w) => w.visible)?.text ?? '(no warning)';
    return [
      `sharing tab badge ${JSON.stringify(sharingBadge)}, after stop ${JSON.stringify(clearedBadge)}`,
      `bank SMS-code field while sharing: ${shown.slice(0, 120)}`,
    ].join('\n');
  } finally {
    await context.close();
  }
}
