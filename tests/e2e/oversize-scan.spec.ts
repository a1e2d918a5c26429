// A hostile page cannot silence the extension by pushing the scanner's message over a size limit of the protocol
// (src/messaging/limits.ts). Before the fix the background refused the whole message and the tab had no badge,
// no banner, not even the lookalike address's caution. Each trick is one line of the fixture page.

import { badgeText, readWarnings, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

const TRICKS = [
  ['decoys', '2,001 hidden card boxes before the form (more findings than the limit)'],
  ['long-name', 'a card field named with over 1,000 characters (its name over the limit)'],
  ['long-url', 'a 9,000-character query string (the address over the limit)'],
] as const;

for (const [trick, what] of TRICKS) {
  test(`a refund page with ${what} still gets "!!" and the banner`, async ({ page, sites }) => {
    await page.goto(sites.url(`http://alipay-refund.cn/oversize.html#${trick}`));
    // The trick did run: the page is the oversized one.
    expect(await page.evaluate(() => document.body.dataset.trick)).toBe(trick);
    if (trick === 'long-url') expect(page.url().length).toBeGreaterThan(9000);
    await expect.poll(() => badgeText(page), { timeout: 10_000 }).toBe('!!');
    const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
    expect(warnings.filter((w) => w.visible)).toHaveLength(1);
    // The real card field (after the decoys) still gets its own warning when someone goes to type in it.
    // (One host may hold the banner and the card beside the field: wait for the card's "这是“银行卡号”栏".)
    await page.locator('#card').click();
    const shown = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible).map((x) => x.text).join(' ');
    const card = message('zh_CN', 'warnFieldIs').replace('$KIND$', message('zh_CN', 'warnKindCardNumber'));
    expect(shown(await waitFor(() => readWarnings(page), (w) => shown(w).includes(card)))).toContain(card);
  });
}
