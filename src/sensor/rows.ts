// Where a control sits: the text just before it in its row, the buttons just after it, an image beside
// it, whether it is hidden inline, and which row it shares with its neighbours (split boxes).
//
// Everything walks a few siblings and a few ancestors from the control. A map of how many controls
// each near ancestor holds is built once per scan, so "does this sibling hold another control?" is a
// map lookup, never a subtree search.
import type { ControlAttrs } from './control-attrs';
import { domReads } from './dom-reads';
import { cap, collapse, isInline, tailTextOf, textOf } from './dom-text';

const ELEMENT = 1;
const TEXT = 3;
/** How many ancestors of each control the count map covers. */
const COUNT_LEVELS = 6;
const NEARBY_MAX = 120;
const BUTTON_MAX = 60;
const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/** Containers that end a row search: past them, text belongs to the whole form or page. */
const STOP_TAGS = new Set(['FORM', 'BODY', 'HTML', 'FIELDSET', 'TABLE', 'TBODY']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const BUTTON_CLASS = /btn|button|send|code|sms|otp|verif|yzm/i;
const HAS_WORD = /\p{L}\p{L}/u;

export interface RowContext {
  /** Number of controls under each of the near ancestors of every control. */
  counts: Map<Element, number>;
  /** Row ids handed out so far. */
  rowIds: Map<Element, number>;
  /** Memoised "is hidden by an inline style or the hidden attribute" per ancestor. */
  hiddenMemo: Map<Element, boolean>;
}

export function rowContext(controls: readonly Element[]): RowContext {
  const counts = new Map<Element, number>();
  for (const el of controls) {
    const { parentElement } = domReads(el);
    let a = parentElement.call(el);
    for (let level = 0; a && level < COUNT_LEVELS; level++, a = parentElement.call(a)) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return { counts, rowIds: new Map(), hiddenMemo: new Map() };
}

function holdsControl(node: Node, ctx: RowContext): boolean {
  const r = domReads(node);
  if (r.nodeType.call(node) !== ELEMENT) return false;
  return CONTROL_TAGS.has(r.tagName.call(node)) || (ctx.counts.get(node as Element) ?? 0) > 0;
}

/**
 * The text just before the control: preceding siblings, then (while nothing is found and the parent
 * holds no earlier control) the parent's preceding siblings — a table's previous cell, a row's label div.
 */
export function nearbyTextOf(el: Element, ctx: RowContext): string {
  const { nodeType, tagName, previousSibling, parentElement } = domReads(el);
  let node: Element = el;
  for (let level = 0; level < 5; level++) {
    let text = '';
    let blocked = false;
    let n = 0;
    for (let sib = previousSibling.call(node); sib && n < 8; sib = previousSibling.call(sib), n++) {
      if (holdsControl(sib, ctx)) {
        blocked = true;
        break;
      }
      const type = nodeType.call(sib);
      const inline = type === TEXT || (type === ELEMENT && isInline(sib as Element));
      // A block sibling ends the run once words were found: it belongs to an earlier line.
      if (!inline && HAS_WORD.test(text)) break;
      const t = type === TEXT ? (sib.nodeValue ?? '') : type === ELEMENT ? tailTextOf(sib, NEARBY_MAX) : '';
      if (!t.trim()) continue;
      text = inline ? t + text : `${t} ${text}`;
      if (text.length >= NEARBY_MAX || (!inline && HAS_WORD.test(text))) break;
    }
    text = collapse(text);
    if (text) return text.length > NEARBY_MAX ? text.slice(text.length - NEARBY_MAX) : text;
    if (blocked) return '';
    const parent: Element | null = parentElement.call(node);
    if (!parent || STOP_TAGS.has(tagName.call(parent))) return '';
    node = parent;
  }
  return '';
}

/** Depth-first search under `root` for an element passing `test`, visiting at most `budget` elements. */
function findDescendant(root: Element, test: (el: Element) => boolean, budget = 8): Element | null {
  const { lastElementChild, previousElementSibling } = domReads(root);
  const stack: Element[] = [];
  for (let c = lastElementChild.call(root); c; c = previousElementSibling.call(c)) stack.push(c);
  while (stack.length > 0 && budget-- > 0) {
    const el = stack.pop()!;
    if (test(el)) return el;
    for (let c = lastElementChild.call(el); c; c = previousElementSibling.call(c)) stack.push(c);
  }
  return null;
}

function isButtonLike(el: Element): boolean {
  const { tagName, getAttribute, hasAttribute } = domReads(el);
  const tag = tagName.call(el);
  if (tag === 'BUTTON' || tag === 'A') return true;
  if (tag === 'INPUT') {
    const type = (getAttribute.call(el, 'type') ?? '').toLowerCase();
    return type === 'button' || type === 'submit';
  }
  return (
    getAttribute.call(el, 'role') === 'button' ||
    hasAttribute.call(el, 'onclick') ||
    BUTTON_CLASS.test(getAttribute.call(el, 'class') ?? '')
  );
}

function buttonText(el: Element): string {
  const { tagName, getAttribute } = domReads(el);
  if (tagName.call(el) === 'INPUT') return getAttribute.call(el, 'value') ?? '';
  return textOf(el, BUTTON_MAX, 60);
}

/** Text of the buttons and links right after the control in its row (获取验证码, "Send code"). */
export function buttonTextOf(el: Element, ctx: RowContext): string {
  const { tagName, nextElementSibling, parentElement } = domReads(el);
  const parts: string[] = [];
  let node: Element = el;
  for (let level = 0; level < 3 && parts.length === 0; level++) {
    let n = 0;
    for (let sib = nextElementSibling.call(node); sib && n < 3; sib = nextElementSibling.call(sib), n++) {
      if (isButtonLike(sib)) parts.push(buttonText(sib));
      else if ((ctx.counts.get(sib) ?? 0) > 0) break;
      else if (n === 0) {
        // Only the first sibling is searched inside (an input-group wrapper around the button).
        const inner = findDescendant(sib, isButtonLike);
        if (inner) parts.push(buttonText(inner));
      }
    }
    const parent: Element | null = parentElement.call(node);
    if (!parent || STOP_TAGS.has(tagName.call(parent)) || (ctx.counts.get(parent) ?? 0) > 1) break;
    node = parent;
  }
  return cap(collapse(parts.join(' ')), BUTTON_MAX);
}

function isImage(el: Element): boolean {
  const tag = domReads(el).tagName.call(el);
  return tag === 'IMG' || tag === 'CANVAS' || tag === 'img' || tag === 'canvas';
}

/**
 * An <img> or <canvas> right beside the control or its cell (image captchas): the two siblings on each
 * side of the control and of its parent when the parent holds no other control.
 */
export function hasImageNearby(el: Element, ctx: RowContext): boolean {
  const r = domReads(el);
  let node: Element = el;
  for (let level = 0; level < 2; level++) {
    for (const step of [r.previousElementSibling, r.nextElementSibling]) {
      let n = 0;
      for (let sib = step.call(node); sib && n < 2; sib = step.call(sib), n++) {
        if (isImage(sib)) return true;
        if (holdsControl(sib, ctx)) break;
        if (n === 0 && findDescendant(sib, isImage)) return true;
      }
    }
    const parent: Element | null = r.parentElement.call(node);
    if (!parent || STOP_TAGS.has(r.tagName.call(parent)) || (ctx.counts.get(parent) ?? 0) > 1) break;
    node = parent;
  }
  return false;
}

function hiddenByMarkup(el: Element): boolean {
  const { hasAttribute, getAttribute } = domReads(el);
  if (hasAttribute.call(el, 'hidden')) return true;
  const style = getAttribute.call(el, 'style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * False for type=hidden, the hidden attribute, or an inline display:none / visibility:hidden up the tree.
 * The control's own attributes come from the snapshot's single read (control-attrs.ts).
 */
export function isVisible(el: Element, ctx: RowContext, own: Pick<ControlAttrs, 'type' | 'hidden' | 'style'>): boolean {
  if ((own.type ?? '').toLowerCase() === 'hidden' || own.hidden) return false;
  if (own.style !== null && HIDDEN_STYLE.test(own.style)) return false;
  const { parentElement } = domReads(el);
  const chain: Element[] = [];
  let hidden = false;
  for (let a = parentElement.call(el); a; a = parentElement.call(a)) {
    const known = ctx.hiddenMemo.get(a);
    if (known !== undefined) {
      hidden = known;
      break;
    }
    chain.push(a);
    if (hiddenByMarkup(a)) {
      hidden = true;
      break;
    }
  }
  for (const a of chain) ctx.hiddenMemo.set(a, hidden);
  return !hidden;
}

/**
 * Row key: the nearest of four ancestors that holds more than one control. Consecutive controls with
 * the same key are candidate split boxes. A control alone gets a key of its own.
 */
export function rowKeyOf(el: Element, ctx: RowContext, fallback: number): number {
  const { parentElement } = domReads(el);
  let a = parentElement.call(el);
  for (let level = 0; a && level < 4; level++, a = parentElement.call(a)) {
    if ((ctx.counts.get(a) ?? 0) > 1) {
      let id = ctx.rowIds.get(a);
      if (id === undefined) {
        id = ctx.rowIds.size + 1;
        ctx.rowIds.set(a, id);
      }
      return id;
    }
  }
  return fallback;
}
