// The in-page warning: the anchored warning next to a code field on a caution page, and the danger
// banner surviving a page script that removes it.

import { inWarningShadows, readWarnings, waitFor, badgeText, WARNING_HOST, WARNING_MARK, type Box } from '../support/extension';
import { FONT_STACK } from '../../src/warning-ui/styles';
import { expect, test } from '../support/fixtures';
import type { Page } from '@playwright/test';
import { message } from '../support/messages';
import { COVER_VARIANTS } from '../support/cover-variants';

test('focusing a code field on a caution page shows the anchored warning next to it', async ({ page, sites }) => {
  await page.goto(sites.url('https://shop-example.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!');
  // Caution: nothing in the page until the user goes to type.
  expect((await readWarnings(page)).filter((w) => w.visible)).toEqual([]);

  const code = page.locator('#otp');
  await code.click();
  const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  const visible = warnings.filter((w) => w.visible);
  expect(visible).toHaveLength(1);
  const warning = visible[0]!;
  expect(warning.shadowMode).toBe('closed');
  expect(warning.text.length).toBeGreaterThan(10);

  // Anchored: the warning's box sits against the field's box (above, below or beside it), and it is a
  // box of its own, not a banner across the page.
  const field = (await code.boundingBox())!;
  const panel = warning.panel!;
  const dx = Math.max(0, panel.x - (field.x + field.width), field.x - (panel.x + panel.width));
  const dy = Math.max(0, panel.y - (field.y + field.height), field.y - (panel.y + panel.height));
  expect(Math.hypot(dx, dy)).toBeLessThan(40);
  // …and never over the field it is about.
  expect(dx > 0 || dy > 0).toBe(true);
  expect(panel.width).toBeLessThan(page.viewportSize()!.width * 0.8);
  // The field keeps the focus: the warning does not steal it, and the user can still type.
  expect(await code.evaluate((el) => el === document.activeElement)).toBe(true);
});

test('a code field the page keeps off the screen (moved away, or shrunk to nothing) still gets its warning, inside the window', async ({ page, sites }) => {
  const viewport = page.viewportSize()!;
  for (const id of ['otp', 'otp2']) {
    await page.goto(sites.url('https://shop-example.cn/hidden-field.html'));
    await expect.poll(() => badgeText(page)).toBe('!');
    expect((await readWarnings(page)).filter((w) => w.visible), id).toEqual([]);
    const field = page.locator(`#${id}`);
    await field.focus();
    await page.keyboard.type('1');
    const warnings = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.panel !== null));
    const panel = warnings.find((w) => w.visible)!.panel!;
    expect(panel.width, id).toBeGreaterThan(100);
    expect(panel.x, id).toBeGreaterThanOrEqual(0);
    expect(panel.y, id).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width, id).toBeLessThanOrEqual(viewport.width);
    expect(panel.y + panel.height, id).toBeLessThanOrEqual(viewport.height);
  }
});

test('a page script that removes the banner does not get rid of it', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/tamper.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  // The fixture page's own script removes the warning the moment it appears…
  await expect.poll(() => page.evaluate(() => document.body.dataset.removedWarning ?? '')).toBe('yes');
  // …and the banner comes back.
  const back = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  expect(back.filter((w) => w.visible)).toHaveLength(1);

  // Removing it again from page script, long after load, brings it back too.
  // (Counted in the same task as the removal: the extension may put it back before the next one.)
  const leftRightAfterRemoval = await page.evaluate((selector) => {
    for (const el of document.querySelectorAll(selector)) el.remove();
    return document.querySelectorAll(selector).length;
  }, WARNING_HOST);
  expect(leftRightAfterRemoval).toBe(0);
  const again = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  expect(again.filter((w) => w.visible)).toHaveLength(1);
});

test('a page that defined a custom element under a warning-like name before we came cannot take over the warning', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/custom-element.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  // The banner shows, in our own closed shadow root, and the page's constructor never ran on it.
  const banner = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  expect(banner.filter((w) => w.visible).map((w) => w.shadowMode)).toEqual(['closed']);
  // The field warning too, at a focus.
  await page.locator('#sms').focus();
  const shown = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes(message('zh_CN', 'warnKindOtp'))));
  expect(shown.some((x) => x.visible && x.text.includes(message('zh_CN', 'warnKindOtp')))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { constructedHosts: number }).constructedHosts)).toBe(0);
});

test('a page whose Content-Security-Policy forbids inline styles still gets the banner and the field warning, styled', async ({ page, sites }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(sites.url('http://alipay-refund.cn/strict-csp.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  // Styled: the banner spans the top or the bottom of the window (unstyled, it would be a line of text in the flow).
  // (The CSP drops the page's own inline style: its card field moves up, under where the banner would be at the top.)
  const banner = (await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible))).find((x) => x.visible)!;
  expect(banner.panel!.y === 0 || Math.round(banner.panel!.y + banner.panel!.height) === 700).toBe(true);
  expect(banner.panel!.width).toBe(1000);
  await page.locator('input[name="smsCode"]').focus();
  const kind = message('zh_CN', 'warnKindOtp');
  const shown = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes(kind)));
  expect(shown.some((x) => x.visible && x.text.includes(kind))).toBe(true);
});

/** What is on top of the page's top layer (painted last): 'warning' for our host, else the element's tag name. */
async function topLayerReader(page: Page): Promise<{ topmost: () => Promise<string>; detach: () => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const topmost = async (): Promise<string> => {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = (await cdp.send('DOM.getTopLayerElements')) as { nodeIds: number[] };
    const last = nodeIds.at(-1);
    if (last === undefined) return 'none';
    const { node } = (await cdp.send('DOM.describeNode', { nodeId: last })) as { node: { localName: string; attributes?: string[] } };
    return node.attributes?.includes(WARNING_MARK) ? 'warning' : node.localName;
  };
  return { topmost, detach: () => cdp.detach() };
}

test('a code field in a modal dialog the page opens later: at its focus, the warning goes above the dialog and its backdrop', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/modal-code.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  // The page's modal opens after our banner: it went above us in the top layer, its white backdrop over us.
  await expect.poll(() => page.evaluate(() => document.querySelector('dialog:modal') !== null)).toBe(true);
  const { topmost, detach } = await topLayerReader(page);
  // The person goes to type the code: the warning shows above the dialog (and the banner with it).
  await page.locator('#sms').focus();
  const kind = message('zh_CN', 'warnKindOtp');
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes(kind)));
  await expect.poll(topmost).toBe('warning');
  await detach();
});

for (const { what, query } of COVER_VARIANTS) {
  test(`a page that covers the danger banner with ${what} of its own, opened once our warning shows, does not keep it covered`, async ({ page, sites }) => {
    await page.goto(sites.url(`http://alipay-refund.cn/modal-cover.html${query}`));
    await expect.poll(() => badgeText(page)).toBe('!!');
    await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
    // The page waits for our host and then opens its cover; nobody focuses anything.
    await expect.poll(() => page.evaluate(() => (window as unknown as { coverOpen: () => boolean }).coverOpen())).toBe(true);
    const { topmost, detach } = await topLayerReader(page);
    await expect.poll(topmost, { timeout: 3_000 }).toBe('warning');
    await detach();
  });
}

test('a page that closes its popover cover and opens it again does not keep the danger banner covered either', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/modal-cover.html?popover-again'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  const { topmost, detach } = await topLayerReader(page);
  // The same popover element, opened a second time after our host went above its first opening.
  await expect.poll(() => page.evaluate(() => (window as unknown as { coverRound: number }).coverRound), { timeout: 10_000 }).toBe(2);
  await expect.poll(topmost, { timeout: 3_000 }).toBe('warning');
  await detach();
});

test("an honest shop's own dialog opened after our caution card (its bank's verification step) stays above the card", async ({ page, sites }) => {
  await page.goto(sites.url('https://shop-example.cn/secure-step.html'));
  await expect.poll(() => badgeText(page)).toBe('!');
  await page.locator('#cc').focus();
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible));
  await expect.poll(() => page.evaluate(() => document.querySelector('dialog:modal') !== null)).toBe(true);
  const { topmost, detach } = await topLayerReader(page);
  // Longer than the host's checks (a popover look every 500 ms, raises at most every 250 ms).
  await page.waitForTimeout(1_500);
  expect(await topmost()).toBe('dialog');
  await detach();
});

test('a code asked for in a text area is a code field: "!!" and the warning at it; a message box is no field', async ({ page, sites }) => {
  await page.goto(sites.url('https://claim-desk.cn/textarea.html'));
  expect(await page.locator('input').count(), 'no input on the page').toBe(0);
  await expect.poll(() => badgeText(page)).toBe('!!');
  // The banner covers the top of the page; a warning at the code box reaches down to it (banner and field
  // warning share one host, so its panel is the union of both).
  const field = (await page.locator('#sms').boundingBox())!;
  const reach = async () => Math.max(0, ...(await readWarnings(page)).filter((w) => w.visible && w.panel).map((w) => w.panel!.y + w.panel!.height));
  expect(await reach()).toBeLessThan(field.y);
  await page.locator('#sms').click();
  await expect.poll(reach).toBeGreaterThan(field.y);
  // The message box asks for nothing: moving on to it (Tab: the card below the code box covers it) takes the
  // field warning away, the banner stays.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
  await expect.poll(reach).toBeLessThan(field.y);
  expect(await reach()).toBeGreaterThan(0);
});

test('the danger banner is at the bottom while a field it would cover at the top is on the page, with its warning too', async ({ page, sites }) => {
  // A small window, and a code field right under the page's heading: where the banner would lie at the top.
  // (Before, it lay over the field until the field had its warning: banner-clear-of-field.spec.ts.)
  await page.setViewportSize({ width: 900, height: 560 });
  await page.goto(sites.url('https://xueji-zhuxiao.cn/'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  await page.locator('#next').click();
  await page.waitForURL(/verify\.html$/);
  await expect.poll(() => badgeText(page)).toBe('!!');
  const centre = () =>
    page.evaluate(() => {
      const r = document.getElementById('code')!.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.id ?? '';
    });
  // The field is free before anyone goes to it ...
  await expect.poll(centre).toBe('code');
  await page.locator('#code').focus();
  // ... and with its warning showing, free to type in (and to read the warning beside it) ...
  await expect.poll(centre).toBe('code');
  const shown = await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes('验证码')));
  const panel = shown.find((w) => w.visible)!.panel!;
  // ... and the banner is still there, at the bottom of the window: the panel reaches down to it.
  expect(panel.y + panel.height).toBeGreaterThan(560 - 4);
  // Escape closes the card: the banner stays clear of the field.
  await page.keyboard.press('Escape');
  await page.waitForTimeout(600);
  expect(await centre()).toBe('code');
});

test('a squeezed warning ends its explanation under a whole line of text, never through one, and fades it when more follows', async ({ page, sites }) => {
  // Window heights where the code field's card has too little room below for all of its explanation (the
  // field sits at the same place in each): the explanation box is capped and scrolls.
  let capped = 0;
  let whole = 0;
  for (let height = 480; height <= 530; height += 3) {
    await page.setViewportSize({ width: 800, height });
    await page.goto(sites.url('http://alipay-refund.cn/'));
    await expect.poll(() => badgeText(page)).toBe('!!');
    await page.locator('#sms').focus();
    await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes('验证码')));
    const [lines] = (await inWarningShadows<LinesView | null>(page, READ_LINES)).map((v) => v.value);
    if (!lines) continue;
    capped++;
    // No line box runs across the box's lower edge: what shows ends with a whole line.
    expect(lines.straddling, `window height ${height}`).toEqual([]);
    // The last line shown fades exactly when some text lies below it.
    expect(lines.more, `window height ${height}`).toBe(lines.hidden > 0);
    if (lines.hidden === 0) whole++;
  }
  // The heights tried squeezed the card, with text left to scroll to at some and all of it shown at others
  // (else the test would check less than it says).
  expect(capped - whole).toBeGreaterThan(0);
  expect(whole).toBeGreaterThan(0);
});

interface LinesView {
  more: boolean;
  /** Line boxes across the box's lower edge (top, bottom, edge). */
  straddling: number[][];
  /** Line boxes wholly below that edge (scrolled out of view). */
  hidden: number;
}

/** The capped explanation box of the field card, or null when it is not capped (or not shown). */
const READ_LINES = `function () {
  var lines = this.querySelector('.card .lines');
  if (!lines || getComputedStyle(lines).display === 'none' || !lines.style.maxHeight) return null;
  var edge = lines.getBoundingClientRect().top + lines.clientHeight;
  var straddling = [];
  var hidden = 0;
  lines.querySelectorAll('p').forEach(function (p) {
    var range = document.createRange();
    range.selectNodeContents(p);
    Array.prototype.forEach.call(range.getClientRects(), function (b) {
      if (b.top < edge - 1 && b.bottom > edge + 1) straddling.push([b.top, b.bottom, edge]);
      else if (b.top >= edge - 1) hidden++;
    });
  });
  return { more: lines.classList.contains('more'), straddling: straddling, hidden: hidden };
}`;

test('a page that zooms its document element down (and its body back up) does not shrink the warning', async ({ page, sites }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(sites.url('http://alipay-refund.cn/zoomed.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  // What a person sees is tested by hit testing (the warning's shadow root is closed: a hit on it lands on its
  // host): the banner spans the top of the window at its usual height, not a tenth of it …
  const hitsWarning = (x: number, y: number) =>
    page.evaluate(([px, py, mark]) => document.elementFromPoint(px!, py!)?.hasAttribute(mark as string) ?? false, [x, y, WARNING_MARK] as const);
  await expect.poll(() => hitsWarning(500, 40)).toBe(true);
  expect(await hitsWarning(900, 60)).toBe(true);
  // … also when a page script zooms the document element further while the banner shows, through a style sheet
  // it adopts (no DOM change anyone could observe) …
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('html { zoom: 0.01 !important; } body { zoom: 100 !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).zoom)).toBe('0.01');
  await expect.poll(() => hitsWarning(500, 40)).toBe(true);
  expect(await hitsWarning(900, 60)).toBe(true);
  // … and the field's warning sits next to the field, full size.
  await page.locator('#sms').focus();
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes('验证码')));
  const field = (await page.locator('#sms').boundingBox())!;
  const beside = [
    [field.x + field.width / 2, field.y + field.height + 60],
    [field.x + field.width + 120, field.y + 30],
    [field.x + field.width / 2, field.y - 60],
  ];
  const hits = await Promise.all(beside.map(([x, y]) => hitsWarning(x!, y!)));
  expect(hits.some(Boolean)).toBe(true);
});

/**
 * What is painted on top at the centre of the warning's part `selector` ('.card', '.banner'): that part's class when
 * it is ours, `::before`/`::after` for a pseudo-element (the host's, styled by the page), else the element's tag.
 * The DevTools protocol's hit test (pointer-events ignored, so it says what is painted, not what takes clicks): page
 * script's elementFromPoint cannot tell, as it answers the host both for our closed root's content and for the
 * host's own pseudo-elements.
 */
async function paintedOver(page: Page, selector: string): Promise<string> {
  const [box] = (await inWarningShadows<Box | null>(page, `function () {
    var el = this.querySelector(${JSON.stringify(selector)});
    if (!el || el.hidden) return null;
    var r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }`)).map((v) => v.value);
  if (!box) return 'not shown';
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { backendNodeId } = await cdp.send('DOM.getNodeForLocation', {
      x: Math.round(box.x + box.width / 2),
      y: Math.round(box.y + box.height / 2),
      ignorePointerEventsNone: true,
    });
    const { node } = await cdp.send('DOM.describeNode', { backendNodeId });
    if (node.pseudoType) return `::${node.pseudoType}`;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        var el = this.nodeType === 1 ? this : this.parentElement;
        var part = el && el.closest('.card, .banner');
        return part ? '.' + part.classList[0] : el ? el.localName : '?';
      }`,
    });
    return result.value as string;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

test("a page that styles the warning host's ::before and ::after as a white sheet over the window does not cover the banner or the card", async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/pseudo-cover.html'));
  await expect.poll(() => badgeText(page)).toBe('!!');
  // The page's sheet is in force (its own elements' ::after are the white sheet too) …
  expect(await page.evaluate(() => getComputedStyle(document.body, '::after').position)).toBe('fixed');
  // … and the banner is painted above it, then the card at the code field too (without the fix: '::after').
  await expect.poll(() => paintedOver(page, '.banner')).toBe('.banner');
  await page.locator('#sms').focus();
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes('验证码')));
  await expect.poll(() => paintedOver(page, '.card')).toBe('.card');
  expect(await paintedOver(page, '.banner')).toBe('.banner');
});

interface TextScale {
  part: string;
  /** Text width per character, in ems of the element's font size (about 1 for Chinese, 0.5 or more for Latin). */
  emPerChar: number;
  /** The shortest line box of the text, in ems (about 1.2 for a usual font; a font shrunk to a tenth gives 0.1). */
  lineEm: number;
}

/** The card's and the banner's title and action text: how large each is drawn for its font size. */
const READ_TEXT_SCALE = `function () {
  var self = this;
  var out = [];
  ['.card .title span:not(.mark)', '.card .action', '.banner .title span:not(.mark)', '.banner .action'].forEach(function (selector) {
    var el = self.querySelector(selector);
    if (!el || el.getClientRects().length === 0) return;
    var size = parseFloat(getComputedStyle(el).fontSize);
    var range = document.createRange();
    range.selectNodeContents(el);
    var rects = Array.prototype.filter.call(range.getClientRects(), function (r) { return r.width > 0; });
    var width = rects.reduce(function (sum, r) { return sum + r.width; }, 0);
    var chars = (el.textContent || '').replace(/\\s+/g, '').length;
    out.push({
      part: selector,
      emPerChar: width / size / chars,
      lineEm: Math.min.apply(null, rects.map(function (r) { return r.height; })) / size
    });
  });
  return out;
}`;

test('a page that redefines every font family name with @font-face, shrunk to a tenth, does not shrink the warning text', async ({ page, sites }) => {
  await page.goto(sites.url('http://alipay-refund.cn/font-face.html'));
  // The same for each family FONT_STACK names now (so a name added to it later is tried too), quoted and bare.
  const families = FONT_STACK.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
  await page.addStyleTag({
    content: families
      .flatMap((name) => [`"${name}"`, name])
      .map((family) => `@font-face { font-family: ${family}; src: local("WenQuanYi Micro Hei"), local("DejaVu Sans"), local("Arial"); size-adjust: 10%; }`)
      .join('\n'),
  });
  // Every face the page declared is loaded before anything is measured: a face still loading draws in the fallback.
  const faces = await page.evaluate(async () => (await Promise.all([...document.fonts].map((face) => face.load().catch(() => face)))).length);
  expect(faces).toBeGreaterThan(10);
  await expect.poll(() => badgeText(page)).toBe('!!');
  await page.locator('#sms').focus();
  await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible && x.text.includes('验证码')));
  const [parts] = (await inWarningShadows<TextScale[]>(page, READ_TEXT_SCALE)).map((v) => v.value ?? []);
  expect(parts!.map((p) => p.part)).toEqual(['.card .title span:not(.mark)', '.card .action', '.banner .title span:not(.mark)', '.banner .action']);
  for (const { part, emPerChar, lineEm } of parts!) {
    expect(emPerChar, part).toBeGreaterThan(0.5);
    expect(lineEm, part).toBeGreaterThan(0.8);
  }
});
