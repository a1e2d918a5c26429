// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { closedShadowRootReader, followFocus, shallowClosedRoots } from './closed-shadow-root';

function closedHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  return { host, root: host.attachShadow({ mode: 'closed' }) };
}

describe('closedShadowRootReader', () => {
  it("uses Chrome's chrome.dom.openOrClosedShadowRoot when there is one", () => {
    const { host, root } = closedHost();
    const calls: unknown[] = [];
    const dom = {
      openOrClosedShadowRoot(this: unknown, el: Element) {
        calls.push(this);
        return el === host ? root : null;
      },
    };
    const read = closedShadowRootReader({ chrome: { dom } });
    expect(read(host)).toBe(root);
    expect(read(document.createElement('p'))).toBeNull();
    expect(calls).toEqual([dom, dom]);
  });

  it("answers null where Chrome's call throws (it takes HTML elements only)", () => {
    const read = closedShadowRootReader({
      chrome: {
        dom: {
          openOrClosedShadowRoot: () => {
            throw new TypeError('not an HTMLElement');
          },
        },
      },
    });
    expect(read(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))).toBeNull();
  });

  it("otherwise reads Firefox's element.openOrClosedShadowRoot", () => {
    const { host, root } = closedHost();
    Object.defineProperty(host, 'openOrClosedShadowRoot', { get: () => root });
    const read = closedShadowRootReader({});
    expect(read(host)).toBe(root);
    // No such property (a page's world, jsdom): null, as for an element without a root.
    expect(read(closedHost().host)).toBeNull();
  });

  it('is not fooled by a page element named "chrome" (named elements show up on window)', () => {
    const { host, root } = closedHost();
    const named = document.createElement('form');
    named.id = 'chrome';
    Object.defineProperty(host, 'openOrClosedShadowRoot', { get: () => root });
    expect(closedShadowRootReader({ chrome: named })(host)).toBe(root);
    // A "dom" that is not a function-bearing object is ignored the same way.
    expect(closedShadowRootReader({ chrome: { dom: { openOrClosedShadowRoot: 'yes' } } })(host)).toBe(root);
  });

  it('answers null when the property read throws or holds no object', () => {
    const { host } = closedHost();
    Object.defineProperty(host, 'openOrClosedShadowRoot', {
      get: () => {
        throw new Error('denied');
      },
    });
    expect(closedShadowRootReader({})(host)).toBeNull();
    const other = document.createElement('div');
    Object.defineProperty(other, 'openOrClosedShadowRoot', { value: 'root' });
    expect(closedShadowRootReader({})(other)).toBeNull();
  });
});

describe('followFocus', () => {
  /** `levels` hosts, each with an open root holding the next; the last root holds a focused input. */
  function nested(levels: number): { outer: Element; field: HTMLInputElement } {
    document.body.innerHTML = '<div id="h0"></div>';
    let host = document.getElementById('h0')!;
    const outer = host;
    for (let i = 1; i < levels; i++) {
      const next = document.createElement('div');
      host.attachShadow({ mode: 'open' }).append(next);
      host = next;
    }
    const field = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(field);
    field.focus();
    return { outer, field };
  }
  const open = (el: Element) => el.shadowRoot;

  it('follows the active element down through the roots it is given, to the focused field', () => {
    const { outer, field } = nested(3);
    expect(followFocus(outer, open)).toBe(field);
    // A root it is not given (a closed one nobody showed) ends the walk at its host.
    expect(followFocus(outer, () => null)).toBe(outer);
  });

  it('stops at an element the caller accepts, and at most 8 roots deep', () => {
    const { outer } = nested(3);
    const inner = outer.shadowRoot!.firstElementChild!;
    expect(followFocus(outer, open, (el) => el === inner)).toBe(inner);
    const eight = nested(8);
    expect(followFocus(eight.outer, open)).toBe(eight.field);
    const nine = nested(9);
    expect(followFocus(nine.outer, open)).not.toBe(nine.field);
  });

  it('answers what it was given when that is nothing or not an element', () => {
    expect(followFocus(null, open)).toBeNull();
    expect(followFocus(undefined, open)).toBeNull();
    expect(followFocus(document as unknown as Element, open)).toBe(document);
  });
});

describe('shallowClosedRoots: closed roots near the top of the body, found at each scan without a focus', () => {
  /** A reader that knows the closed roots made here (as chrome.dom does) and counts what it was asked. */
  function reader(): { read: (el: Element) => ShadowRoot | null; roots: Map<Element, ShadowRoot>; asked: Element[] } {
    const roots = new Map<Element, ShadowRoot>();
    const asked: Element[] = [];
    return { roots, asked, read: (el) => (asked.push(el), roots.get(el) ?? null) };
  }

  it('finds one on the body, a child, and three levels down; not deeper', () => {
    document.body.innerHTML = '<div id="a"><div><div id="c"><div id="d"></div></div></div></div>';
    const r = reader();
    for (const el of [document.body, ...['a', 'c', 'd'].map((id) => document.getElementById(id)!)]) {
      r.roots.set(el, document.createElement('span').attachShadow({ mode: 'closed' }));
    }
    const found = new Map<Element, ShadowRoot>();
    shallowClosedRoots(document.body, r.read, found);
    expect([...found.keys()].map((el) => el.id || el.tagName)).toEqual(['BODY', 'a', 'c']);
  });

  it('asks about 24 elements at most, breadth first, and not about a host whose root is open or already known', () => {
    document.body.innerHTML = `<div id="open"></div><div id="known"></div>${'<p></p>'.repeat(100)}`;
    document.getElementById('open')!.attachShadow({ mode: 'open' });
    const known = document.getElementById('known')!;
    const r = reader();
    const found = new Map<Element, ShadowRoot>([[known, known.attachShadow({ mode: 'closed' })]]);
    shallowClosedRoots(document.body, r.read, found);
    expect(r.asked).toHaveLength(22); // the body and 21 paragraphs: 24 looked at, two not asked about
    expect(r.asked.some((el) => el.id === 'open' || el.id === 'known')).toBe(false);
  });

  it('nothing to look at without a body', () => {
    const r = reader();
    shallowClosedRoots(null, r.read, new Map());
    expect(r.asked).toEqual([]);
  });
});
