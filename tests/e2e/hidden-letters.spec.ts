// What people see is not what the DOM says (red-team review, on a neutral host): labels whose words are broken by
// letters the browser hides, or drawn by CSS only; and boxes that hide a typed card number from a check on the
// value (zero-width spaces written between the digits, or every key taken by the page so no input event fires).

import { badgeText, settledSummary } from '../support/extension';
import { expect, test } from '../support/fixtures';

const fieldsOf = async (page: Parameters<typeof badgeText>[0]) => (await settledSummary(page)).fields.map((f) => `${f.kind} #${f.id}`).sort();

test('labels broken by <rp> letters (hidden by the browser itself): the three fields are found and the badge warns', async ({ page, sites }) => {
  await page.goto(sites.url('http://news-example.cn/hidden-letters.html'));
  // Focused, not clicked: the page's scan already finds the card field, so the danger banner comes at load, and #a
  // sits in the band it covers at the top of the window. A click made before the banner came reached the field; one
  // made after (a busy machine) was the banner's, and Playwright waited for the field until the test timed out.
  await page.locator('#a').focus();
  await expect.poll(() => fieldsOf(page), { timeout: 5_000 }).toEqual(['card-number #a', 'card-pin #b', 'otp #c']);
  expect(await badgeText(page)).toMatch(/^!!?$/);
});

test('labels broken by letters a style sheet hides or shrinks to nothing, or drawn by ::before or <svg>: each field is found at its focus', async ({ page, sites }) => {
  await page.goto(sites.url('http://news-example.cn/hidden-letters-css.html'));
  // The scan reads no layout: before a focus, nothing.
  expect((await settledSummary(page)).fields).toEqual([]);
  expect(await badgeText(page)).toBe('');
  await page.locator('#a').click();
  await expect.poll(() => fieldsOf(page), { timeout: 5_000 }).toEqual(['card-number #a']);
  expect(await badgeText(page)).toMatch(/^!!?$/);
  for (const id of ['b', 'c', 'd']) await page.locator(`#${id}`).click();
  await expect
    .poll(() => fieldsOf(page), { timeout: 5_000 })
    .toEqual(['card-number #a', 'card-number #d', 'card-pin #b', 'otp #c']);
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
});

for (const [what, id] of [
  ['rewritten with zero-width spaces between the groups', 'a'],
  ['taken key by key by the page (beforeinput cancelled: no input event)', 'b'],
] as const) {
  test(`a card number typed into a box that says nothing, ${what}, gives "!" and the card field`, async ({ page, sites }) => {
    await page.goto(sites.url('http://news-example.cn/invisible-separators.html'));
    expect((await settledSummary(page)).fields).toEqual([]);
    expect(await badgeText(page)).toBe('');
    await page.locator(`#${id}`).click();
    await page.keyboard.type('4111111111111111');
    // The page did what it meant to (the guard only listened).
    expect(await page.locator(`#${id}`).inputValue()).toBe(id === 'a' ? '4111\u200b1111\u200b1111\u200b1111' : '4111111111111111');
    await expect.poll(() => fieldsOf(page), { timeout: 5_000 }).toEqual([`card-number #${id}`]);
    expect(await badgeText(page)).toBe('!');
  });
}
