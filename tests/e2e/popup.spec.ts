// The popup, opened as a page for a given tab (popup.html?tabId=N): it describes that tab's verdict, and
// "trust this site" there clears the warning for the site.

import { badgeText, openPopupFor, readWarnings, settledSummary, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

test('the popup shows the verdict of the tab it is opened for', async ({ context, page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const shop = await context.newPage();
  await shop.goto(sites.url('https://shop-example.cn/'));
  await expect.poll(() => badgeText(shop)).toBe('!');

  // The danger tab.
  const popup = await openPopupFor(page);
  const verdict = popup.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-level', 'danger');
  await expect(popup.getByTestId('status-title')).toHaveText(message('zh_CN', 'levelDangerTitle'));
  await expect(popup.getByTestId('site-host')).toHaveText('alipay-refund.cn');
  const kinds = await popup.locator('[data-testid="found-list"] li').evaluateAll((items) =>
    items.map((li) => li.getAttribute('data-kind')),
  );
  expect(kinds).toEqual(expect.arrayContaining(['card-number', 'card-pin', 'otp']));
  // It says why: at least one reason, and the lookalike host is among them.
  await expect(popup.locator('[data-testid="why-list"] li')).not.toHaveCount(0);
  await popup.close();

  // The caution tab, opened from the same browser: its own verdict, not the other tab's.
  const shopPopup = await openPopupFor(shop);
  await expect(shopPopup.getByTestId('verdict')).toHaveAttribute('data-level', 'caution');
  await expect(shopPopup.getByTestId('status-title')).toHaveText(message('zh_CN', 'levelCautionTitle'));
  await expect(shopPopup.getByTestId('site-host')).toHaveText('shop-example.cn');
  const shopKinds = await shopPopup.locator('[data-testid="found-list"] li').evaluateAll((items) =>
    items.map((li) => li.getAttribute('data-kind')),
  );
  expect(shopKinds).toEqual(expect.arrayContaining(['card-number', 'otp']));
  expect(shopKinds).not.toContain('card-pin');
});

test('a card form that claims a courier it is not: caution, the popup says to check the address, and trust is not offered', async ({ page, sites }) => {
  // Step 1 of a parcel-claim page: a card number only, so caution, not danger; but the page names SF Express on
  // a site that is not SF Express's, and that is what the person can check.
  await page.goto(sites.url('https://claim-desk.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'caution');
  await expect(popup.getByTestId('why-list')).toContainText(message('zh_CN', 'ruleCardFieldWithMoneyClaim'));
  const advice = await popup.locator('[data-testid="advice-list"] li').evaluateAll((items) =>
    items.map((li) => li.getAttribute('data-advice')),
  );
  expect(advice).toEqual(expect.arrayContaining(['check-address', 'official-only']));
  // A caller would say "now click 'I trust this site'" before the code page comes: not offered here.
  await expect(popup.getByTestId('trust-site')).toBeHidden();
  await expect(popup.getByTestId('trust-danger')).toHaveText(message('zh_CN', 'trustImpersonationNote'));
});

test('a page that asks for a QQ password and claims nothing else: danger, and the popup names whose password it is', async ({ page, sites }) => {
  // The password's own name (QQ密码, in the table cell before the box) is the only thing on the page that says
  // whose account it wants: bare "QQ" in a heading or title claims nothing.
  await page.goto(sites.url('https://huiyuan-lingqu.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'danger');
  const kinds = await popup.locator('[data-testid="found-list"] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
  expect(kinds).toEqual(['password']);
  const reason = popup.locator('[data-testid="why-list"] li[data-code="claim-password-for"]');
  await expect(reason).toHaveCount(1);
  // Named as the person knows it (QQ), not by the company's name.
  await expect(reason).toHaveText(message('zh_CN', 'reasonClaimPasswordFor').replaceAll('$1', 'QQ'));
  await expect(popup.getByTestId('why-list')).toContainText(message('zh_CN', 'rulePasswordWithBrandClaim'));
  // Tencent holds people's money (WeChat Pay): a caller could not talk the person into trusting this site.
  await expect(popup.getByTestId('trust-site')).toBeHidden();
});

test('trusting the site from the popup clears its badge and its warning', async ({ context, page, sites }) => {
  await page.goto(sites.url('https://shop-example.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  // Show the anchored warning first, so we can see it go.
  await page.locator('#otp').click();
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  expect((await readWarnings(page)).filter((w) => w.visible)).toHaveLength(1);

  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'caution');
  await popup.getByTestId('trust-site').click();
  // A confirm step: the question names the site.
  await expect(popup.getByTestId('trust-question')).toContainText('shop-example.cn');
  await popup.getByTestId('trust-yes').click();
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'none');
  await expect(popup.getByTestId('site-trusted')).toHaveText(message('zh_CN', 'siteTrusted'));

  // The page's tab: no badge, and the warning is gone from the page.
  await expect.poll(() => badgeText(page)).toBe('');
  await expect.poll(async () => (await readWarnings(page)).filter((w) => w.visible).length).toBe(0);

  // It stays trusted: a reload and a focus on the code field show nothing.
  await page.reload();
  expect((await settledSummary(page)).top?.domainKind).toBe('trusted');
  await page.locator('#otp').click();
  await page.waitForTimeout(500);
  expect(await badgeText(page)).toBe('');
  expect((await readWarnings(page)).filter((w) => w.visible)).toEqual([]);

  // Trust is for that site only: another shop with the same form still warns.
  const other = await context.newPage();
  await other.goto(sites.url('https://another-shop.cn/'));
  await expect.poll(() => badgeText(other)).toBe('!');
});
