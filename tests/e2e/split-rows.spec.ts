// Split boxes in two rows with nothing between them (red-team round 2): four 4-digit card boxes, then six 1-digit
// code boxes. Each row is its own value; before the fix the two rows ran together into one run of ten boxes that
// was neither a card nor a code, and a fake refund page in this ordinary layout got no warning at all.

import { badgeText, settledSummary } from '../support/extension';
import { expect, test } from '../support/fixtures';

const CARD = Array.from({ length: 4 }, () => 'card-number');
const CODE = Array.from({ length: 6 }, () => 'otp');

test('card boxes in one row and code boxes in the next, no word between, give "!!" at load with every box', async ({ page, sites }) => {
  await page.goto(sites.url('http://shouhou-tuikuan.cn/'));
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  expect((await settledSummary(page)).fields.map((f) => f.kind)).toEqual([...CARD, ...CODE]);
});

test('the same boxes in one container with a line break between the rows also give "!!" at load', async ({ page, sites }) => {
  await page.goto(sites.url('http://shouhou-tuikuan.cn/one-row.html'));
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  expect((await settledSummary(page)).fields.map((f) => f.kind)).toEqual([...CARD, ...CODE]);
});
