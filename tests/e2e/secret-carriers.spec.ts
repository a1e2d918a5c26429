// Boxes that take what carries a secret instead of the secret (red-team round 5, findings 1 and 3): a text area for
// the bank's whole SMS (the code is in it) and file uploads for photos of the bank card (the number on the front,
// the security code on the back). Before, the SMS box and the uploads were no fields at all: the SMS page and the
// photo page showed only "!" (the phone field under the story), and the SMS page of a two-step kit nothing.
// Fixtures: tests/fixtures/sites/tuihuo-peifu.cn (https, so that the story, not the scheme, makes the danger) and
// yanzheng-zhongxin.cn (a kit's second step on a site of its own, after claim-desk.cn's card page).

import { badgeText, openPopupFor, settledSummary } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

const fieldsOf = (summary: Awaited<ReturnType<typeof settledSummary>>) => summary.fields.map((f) => `${f.kind} #${f.id}`).sort();

test('a kit page that asks to paste the whole SMS into a text area gets "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://tuihuo-peifu.cn/sms-paste.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  expect(fieldsOf(await settledSummary(page))).toEqual(['otp #msg', 'phone #tel']);
});

test('the SMS-paste page of another site right after a fake card page gets "!"; alone, nothing', async ({ context, page, sites }) => {
  const alone = await context.newPage();
  await alone.goto(sites.url('https://yanzheng-zhongxin.cn/'));
  expect((await settledSummary(alone)).level).toBe('none');

  await page.goto(sites.url('https://claim-desk.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  await page.goto(sites.url('https://yanzheng-zhongxin.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  const summary = await settledSummary(page);
  expect(summary.rules[0]).toBe('code-after-fake-card-page-elsewhere');
  expect(fieldsOf(summary)).toEqual(['otp #msg']);
});

test('a kit page that asks for photos of the bank card gets "!!"; the ID card photo is no card field', async ({ page, sites }) => {
  await page.goto(sites.url('https://tuihuo-peifu.cn/card-photo.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  expect(fieldsOf(await settledSummary(page))).toEqual(['card-cvv #back', 'card-number #front', 'phone #tel']);
  // The popup says what the page asks for: the photos, not boxes to type a number in.
  const popup = await openPopupFor(page);
  await expect(popup.locator('[data-testid="found-list"] li')).toHaveText([
    message('zh_CN', 'fieldCardNumberPhoto'),
    message('zh_CN', 'fieldCardCvvPhoto'),
    message('zh_CN', 'fieldPhone'),
  ]);
});

// Red-team round 6, finding 5: the usual upload widget, each file input hidden behind a "+ 点击上传" label and named
// only by a heading above it. Before, the uploads were no fields: "!" (the phone field under the story).
test('card photo uploads named by the heading above a hidden-input widget get "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://tuihuo-peifu.cn/photo-widget.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  expect(fieldsOf(await settledSummary(page))).toEqual(['card-cvv #back', 'card-number #front', 'phone #tel']);
});
