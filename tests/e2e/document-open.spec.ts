// A page that writes its form over itself after load (red-team review 2): opening a document erases every listener on
// it and its window, the extension's early ones too (platform/early-events.ts), and the page adds its own window
// capture listeners that stop focusin, input, keydown and pointerdown right after. The main-world hook rings the
// isolated world inside the page's call (platform/document-open-hook.ts), so ours are back first. Fixture:
// alipay-refund.cn/document-open.html (?how=open|write|frame, &swallow=0 for the control without the page's listeners).

import type { Frame, Page } from '@playwright/test';
import { badgeText, readWarnings, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';

const CARD = '6222021234567890128';

/** Loads the page and waits until its form is written (in the iframe for how=frame) and the guard had its look. */
async function rewritten(page: Page, url: string, how: string): Promise<Page | Frame> {
  await page.goto(url);
  let target: Page | Frame = page;
  if (how === 'frame') {
    await page.locator('#f').waitFor();
    target = (await (await page.$('#f'))!.contentFrame())!;
  }
  await target.locator('#card').waitFor({ timeout: 10_000 });
  // The rewritten page scanned: a lookalike host and refund words, no field asks for anything yet.
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!');
  return target;
}

const named = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible && x.text.includes('银行卡号'));

for (const { how, swallow } of [
  { how: 'open', swallow: '0' },
  { how: 'open', swallow: '1' },
  { how: 'write', swallow: '1' },
  { how: 'frame', swallow: '0' },
  { how: 'frame', swallow: '1' },
]) {
  const what = `${how === 'open' ? 'document.open()' : how === 'write' ? 'a write() after load' : 'document.open() of a blank iframe by its parent'}${swallow === '1' ? ', then window listeners that stop focus and key events' : ' (control)'}`;

  test(`${what}: a card box that takes the focus gives "!!" and the warning`, async ({ page, sites }) => {
    const target = await rewritten(page, sites.url(`http://alipay-refund.cn/document-open.html?how=${how}&swallow=${swallow}`), how);
    await target.locator('#card').click();
    await expect.poll(() => badgeText(page), { timeout: 10_000 }).toBe('!!');
    if (how === 'frame') {
      // The danger banner at the top of the tab and the anchored warning inside the frame, as in the control (read
      // through the page: its DOM snapshot reaches into the same-process frame).
      const shown = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible);
      expect(shown(await waitFor(() => readWarnings(page), (w) => shown(w).length === 2, 5_000))).toHaveLength(2);
    } else {
      expect(named(await waitFor(() => readWarnings(page), (w) => named(w).length > 0, 5_000))).toHaveLength(1);
    }
  });

  test(`${what}: a card number typed into the unlabelled box gives "!!"`, async ({ page, sites }) => {
    const target = await rewritten(page, sites.url(`http://alipay-refund.cn/document-open.html?how=${how}&swallow=${swallow}`), how);
    await target.locator('#note').click();
    await page.keyboard.type(CARD);
    expect(await target.locator('#note').inputValue()).toBe(CARD);
    await expect.poll(() => badgeText(page), { timeout: 10_000 }).toBe('!!');
  });
}
