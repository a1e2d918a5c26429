// The popup's advice, "if you already typed it" steps and case fit the page (red team 7, §8): an SMS login that
// poses as an airline's service desk gets no refund advice, no "freeze this card" and no parcel case; a page titled 个人所得税 is
// said to claim 个人所得税, not "中国政府网站".

import { badgeText, openPopupFor } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

test('an SMS login posing as an airline\'s service desk: advice, steps and case about a code, not a refund or a card', async ({ page, sites }) => {
  await page.goto(sites.url('https://tejia-jipiao.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'danger');
  const advice = await popup.locator('[data-testid="advice-list"] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-advice')));
  expect(advice[0]).toBe('sign-in-official-only');
  expect(advice).not.toContain('official-only');
  const steps = await popup.locator('#if-typed li').evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));
  expect(steps).toEqual(['code', 'code-account', 'hotline']);
  await expect(popup.locator('#if-typed')).not.toContainText(message('zh_CN', 'typedStepFreeze'));
  await expect(popup.getByTestId('case-summary')).toHaveCount(0);
});

test('a page titled 个人所得税 is said to claim 个人所得税', async ({ page, sites }) => {
  await page.goto(sites.url('https://geshui-fuwu.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const popup = await openPopupFor(page);
  const reason = popup.locator('[data-testid="why-list"] li[data-code="claim-in-title"]');
  await expect(reason).toHaveText(message('zh_CN', 'reasonClaimInTitle').replaceAll('$1', '个人所得税'));
  await expect(popup.getByTestId('why-list')).not.toContainText('中国政府网站');
});
