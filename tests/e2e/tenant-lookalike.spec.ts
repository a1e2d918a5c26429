// A Feishu space whose tenant name imitates a brand (alipay-tuikuan.feishu.cn): the address is Feishu's, but the
// name before it was chosen by whoever made the space. Gap left by note 45: it was user-content, "!" at most, and
// the popup said "这是飞书的真网站". Now it is a lookalike of Alipay, as alipay-tuikuan.cn would be.

import { badgeText, openPopupFor, settledSummary } from '../support/extension';
import { expect, test } from '../support/fixtures';
import { message } from '../support/messages';

test('a card number and an SMS code in alipay-tuikuan.feishu.cn: "!!", the address named as borrowing Alipay’s name', async ({ page, sites }) => {
  await page.goto(sites.url('https://alipay-tuikuan.feishu.cn/share/base/form/shrcnR8kT'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  const summary = await settledSummary(page);
  expect(summary.top?.domainKind).toBe('lookalike');
  expect(summary.rules).toEqual(expect.arrayContaining(['sensitive-field-on-bad-host', 'lookalike-host']));
  expect(summary.rules).not.toContain('card-field-on-user-content-host');

  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('verdict')).toHaveAttribute('data-level', 'danger');
  await expect(popup.getByTestId('site-user-content')).toHaveCount(0);
  const why = popup.getByTestId('why-list');
  await expect(why).toContainText(message('zh_CN', 'reasonHostEmbedsBrand').replaceAll('$1', '支付宝'));
  // 飞书 in the title is the platform's name, not a claim.
  await expect(why).not.toContainText('飞书');
});
