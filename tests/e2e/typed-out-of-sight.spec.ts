// The typed-value checks against pages that keep what was typed out of the field while the guard reads it (red-team
// round 5, finding 2), and a verification SMS pasted into a box that says nothing about codes (finding 1). The labels
// of the card and code fields, and of the SMS box, are images (fixture site kxq-service.cn): only what is typed or
// pasted tells the guard what the field is. Before the fix each page stayed at "!" (the phone field under the story)
// with no card or code field. And an honest control: an ID number that starts with 62 (Gansu), typed into a page's
// ID field, is no card number.

import type { Page } from '@playwright/test';
import { badgeText, settledSummary } from '../support/extension';
import { expect, test } from '../support/fixtures';

const fieldsOf = async (page: Page) => (await settledSummary(page)).fields.map((f) => `${f.kind} #${f.id}`).sort();

/** Puts `text` on the clipboard of the page's browser, then pastes it into `selector` with the keyboard (a trusted paste). */
async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator(selector).click();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('Control+V');
}

test.describe('a card number the page keeps out of the field while the guard reads it', () => {
  test('pasted, cancelled, written 80 ms later and the focus moved on: "!!" and the card field', async ({ page, sites }) => {
    await page.goto(sites.url('https://kxq-service.cn/paste-later.html'));
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
    expect(await fieldsOf(page)).toEqual(['phone #tel']);
    await pasteInto(page, '#card', '6222 0202 0011 2233 445');
    // The page did its trick: the number arrived late, and the focus is on the next box.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tel');
    expect(await page.locator('#card').inputValue()).toBe('6222020200112233445');
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
    expect(await fieldsOf(page)).toEqual(['card-number #card', 'phone #tel']);
  });

  test('each digit written 40 ms after its key, the focus jumping on once it passes Luhn: "!!" and the card field', async ({ page, sites }) => {
    await page.goto(sites.url('https://kxq-service.cn/keys-later.html'));
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
    await page.locator('#card').click();
    await page.keyboard.type('4111111111111111');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tel');
    expect(await page.locator('#card').inputValue()).toBe('4111111111111111');
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
    expect(await fieldsOf(page)).toEqual(['card-number #card', 'phone #tel']);
  });

  test('the field left empty and the digits drawn over it: "!!" and the card field', async ({ page, sites }) => {
    await page.goto(sites.url('https://kxq-service.cn/drawn-over.html'));
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
    await page.locator('#card').click();
    await page.keyboard.type('6222021234567890');
    expect(await page.locator('#card').inputValue()).toBe('');
    expect(await page.locator('#shown').textContent()).toBe('6222 0212 3456 7890 ');
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
    expect(await fieldsOf(page)).toEqual(['card-number #card', 'phone #tel']);
  });
});

test('the bank SMS pasted into a box whose words say nothing: the box is a code field, "!!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://kxq-service.cn/sms-paste.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
  expect(await fieldsOf(page)).toEqual(['phone #tel']);
  await pasteInto(page, '#sms', '【中国银行】您的验证码为482913，您正在进行转账验证，请勿泄露。');
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  const summary = await settledSummary(page);
  expect(summary.fields.map((f) => `${f.kind} #${f.id}`).sort()).toEqual(['otp #sms', 'phone #tel']);
  expect(summary.rules).toContain('code-with-scam-script');
});

// Red-team round 6, findings 1 and 3: a kit's script stops the paste at the window, before any listener on the
// document (the guard's paste listener was one); a read-only card box a "一键粘贴" button fills from the clipboard.
test.describe('what a kit keeps from the guard (red-team round 6)', () => {
  test('the SMS pasted into a box whose page stops and cancels every paste at the window: "!!" and the code field', async ({ page, sites }) => {
    await page.goto(sites.url('https://kxq-service.cn/sms-kept.html'));
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
    await pasteInto(page, '#sms', '【中国银行】您的验证码为482913，您正在进行转账验证，请勿泄露。');
    // The page's trick worked: it took the text, the box stays empty.
    expect(await page.evaluate(() => (window as unknown as { kept: number }).kept)).toBeGreaterThan(0);
    expect(await page.locator('#sms').inputValue()).toBe('');
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
    expect(await fieldsOf(page)).toEqual(['otp #sms', 'phone #tel']);
  });

  test('a 动态口令 SMS pasted into a box padded with 500 invisible characters, the paste stopped at the window: "!!"', async ({ page, sites }) => {
    await page.goto(sites.url('https://kxq-service.cn/sms-padded.html'));
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
    await pasteInto(page, '#sms', '【交通银行】动态口令：482913（5分钟内有效），您正在向尾号8827的账户转账，请勿向任何人提供。');
    await expect.poll(() => page.locator('#sms').inputValue()).toContain('482913');
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
    expect(await fieldsOf(page)).toEqual(['otp #sms', 'phone #tel']);
  });

  test('a read-only card box filled by a "一键粘贴" button: "!!" at the next click; the read-only order number is no card', async ({ page, sites }) => {
    await page.goto(sites.url('https://kxq-service.cn/paste-button.html'));
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!');
    expect(await fieldsOf(page)).toEqual(['phone #tel']);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => navigator.clipboard.writeText('6222 0202 0011 2233 445'));
    await page.locator('#fill').click();
    await expect.poll(() => page.locator('#card').inputValue()).toBe('6222020200112233445');
    // Then the phone number, as the page asks next.
    await page.locator('#tel').click();
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
    expect(await fieldsOf(page)).toEqual(['card-number #card', 'phone #tel']);
  });
});

test('honest control: an ID number starting with 62 (Gansu) typed into a sign-up page\'s ID field is no card number', async ({ page, sites }) => {
  await page.goto(sites.url('http://huodong-baoming.cn/'));
  expect(await fieldsOf(page)).toEqual(['id-number #idno', 'phone #tel']);
  await page.locator('#idno').click();
  await page.keyboard.type('620102199003071248');
  // Every point the checks run at: the keys, the input events, a focus elsewhere and a click.
  await page.locator('#tel').click();
  await page.locator('#go').click();
  // Nothing changed, so no new scan is sent: give one the time it would take, then ask.
  await page.waitForTimeout(1_500);
  expect(await fieldsOf(page)).toEqual(['id-number #idno', 'phone #tel']);
  expect(await badgeText(page)).toBe('');
});
