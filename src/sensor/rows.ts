// Where a control sits: the text just before it in its row, the buttons just after it, an image beside
// it, and which row it shares with its neighbours (split boxes).
//
// Everything walks a few siblings and a few ancestors from the control. A map of how many controls
// each near ancestor holds is built once per scan, so "does this sibling hold another control?" is a
// map lookup, never a subtree search. The walk that builds it keeps each control's ancestors, so the readers
// below and labels.ts climb that list instead of reading each parent again: the same elements, read once a scan
// (generated 1,000-control page: 15,600 parentElement reads a snapshot → 6,400).
import { CONTROL_TAGS } from './collect-controls';
import {
  ELEMENT_NODE as ELEMENT,
  firstElementChildOf,
  nextElementSiblingOf,
  nodeTypeOf,
  parentElementOf,
  previousElementSiblingOf,
  previousSiblingOf,
  tagNameOf,
  TEXT_NODE as TEXT,
} from './dom-reads';
import { cap, collapse, INLINE as INLINE_TAGS, tailTextOf, textOf } from './dom-text';

/** How many ancestors of each control the count map covers. */
const COUNT_LEVELS = 6;
const NEARBY_MAX = 120;
const BUTTON_MAX = 60;
/** Containers that end a row search: past them, text belongs to the whole form or page. */
const STOP_TAGS = new Set(['FORM', 'BODY', 'HTML', 'FIELDSET', 'TABLE', 'TBODY']);
const BUTTON_CLASS = /btn|button|send|code|sms|otp|verif|yzm/i;
const HAS_WORD = /\p{L}\p{L}/u;

export interface RowContext {
  /** Number of controls under each of the near ancestors of every control. */
  counts: Map<Element, number>;
  /** Row ids handed out so far. */
  rowIds: Map<Element, number>;
  /** The controls the context was built for, in order. */
  controls: readonly Element[];
  /** Their first COUNT_LEVELS ancestors, COUNT_LEVELS entries per control (null past the top). */
  ancestors: (Element | null)[];
}

/** A control's first COUNT_LEVELS ancestors: [0] is its parent; null past the top. */
export type Ancestors = readonly (Element | null)[];

function pushAncestors(el: Element, list: (Element | null)[]): void {
  for (let level = 0, a = parentElementOf(el); level < COUNT_LEVELS; level++) {
    list.push(a);
    a = a && parentElementOf(a);
  }
}

export function rowContext(controls: readonly Element[]): RowContext {
  const counts = new Map<Element, number>();
  const ancestors: (Element | null)[] = [];
  for (const el of controls) pushAncestors(el, ancestors);
  for (const a of ancestors) if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
  return { counts, rowIds: new Map(), controls, ancestors };
}

/** The ancestors of `el`, the control at `index`: from the context, or read now for a control it was not built for. */
export function ancestorsOf(el: Element, index: number, ctx: RowContext): Ancestors {
  if (ctx.controls[index] === el) return ctx.ancestors.slice(index * COUNT_LEVELS, (index + 1) * COUNT_LEVELS);
  const list: (Element | null)[] = [];
  pushAncestors(el, list);
  return list;
}

/**
 * The text just before the control (an image's alt text counts): preceding siblings, then (while nothing is
 * found and the parent holds no earlier control) the parent's preceding siblings — a table's previous cell, a
 * row's label div.
 */
export function nearbyTextOf(el: Element, ctx: RowContext, up: Ancestors): string {
  let node: Element = el;
  const input = tagNameOf(el) === 'INPUT';
  for (let level = 0; level < 5; level++) {
    let text = '';
    let blocked = false;
    let n = 0;
    for (let sib = previousSiblingOf(node); sib && n < 8; sib = previousSiblingOf(sib), n++) {
      // Does it hold a control (then the row ends here), and is it inline: type and tag read once.
      const type = nodeTypeOf(sib);
      const tag = type === ELEMENT ? tagNameOf(sib) : '';
      // A <select> right before an input, with no words between them, is the other half of one entry: the bank
      // before the card number (银行卡号 [工商银行 ▾] [____]), +86 before the phone. The words before the select
      // name both. Not for a select after a select (Month [01 ▾] [2026 ▾]): the words are the first one's.
      if (input && tag === 'SELECT' && !text) continue;
      if (type === ELEMENT && (CONTROL_TAGS.has(tag) || (ctx.counts.get(sib as Element) ?? 0) > 0)) {
        blocked = true;
        break;
      }
      // An image of words reads as its alt text, inline: a page can draw its label (短信验证码) as a picture.
      const img = tag === 'IMG';
      const inline = type === TEXT || img || (type === ELEMENT && INLINE_TAGS.has(tag));
      // A block sibling ends the run once words were found: it belongs to an earlier line.
      if (!inline && HAS_WORD.test(text)) break;
      const t = type === TEXT ? (sib.nodeValue ?? '') : img ? ((sib as Element).getAttribute('alt') ?? '') : type === ELEMENT ? tailTextOf(sib, NEARBY_MAX) : '';
      if (!t.trim()) continue;
      text = inline ? t + text : `${t} ${text}`;
      if (text.length >= NEARBY_MAX || (!inline && HAS_WORD.test(text))) break;
    }
    text = collapse(text);
    if (text) return text.length > NEARBY_MAX ? text.slice(text.length - NEARBY_MAX) : text;
    // `node` is the control (level 0) or up[level - 1]; its parent is up[level].
    const parent = up[level];
    // No words before the control's cell in its row, or a cell with a control right before it: the column's
    // heading labels it, not the tail of the whole row above.
    if (parent && tagNameOf(node) === 'TD' && tagNameOf(parent) === 'TR') {
      const heading = columnHeadingOf(node, parent, ctx);
      if (heading) return heading;
    }
    if (blocked) return '';
    if (!parent || STOP_TAGS.has(tagNameOf(parent))) return '';
    node = parent;
  }
  return '';
}

/**
 * For a file input: the heading or title just above its upload widget, where the words beside the input are the
 * widget's own ("<h3>上传银行卡正面照片</h3><p>请确保卡号清晰</p><div><label for=f>+ 点击上传</label><input type=file id=f
 * hidden></div>", the usual upload widget). A heading is an <h1>–<h6> or an element whose class says title. Up the
 * ancestors that hold no other control (the widget), at most three elements back at each: an element holding another
 * control ends the look (what is above it names that one), and so do the form's and the page's containers
 * (STOP_TAGS), so far-away page text is never read.
 */
export function headingAbove(el: Element, ctx: RowContext, up: Ancestors): string {
  for (let level = 0, node = el; level < 4; node = up[level++]!) {
    for (let sib = previousElementSiblingOf(node), n = 0; sib && n < 3; sib = previousElementSiblingOf(sib), n++) {
      if (CONTROL_TAGS.has(tagNameOf(sib)) || ctx.counts.get(sib)) return '';
      if (/^H\d$/.test(tagNameOf(sib)) || /tit/i.test(sib.getAttribute('class')!)) return textOf(sib, 60);
    }
    const parent = up[level];
    if (!parent || STOP_TAGS.has(tagNameOf(parent)) || ctx.counts.get(parent)! > 1) break;
  }
  return '';
}

/** How many columns a cell spans (1 when unset or nonsense). */
function spanOf(cell: Element): number {
  const n = Number.parseInt(cell.getAttribute('colspan') ?? '', 10);
  return n > 1 && n < 100 ? n : 1;
}

/**
 * The heading of a table column, for a control in `cell` (a cell of `row`) that nearbyTextOf found no words
 * before: a row of inputs under a row of headings (卡号 | 有效期 | 验证码). The heading row is the row right above, or
 * the table's first row when that is a real header (in <thead>, or made of <th>); it holds no control.
 */
function columnHeadingOf(cell: Element, row: Element, ctx: RowContext): string {
  let column = 0;
  for (let c = previousElementSiblingOf(cell); c; c = previousElementSiblingOf(c)) column += spanOf(c);
  const free = (r: Element | null | undefined): r is Element => !!r && r !== row && tagNameOf(r) === 'TR' && !ctx.counts.get(r);
  let header: Element | null = previousElementSiblingOf(row);
  if (!free(header)) {
    // Several rows of inputs: the table's first row, when it is a header (in <thead>, or made of <th>).
    const section = parentElementOf(row);
    const table = section && tagNameOf(section) === 'TABLE' ? section : section && parentElementOf(section);
    const first = table && tagNameOf(table) === 'TABLE' ? (table as HTMLTableElement).rows?.[0] : undefined;
    const head = free(first) && (tagNameOf(parentElementOf(first)!) === 'THEAD' || tagNameOf(firstElementChildOf(first) ?? first) === 'TH');
    header = head ? first! : null;
  }
  if (!header) return '';
  for (let c = firstElementChildOf(header), at = 0; c; c = nextElementSiblingOf(c)) {
    const span = spanOf(c);
    if (column < at + span) return textOf(c, NEARBY_MAX, 50);
    at += span;
  }
  return '';
}

/**
 * Depth-first search under `root` for an element passing `test`, visiting at most `budget` elements (in
 * document order). Steps element to element, so a wide element costs no more than a narrow one.
 */
function findDescendant(root: Element, test: (el: Element) => boolean, budget = 8): Element | null {
  let el = firstElementChildOf(root);
  while (el && budget-- > 0) {
    if (test(el)) return el;
    // Next in document order within root: the first child, else the next sibling of el or of an ancestor.
    let next = firstElementChildOf(el);
    for (let a: Element = el; !next; ) {
      next = nextElementSiblingOf(a);
      if (next) break;
      a = parentElementOf(a)!;
      if (a === root) break;
    }
    el = next;
  }
  return null;
}

function isButtonLike(el: Element): boolean {
  const tag = tagNameOf(el);
  if (tag === 'BUTTON' || tag === 'A') return true;
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return type === 'button' || type === 'submit';
  }
  return (
    el.getAttribute('role') === 'button' || el.hasAttribute('onclick') || BUTTON_CLASS.test(el.getAttribute('class') ?? '')
  );
}

function buttonText(el: Element): string {
  if (tagNameOf(el) === 'INPUT') return el.getAttribute('value') ?? '';
  return textOf(el, BUTTON_MAX, 60);
}

/** Text of the buttons and links right after the control in its row (获取验证码, "Send code"). */
export function buttonTextOf(el: Element, ctx: RowContext, up: Ancestors): string {
  const parts: string[] = [];
  let node: Element = el;
  for (let level = 0; level < 3 && parts.length === 0; level++) {
    let n = 0;
    for (let sib = nextElementSiblingOf(node); sib && n < 3; sib = nextElementSiblingOf(sib), n++) {
      if (isButtonLike(sib)) parts.push(buttonText(sib));
      else if ((ctx.counts.get(sib) ?? 0) > 0) break;
      else if (n === 0) {
        // Only the first sibling is searched inside (an input-group wrapper around the button).
        const inner = findDescendant(sib, isButtonLike);
        if (inner) parts.push(buttonText(inner));
      }
    }
    const parent = up[level];
    if (!parent || STOP_TAGS.has(tagNameOf(parent)) || (ctx.counts.get(parent) ?? 0) > 1) break;
    node = parent;
  }
  return cap(collapse(parts.join(' ')), BUTTON_MAX);
}

const IMAGE_TAGS = new Set(['IMG', 'CANVAS', 'img', 'canvas']);

function isImage(el: Element): boolean {
  return IMAGE_TAGS.has(tagNameOf(el));
}

/**
 * An image among the two siblings of `node` in one direction (`step`), or inside the nearer one; a sibling
 * holding a control ends the look. Each sibling's tag is read once.
 */
function imageBeside(node: Element, step: (el: Element) => Element | null, ctx: RowContext): boolean {
  let n = 0;
  for (let sib = step(node); sib && n < 2; sib = step(sib), n++) {
    const tag = tagNameOf(sib);
    if (IMAGE_TAGS.has(tag)) return true;
    if (CONTROL_TAGS.has(tag) || (ctx.counts.get(sib) ?? 0) > 0) break;
    if (n === 0 && findDescendant(sib, isImage)) return true;
  }
  return false;
}

/**
 * An <img> or <canvas> right beside the control or its cell (image captchas): the two siblings on each
 * side of the control and of its parent when the parent holds no other control.
 */
export function hasImageNearby(el: Element, ctx: RowContext, up: Ancestors): boolean {
  let node: Element = el;
  for (let level = 0; level < 2; level++) {
    if (imageBeside(node, previousElementSiblingOf, ctx) || imageBeside(node, nextElementSiblingOf, ctx)) return true;
    const parent = up[level];
    if (!parent || STOP_TAGS.has(tagNameOf(parent)) || (ctx.counts.get(parent) ?? 0) > 1) break;
    node = parent;
  }
  return false;
}

/**
 * Row key: the nearest of four ancestors that holds more than one control. Consecutive controls with
 * the same key are candidate split boxes. A control alone gets a key of its own.
 */
export function rowKeyOf(ctx: RowContext, up: Ancestors, fallback: number): number {
  for (let level = 0, a = up[0]; a && level < 4; a = up[++level]) {
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
