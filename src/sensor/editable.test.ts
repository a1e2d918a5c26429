// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { classifyFields } from '../core/fields/classify';
import { collectWithRoots } from './collect-controls';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { boxText, isBox, keyBoxAfter, keyBoxBefore } from './editable';
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

describe('a key box: a focusable element whose script takes digit keys and draws them (no input, no editing, no role)', () => {
  /**
   * A trusted keydown on `target`, as the guard sees it: keyBoxBefore in a capture listener on the window (before the
   * page's listeners), keyBoxAfter once the dispatch is over. Whether `target` is a box then.
   */
  function press(target: Element, key: string, trusted = true): boolean {
    let before: string | null = null;
    const early = (event: Event) => void (before = keyBoxBefore(document.activeElement, event as KeyboardEvent));
    window.addEventListener('keydown', early, true);
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
    if (trusted) dispatchTrusted(target, event);
    else target.dispatchEvent(event);
    window.removeEventListener('keydown', early, true);
    if (before !== null) keyBoxAfter(target, event, before);
    return isBox(target);
  }
  /** The red-team page's script: each digit cancelled and drawn (dots for the password box), or only one of the two. */
  function takeDigits(box: HTMLElement, how: { cancel: boolean; draw: boolean }): void {
    let typed = '';
    box.addEventListener('keydown', (event) => {
      if (!/^\d$/.test(event.key)) return;
      if (how.cancel) event.preventDefault();
      typed += event.key;
      if (how.draw) box.textContent = box.id === 'pin' ? '●'.repeat(typed.length) : typed;
    });
  }
  const page = (html = '<span class="box" tabindex="0" id="card"></span>'): HTMLElement => {
    document.body.innerHTML = `<p>银行卡号 ${html}</p>`;
    const box = document.querySelector<HTMLElement>('.box')!;
    box.focus();
    return box;
  };

  it.each([
    ['cancels each digit and draws it (the red-team page)', { cancel: true, draw: true }],
    ['cancels each digit and shows it elsewhere', { cancel: true, draw: false }],
    ['draws each digit without cancelling it (a key does nothing on a span anyway)', { cancel: false, draw: true }],
  ])('is a box once a page script %s', (_name, how) => {
    const box = page();
    takeDigits(box, how);
    expect(isBox(box)).toBe(false);
    expect(press(box, '6')).toBe(true);
  });

  it('is a box when it draws each digit in a cell of its own', () => {
    const box = page('<span class="box" tabindex="0" id="pin"><i></i><i></i><i></i><i></i><i></i><i></i></span>');
    box.addEventListener('keydown', (event) => {
      event.preventDefault();
      box.querySelector('i:empty')!.textContent = '●';
    });
    expect(press(box, '1')).toBe(true);
  });

  it.each([
    ['a key that is no digit', (box: HTMLElement) => press(box, 'a')],
    ['a key the page dispatched itself', (box: HTMLElement) => press(box, '6', false)],
  ])('is no box after %s', (_name, act) => {
    const box = page();
    takeDigits(box, { cancel: true, draw: true });
    expect(act(box)).toBe(false);
  });

  it('is no box when the page neither cancels the key nor changes what the element shows (a focused button, a link)', () => {
    const box = page('<button class="box">确定</button>');
    box.addEventListener('keydown', () => {});
    expect(press(box, '6')).toBe(false);
  });

  it.each([
    ['more cells than a six-digit password needs', `<div class="box" tabindex="0">${'<i></i>'.repeat(9)}</div>`],
    ['cells with elements inside (a page region)', '<div class="box" tabindex="0"><section><p>正文</p></section></div>'],
    ['a long text', `<div class="box" tabindex="0">${'说明'.repeat(40)}</div>`],
  ])('never reads, nor takes as a box, %s', (_name, html) => {
    const box = page(html);
    takeDigits(box, { cancel: true, draw: true });
    expect(press(box, '6')).toBe(false);
  });

  it('is never a form field: an input whose script cancels digits stays a control', () => {
    const input = page('<input class="box">');
    takeDigits(input, { cancel: true, draw: false });
    expect(press(input, '6')).toBe(false);
  });

  it('is read as a text input labelled by the words before it, and what it shows stays out of its snapshot', () => {
    const box = page();
    takeDigits(box, { cancel: true, draw: true });
    for (const key of '6222') press(box, key);
    const { elements } = collectWithRoots(document, [], [box]);
    const snaps = snapshotControls(elements);
    expect(snaps[0]).toMatchObject({ tag: 'input', type: 'text', nearbyText: '银行卡号' });
    expect(JSON.stringify(snaps)).not.toContain('6222');
    expect(classifyFields(snaps).map((f) => f.kind)).toEqual(['card-number']);
  });
});
