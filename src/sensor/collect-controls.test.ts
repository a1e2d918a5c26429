// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectWithRoots, MAX_SHADOW_ROOTS, openShadowRoots } from './collect-controls';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('退款中心');
  doc.body.innerHTML = html;
  return doc;
}

/**
 * `depth` open shadow roots, each hosted in the one before it; an input in each of the first three. Built from the
 * innermost out and left out of the document: jsdom's own insertion steps recurse over the shadow-including tree
 * (checks, then connection), so jsdom itself runs out of stack putting such a tree into a document.
 */
function nested(doc: Document, depth: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let inner: Element | null = null;
  for (let i = depth - 1; i >= 0; i--) {
    const host = doc.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    if (i < 3) root.append(doc.createElement('input'));
    if (inner) root.append(inner);
    roots.unshift(root);
    inner = host;
  }
  return roots;
}

describe('openShadowRoots', () => {
  it('lists nested roots right after the root that holds them, in document order of their hosts', () => {
    const doc = page('<div id="a"></div><div id="b"></div>');
    const a = doc.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<p><span id="a1"></span></p><span id="a2"></span>';
    const a1 = a.getElementById('a1')!.attachShadow({ mode: 'open' });
    a1.innerHTML = '<span id="a1a"></span>';
    const a1a = a1.getElementById('a1a')!.attachShadow({ mode: 'open' });
    const a2 = a.getElementById('a2')!.attachShadow({ mode: 'open' });
    const b = doc.getElementById('b')!.attachShadow({ mode: 'open' });
    expect(openShadowRoots(doc)).toEqual([a, a1, a1a, a2, b]);
    expect(openShadowRoots(a)).toEqual([a1, a1a, a2]);
  });

  it('walks 10,000 nested open shadow roots without running out of stack (a recursive walk threw RangeError)', () => {
    const roots = nested(page(''), 10_000);
    const found = openShadowRoots(roots[0]!);
    expect(found).toHaveLength(MAX_SHADOW_ROOTS);
    expect(found).toEqual(roots.slice(1, MAX_SHADOW_ROOTS + 1));
  });

  it('stops at MAX_SHADOW_ROOTS roots side by side; the controls of the roots walked are collected', () => {
    const doc = page('<input id="top">');
    for (let i = 0; i < MAX_SHADOW_ROOTS + 20; i++) {
      const host = doc.createElement('div');
      host.attachShadow({ mode: 'open' }).append(doc.createElement('input'));
      doc.body.append(host);
    }
    const { elements, roots } = collectWithRoots(doc);
    expect(roots).toHaveLength(MAX_SHADOW_ROOTS);
    expect(elements).toHaveLength(1 + MAX_SHADOW_ROOTS);
    expect(elements[0]!.id).toBe('top');
  });
});
