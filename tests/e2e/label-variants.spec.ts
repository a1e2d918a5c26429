// Labels a person reads as the card and the code that the word lists used to miss (red-team round 3, finding 5):
// a fake claim page asks for the "收款账户" (the account the money goes to) and the "验·证·码" (dots between the
// characters). Both fields are found at load, so the story on the page makes it "!!" with the banner before anything
// is typed. Before, no field was found at load: no badge, no banner, and no warning on the code field.
// Fixture: tests/fixtures/sites/lipei-shoukuan.cn (https, so that the story, not the scheme, makes the danger).

import { badgeText, readWarnings, settledSummary, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';

test('收款账户 and 验·证·码 on a claim page with a story: both fields found and "!!" with the banner at load', async ({ page, sites }) => {
  await page.goto(sites.url('https://lipei-shoukuan.cn/'));
  const summary = await settledSummary(page);
  expect(summary.fields.map((f) => `${f.kind} #${f.id}`).sort()).toEqual(['card-number #card', 'otp #code', 'phone #tel']);
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  expect(warnings.filter((w) => w.visible)).toHaveLength(1);
});
