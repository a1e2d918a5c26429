// Forms that are not there at load time: one inserted by script 2 s after load, one inside a
// cross-origin iframe. Both must be caught like a form in the page's first HTML. And a page that has not
// finished loading: the guard waits for the load, unless someone focuses a field first.

import type { Frame } from '@playwright/test';
import { badgeText, nextPage, extensionId, readWarnings, settledSummary, tabIdOf, tabSummary, waitFor } from '../support/extension';
import { expect, test } from '../support/fixtures';

test('a form inserted 2 s after load is caught', async ({ page, sites }) => {
  await page.goto(sites.url('http://taobao-tuikuan.cn/'));
  // Before the form arrives: the page asks for nothing, so no danger and no banner.
  expect(await page.locator('#late-form').count()).toBe(0);
  await page.waitForTimeout(800);
  expect(await page.locator('#late-form').count()).toBe(0);
  expect(await badgeText(page)).not.toBe('!!');
  expect((await readWarnings(page)).filter((w) => w.visible)).toEqual([]);

  // The page inserts its form at 2 s.
  await page.locator('#late-form').waitFor({ state: 'attached', timeout: 5_000 });
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible), 5_000);
  expect(warnings.filter((w) => w.visible)).toHaveLength(1);
});

test('a form inside a cross-origin iframe is caught', async ({ page, sites }) => {
  await page.goto(sites.url('http://parcel-claim.cn/'));
  const frame = await waitFor(
    async () => page.frames().find((f) => new URL(f.url()).hostname === 'pay-frame.cn') ?? null,
    (f): f is Frame => f !== null,
  );
  expect(frame, 'the claim iframe loaded').not.toBeNull();
  await frame!.locator('#card').waitFor();
  // The top page has no field at all; the card number and code sit in the frame, served over plain http.
  expect(await page.locator('input').count()).toBe(0);
  await expect.poll(() => badgeText(page)).toBe('!!');
  // The danger banner goes to the top of the tab, whichever frame found the danger.
  const banner = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  expect(banner.filter((w) => w.visible)).toHaveLength(1);
  // Focusing the card field inside the frame shows the anchored warning there, next to the field.
  const card = frame!.locator('#card');
  await card.click();
  const inFrame = await waitFor(() => readWarnings(frame!), (w) => w.some((x) => x.visible));
  const warning = inFrame.filter((w) => w.visible);
  expect(warning).toHaveLength(1);
  const field = (await card.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }))!;
  const panel = warning[0]!.panel!;
  const dx = Math.max(0, panel.x - (field.x + field.width), field.x - (panel.x + panel.width));
  const dy = Math.max(0, panel.y - (field.y + field.height), field.y - (panel.y + panel.height));
  expect(Math.hypot(dx, dy)).toBeLessThan(40);
});

test('a form in a frame of its own site is judged with the page around it', async ({ context, page, sites }) => {
  // The form on its own: a card and a code on an unknown https site, with no brand and no story: "!".
  const alone = await context.newPage();
  await alone.goto(sites.url('https://card-upgrade.cn/form.html'));
  expect((await settledSummary(alone)).level).toBe('caution');
  await alone.close();
  // The same form framed in a page that says it is the central bank: the page a person sees claims a money
  // brand the site does not own, so the frame's card and code are "!!".
  await page.goto(sites.url('https://card-upgrade.cn/'));
  await page.frameLocator('#form').locator('#card').waitFor();
  expect(await page.locator('input').count(), 'the top page itself has no field').toBe(0);
  await expect.poll(() => badgeText(page)).toBe('!!');
});

test('a form in a frame of another site is judged with what the top page claims', async ({ context, page, sites }) => {
  const alone = await context.newPage();
  await alone.goto(sites.url('https://form-host.cn/'));
  expect((await settledSummary(alone)).level).toBe('caution');
  await alone.close();
  // The frame cannot read the top page; the background knows the top page's claim from its own scan.
  await page.goto(sites.url('https://card-upgrade.cn/cross.html'));
  await page.frameLocator('#form').locator('#card').waitFor();
  await expect.poll(() => badgeText(page)).toBe('!!');
});

test('a form in a frame of another site is judged with the story the top page tells only in its text', async ({ page, sites }) => {
  // The top page asks for nothing, so it reports only its title until the background asks it for its text.
  await page.goto(sites.url('https://card-upgrade.cn/story.html'));
  await page.frameLocator('#form').locator('#card').waitFor();
  await expect.poll(() => badgeText(page)).toBe('!!');
  expect((await settledSummary(page)).rules).toContain('card-and-code-with-scam-script');
});

test('a form written into an about:blank iframe is caught, and warned about inside the frame', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/blank-frame.html'));
  const frame = page.frameLocator('#pay');
  await frame.locator('#card').waitFor();
  expect(await page.locator('input').count(), 'the top page itself has no field').toBe(0);
  // The blank frame's own content script (match_about_blank) gates and gets the scanner injected there.
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  // The danger banner at the top of the tab; then, on focus, the anchored warning inside the blank frame (same
  // process: the page's DOM snapshot reaches into the frame's document).
  await waitFor(() => readWarnings(page), (w) => w.filter((x) => x.visible).length === 1, 5_000);
  await frame.locator('#card').click();
  const warnings = await waitFor(() => readWarnings(page), (w) => w.filter((x) => x.visible).length === 2, 5_000);
  expect(warnings.filter((w) => w.visible)).toHaveLength(2);
});

for (const [kind, file] of [
  ['a srcdoc iframe', 'srcdoc-frame.html'],
  ['a sandboxed srcdoc iframe (an opaque origin, no scripts)', 'sandbox-frame.html'],
  ['a data: URL iframe', 'data-frame.html'],
  ['a blob: URL iframe', 'blob-frame.html'],
  ['an about:blank iframe that stays empty until 1.5 s after load', 'blank-frame-late.html'],
] as const) {
  test(`a form in ${kind} is caught`, async ({ page, sites }) => {
    await page.goto(sites.url(`http://alipay-refund.cn/${file}`));
    await page.frameLocator('#pay').locator('#card').waitFor();
    expect(await page.locator('input').count(), 'the top page itself has no field').toBe(0);
    // Without the frame's own scan the page is only "!" (a lookalike host and refund words, no field).
    await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  });
}

test('a card field focused while the page is still loading is caught at once', async ({ page, sites }) => {
  // The page's last script never arrives while the test runs, so the document stays "loading".
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/held.js', async (route) => {
    await held;
    await route.fulfill({ contentType: 'text/javascript', body: '' }).catch(() => {});
  });
  try {
    await page.goto(sites.url('http://alipay-refund.cn/still-loading.html'), { waitUntil: 'commit' });
    await page.locator('#card').waitFor();
    // The guard waits for the page to load and go idle: nothing yet, however long the page takes.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
    expect(await badgeText(page)).toBe('');
    // Someone clicks into the card field: the guard starts now, on the part of the page that is there.
    await page.locator('#card').click();
    await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
    expect(await page.evaluate(() => document.readyState)).toBe('loading');
  } finally {
    release();
  }
});

test('a form in a closed shadow root near the top of the page is caught at load, and warns at a focus into it', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/closed-shadow.html'));
  // Page scripts (and element.shadowRoot) see no field: the form is in a closed shadow root.
  expect(await page.evaluate(() => [document.querySelectorAll('input').length, document.getElementById('pay')!.shadowRoot])).toEqual([0, null]);
  // Each scan asks the browser about the body's top elements for closed roots (platform/closed-shadow-root.ts
  // shallowClosedRoots): this one is found at load, before any focus (it was "!" until a focus before that).
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  // Tab moves focus to the root's first field (the card number): a trusted focus, as a person's.
  await page.keyboard.press('Tab');
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  // The banner, then the anchored warning beside the focused field. One warning host holds both; once the field
  // has focus its text names the field, and its panels reach down beside the form (the banner alone ends above).
  const named = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible && x.text.includes('银行卡号'));
  const warnings = named(await waitFor(() => readWarnings(page), (w) => named(w).length > 0, 5_000));
  expect(warnings).toHaveLength(1);
  const pay = (await page.locator('#pay').boundingBox())!;
  const panel = warnings[0]!.panel!;
  expect(panel.y + panel.height, `panels ${JSON.stringify(panel)}, form ${JSON.stringify(pay)}`).toBeGreaterThan(pay.y + pay.height / 2);
  // Tab on to the card password: focus moves inside the root (it never reaches the document), the warning follows.
  await page.keyboard.press('Tab');
  const pin = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible && x.text.includes('“银行卡或支付密码”'));
  const after = pin(await waitFor(() => readWarnings(page), (w) => pin(w).length > 0, 5_000));
  expect(after).toHaveLength(1);
  expect(after[0]!.text).not.toContain('“银行卡号”');
});

test('a card number asked for in an editable box (no form field at all) is caught once someone focuses it', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/editable-boxes.html'));
  expect(await page.evaluate(() => document.querySelectorAll('input, select, textarea').length)).toBe(0);
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!');
  await page.locator('#card').click();
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  const named = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible && x.text.includes('银行卡号'));
  expect(named(await waitFor(() => readWarnings(page), (w) => named(w).length > 0, 5_000))).toHaveLength(1);
});

test('a card number typed into an editable box with no words around it makes the page "danger"', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/editable-boxes.html'));
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!');
  // The box after 其他说明 asks for nothing; a Luhn-valid card number typed into it is tested in place.
  await page.locator('#note').click();
  await page.keyboard.type('4111 1111 1111 1111');
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
});

test('a card number typed into a box the page draws itself (role="textbox", no input event) makes the page "danger"', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/editable-boxes.html'));
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!');
  await page.locator('#drawn').click();
  await page.keyboard.type('4111 1111 1111 1111');
  expect(await page.locator('#drawn').textContent()).toBe('4111 1111 1111 1111');
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
});

test('a page that stops focus and input events at the window still gets the field warning and the typed-card check', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/swallow-events.html'));
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  await page.waitForTimeout(500);
  await page.locator('#card').focus();
  const named = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible && x.text.includes('“银行卡号”'));
  expect(named(await waitFor(() => readWarnings(page), (w) => named(w).length > 0, 5_000))).toHaveLength(1);
  // A card number typed into the remark box (nothing there asks for a card) is tested in place all the same.
  await page.locator('#note').focus();
  await page.keyboard.type('4111 1111 1111 1111');
  const reader = await page.context().newPage();
  try {
    await reader.goto(`chrome-extension://${await extensionId(page.context())}/options.html`);
    const tabId = await tabIdOf(page);
    const remark = await waitFor(
      () => tabSummary(reader, tabId),
      (s) => s?.fields.some((f) => f.name === 'remark' && f.kind === 'card-number') === true,
      5_000,
    );
    expect(remark?.fields.filter((f) => f.name === 'remark').map((f) => f.kind), JSON.stringify(remark)).toEqual(['card-number']);
  } finally {
    await reader.close();
  }
});

for (const [query, what] of [
  ['', ''],
  // The page puts the guard's run-once mark (guard.content/run-once.ts) on the window it opened: the mark lives in
  // the extension's isolated world, so this must change nothing.
  ['?marked', ', also when the page puts our run-once mark on that window first'],
] as const) {
  test(`a refund form written into a new about:blank window is caught there (the address bar shows no site)${what}`, async ({ page, sites }) => {
    await page.goto(sites.url(`http://alipay-refund.cn/blank-popup.html${query}`));
    await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!');
    const [popup] = await Promise.all([nextPage(page.context()), page.locator('#open').click()]);
    await popup.locator('#card').waitFor();
    expect(await popup.evaluate(() => location.href)).not.toContain('alipay-refund.cn');
    // Judged by the site that opened and wrote it: its lookalike host, and now the fields.
    await expect.poll(() => badgeText(popup), { timeout: 5_000 }).toBe('!!');
    await popup.close();
  });
}

test('the warning still closes with Escape after the page rewrote itself while it showed', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/rewrite-step2.html'));
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  const shown = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible && x.text.includes('“银行卡号”'));
  // The danger banner covers the top of the page, where the field is: focus it as a script would (a trusted
  // focus event all the same).
  await page.locator('#card').focus();
  await waitFor(() => readWarnings(page), (w) => shown(w).length > 0, 5_000);
  // 1.5 s after that focus the page writes step 2 over itself (document.open() removes every listener).
  await page.locator('#card2').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(1_000);
  await page.locator('#card2').focus();
  await waitFor(() => readWarnings(page), (w) => shown(w).length > 0, 5_000);
  await page.keyboard.press('Escape');
  await expect.poll(async () => shown(await readWarnings(page)).length, { timeout: 3_000 }).toBe(0);
});

test('a page that rewrites itself with document.open() is caught, and warned about at the field', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/rewrite.html'));
  // document.open() removes every listener on the window and the document, the extension's too.
  await page.locator('#card').waitFor({ timeout: 10_000 });
  await expect.poll(() => badgeText(page), { timeout: 5_000 }).toBe('!!');
  // Focus only once the guard is done with the new page (no scan answer pending that could show it anyway):
  // then only the guard's own focus listener can bring the warning.
  await page.waitForTimeout(1_500);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('card');
  const named = (w: Awaited<ReturnType<typeof readWarnings>>) => w.filter((x) => x.visible && x.text.includes('“银行卡号”'));
  expect(named(await waitFor(() => readWarnings(page), (w) => named(w).length > 0, 5_000))).toHaveLength(1);
});
