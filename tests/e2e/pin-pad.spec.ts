// A number pad the page drew itself (sensor/pin-pad.ts): no input anywhere, so nothing to warn about until
// someone presses a key; then the pad is a card-password box.

import { badgeText, readWarnings, settledSummary, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

test('a card password asked for on a number pad made of divs gets "!!" and a warning at the pad once a key is pressed', async ({ page, sites }) => {
  await page.goto(sites.url('https://secure-pad.cn/'));
  // Before a key: no field, no badge.
  expect((await settledSummary(page)).fields).toEqual([]);
  expect(await badgeText(page)).toBe('');

  await page.locator('#pad div', { hasText: /^5$/ }).click();
  await expect.poll(() => badgeText(page)).toBe('!!');
  const summary = await settledSummary(page);
  expect(summary.fields.map((f) => f.kind)).toEqual(['card-pin']);
  expect(summary.rules).toContain('card-pin-off-official');

  // The warning card says what the "field" is, beside the pad (the banner says it too).
  const kind = message('zh_CN', 'warnKindCardPin');
  const shown = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible).map((x) => x.text).join(' ');
  const text = shown(await waitFor(() => readWarnings(page), (w) => shown(w).includes(kind)));
  expect(text).toContain(kind);
  // The page still gets its clicks: the guard only listens.
  await expect(page.locator('.dots i').first()).toHaveCSS('background-color', 'rgb(51, 51, 51)');
});
