// A scam story the page only reports (red-team round 3, finding 6 and the cross-frame note).
//  - An honest article sets a scam call out as a transcript, each turn after its speaker's label (客服：…) and no
//    quotation marks, above its comment box (phone + SMS code): "!!" and the banner before; a speaker's line is
//    reported speech now, as a quotation is: no badge. A fake page's chat transcript above its own card form still
//    counts: "!!".
//  - A fake page quoting its story as a chat bubble, its card-and-code form in a frame of another site that cannot
//    read it: "!" before (the top page's quotation counted nowhere), "!!" now. A news page quoting a script above a
//    payment provider's card frame (number, expiry, security code) stays "!".
// Fixtures: tests/fixtures/sites/wanbao-shehui.cn, shouhou-kefu.cn, tianxie-xinxi.cn, kuaifu-pay.cn (https, so the
// story, not the scheme, decides).

import { badgeText, settledSummary } from '../support/extension';
import { expect, test } from '../support/fixtures';

test('an article with a transcript of the call, above a phone and SMS-code comment login: no badge', async ({ page, sites }) => {
  await page.goto(sites.url('https://wanbao-shehui.cn/'));
  const summary = await settledSummary(page);
  expect(summary.fields.map((f) => f.kind).sort()).toEqual(['otp', 'phone']);
  // A scan's text can come a moment after its fields (the page readers are injected at the first need).
  await page.waitForTimeout(2_500);
  expect(await badgeText(page)).toBe('');
});

test('a fake page\'s chat transcript above its own card form: "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://shouhou-kefu.cn/'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
});

test('the story quoted in the top page, the card-and-code form in another site\'s frame: "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://shouhou-kefu.cn/cross.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
});

test('a news page quoting a script above a payment provider\'s card frame: "!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://wanbao-shehui.cn/payment.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
  // The top page's text comes when it is asked for it; the frame is then judged again, and must stay at caution.
  await page.waitForTimeout(3_000);
  expect(await badgeText(page)).toBe('!');
});
