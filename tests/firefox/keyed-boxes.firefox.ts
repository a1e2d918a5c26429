// The two red-team fields with no input behind them, in real Firefox (tests/e2e/keyed-boxes.spec.ts in Chromium):
// focusable spans whose script takes each digit key (sensor/editable.ts), and a number pad whose digits are drawn by
// CSS ::after with attr(), which Firefox's computed style leaves as written (sensor/pin-pad.ts reads the attribute).
// Run by node's test runner (`npm run test:firefox`).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firefoxBadgeText, firefoxSuite, onlySiteTab, pollFor } from './firefox';

describe('Firefox: fields with no input behind them', { timeout: 120_000 }, () => {
  const suite = firefoxSuite();

  it('a card number and password typed into spans that take each digit themselves get "!!"', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://alipay-refund.cn/key-box.html'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      await page.focus('#card');
      await page.keyboard.type('6222');
      await page.focus('#pin');
      await page.keyboard.type('1234');
      assert.equal(await page.evaluate(() => document.getElementById('pin')!.textContent), '●●●●');
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });

  it('a card password asked for on a number pad whose digits are drawn by CSS gets "!!" once a key is pressed', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://alipay-refund.cn/pin-pad-css.html'));
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!'), '!');
      await page.click('.k[data-d="5"]');
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });
});
