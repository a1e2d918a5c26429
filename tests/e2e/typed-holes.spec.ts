// Task F1: typed values and the SMS box, holes left open by red-team rounds 5 and 6, on the built extension. Fixture
// site peikuan-kefu.cn; the card label is an image, so only what is typed tells the guard what the field is.
//   1. a kit writes a WRONG digit into the field for each key and draws the real number over it;
//   2. the request for the SMS is a <p> just above a bare text area (with "请勿泄露给他人，" before it, hole 4);
//   5. the number arrives in the card box after the focus left it, and the form is sent with Enter.
// On the HEAD build (613d735) each page stayed at "!" (the phone field under the story) with no card or code field.
// Red-team round 8 (A2), on the HEAD build 3238f7f each stayed at "!" too:
//   6. each key shown at the caret, every earlier digit turned into • (mask.html);
//   7. the digits kept as typed, grouped by four with a middle dot (dots.html);
//   8. each digit moved out of the field 30 ms after it was typed (move.html);
//   9. a fixed "No." kept in front of the digits (prefix.html).

import type { Page } from '@playwright/test';
import { badgeText, settledSummary } from '../support/extension';
import { expect, test } from '../support/fixtures';

const CARD = '6222021234567890';
const fieldsOf = async (page: Page) => (await settledSummary(page)).fields.map((f) => `${f.kind} #${f.id}`).sort();

test('1. a wrong digit written for each key, the real number drawn over the field: "!!" and the card field', async ({ page, sites }) => {
  await page.goto(sites.url('https://peikuan-kefu.cn/scramble.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
  expect(await fieldsOf(page)).toEqual(['phone #tel']);
  await page.locator('#card').click();
  await page.keyboard.type(CARD);
  // The page did its trick: a digit in the field for each key, none of them the key's.
  expect(await page.locator('#card').inputValue()).toBe('9555354567890123');
  expect(await page.locator('#shown').textContent()).toBe('6222 0212 3456 7890 ');
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  expect(await fieldsOf(page)).toEqual(['card-number #card', 'phone #tel']);
});

test('2. the SMS asked for in a <p> above a bare text area: the box is a code field at load, "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://peikuan-kefu.cn/sms-above.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  const summary = await settledSummary(page);
  expect(summary.fields.map((f) => `${f.kind} #${f.id}`).sort()).toEqual(['otp #box', 'phone #tel']);
  expect(summary.rules).toContain('code-with-scam-script');
});

test('5. the number written into the card box after the focus left it, the form sent with Enter: "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://peikuan-kefu.cn/enter.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((text) => navigator.clipboard.writeText(text), '6222 0202 0011 2233 445');
  await page.locator('#fill').click();
  await expect.poll(() => page.locator('#card').inputValue()).toBe('6222020200112233445');
  // The page moved the focus on before it wrote the number: the person types the phone number and presses Enter.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('tel');
  await page.keyboard.type('13812345678');
  await page.keyboard.press('Enter');
  await expect(page.locator('#state')).toHaveText('提交中…');
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  expect(await fieldsOf(page)).toEqual(['card-number #card', 'phone #tel']);
});

// The person types the card number, then the phone number, as a victim under the caller's instructions does.
for (const [n, page_, how, delay, value] of [
  [6, 'mask', 'each key shown at the caret, earlier digits turned into •', 0, '•••••••••••••••0'],
  [7, 'dots', 'the digits grouped by four with a middle dot', 0, '6222·0212·3456·7890'],
  [8, 'move', 'each digit moved out of the field 30 ms after its key', 80, ''],
  [9, 'prefix', 'a fixed "No." kept in front of the digits', 0, 'No.6222021234567890'],
] as const) {
  test(`${n}. ${how}: "!!" and the card field`, async ({ page, sites }) => {
    await page.goto(sites.url(`https://peikuan-kefu.cn/${page_}.html`));
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
    expect(await fieldsOf(page)).toEqual(['phone #tel']);
    await page.locator('#card').click();
    await page.keyboard.type(CARD, { delay });
    await expect.poll(() => page.locator('#card').inputValue()).toBe(value);
    await page.locator('#tel').click();
    await page.keyboard.type('13812345678');
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
    expect(await fieldsOf(page)).toEqual(['card-number #card', 'phone #tel']);
  });
}

// Red-team round 8, A2(e) (task T9): the card number typed across four boxes with no maxlength, the page moving the
// focus on after four digits (boxes.html, our own page of the trick). On the HEAD build (292096b) it stayed at "!"
// with the phone field only. The honest counterpart, a mobile number in three boxes (phone-boxes.html), gets no card field.
test('10. the card number typed across four boxes, the focus moved on by the page: "!!" and a card field for each box', async ({ page, sites }) => {
  await page.goto(sites.url('https://peikuan-kefu.cn/boxes.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
  expect(await fieldsOf(page)).toEqual(['phone #tel']);
  await page.locator('#b0').click();
  await page.keyboard.type(CARD);
  // The page did its part: four digits a box, the focus on the last one.
  expect(await Promise.all(['#b0', '#b1', '#b2', '#b3'].map((id) => page.locator(id).inputValue()))).toEqual(['6222', '0212', '3456', '7890']);
  await page.locator('#tel').click();
  await page.keyboard.type('13812345678');
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  expect(await fieldsOf(page)).toEqual(['card-number #b0', 'card-number #b1', 'card-number #b2', 'card-number #b3', 'phone #tel']);
});

test('11. honest: a mobile number typed across three boxes gets no card field', async ({ page, sites }) => {
  await page.goto(sites.url('https://peikuan-kefu.cn/phone-boxes.html'));
  await page.locator('#p0').click();
  await page.keyboard.type('13812345678');
  expect(await Promise.all(['#p0', '#p1', '#p2'].map((id) => page.locator(id).inputValue()))).toEqual(['138', '1234', '5678']);
  await page.locator('#go').click();
  const summary = await settledSummary(page);
  expect(summary.fields.filter((f) => f.kind === 'card-number')).toEqual([]);
  expect(await badgeText(page)).not.toBe('!!');
});
