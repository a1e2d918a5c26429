// The story told in a chat frame, the card and SMS-code form in the top page (red-team round 4, finding 2). A frame
// that asks for nothing reported its title only, so its story reached no verdict: "!" and no banner, where the same
// story on the page is "!!"; and the code page on another site after it got nothing. Now a page whose scan asks for a
// card or a code has the background ask the tab's other frames for their text (background/frames-beside.ts), and the
// form is judged with their stories, under the page's own story rules: "!!" and the banner at load, no focus needed.
// An honest checkout with a help-chat frame (generic words, an anti-fraud notice quoting the story) stays "!".
// Fixtures: tests/fixtures/sites/kefu-lipei.cn, zaixian-kefu.cn, xiaomei-shop.cn, help-widget.cn, sms-verify.cn
// (all https, so the story, not the scheme, decides).

import { badgeText, readWarnings, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';

for (const [what, path] of [
  ['of another site', '/'],
  ['of the same site', '/same-site.html'],
] as const) {
  test(`the story in a chat frame ${what}, the card and code form in the page: "!!" and the banner at load`, async ({ page, sites }) => {
    await page.goto(sites.url(`https://kefu-lipei.cn${path}`));
    await expect.poll(() => badgeText(page), { timeout: 10_000 }).toBe('!!');
    const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
    expect(warnings.filter((w) => w.visible)).toHaveLength(1);
  });
}

test('the control: the same form with no chat frame is "!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://kefu-lipei.cn/no-chat.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
});

test('the code page on another site after the card page with the chat frame: "!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://kefu-lipei.cn/'));
  await expect.poll(() => badgeText(page), { timeout: 10_000 }).toBe('!!');
  await page.goto(sites.url('https://sms-verify.cn/'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
});

test('an honest checkout with a help-chat frame (generic words, an anti-fraud notice) stays "!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://xiaomei-shop.cn/checkout.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
  // Time for the frame's text to be asked for and read, and for any re-check it would bring.
  await page.waitForTimeout(3_000);
  expect(await badgeText(page)).toBe('!');
});
