// @vitest-environment jsdom
// jsdom computes no pseudo-element content: getComputedStyle is stubbed with what Chromium and Firefox answer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSeenText, textOf } from './dom-text';
import { drawn } from './drawn-text';
import { seeField } from './seen-text';
import { snapshotPage } from './snapshot';

/** Stubs the computed `content` of ::before for elements carrying data-label: `form` says how the browser writes it. */
function stubBefore(form: (label: string) => string): void {
  const real = globalThis.getComputedStyle;
  vi.spyOn(globalThis, 'getComputedStyle').mockImplementation((el, pseudo) => {
    const style = real(el);
    const label = el.getAttribute('data-label');
    const content = pseudo === '::before' && label !== null ? form(label) : 'none';
    return new Proxy(style, { get: (target, key) => (key === 'content' ? content : Reflect.get(target, key)) });
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('drawn: what CSS draws in ::before / ::after', () => {
  it('reads quoted strings (attr() resolved, as Chromium answers) and attr() left as written (as Firefox answers)', () => {
    document.body.innerHTML = '<label data-label="银行卡号"></label>';
    const el = document.querySelector('label')!;
    stubBefore((label) => `"${label}"`);
    expect(drawn(el, '::before')).toBe('银行卡号');
    vi.restoreAllMocks();
    stubBefore(() => 'attr(data-label)');
    expect(drawn(el, '::before')).toBe('银行卡号');
  });

  it('drops what draws no text: none, normal, a counter, an image', () => {
    document.body.innerHTML = '<label data-label="x"></label>';
    const el = document.querySelector('label')!;
    for (const content of ['none', 'normal', 'counter(item)', 'url("a.png")']) {
      vi.restoreAllMocks();
      stubBefore(() => content);
      expect(drawn(el, '::before')).toBe('');
    }
  });

  it('a label drawn by ::before { content: attr(data-label) } is seen at a focus in Firefox too', () => {
    document.body.innerHTML = '<label for="a" data-label="短信验证码"></label><input id="a">';
    stubBefore(() => 'attr(data-label)');
    expect(seeField(document.querySelector('input')!, { textOf, setSeenText })).toBe(true);
    expect(snapshotPage(document, 'https://example.test/').snapshot.controls[0]!.labelText).toBe('短信验证码');
  });
});
