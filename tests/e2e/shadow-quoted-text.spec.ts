// The page's text through shadow roots, and quoted speech (red-team round 3, findings 2 and 6).
//  - A whole fake refund page in a closed declarative shadow root, no script: nothing at load before (no field, no
//    text), "!" after a focus; now the scan asks about the body's top elements for closed roots, and reads the root's
//    text: "!!" with the banner at load.
//  - The story in an open root, the form outside it: "!" before (text in a shadow root was never page text), "!!" now.
//  - An honest article quoting the crook's script in a <blockquote> above a comment box with an SMS login: "!!" and
//    the banner before; the quote is reported speech now, as one in quotation marks is: no badge.
// Fixtures: tests/fixtures/sites/buchang-zhongxin.cn, fangpian-kuaixun.cn (https, so the story, not the scheme, decides).

import { badgeText, readWarnings, settledSummary, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';

test('a fake refund page in a closed declarative shadow root: "!!" and the banner at load', async ({ page, sites }) => {
  await page.goto(sites.url('https://buchang-zhongxin.cn/'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  expect(warnings.filter((w) => w.visible)).toHaveLength(1);
});

test('the story in an open shadow root, the card form outside it: "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://buchang-zhongxin.cn/open-story.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
});

for (const [what, path] of [
  ['one block quote', '/'],
  ['a block quote of paragraphs', '/paragraphs.html'],
] as const) {
  test(`an article quoting the script in ${what}, with a phone and SMS-code comment login: no badge`, async ({ page, sites }) => {
    await page.goto(sites.url(`https://fangpian-kuaixun.cn${path}`));
    const summary = await settledSummary(page);
    expect(summary.fields.map((f) => f.kind).sort()).toEqual(['otp', 'phone']);
    // A scan's text can come a moment after its fields (the page readers are injected at the first need).
    await page.waitForTimeout(2_500);
    expect(await badgeText(page)).toBe('');
  });
}

test('a card page quoting its script in a block quote still counts it: "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://buchang-zhongxin.cn/blockquote.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
});
