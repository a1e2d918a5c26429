// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyFields } from '../core/fields/classify';
import { scanSteps } from '../entrypoints/scanner/page-facts';
import { PAD_PROMPT } from './pad-prompt';
import { isPinPad, pinPadOf } from './pin-pad';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '删除', '0', '完成'];
const pad = (key: (text: string) => string, wrap = (keys: string) => `<div id="pad">${keys}</div>`): string =>
  wrap(KEYS.map(key).join(''));

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

/** The element showing `text` (the key someone presses), or its first child, under #root. */
function keyOf(text: string): Element {
  const el = [...document.querySelectorAll('#pad *')].find((e) => (e.getAttribute('value') ?? e.textContent)?.trim() === text);
  if (!el) throw new Error(`no key ${text}`);
  return el;
}

describe('pinPadOf: the number pad a pressed element belongs to', () => {
  it.each([
    ['keys as divs', pad((k) => `<div class="key">${k}</div>`)],
    ['keys in rows of three', `<div id="pad">${[0, 3, 6, 9].map((i) => `<div class="row">${KEYS.slice(i, i + 3).map((k) => `<span>${k}</span>`).join('')}</div>`).join('')}</div>`],
    ['keys as buttons with a span inside', pad((k) => `<button type="button"><span>${k}</span></button>`)],
    ['keys as button inputs', pad((k) => `<input type="button" value="${k}">`)],
    ['keys as table cells', pad((k) => `<td>${k}</td>`, (keys) => `<table id="pad"><tr>${keys}</tr></table>`)],
    ['full-width digits', pad((k) => `<i>${k.replace(/[0-9]/, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}</i>`)],
  ])('%s', (_name, html) => {
    page(`<p>请输入银行卡取款密码</p>${html}`);
    const key = [...document.querySelectorAll('#pad *')].find((e) => /^[5５]$/.test((e.getAttribute('value') ?? e.textContent ?? '').trim()))!;
    const found = pinPadOf(key, PAD_PROMPT);
    expect(found?.closest('#pad')).not.toBeNull();
    expect(found?.contains(key)).toBe(true);
    expect(found && isPinPad(found)).toBe(true);
    // Pressing the 删除 key, or the gap between keys, finds it only through a digit: not at all.
    expect(pinPadOf(document.querySelector('p'), PAD_PROMPT)).toBeNull();
  });

  it('finds the smallest element holding all ten keys, not the page around it', () => {
    page(`<main><p>请输入支付密码</p><div id="boxes"><i></i><i></i><i></i><i></i><i></i><i></i></div>${pad((k) => `<div>${k}</div>`)}</main>`);
    expect(pinPadOf(keyOf('7'), PAD_PROMPT)?.id).toBe('pad');
  });

  it.each([
    ['a calendar (no 0 key, two-digit days)', `<div id="pad">${Array.from({ length: 31 }, (_, i) => `<span>${i + 1}</span>`).join('')}</div>`, '5'],
    ['a pager with nine pages', `<div id="pad">${Array.from({ length: 9 }, (_, i) => `<a>${i + 1}</a>`).join('')}</div>`, '5'],
    ['a phone number in one text', '<div id="pad"><span>5</span><span>138 0013 8000</span></div>', '5'],
    [
      'digits scattered over a whole page',
      `<div id="pad">${KEYS.map((k) => `<section><h2>${k}</h2><p>${'正文'.repeat(20)}</p></section>`).join('')}</div>`,
      '5',
    ],
  ])('is no pad: %s', (_name, html, key) => {
    page(html);
    expect(pinPadOf(keyOf(key), PAD_PROMPT)).toBeNull();
  });

  it('does not read the text of a big container around a pressed digit (a pager under a long article)', () => {
    page(`<main id="big">${'<p>正文</p>'.repeat(200)}<nav id="pad"><a>1</a><a>2</a><a>3</a></nav></main>`);
    const big = document.getElementById('big')!;
    Object.defineProperty(big, 'textContent', {
      get() {
        throw new Error('the big container was read');
      },
    });
    expect(pinPadOf(keyOf('3'), PAD_PROMPT)).toBeNull();
  });

  it('is nothing for an element that is no digit key, or for an input', () => {
    page(pad((k) => `<div>${k}</div>`));
    expect(pinPadOf(keyOf('删除'), PAD_PROMPT)).toBeNull();
    expect(pinPadOf(null, PAD_PROMPT)).toBeNull();
    page('<form><input value="5"></form>');
    expect(pinPadOf(document.querySelector('input'), PAD_PROMPT)).toBeNull();
  });
});

describe('pinPadOf: keys that show their digit without text of their own (a red-team pad drew them with CSS)', () => {
  /**
   * jsdom computes no ::before/::after content: the browser's answer is stood in for, per element and pseudo-element,
   * in Chrome's form (attr() resolved to a quoted string) or Firefox's (attr() left as written).
   */
  function drawnByCss(content: (el: Element, pseudo: string) => string | undefined): void {
    const real = globalThis.getComputedStyle;
    vi.spyOn(globalThis, 'getComputedStyle').mockImplementation((el, pseudo) =>
      pseudo ? ({ content: content(el, pseudo) ?? 'none' } as CSSStyleDeclaration) : real(el),
    );
  }
  afterEach(() => void vi.restoreAllMocks());

  const cssPad = pad((k) => (/^\d$/.test(k) ? `<div class="k" data-d="${k}"></div>` : `<div>${k}</div>`));
  const pressCss = (digit: string) => document.querySelector(`[data-d="${digit}"]`)!;

  it.each([
    ['::after, attr() resolved by the browser (Chrome)', (el: Element, p: string) => (p === '::after' && el.getAttribute('data-d') ? `"${el.getAttribute('data-d')}"` : undefined)],
    ['::after, attr() left as written (Firefox)', (el: Element, p: string) => (p === '::after' && el.hasAttribute('data-d') ? 'attr(data-d)' : undefined)],
    ['::before, a string', (el: Element, p: string) => (p === '::before' && el.getAttribute('data-d') ? `"${el.getAttribute('data-d')}"` : undefined)],
  ])('digits drawn by %s', (_name, content) => {
    page(`<p>请输入银行卡取款密码</p>${cssPad}`);
    drawnByCss(content);
    expect(pinPadOf(pressCss('5'), PAD_PROMPT)?.id).toBe('pad');
    expect(isPinPad(document.getElementById('pad')!)).toBe(true);
  });

  it('digits drawn on a child of the key, the key pressed outside it (its padding)', () => {
    page(pad((k) => `<div class="key"><i data-d="${k}"></i></div>`));
    drawnByCss((el, p) => (p === '::after' && /^\d$/.test(el.getAttribute('data-d') ?? '') ? `"${el.getAttribute('data-d')}"` : undefined));
    expect(pinPadOf(document.querySelector('[data-d="5"]')!.parentElement, PAD_PROMPT)?.id).toBe('pad');
  });

  it('is no pad when what CSS draws is no digit (icons, counters, none)', () => {
    page(cssPad);
    drawnByCss((_el, p) => (p === '::before' ? '"\ue600"' : 'counter(key)'));
    expect(pinPadOf(pressCss('5'), PAD_PROMPT)).toBeNull();
  });

  it.each([
    ['an aria-label', pad((k) => `<div aria-label="${k}"><svg></svg></div>`), '[aria-label="5"]'],
    ['an image with an alt text', pad((k) => `<div><img alt="${k}" src="data:,"></div>`), 'img[alt="5"]'],
    ['an image with an alt text, the key pressed around it', pad((k) => `<div class="key"><img alt="${k}" src="data:,"></div>`), '.key:nth-child(5)'],
    ['mathematical digits', pad((k) => `<b>${k.replace(/\d/, (d) => String.fromCodePoint(0x1d7ce + Number(d)))}</b>`), 'b:nth-child(5)'],
    ['circled digits', pad((k) => `<b>${k.replace(/[1-9]/, (d) => String.fromCodePoint(0x245f + Number(d))).replace('0', '⓪')}</b>`), 'b:nth-child(5)'],
    ['digits with a zero-width space beside them', pad((k) => `<b>${k}\u200b</b>`), 'b:nth-child(5)'],
  ])('digits said or shown by %s', (_name, html, pressed) => {
    page(`<p>请输入银行卡取款密码</p>${html}`);
    expect(pinPadOf(document.querySelector(pressed), PAD_PROMPT)?.id).toBe('pad');
  });
});

describe('a pressed pad in the scan: a numeric password box read by the words before it', () => {
  function scanWithPad(words: string): ReturnType<typeof classifyFields> {
    const doc = page(`<div class="title">${words}</div><div class="boxes"><i></i><i></i><i></i><i></i><i></i><i></i></div>${pad((k) => `<div>${k}</div>`)}`);
    const padEl = pinPadOf(keyOf('1'), PAD_PROMPT)!;
    const steps = scanSteps(doc, 'https://kuaidi-pf.example/', new Set(), [], [], false, [padEl]);
    let next = steps.next();
    while (!next.done) next = steps.next();
    expect(next.value.elements.at(-1)).toBe(padEl);
    return next.value.facts.fields;
  }

  it.each([
    ['请输入银行卡取款密码', 'card-pin'],
    ['请输入支付密码', 'card-pin'],
    ['请输入登录密码', 'password'],
  ])('%s → %s', (words, kind) => {
    expect(scanWithPad(words).map((f) => f.kind)).toEqual([kind]);
  });

  it('without a press, the same page has no field', () => {
    const doc = page(`<div>请输入银行卡取款密码</div>${pad((k) => `<div>${k}</div>`)}`);
    const steps = scanSteps(doc, 'https://kuaidi-pf.example/', new Set());
    let next = steps.next();
    while (!next.done) next = steps.next();
    expect(next.value.facts.fields).toEqual([]);
  });
});
