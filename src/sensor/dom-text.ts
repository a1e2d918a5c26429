// Small, bounded text readers over a DOM that may be a real browser page or jsdom.
//
// The sensor runs on every page, so nothing here calls layout (innerText, getComputedStyle) and every
// walk is capped by a node budget: a huge sibling costs the same as a small one. Node types are
// compared by number because the CLI's jsdom window does not put `Node` on the global object.
// Text inside inline elements joins without a space ("银行<b>卡号</b>" reads 银行卡号); block
// boundaries add one, as a reader would see them.

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose text is never page text (or never a label). */
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'svg']);
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'LABEL', 'MARK', 'Q', 'S', 'SMALL',
  'SPAN', 'STRONG', 'SUB', 'SUP', 'U',
]);

/** Collapse runs of whitespace to one space and trim. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cap a string at `max` characters (keeping the start). */
export function cap(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

export function isInline(el: Element): boolean {
  return INLINE.has(el.tagName);
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT;
}

/**
 * Walks a subtree in document order (or backwards) and hands text pieces to `emit` until it returns
 * false or the node budget runs out. Block elements emit a ' ' on both sides.
 */
function walk(root: Node, backwards: boolean, maxNodes: number, emit: (text: string) => boolean): void {
  let budget = maxNodes;
  const visit = (node: Node): boolean => {
    if (budget-- <= 0) return false;
    if (node.nodeType === TEXT) return emit(node.nodeValue ?? '');
    if (node.nodeType !== ELEMENT) return true;
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

/** Text of a subtree from its start, without script/style/select options; collapsed and capped. */
export function textOf(root: Node, maxChars = 200, maxNodes = 300): string {
  let out = '';
  walk(root, false, maxNodes, (t) => {
    out += t;
    return out.length < maxChars * 2;
  });
  return cap(collapse(out), maxChars);
}

/** Text of a subtree read from its end, keeping the last `maxChars` (the text nearest what follows). */
export function tailTextOf(root: Node, maxChars = 120, maxNodes = 200): string {
  const parts: string[] = [];
  let len = 0;
  walk(root, true, maxNodes, (t) => {
    parts.push(t);
    len += t.length;
    return len < maxChars * 2;
  });
  const text = collapse(parts.reverse().join(''));
  return text.length > maxChars ? text.slice(text.length - maxChars) : text;
}

const PAGE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Visible page text: the body's text without script/style/noscript/template, whitespace-collapsed and
 * capped at `maxChars`. Walks nodes with an explicit stack, so deep pages cannot overflow the call stack,
 * and stops once the cap is reached.
 */
export function sensorPageText(doc: Document, maxChars = 50_000): string {
  const body = doc.body ?? doc.documentElement;
  if (!body) return '';
  let out = '';
  const stack: (Node | string)[] = [body];
  while (stack.length > 0 && out.length < maxChars * 1.5) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out += item;
      continue;
    }
    if (item.nodeType === TEXT) {
      out += item.nodeValue ?? '';
      continue;
    }
    if (item.nodeType !== ELEMENT) continue;
    const tag = (item as Element).tagName;
    if (PAGE_SKIP.has(tag)) continue;
    const block = !INLINE.has(tag);
    if (block) stack.push(' ');
    // Children go on in reverse so they come off in document order.
    for (let c = item.lastChild; c; c = c.previousSibling) stack.push(c);
    if (block) out += ' ';
  }
  return cap(collapse(out), maxChars);
}
