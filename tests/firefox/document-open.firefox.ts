// A page that writes its form over itself after load and then stops focus and key events at the window, in real
// Firefox (tests/e2e/document-open.spec.ts in Chromium). Firefox runs the main-world hook in MV2 too (140+), so the
// extension's listeners are back, first, before the page's document.open()/write() returns.
// Run by node's test runner (`npm run test:firefox`).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firefoxBadgeText, firefoxSuite, onlySiteTab, pollFor } from './firefox';

describe('Firefox: a page rewritten with document.open()/write() after load', { timeout: 120_000 }, () => {
  const suite = firefoxSuite();

  for (const how of ['open', 'write']) {
    it(`${how}: a card box that takes the focus, then the page's own window listeners: "!!"`, async () => {
      const page = await onlySiteTab(suite.firefox);
      try {
        await page.goto(suite.sites.url(`http://alipay-refund.cn/document-open.html?how=${how}&swallow=1`));
        await page.waitForSelector('#card', { timeout: 10_000 });
        assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
        await page.click('#card');
        assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
      } finally {
        await page.close();
      }
    });
  }

  it('open: a card number typed into the unlabelled box: "!!"', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://alipay-refund.cn/document-open.html?how=open&swallow=1'));
      await page.waitForSelector('#note', { timeout: 10_000 });
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      await page.click('#note');
      await page.keyboard.type('6222021234567890128');
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });
});
