// Fields with no input element behind them (red-team review): a focusable element whose page script takes each
// digit key for itself and draws it (sensor/editable.ts, a key box), and a number pad whose digits are drawn by
// CSS (sensor/pin-pad.ts). Before anyone types, only the host-based caution; after, danger and the field.

import { badgeText, settledSummary } from '../support/extension';
import { expect, test } from '../support/fixtures';

test('a card number and password typed into focusable spans that cancel each digit and draw it themselves give "!!" and both fields', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/key-box.html'));
  expect(await page.evaluate(() => document.querySelectorAll('input, select, textarea, [contenteditable], [role]').length)).toBe(0);
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!');
  expect((await settledSummary(page)).fields).toEqual([]);

  await page.locator('#card').click();
  await page.keyboard.type('6222');
  await page.locator('#pin').click();
  await page.keyboard.type('1234');
  // The page drew what was typed (the digits, then dots): the guard only listened.
  expect(await page.locator('#card').textContent()).toBe('6222');
  expect(await page.locator('#pin').textContent()).toBe('●●●●');

  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  await expect
    .poll(async () => (await settledSummary(page)).fields.map((f) => `${f.kind} #${f.id}`).sort(), { timeout: 5_000 })
    .toEqual(['card-number #card', 'card-pin #pin']);
});

test('a card password asked for on a number pad whose digits are drawn by CSS (::after) gets "!!" once a key is pressed', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/pin-pad-css.html'));
  expect(await page.locator('.pad').textContent()).toMatch(/^\s*$/);
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!');
  expect((await settledSummary(page)).fields).toEqual([]);

  await page.locator('.k[data-d="5"]').click();
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  const summary = await settledSummary(page);
  expect(summary.fields.map((f) => f.kind)).toEqual(['card-pin']);
  expect(summary.rules).toContain('card-pin-off-official');
  // The page still gets its clicks.
  await expect(page.locator('.dots i').first()).toHaveCSS('background-color', 'rgb(51, 51, 51)');
});
