// @vitest-environment jsdom
// isFieldFocus on real focus events: the early start and the gate's second try both wait for one.
import { describe, expect, it } from 'vitest';
import { dispatchTrusted } from '@/warning-ui/test-events';
import { isFieldFocus } from './when-idle';

/**
 * `ask` about the focusin the document sees when `el` is focused, while it is dispatched (its path is empty after),
 * as the content script's listener does. jsdom's focus() fires trusted events, as a click would.
 */
function onFocusOf<T>(el: HTMLElement, ask: (event: Event) => T): T {
  const answers: T[] = [];
  const listener = (event: Event) => void answers.push(ask(event));
  document.addEventListener('focusin', listener, true);
  el.focus();
  document.removeEventListener('focusin', listener, true);
  if (answers.length !== 1) throw new Error(`${answers.length} focusin for ${el.outerHTML}`);
  return answers[0]!;
}

const noRoots = (): ShadowRoot | null => null;

describe('isFieldFocus', () => {
  it.each([
    ['<input id="f">', true],
    ['<select id="f"><option>1</option></select>', true],
    ['<textarea id="f"></textarea>', true],
    ['<div id="f" contenteditable="true"></div>', true],
    ['<a id="f" href="#x">link</a>', false],
    ['<button id="f">ok</button>', false],
    ['<div id="f" tabindex="0" contenteditable="false"></div>', false],
  ])('a person focusing %s → %s', (html, expected) => {
    document.body.innerHTML = html;
    (document.activeElement as HTMLElement | null)?.blur();
    expect(onFocusOf(document.getElementById('f')!, (event) => isFieldFocus(event, noRoots))).toBe(expected);
  });

  it('a focus event the page dispatched itself is none', () => {
    document.body.innerHTML = '<input id="f">';
    let seen: Event | null = null;
    document.addEventListener('focusin', (event) => void (seen = event), { capture: true, once: true });
    document.getElementById('f')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(seen).not.toBeNull();
    expect(isFieldFocus(seen!, noRoots)).toBe(false);
  });

  it('a field in a closed shadow root: the event names the host, and the browser shows the root to content scripts', () => {
    document.body.innerHTML = '<div id="host"></div><div id="other" tabindex="0"></div>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<label>验证码 <input id="code"></label>';
    const asked: Element[] = [];
    const reader = (el: Element): ShadowRoot | null => {
      asked.push(el);
      return el === host ? root : null;
    };
    const code = root.getElementById('code') as HTMLInputElement;
    const [first, withView, withoutView] = onFocusOf(code, (event) => [event.composedPath()[0], isFieldFocus(event, reader), isFieldFocus(event, noRoots)]);
    expect(first).toBe(host);
    expect(withView).toBe(true);
    expect(asked).toEqual([host]);
    // Without that view (or for an element with no root) it is not a field focus.
    expect(withoutView).toBe(false);
    expect(onFocusOf(document.getElementById('other')!, (event) => isFieldFocus(event, reader))).toBe(false);
  });

  it('a box in an open shadow root inside a closed one is followed down', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<span id="inner"></span>';
    const open = closed.getElementById('inner')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<div id="box" contenteditable></div>';
    const box = open.getElementById('box') as HTMLElement;
    expect(onFocusOf(box, (event) => isFieldFocus(event, (el) => (el === host ? closed : null)))).toBe(true);
  });

  it('a trusted focusin with no element behind it is none', () => {
    const event = new FocusEvent('focusin');
    dispatchTrusted(document, event);
    expect(isFieldFocus(event, noRoots)).toBe(false);
  });
});
