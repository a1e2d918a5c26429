// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { classifyFields } from '../core/fields/classify';
import { collectWithRoots } from './collect-controls';
import { boxText, isBox } from './editable';
import { sensorPageText, snapshotControls } from './snapshot';

function el(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

describe('isBox: a box the page made editable, or calls a text box', () => {
  it.each([
    ['<div contenteditable></div>', true],
    ['<div contenteditable="true"></div>', true],
    ['<span contenteditable=" TRUE "></span>', true],
    ['<p contenteditable="plaintext-only"></p>', true],
    ['<div contenteditable="false"></div>', false],
    ['<div contenteditable="inherit"></div>', false],
    ['<div></div>', false],
    // A control is a control, whatever else it says about itself.
    ['<input contenteditable>', false],
    ['<textarea contenteditable="true"></textarea>', false],
    ['<div role="textbox" tabindex="0"></div>', true],
    ['<div role="presentation TEXTBOX"></div>', true],
    ['<div role="button" tabindex="0"></div>', false],
    ['<div role="searchbox"></div>', false],
    ['<input role="textbox">', false],
  ])('%s → %s', (html, expected) => {
    expect(isBox(el(html))).toBe(expected);
  });

  it('answers no for nothing', () => {
    expect(isBox(null)).toBe(false);
    expect(isBox(undefined)).toBe(false);
  });
});

describe('boxText: what was typed into a box, for the typed-card check only', () => {
  it('reads a one-line box, with the <br> a browser puts after the text', () => {
    expect(boxText(el('<div contenteditable>6222 0202 0011 2233 445<br></div>'))).toBe('6222 0202 0011 2233 445');
  });

  it('does not read a rich editor (more than two elements inside) nor a text too long for one card number', () => {
    expect(boxText(el('<div contenteditable><p>a</p><p>b</p><p>6222020200112233445</p></div>'))).toBeNull();
    expect(boxText(el(`<div contenteditable>${'1'.repeat(65)}</div>`))).toBeNull();
  });
});

describe('an editable box in the scan', () => {
  const page =
    '<p><label for="n">备注</label><input id="n"></p>' +
    '<div class="row"><span>银行卡号</span><div id="box" contenteditable="true" type="checkbox" aria-label="请输入">6222 0202</div></div>';

  it('comes after the controls, and is read as the text input it stands in for (its own type attribute ignored)', () => {
    el(page);
    const box = document.getElementById('box')!;
    const { elements } = collectWithRoots(document, [], [box]);
    expect(elements.map((e) => e.id)).toEqual(['n', 'box']);
    const [, snap] = snapshotControls(elements);
    expect(snap).toMatchObject({ index: 1, tag: 'input', type: 'text', ariaLabel: '请输入', nearbyText: '银行卡号' });
    // Nothing typed into it is in its snapshot.
    expect(JSON.stringify(snap)).not.toContain('6222');
  });

  it('is classified like an input with the same label: a card-number field', () => {
    el(page);
    const { elements } = collectWithRoots(document, [], [document.getElementById('box')!]);
    expect(classifyFields(snapshotControls(elements)).map((f) => [f.index, f.kind])).toEqual([[1, 'card-number']]);
  });

  it('keeps what was typed into it out of the page text, and only that', () => {
    el(page + '<p>请核对退款信息</p>');
    const box = document.getElementById('box')!;
    expect(sensorPageText(document)).toContain('6222 0202');
    const text = sensorPageText(document, undefined, new Set([box]));
    expect(text).not.toContain('6222');
    expect(text).toBe('备注 银行卡号 请核对退款信息');
  });
});
