// The popup as an older reader meets it (task U): in a popup's 600px a danger page's explanation runs past the
// bottom edge, and the 96110 line must still be in view; a keyboard user who answers "No" to "trust this site?"
// keeps a visible focus.

import { badgeText, openPopupFor } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

test('on a danger page the 96110 line is in view without scrolling', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const popup = await openPopupFor(page);
  await popup.setViewportSize({ width: 380, height: 600 }); // the most a browser gives a popup
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'danger');
  // The explanation is taller than the popup, so "in view" is a real question here.
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(600);
  const hotline = popup.getByTestId('call-96110');
  await expect(hotline).toHaveText(message('zh_CN', 'call96110'));
  await expect(hotline).toBeInViewport({ ratio: 1 });
  // … and it stays there while the reader scrolls through the why and the what-to-do.
  await popup.mouse.wheel(0, 400);
  await expect(hotline).toBeInViewport({ ratio: 1 });
});

test('"No" to "trust this site?" gives the focus back to the trust button', async ({ page, sites }) => {
  await page.goto(sites.url('https://shop-example.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  const popup = await openPopupFor(page);
  const trust = popup.getByTestId('trust-site');
  await trust.focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('trust-no')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('trust-confirm')).toBeHidden();
  await expect(trust).toBeFocused();
  // The ring is drawn (keyboard focus): a dark 3px outline.
  expect(await trust.evaluate((node) => getComputedStyle(node).outlineWidth)).toBe('3px');
});
