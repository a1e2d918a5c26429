// @vitest-environment jsdom
// The text walkers (dom-text.ts) are written for speed: iterative, one space for a run of block
// boundaries, getters through dom-reads. These tests hold them to the plain recursive definitions they
// replaced, on random trees (block and inline elements, skipped elements, hidden ones, comments,
// whitespace) and with caps small enough to stop the walks part-way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sensorPageText, tailTextOf, textOf } from './dom-text';

const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'LABEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'U', 'RUBY', 'RB', 'RP', 'RT']);
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'svg', 'RP', 'RT']);
const PAGE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'RP', 'RT']);
const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The page text by definition: a stack of nodes and block-end markers, stopping past 1.5× the cap. */
function referencePageText(doc: Document, maxChars: number): string {
  let out = '';
  const stack: (Node | string)[] = [doc.body];
  while (stack.length > 0 && out.length < maxChars * 1.5) {
    const item = stack.pop()!;
    if (typeof item === 'string') out += item;
    else if (item.nodeType === 3) out += item.nodeValue ?? '';
    else if (item.nodeType === 1 && !PAGE_SKIP.has((item as Element).tagName)) {
      const block = !INLINE.has((item as Element).tagName);
      if (block) stack.push(' ');
      for (let c = item.lastChild; c; c = c.previousSibling) stack.push(c);
      if (block) out += ' ';
    }
  }
  const text = collapse(out);
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

/**
 * The page text through shadow roots and with quotes, by definition: a recursive visit in composed order (a host's
 * root in place of its children, a slot's assigned nodes in place of its own when it has any) that lists text pieces,
 * each marked quoted when inside a blockquote or q, and block boundaries; then each run of quoted pieces between two
 * boundaries that shows something goes in “ ”. The raw cap counts text and boundaries, not marks.
 */
function referenceComposedText(doc: Document, maxChars: number, roots: ShadowRoot[]): string {
  const hosts = new Map<Node, ShadowRoot>(roots.map((r) => [r.host, r]));
  const END = { end: true } as const;
  const pieces: (string | { q: string } | typeof END)[] = [];
  let raw = 0;
  const limit = maxChars * 1.5;
  const visit = (node: Node, quoted: boolean): boolean => {
    if (node.nodeType === 3) {
      if (raw >= limit) return false;
      raw += (node.nodeValue ?? '').length;
      pieces.push(quoted ? { q: node.nodeValue ?? '' } : (node.nodeValue ?? ''));
      return true;
    }
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    if (PAGE_SKIP.has(el.tagName)) return true;
    const block = !INLINE.has(el.tagName);
    const inQuote = quoted || el.tagName === 'BLOCKQUOTE' || el.tagName === 'Q';
    if (block) {
      if (raw >= limit) return false;
      raw++;
      pieces.push(' ');
    }
    const assigned = el.tagName === 'SLOT' && roots.length > 0 ? (el as HTMLSlotElement).assignedNodes() : [];
    const kids = assigned.length > 0 ? assigned : [...(hosts.get(el) ?? el).childNodes];
    for (const kid of kids) if (!visit(kid, inQuote)) return false;
    if (block) {
      if (raw >= limit) return false;
      raw++;
      pieces.push(' ');
    }
    // Leaving the outermost quote closes it, as a boundary does.
    if (inQuote && !quoted) pieces.push(END);
    return true;
  };
  visit(doc.body, false);
  let out = '';
  let open = false;
  for (const p of pieces) {
    if (typeof p === 'string' || p === END) {
      // A boundary, or the end of the outermost quote, closes an open mark.
      if ((p === ' ' || p === END) && open) {
        out += '”';
        open = false;
      }
      if (typeof p === 'string') out += p;
      continue;
    }
    const { q } = p as { q: string };
    if (!open && q.trim()) {
      out += '“';
      open = true;
    }
    out += q;
  }
  if (open) out += '”';
  const text = collapse(out);
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

/** textOf / tailTextOf by definition: a recursive visit handing pieces to a callback that may stop it. */
function referenceWalk(root: Node, backwards: boolean, maxNodes: number, emit: (t: string) => boolean): void {
  let budget = maxNodes;
  const visit = (node: Node): boolean => {
    if (budget-- <= 0) return false;
    if (node.nodeType === 3) return emit(node.nodeValue ?? '');
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    if (SKIP_TEXT.has(el.tagName) || el.hasAttribute('hidden')) return true;
    const block = !INLINE.has(el.tagName);
    if (block && !emit(' ')) return false;
    if (backwards) {
      for (let c = node.lastChild; c; c = c.previousSibling) if (!visit(c)) return false;
    } else {
      for (let c = node.firstChild; c; c = c.nextSibling) if (!visit(c)) return false;
    }
    return block ? emit(' ') : true;
  };
  visit(root);
}

function referenceTextOf(root: Node, maxChars: number, maxNodes: number): string {
  let out = '';
  referenceWalk(root, false, maxNodes, (t) => (out += t).length < maxChars * 2);
  const text = collapse(out);
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

function referenceTailTextOf(root: Node, maxChars: number, maxNodes: number): string {
  const parts: string[] = [];
  let len = 0;
  referenceWalk(root, true, maxNodes, (t) => {
    parts.push(t);
    return (len += t.length) < maxChars * 2;
  });
  const text = collapse(parts.reverse().join(''));
  return text.length > maxChars ? text.slice(text.length - maxChars) : text;
}

// Random markup: a few tags of each kind the walkers treat differently, text with whitespace, comments.
const text = fc.constantFrom('卡号', 'Card', ' ', '\n  ', 'a b', '验证码 ', '\t');
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constant('<!-- note -->'),
    fc.constant('<input>'),
    fc.constant('<br>'),
    fc
      .tuple(fc.constantFrom('div', 'p', 'span', 'b', 'label', 'td', 'script', 'noscript', 'select', 'div hidden', 'span hidden', 'ruby', 'rp', 'rt'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => (tag === 'td' ? `<table><tr><td>${kids.join('')}</td></tr></table>` : `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`)),
  ),
})).node;

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('text walkers agree with their definitions', () => {
  it('sensorPageText, whatever the cap', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), (parts, maxChars) => {
        body(parts.join(''));
        expect(sensorPageText(document, maxChars)).toBe(referencePageText(document, maxChars));
        expect(sensorPageText(document)).toBe(referencePageText(document, 50_000));
      }),
      { numRuns: 400 },
    );
  });

  it('sensorPageText with block quotes, <q> and shadow roots (with and without slots), whatever the cap', () => {
    const quoted = fc
      .tuple(fc.constantFrom('blockquote', 'q', 'section'), fc.array(tree, { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`);
    fc.assert(
      fc.property(fc.array(fc.oneof(tree, quoted), { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (parts, maxChars, slot) => {
        body(parts.join(''));
        // Each <section> hosts a root: a quote and, on some runs, a slot for its children.
        const roots = [...document.querySelectorAll('section')].map((host) => {
          const root = host.attachShadow({ mode: 'open' });
          root.innerHTML = slot ? '<p>影</p><q>引<slot></slot></q>' : '<blockquote>影</blockquote>';
          return root;
        });
        expect(sensorPageText(document, maxChars, null, roots)).toBe(referenceComposedText(document, maxChars, roots));
        expect(sensorPageText(document, undefined, null, roots)).toBe(referenceComposedText(document, 50_000, roots));
      }),
      { numRuns: 400 },
    );
  });

  it('textOf and tailTextOf, whatever the character and node budgets', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 40 }), (parts, maxChars, maxNodes) => {
        const root = body(`<div>${parts.join('')}</div>`).firstElementChild!;
        expect(textOf(root, maxChars, maxNodes)).toBe(referenceTextOf(root, maxChars, maxNodes));
        expect(tailTextOf(root, maxChars, maxNodes)).toBe(referenceTailTextOf(root, maxChars, maxNodes));
      }),
      { numRuns: 400 },
    );
  });
});
