// A refund story pushed past the 50,000-character page-text cap by filler no one sees (red-team round 4, finding 1).
// The page text keeps only its start; a kit put 77,000 characters of filler before its story (a display:none block,
// 2px white text in a small box drawn below the form, spans moved off the page), so the card-and-code page was "!"
// with no banner instead of "!!", and in a two-step kit the code page on another site then got no warning at all.
// Past the cap the page text is now what a person sees, and its start with the text nearest the first field
// (sensor/page-text-window.ts): each padded page reads as its unpadded control. An honest long article with an SMS
// login stays without a badge, with the login at its top or below a block-quoted crook's script at its end.
// Fixtures: tests/fixtures/sites/peifu-dengji.cn (fake claim pages), changwen-zixun.cn (the article), both https so
// that the story, not the scheme, decides; sms-verify.cn (a code page of another site).

import { badgeText, readWarnings, settledSummary, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';

test('the unpadded claim page (the control): "!!" and the banner at load', async ({ page, sites }) => {
  await page.goto(sites.url('https://peifu-dengji.cn/'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  expect((await settledSummary(page)).rules).toContain('card-and-code-with-scam-script');
});

for (const [what, path] of [
  ['a display:none block of filler first', '/hidden.html'],
  ['2px white filler first in the source, drawn below the form', '/tiny.html'],
  ['filler spans moved off the page', '/offscreen.html'],
  // No text at all, but past the walk's limit: read whole without a question about layout (the cost case).
  ['40,000 empty divs first', '/empty-divs.html'],
] as const) {
  test(`a claim page with ${what}: "!!" and the banner, as without it`, async ({ page, sites }) => {
    await page.goto(sites.url(`https://peifu-dengji.cn${path}`));
    await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
    expect((await settledSummary(page)).rules).toContain('card-and-code-with-scam-script');
    const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
    expect(warnings.filter((w) => w.visible)).toHaveLength(1);
  });
}

test('the code page of another site after a padded card page with a story gets "!"', async ({ page, sites }) => {
  await page.goto(sites.url('https://peifu-dengji.cn/step1.html'));
  await expect.poll(() => badgeText(page), { timeout: 8_000 }).toBe('!!');
  await page.goto(sites.url('https://sms-verify.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  expect((await settledSummary(page)).rules[0]).toBe('code-after-fake-card-page-elsewhere');
});

for (const [what, path] of [
  ['in its header', '/'],
  ['below a block-quoted crook\'s script at its end', '/comments.html'],
] as const) {
  test(`an honest article of 90,000 characters with an SMS-code login ${what}: no badge`, async ({ page, sites }) => {
    await page.goto(sites.url(`https://changwen-zixun.cn${path}`));
    const summary = await settledSummary(page);
    expect(summary.fields.map((f) => f.kind).sort()).toEqual(['otp', 'phone']);
    // A scan's text can come a moment after its fields (the page readers are injected at the first need).
    await page.waitForTimeout(2_500);
    expect(await badgeText(page)).toBe('');
    expect((await settledSummary(page)).level).toBe('none');
  });
}
