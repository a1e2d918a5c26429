// The toolbar badge and the danger banner on the four kinds of page the issue names:
// a fake refund page on a lookalike host ("!!" + banner), the bank's own host (nothing),
// a meeting-join URL ("!"), and a plain article and an honest shop checkout for contrast.

import { badgeText, nextPage, openPopupFor, readWarnings, settledSummary, waitFor, WARNING_MARK } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

test('a fake refund page on a lookalike host gets "!!" and the banner', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');

  const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  const visible = warnings.filter((w) => w.visible);
  expect(visible).toHaveLength(1);
  const banner = visible[0]!;
  // Closed, so the page's own script cannot read or restyle it.
  expect(banner.shadowMode).toBe('closed');
  // A banner: across the top of the viewport, wide, and saying something.
  const viewport = page.viewportSize()!;
  expect(banner.panel!.y).toBeLessThan(viewport.height / 3);
  expect(banner.panel!.width).toBeGreaterThan(viewport.width / 2);
  expect(banner.text.length).toBeGreaterThan(10);
  // On top of the page: a click in the middle of the banner lands on the warning, not on page content.
  const centre = { x: banner.panel!.x + banner.panel!.width / 2, y: banner.panel!.y + banner.panel!.height / 2 };
  expect(await page.evaluate(({ x, y, mark }) => document.elementFromPoint(x, y)?.hasAttribute(mark), { ...centre, mark: WARNING_MARK })).toBe(true);
});

test('a card and code form on a host that pairs JD\'s short name with 客服 gets "!!", and the popup names JD', async ({ page, sites }) => {
  // jd-kefu.cn over https: the page names no brand and tells no story; only its address imitates JD (jd + kefu).
  // Elsewhere the same form is caution.
  await page.goto(sites.url('https://jd-kefu.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'danger');
  const reason = popup.locator('[data-testid="why-list"] li[data-code="host-embeds-brand"]');
  await expect(reason).toHaveCount(1);
  await expect(reason).toContainText(message('zh_CN', 'reasonHostEmbedsBrand').replaceAll('$1', '京东').replace(/。$/, ''));
});

test('the bank\'s own host (https) gets no badge and no warning, whatever its fields', async ({ page, sites }) => {
  // Load a danger page first in the same tab, so "no badge" below is the official host's own answer
  // and not just a badge that was never set.
  await page.goto(sites.url('http://alipay-refund.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');

  await page.goto(sites.url('https://www.icbc.com.cn/'));
  expect(page.url()).toBe('https://www.icbc.com.cn/');
  // Once the background has assessed this page: the bank's own host, level none, no badge.
  const summary = await settledSummary(page);
  expect(summary.top?.domainKind).toBe('official');
  expect(summary.level).toBe('none');
  expect(await badgeText(page)).toBe('');
  expect(await readWarnings(page)).toEqual([]);
  // Focusing the card field on the official site shows nothing either.
  await page.locator('#card').click();
  await page.waitForTimeout(500);
  expect(await readWarnings(page)).toEqual([]);
});

test('a meeting-join URL gets "!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://meeting.tencent.com/dm/q7Lm2Xv9Rk'));
  await expect.poll(() => badgeText(page)).toBe('!');
  // The reason is the join link itself (the page has no field at all, and the host is the provider's own).
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'caution');
  // The popup leads with the meeting rule's point, and lists the join link as the evidence.
  await expect(popup.locator('#status-lead')).toHaveText(message('zh_CN', 'levelMeetingLead'));
  await expect(popup.locator('[data-testid="why-list"] li[data-code="meeting-join-url"]')).toHaveCount(1);
});

test('an honest shop\'s card checkout over https gets "!" and no banner', async ({ page, sites }) => {
  await page.goto(sites.url('https://shop-example.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  const warnings = await readWarnings(page);
  expect(warnings.filter((w) => w.visible)).toEqual([]);
});

test('a plain article gets no badge', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await page.goto(sites.url('http://news-example.cn/'));
  const summary = await settledSummary(page);
  expect(summary.level).toBe('none');
  expect(summary.fields).toEqual([]);
  expect(await badgeText(page)).toBe('');
  expect((await readWarnings(page)).filter((w) => w.visible)).toEqual([]);
});

test('the code page that follows a card page of the same site gets "!!"; the same page on its own gets nothing', async ({ context, page, sites }) => {
  // On its own, step 2 of the parcel-claim page is an SMS-code page like any login: no badge.
  const alone = await context.newPage();
  await alone.goto(sites.url('https://claim-desk.cn/step2.html'));
  expect((await settledSummary(alone)).level).toBe('none');
  expect(await badgeText(alone)).toBe('');

  // After its card page in the same tab (a courier claim with a card field: "!"), it is the scam's last step.
  await page.goto(sites.url('https://claim-desk.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  await page.goto(sites.url('https://claim-desk.cn/step2.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  // The warning at the code field gives that as its reason (the page itself names nothing).
  await page.locator('#code').click();
  // One host holds the banner and the card beside the field: wait for the card's "这是“短信验证码”栏".
  const why = message('zh_CN', 'warnWhyAfterCardStep');
  const shown = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible).map((x) => x.text).join(' ');
  const text = shown(await waitFor(() => readWarnings(page), (w) => shown(w).includes(message('zh_CN', 'warnKindOtp'))));
  expect(text).toContain(message('zh_CN', 'warnKindOtp'));
  // Said twice: in the banner and in the card.
  expect(text.split(why).length - 1).toBe(2);
  const popup = await openPopupFor(page);
  await expect(popup.locator('[data-testid="why-list"] li').first()).toHaveText(message('zh_CN', 'ruleCodeAfterCardStep'));
});

test('the code page that follows a story page asking for the ID number gets "!!"; the same page on its own gets nothing', async ({ context, page, sites }) => {
  const alone = await context.newPage();
  await alone.goto(sites.url('https://xueji-zhuxiao.cn/verify.html'));
  expect((await settledSummary(alone)).level).toBe('none');

  // Step 1 tells the credit-record story and asks for the ID number: "!!" on its own.
  await page.goto(sites.url('https://xueji-zhuxiao.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  expect((await settledSummary(page)).rules).toEqual(['id-number-with-scam-script']);
  await page.locator('#next').click();
  await page.waitForURL(/verify\.html$/);
  await expect.poll(async () => (await settledSummary(page)).rules[0]).toBe('code-after-story-step');
  expect(await badgeText(page)).toBe('!!');
  await page.locator('#code').click();
  const shown = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible).map((x) => x.text).join(' ');
  const text = shown(await waitFor(() => readWarnings(page), (w) => shown(w).includes(message('zh_CN', 'warnKindOtp'))));
  expect(text).toContain(message('zh_CN', 'warnWhyAfterStoryStep'));
});

test('the code page in a tab the card page opened gets "!!" too', async ({ context, page, sites }) => {
  await page.goto(sites.url('https://claim-desk.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  // Chromium names the active tab as the opener of a tab a link opens; a person clicks in the tab in front.
  await page.bringToFront();
  const [next] = await Promise.all([nextPage(context), page.locator('#next-tab').click()]);
  await next.waitForLoadState();
  expect(next.url()).toContain('/step2.html');
  await expect.poll(() => badgeText(next)).toBe('!!');
  expect((await settledSummary(next)).rules[0]).toBe('code-after-card-step');
});

test('the code page of another site right after a fake card page gets "!"; after an honest shop\'s checkout, nothing', async ({ context, page, sites }) => {
  const alone = await context.newPage();
  await alone.goto(sites.url('https://sms-verify.cn/'));
  expect((await settledSummary(alone)).level).toBe('none');

  // The fake courier claim takes the card number (claim-desk.cn), then the kit's code page is on another site.
  await page.goto(sites.url('https://claim-desk.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  await page.goto(sites.url('https://sms-verify.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  const summary = await settledSummary(page);
  expect(summary.rules[0]).toBe('code-after-fake-card-page-elsewhere');
  // Its own field only: the card number was the other site's.
  expect(summary.fields.map((f) => f.kind)).toEqual(['otp']);
  await page.locator('#code').click();
  const shown = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible).map((x) => x.text).join(' ');
  const text = shown(await waitFor(() => readWarnings(page), (w) => shown(w).includes(message('zh_CN', 'warnKindOtp'))));
  expect(text).toContain(message('zh_CN', 'warnWhyAfterFakeCardPage'));
  const popup = await openPopupFor(page);
  await expect(popup.locator('[data-testid="why-list"] li').first()).toHaveText(message('zh_CN', 'ruleCodeAfterFakeCardPage'));

  // An honest shop's card checkout ("!") joins no other site's code page.
  const shopper = await context.newPage();
  await shopper.goto(sites.url('https://shop-example.cn/'));
  await expect.poll(() => badgeText(shopper)).toBe('!');
  await shopper.goto(sites.url('https://sms-verify.cn/'));
  expect((await settledSummary(shopper)).level).toBe('none');
});

test('a single-page kit that swaps its card step for the code step gets "!!" at the code step', async ({ page, sites }) => {
  await page.goto(sites.url('https://claim-desk.cn/spa.html'));
  await expect.poll(() => badgeText(page)).toBe('!');
  await page.locator('#next').click();
  await expect(page.locator('#code')).toBeVisible();
  await expect.poll(() => badgeText(page)).toBe('!!');
  expect((await settledSummary(page)).rules[0]).toBe('code-after-card-step');
});

test('the fake refund page in traditional characters gets "!!", with its card password and Alipay claim', async ({ page, sites }) => {
  await page.goto(sites.url('http://tuikuan-zhongxin.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const summary = await settledSummary(page);
  expect(summary.fields.map((f) => f.kind)).toEqual(['card-number', 'card-pin', 'otp']);
  expect(summary.rules).toEqual(expect.arrayContaining(['card-pin-off-official', 'card-and-code-with-money-claim', 'card-and-code-with-scam-script']));
});


test('a page built by script with no form, whose only claim is a header div (支付宝退款理赔), gets "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://refund-h5.cn/'));
  await page.locator('#f2').waitFor();
  expect(await page.locator('form, h1, h2, h3').count(), 'no form and no heading tag').toBe(0);
  await expect.poll(() => badgeText(page)).toBe('!!');
  const summary = await settledSummary(page);
  expect(summary.fields.map((f) => f.kind)).toEqual(['card-number', 'phone', 'otp']);
  expect(summary.rules).toContain('card-and-code-with-money-claim');
});
