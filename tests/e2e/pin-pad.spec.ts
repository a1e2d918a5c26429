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

// A pad with no digit in the DOM: the keys are drawn on a <canvas>, or are one image, or one element's background
// image, and the page reads the key pressed from the click's coordinates (sensor/drawn-pad.ts). The prompt above it
// and the six empty password dots are all the DOM says.
for (const kind of ['canvas', 'img', 'bg'] as const) {
  test(`a card password asked for on a pad drawn as ${kind} gets "!!" and a warning at the pad once it is pressed`, async ({ page, sites }) => {
    await page.goto(sites.url(`https://canvas-pad.cn/?pad=${kind}`));
    expect((await settledSummary(page)).fields).toEqual([]);
    expect(await badgeText(page)).toBe('');

    await page.locator('#pad, #bg').click({ position: { x: 150, y: 90 } });
    await expect.poll(() => badgeText(page)).toBe('!!');
    const summary = await settledSummary(page);
    expect(summary.fields.map((f) => f.kind)).toEqual(['card-pin']);
    expect(summary.rules).toContain('card-pin-off-official');
    const kindText = message('zh_CN', 'warnKindCardPin');
    const shown = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible).map((x) => x.text).join(' ');
    expect(shown(await waitFor(() => readWarnings(page), (w) => shown(w).includes(kindText)))).toContain(kindText);
    // The page still gets its clicks.
    await expect(page.locator('.dots i').first()).toHaveCSS('background-color', 'rgb(51, 51, 51)');
  });
}

test('pressing a chart after a sign-in form, a captcha, a gallery picture or a tutorial screenshot changes nothing', async ({ page, sites }) => {
  await page.goto(sites.url('http://stats-example.cn/'));
  const before = (await settledSummary(page)).fields.map((f) => f.kind);
  expect(await badgeText(page)).toBe('');
  for (const id of ['chart', 'captcha', 'photo', 'shot']) await page.locator(`#${id}`).click();
  // Long enough for a scan the presses would have brought (300 ms quiet, 2 s at most) to be answered.
  await page.waitForTimeout(2500);
  const after = (await settledSummary(page)).fields;
  expect(after.map((f) => f.kind), JSON.stringify(after)).toEqual(before);
  expect(await badgeText(page)).toBe('');
});
