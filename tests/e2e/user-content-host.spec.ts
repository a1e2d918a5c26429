// A form on an official host anyone publishes on (red team round 2, finding 3): wj.qq.com is Tencent's own address,
// but the form on it is whoever made it. The host is scanned like a neutral one; the bank's own host still is not.

import { badgeText, openPopupFor, readWarnings, settledSummary, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

test('a fake refund form on wj.qq.com (card, card password, SMS code, refund story) gets "!!", the banner and the user-content line', async ({ page, sites }) => {
  await page.goto(sites.url('https://wj.qq.com/s/7cXb2Q'));
  expect(page.url()).toBe('https://wj.qq.com/s/7cXb2Q');
  await expect.poll(() => badgeText(page)).toBe('!!');
  const summary = await settledSummary(page);
  expect(summary.top?.domainKind).toBe('user-content');
  expect(summary.rules).toEqual(expect.arrayContaining(['card-pin-off-official', 'card-field-on-user-content-host']));
  expect(summary.fields.map((f) => f.kind).sort()).toEqual(['card-number', 'card-pin', 'otp']);
  const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  expect(warnings.filter((w) => w.visible)).toHaveLength(1);

  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'danger');
  await expect(popup.getByTestId('site-user-content')).toHaveText(message('zh_CN', 'siteUserContent').replace('$1', '腾讯问卷'));
  await expect(popup.getByTestId('site-official')).toHaveCount(0);
  await expect(popup.locator('[data-testid="why-list"] li[data-code="card-field-on-user-content-host"]')).toHaveCount(1);
});

test('an honest survey on wj.qq.com is scanned and stays quiet', async ({ page, sites }) => {
  await page.goto(sites.url('https://wj.qq.com/s/Np4kR8'));
  // Scanned: the phone field is known to the background (an official host would report no field at all).
  const summary = await waitFor(() => settledSummary(page), (s) => s.fields.length > 0);
  expect(summary.top?.domainKind).toBe('user-content');
  expect(summary.fields.map((f) => f.kind)).toEqual(['phone']);
  expect(summary.level).toBe('none');
  expect(await badgeText(page)).toBe('');
  expect(await readWarnings(page)).toEqual([]);
});
