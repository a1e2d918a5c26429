// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanSteps } from '../entrypoints/scanner/page-facts';
import { drawnPadOf, isDrawnPad } from './drawn-pad';
import { PAD_PROMPT } from './pad-prompt';
import { isPinPad, pinPadOf } from './pin-pad';

// jsdom lays nothing out and computes no background: each element's box is stood in for by its data-w/data-h
// (CSS pixels, 0 without), and a background image by data-bg.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const width = Number(this.getAttribute('data-w') ?? 0);
    const height = Number(this.getAttribute('data-h') ?? 0);
    return { width, height, x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, toJSON: () => ({}) } as DOMRect;
  });
  vi.spyOn(globalThis, 'getComputedStyle').mockImplementation((el, pseudo) =>
    pseudo ? ({ content: 'none' } as CSSStyleDeclaration) : ({ backgroundImage: el.hasAttribute('data-bg') ? 'url("keys.png")' : 'none' } as CSSStyleDeclaration),
  );
});
afterEach(() => void vi.restoreAllMocks());

const DOTS = `<div class="dots">${'<i data-w="36" data-h="36"></i>'.repeat(6)}</div>`;
const CANVAS = '<canvas id="pad" data-w="300" data-h="240"></canvas>';
const IMG = '<img id="pad" src="keys.png" alt="" data-w="300" data-h="240">';
/** Transparent keys over a background image: the key pressed is one of them. */
const BG = `<div id="pad" data-bg data-w="300" data-h="240">${'<b data-w="100" data-h="60"></b>'.repeat(12)}</div>`;
const SVG = '<svg id="pad" data-w="300" data-h="240"><g><rect id="key" width="100" height="60"></rect></g></svg>';

function page(html: string): void {
  document.body.innerHTML = html;
}
const pad = (): Element => document.getElementById('pad')!;

describe('drawnPadOf: a pad with no digit in the DOM, found at a press', () => {
  it.each([
    ['a canvas, the dots before it', `<h1>退款到账验证</h1><div>请输入银行卡密码</div>${DOTS}<div id="slot">${CANVAS}</div>`, '#pad'],
    ['a canvas with no dots in the DOM (drawn on it too)', `<div>请输入银行卡密码</div>${CANVAS}`, '#pad'],
    ['an image, the dots before it', `<p>请输入支付密码</p>${DOTS}${IMG}`, '#pad'],
    ['a background image, a transparent key pressed', `<p>请输入银行卡取款密码</p>${DOTS}${BG}`, '#pad b:nth-child(5)'],
    ['an svg, a shape in it pressed', `<p>请输入交易密码</p>${DOTS}${SVG}`, '#key'],
    ['the dots inside the prompt block', `<div><p>请输入银行卡密码</p>${DOTS}</div>${IMG}`, '#pad'],
    ['the dots above the prompt', `${DOTS}<p>请输入银行卡密码</p>${IMG}`, '#pad'],
    ['dots filled once typed (●)', `<p>请输入银行卡密码</p><div>${'<i data-w="20" data-h="20">●</i>'.repeat(6)}</div>${IMG}`, '#pad'],
    ['traditional characters and a zero-width space', `<p>請輸入銀行卡密\u200b碼</p>${DOTS}${IMG}`, '#pad'],
    ['an English PIN prompt', `<p>Enter your card PIN</p>${DOTS}${IMG}`, '#pad'],
    ['a phone-wide keyboard', `<p>请输入支付密码</p>${DOTS}<img id="pad" data-w="414" data-h="216">`, '#pad'],
  ])('%s', (_name, html, pressed) => {
    page(html);
    expect(drawnPadOf(document.querySelector(pressed), PAD_PROMPT)).toBe(pad());
    // Through the number-pad reader, as the guard asks at a press, and kept at the scans after it.
    expect(pinPadOf(document.querySelector(pressed), PAD_PROMPT)).toBe(pad());
    expect(isPinPad(pad())).toBe(true);
  });

  it.each([
    // The sign-in form's own password input speaks for it; the chart is no pad.
    ['a chart drawn after a sign-in form', `<form><label>密码 <input type="password"></label></form>${CANVAS}`],
    ['a chart under a heading', `<h2>本月销售</h2>${CANVAS}`],
    ['a captcha canvas beside 验证码 (too small, too flat: a code to read, not a pad)', '<span>请输入验证码</span><canvas id="pad" data-w="100" data-h="40"></canvas>'],
    ['a click captcha (请依次点击)', `<p>请依次点击图中的文字</p>${CANVAS}`],
    ['a carousel picture with its five dots', `<h2>店铺相册</h2>${IMG}<div>${'<i data-w="10" data-h="10"></i>'.repeat(5)}</div>`],
    ['a tutorial screenshot under 输入支付密码 (an image needs the dots)', `<p>第二步：输入支付密码</p>${IMG}`],
    [
      'a tutorial screenshot under its own heading, a carousel and its dots above',
      `${IMG.replace('pad', 'photo')}<div>${'<i data-w="10" data-h="10"></i>'.repeat(5)}</div><h2>怎样设置支付密码</h2><p>第二步：输入支付密码</p>${IMG}`,
    ],
    ['an image after a long text mentioning 密码', `<p>${'本站不会向您索要密码，'.repeat(10)}</p>${DOTS}${IMG}`],
    ['a banner (too wide)', `<p>请输入支付密码</p>${DOTS}<img id="pad" data-w="900" data-h="120">`],
    ['a thumbnail (too small)', `<p>请输入支付密码</p>${DOTS}<img id="pad" data-w="80" data-h="60">`],
    ['a hidden canvas (no box)', '<p>请输入银行卡密码</p><canvas id="pad"></canvas>'],
    ['a box with text and a background image', `<p>请输入支付密码</p>${DOTS}<div id="pad" data-bg data-w="300" data-h="240">立即领取</div>`],
    ['a row of six boxes that are not equal', `<p>请输入支付密码</p><div>${[10, 20, 30, 10, 20, 30].map((w) => `<i data-w="${w}" data-h="10"></i>`).join('')}</div>${IMG}`],
  ])('is none: %s', (_name, html) => {
    page(html);
    expect(drawnPadOf(pad(), PAD_PROMPT)).toBeNull();
    expect(pinPadOf(pad(), PAD_PROMPT)).toBeNull();
  });

  it('is none when nothing drawn is pressed, or nothing at all', () => {
    page(`<p>请输入银行卡密码</p>${DOTS}<div id="pad" data-w="300" data-h="240"><span>立即领取</span></div>`);
    expect(drawnPadOf(pad().firstElementChild, PAD_PROMPT)).toBeNull();
    expect(drawnPadOf(null, PAD_PROMPT)).toBeNull();
  });

  it('a long text between the prompt and the pad does not hide it, nor does a heading that is the prompt', () => {
    page(`<h3>请输入银行卡密码</h3>${DOTS}<p style="display:none">${'说明'.repeat(100)}</p>${IMG}`);
    expect(drawnPadOf(pad(), PAD_PROMPT)).toBe(pad());
  });

  it('a hidden input in the prompt does not hide it (a visible control would be a field itself)', () => {
    page(`<p>请输入银行卡密码<input type="hidden" name="t"></p>${DOTS}${IMG}`);
    expect(drawnPadOf(pad(), PAD_PROMPT)).toBe(pad());
  });

  it('stops being a pad once the page hides it or writes text in it', () => {
    page(`<p>请输入支付密码</p>${DOTS}${BG}`);
    expect(isDrawnPad(pad())).toBe(true);
    pad().append('广告');
    expect(isDrawnPad(pad())).toBe(false);
    page(`<p>请输入支付密码</p>${DOTS}${IMG}`);
    pad().setAttribute('data-w', '0');
    expect(isPinPad(pad())).toBe(false);
  });
});

describe('a pressed drawn pad in the scan: a numeric password box read by the words before it', () => {
  it.each([
    ['请输入银行卡密码', 'card-pin'],
    ['请输入支付密码', 'card-pin'],
    ['请输入登录密码', 'password'],
  ])('%s → %s', (words, kind) => {
    page(`<h1>退款到账验证</h1><div class="title">${words}</div>${DOTS}<div id="slot">${CANVAS}</div>`);
    const found = pinPadOf(pad(), PAD_PROMPT)!;
    const steps = scanSteps(document, 'https://canvas-pad.example/', new Set(), [], [], false, [found]);
    let next = steps.next();
    while (!next.done) next = steps.next();
    expect(next.value.elements.at(-1)).toBe(found);
    expect(next.value.facts.fields.map((f) => f.kind)).toEqual([kind]);
  });
});
