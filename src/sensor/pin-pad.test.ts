// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { classifyFields } from '../core/fields/classify';
import { scanSteps } from '../entrypoints/scanner/page-facts';
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
    const found = pinPadOf(key);
    expect(found?.closest('#pad')).not.toBeNull();
    expect(found?.contains(key)).toBe(true);
    expect(found && isPinPad(found)).toBe(true);
    // Pressing the 删除 key, or the gap between keys, finds it only through a digit: not at all.
    expect(pinPadOf(document.querySelector('p'))).toBeNull();
  });

  it('finds the smallest element holding all ten keys, not the page around it', () => {
    page(`<main><p>请输入支付密码</p><div id="boxes"><i></i><i></i><i></i><i></i><i></i><i></i></div>${pad((k) => `<div>${k}</div>`)}</main>`);
    expect(pinPadOf(keyOf('7'))?.id).toBe('pad');
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
    expect(pinPadOf(keyOf(key))).toBeNull();
  });

  it('does not read the text of a big container around a pressed digit (a pager under a long article)', () => {
    page(`<main id="big">${'<p>正文</p>'.repeat(200)}<nav id="pad"><a>1</a><a>2</a><a>3</a></nav></main>`);
    const big = document.getElementById('big')!;
    Object.defineProperty(big, 'textContent', {
      get() {
        throw new Error('the big container was read');
      },
    });
    expect(pinPadOf(keyOf('3'))).toBeNull();
  });

  it('is nothing for an element that is no digit key, or for an input', () => {
    page(pad((k) => `<div>${k}</div>`));
    expect(pinPadOf(keyOf('删除'))).toBeNull();
    expect(pinPadOf(null)).toBeNull();
    page('<form><input value="5"></form>');
    expect(pinPadOf(document.querySelector('input'))).toBeNull();
  });
});

describe('a pressed pad in the scan: a numeric password box read by the words before it', () => {
  function scanWithPad(words: string): ReturnType<typeof classifyFields> {
    const doc = page(`<div class="title">${words}</div><div class="boxes"><i></i><i></i><i></i><i></i><i></i><i></i></div>${pad((k) => `<div>${k}</div>`)}`);
    const padEl = pinPadOf(keyOf('1'))!;
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
