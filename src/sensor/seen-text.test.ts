// @vitest-environment jsdom
// jsdom computes display, visibility, opacity and font-size from style sheets (not ::before, which the browser test
// tests/e2e/hidden-letters.spec.ts covers).
import { describe, expect, it } from 'vitest';
import { setSeenText, textOf } from './dom-text';
import { seeField as seeFieldWith } from './seen-text';
import { snapshotPage } from './snapshot';

const STYLE = '<style>.q{display:none}.z{font-size:0}.v{visibility:hidden}.o{opacity:0}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>';

function page(html: string): HTMLInputElement {
  document.body.innerHTML = STYLE + html;
  return document.querySelector('input')!;
}
/** As the scanner calls it: with its own text reader and record (seen-text.ts SeenDom). */
const seeField = (field: HTMLInputElement): boolean => seeFieldWith(field, { textOf, setSeenText });
const label = (): string => snapshotPage(document, 'https://example.test/').snapshot.controls[0]!.labelText;
const nearby = (): string => snapshotPage(document, 'https://example.test/').snapshot.controls[0]!.nearbyText;

describe('seeField: the labels and row of a focused field as a person sees them', () => {
  it.each([
    ['letters a style sheet hides (display: none)', '银<span class="q">乙</span>行<span class="q">乙</span>卡<span class="q">乙</span>号'],
    ['letters drawn at font-size 0', '银<b class="z">乙</b>行<b class="z">乙</b>卡<b class="z">乙</b>号'],
    ['hidden letters (visibility: hidden)', '银<i class="v">乙</i>行<i class="v">乙</i>卡号'],
    ['transparent letters (opacity: 0)', '银<i class="o">乙</i>行<i class="o">乙</i>卡号'],
    ['a word drawn in an <svg><text>', '<svg width="90" height="20"><text x="0" y="16">银行卡号</text></svg>'],
  ])('a <label for> with %s', (_how, html) => {
    const field = page(`<label for="a">${html}</label> <input id="a">`);
    expect(label()).not.toBe('银行卡号');
    expect(seeField(field)).toBe(true);
    expect(label()).toBe('银行卡号');
    // Once is enough: the next focus finds nothing new (no scan for nothing).
    expect(seeField(field)).toBe(false);
  });

  it('a wrapping label', () => {
    const field = page('<label>取<span class="q">乙</span>款<span class="q">乙</span>密码 <input type="password"></label>');
    expect(seeField(field)).toBe(true);
    expect(label()).toBe('取款密码');
  });

  it('hidden letters right before the field, between its text nodes, and in the row\'s label cell', () => {
    const field = page('<div>银<span class="q">乙</span>行<span class="q">乙</span>卡<span class="q">乙</span>号 <input></div>');
    expect(seeField(field)).toBe(true);
    expect(nearby()).toBe('银行卡号');
    const cell = page('<div><div>短<i class="z">乙</i>信<i class="z">乙</i>验证码</div><div><input></div></div>');
    expect(seeField(cell)).toBe(true);
    expect(nearby()).toBe('短信验证码');
  });

  it('changes nothing where people see what the DOM says: screen-reader text (sr-only), a plain label, <rp>', () => {
    expect(seeField(page('<label for="a">手机号<span class="sr">（必填）</span></label><input id="a">'))).toBe(false);
    expect(seeField(page('<div><span>银行卡号</span><input><button>下一步</button></div>'))).toBe(false);
    expect(seeField(page('<label for="a">银<rp>乙</rp>行卡号</label><input id="a">'))).toBe(false);
  });

  it('never reads an aria-labelledby target as seen (screen-reader text is hidden on purpose)', () => {
    const field = page('<span id="l" class="q">银行卡号</span><p>备注</p><input aria-labelledby="l">');
    seeField(field);
    expect(snapshotPage(document, 'https://example.test/').snapshot.controls[0]!.ariaLabel).toBe('银行卡号');
  });

  it('leaves an element too big for its budget as the DOM says (never a cut text)', () => {
    const big = `<div>${'<span>备注</span>'.repeat(300)}<span class="q">乙</span></div>`;
    const field = page(`${big}<input>`);
    const before = textOf(field.previousElementSibling!);
    expect(seeField(field)).toBe(false);
    expect(textOf(field.previousElementSibling!)).toBe(before);
  });
});
