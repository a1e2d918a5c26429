// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { closedShadowRootReader } from './closed-shadow-root';

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
