// The two checks that must hold in real Firefox too: a fake refund page on a lookalike host gets "!!"
// and the banner; the bank's own host gets no badge and no warning. Run by node's test runner
// (`npm run test:firefox`).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FIXTURE_SITES, startSiteServer, type SiteServer } from '../support/server';
import { firefoxBadgeText, launchFirefoxWithExtension, onlySiteTab, pollFor, type FirefoxSession } from './firefox';

describe('Firefox: fake refund page and official host', { timeout: 120_000 }, () => {
  let sites: SiteServer;
  let firefox: FirefoxSession;

  before(async () => {
    sites = await startSiteServer([FIXTURE_SITES]);
    firefox = await launchFirefoxWithExtension(sites.port);
  });

  after(async () => {
    await firefox?.close();
    await sites?.close();
  });

  it('a fake refund page on a lookalike host gets "!!" and the banner', async () => {
    const page = await onlySiteTab(firefox);
    try {
      await page.goto(sites.url('http://alipay-refund.cn/'));
      assert.equal(await pollFor(() => firefoxBadgeText(firefox, page), '!!'), '!!');
      // The banner's host element is in the page (its shadow root is closed, so only the host is observable).
      const host = await pollFor(
        () =>
          page.evaluate(() => {
            const el = document.querySelector('fanzha-guard-warning');
            if (!el) return 'absent';
            const r = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            // A closed root: page script sees no shadowRoot on the host.
            const closed = (el as HTMLElement).shadowRoot === null;
            return style.display !== 'none' && style.visibility !== 'hidden' && closed && r.width > 0 && r.height > 0
              ? 'visible-closed'
              : `not-visible-or-open (${r.width}x${r.height}, display ${style.display}, closed ${closed})`;
          }),
        'visible-closed',
      );
      assert.equal(host, 'visible-closed');
    } finally {
      await page.close();
    }
  });

  it('the bank\'s own host (https) gets no badge and no warning', async () => {
    const page = await onlySiteTab(firefox);
    try {
      // A danger page first in the same tab, so the empty badge below is the official host's own answer.
      await page.goto(sites.url('http://alipay-refund.cn/'));
      assert.equal(await pollFor(() => firefoxBadgeText(firefox, page), '!!'), '!!');
      await page.goto(sites.url('https://www.icbc.com.cn/'));
      assert.equal(page.url(), 'https://www.icbc.com.cn/');
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await firefoxBadgeText(firefox, page), '');
      assert.equal(await page.evaluate(() => document.querySelectorAll('fanzha-guard-warning').length), 0);
    } finally {
      await page.close();
    }
  });
});
