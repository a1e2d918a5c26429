// The screen-share guard in real Firefox (ESR 128+ runs main-world content scripts, MV2 included): the
// page's capture call is seen, the sharing tab's badge shows it, and it clears when the page stops its
// tracks. Headless Firefox has no screen to offer getDisplayMedia (NotFoundError even with fake streams), so
// the page uses Firefox's own screen-capture form of getUserMedia (`video.mediaSource`), which the fake
// stream prefs below do serve and which the hook watches the same way.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { message } from '../support/messages';
import { firefoxBadgeText, firefoxSuite, onlySiteTab, openExtensionPage, pollFor } from './firefox';

const FAKE_CAPTURE_PREFS = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'media.getdisplaymedia.enabled': true,
  'media.getusermedia.screensharing.enabled': true,
  'media.getusermedia.window.enabled': true,
  'media.getusermedia.browser.enabled': true,
};

describe('Firefox: screen-share guard', { timeout: 120_000 }, () => {
  const suite = firefoxSuite(FAKE_CAPTURE_PREFS);

  it('a sharing tab gets the share badge, and loses it when the page stops the share', async () => {
    const page = await onlySiteTab(suite.firefox);
    // The badge reader is opened before the share and kept: while a page shares, Firefox opens its sharing
    // indicator window, and a tab the driver opens then (browsingContext.create) goes to the most recent window,
    // the indicator, which has no tabs ("TabManager.getTabBrowser(...) is undefined", Firefox 140.12).
    const reader = await openExtensionPage(suite.firefox, 'popup.html');
    try {
      await page.goto(suite.sites.url('https://webmeeting-share.cn/'));
      assert.equal(await firefoxBadgeText(suite.firefox, page, reader), '');
      const started = await page.evaluate(async () => {
        try {
          const constraints = { video: { mediaSource: 'browser' } } as unknown as MediaStreamConstraints;
          (window as unknown as { shared: MediaStream }).shared = await navigator.mediaDevices.getUserMedia(constraints);
          return 'ok';
        } catch (error) {
          return (error as Error).name;
        }
      });
      assert.equal(started, 'ok');
      // Firefox's UI language here may be English or Chinese: accept the badge of either.
      const sharing = [message('zh_CN', 'badgeSharing'), message('en', 'badgeSharing')];
      const shown = await pollFor(async () => {
        const text = await firefoxBadgeText(suite.firefox, page, reader);
        return sharing.includes(text) ? 'sharing' : text;
      }, 'sharing');
      assert.equal(shown, 'sharing');
      await page.evaluate(() => {
        for (const track of (window as unknown as { shared: MediaStream }).shared.getTracks()) track.stop();
      });
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page, reader), ''), '');
    } finally {
      await reader.close();
      await page.close();
    }
  });
});
