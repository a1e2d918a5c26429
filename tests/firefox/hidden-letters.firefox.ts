// Labels broken by letters a style sheet hides, or drawn by CSS or <svg> (tests/e2e/hidden-letters.spec.ts in
// Chromium), in real Firefox: the focus re-read comes in its own script (page-readers.js), which the background injects
// into the frame with scripting.executeScript and a frameId (Firefox MV2), at the first focus that needs it.
// Run by node's test runner (`npm run test:firefox`).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firefoxBadgeText, firefoxSuite, onlySiteTab, pollFor } from './firefox';

describe('Firefox: labels people read otherwise than the DOM says', { timeout: 120_000 }, () => {
  const suite = firefoxSuite();

  it('nothing before a focus; "!!" once the fields are focused (each read as shown)', async () => {
    const page = await onlySiteTab(suite.firefox);
    try {
      await page.goto(suite.sites.url('http://news-example.cn/hidden-letters-css.html'));
      // The scan reads no layout: the page is judged on its address and DOM text alone until a focus.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(await firefoxBadgeText(suite.firefox, page), '');
      // One after another, the later ones while the reader may still be on its way. Focused, not clicked: the
      // warning card beside the first field can lie over the next one, and a click there is the card's.
      for (const id of ['a', 'b', 'c', 'd']) await page.focus(`#${id}`);
      assert.equal(await pollFor(() => firefoxBadgeText(suite.firefox, page), '!!'), '!!');
    } finally {
      await page.close();
    }
  });
});
