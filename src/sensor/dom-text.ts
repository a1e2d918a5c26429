// Small, bounded text readers over a DOM that may be a real browser page or jsdom.
//
// The sensor runs on every page, so nothing here calls layout (innerText, getComputedStyle) and every
// walk is capped by a node budget: a huge sibling costs the same as a small one. Node types are
// compared by number because the CLI's jsdom window does not put `Node` on the global object.
// Text inside inline elements joins without a space ("银行<b>卡号</b>" reads 银行卡号); block
// boundaries add one, as a reader would see them.
import {
  ELEMENT_NODE as ELEMENT,
  firstChildOf,
  lastChildOf,
  nextSiblingOf,
  nodeTypeOf,
  parentNodeOf,
  previousSiblingOf,
  tagNameOf,
  TEXT_NODE as TEXT,
} from './dom-reads';


/**
 * Ruby's fallback parentheses (<rp>, hidden by every browser's own style sheet, so a page can put one between the
 * letters of a word: 银<rp>乙</rp>行卡号 shows 银行卡号) and its annotations (<rt>, the pinyin above 银行卡号: a person
 * reads the word below, not yín háng between its letters). Never text.
 */
const RUBY_EXTRAS = ['RP', 'RT'];
/** Elements whose text is never page text (or never a label). */
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'svg', ...RUBY_EXTRAS]);
/** Inline elements: their text joins the text around them without a space. */
export const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'LABEL', 'MARK', 'Q', 'S', 'SMALL',
  'SPAN', 'STRONG', 'SUB', 'SUP', 'U', 'RUBY', 'RB', ...RUBY_EXTRAS,
]);

/** Whitespace inside a trimmed string that collapse() would change: two in a row, or any but a plain space. */
const UNTIDY = /\s\s|[^\S ]/;

/**
 * Collapse runs of whitespace to one space and trim. Trimming first gives the same string (trim and \s
 * know the same whitespace), and most trimmed attribute values and labels need nothing more ("Card
 * number", 银行卡号): one test is about half the cost of the replace it saves.
 */
export function collapse(text: string): string {
  const t = text.trim();
  return UNTIDY.test(t) ? t.replace(/\s+/g, ' ') : t;
}

/** Cap a string at `max` characters (keeping the start). */
export function cap(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/**
 * The text of a subtree, in document order or read `backwards` from its end: text nodes as they are and a
 * space on both sides of each block element; nothing from elements whose tag is in `skip` (nor, with
 * `skipHidden`, from elements with the hidden attribute; nor from the elements in `exclude`); at most `maxNodes`
 * nodes looked at.
 *
 * Every caller collapses whitespace, so a run of block boundaries is written as one space; `raw` still
 * counts each boundary, and nothing is added once it reached `maxRaw`, so the collapsed result is that of
 * the plain concatenation capped the same way (dom-text-walks.test.ts holds it to that definition). Read
 * backwards, each piece goes in front.
 *
 * Iterative (deep pages cannot overflow anything), without callbacks, every read through dom-reads.ts: it
 * runs several times per control and once over the whole page (generated 1,000-control page text 0.95 →
 * 0.6 ms).
 */
function walkText(
  root: Node,
  backwards: boolean,
  maxNodes: number,
  maxRaw: number,
  skip: ReadonlySet<string>,
  skipHidden: boolean,
  exclude: ReadonlySet<Node> | null = null,
): string {
  const first = backwards ? lastChildOf : firstChildOf;
  const next = backwards ? previousSiblingOf : nextSiblingOf;
  let out = '';
  let raw = 0;
  let space = false;
  let budget = maxNodes;
  // Whether each element the walk is inside is a block, for the space at its end.
  const blocks: boolean[] = [];
  let node: Node = root;
  walk: for (;;) {
    // Entering `node`.
    if (budget-- <= 0) break;
    const type = nodeTypeOf(node);
    if (type === TEXT) {
      if (raw >= maxRaw) break;
      const t = node.nodeValue ?? '';
      raw += t.length;
      const gap = space ? ' ' : '';
      out = backwards ? t + gap + out : out + gap + t;
      space = false;
    } else if (type === ELEMENT) {
      const tag = tagNameOf(node);
      if (!skip.has(tag) && !(skipHidden && (node as Element).hasAttribute('hidden')) && !exclude?.has(node)) {
        const block = !INLINE.has(tag);
        if (block) {
          if (raw >= maxRaw) break;
          raw++;
          space = true;
        }
        const child = first(node);
        if (child) {
          blocks.push(block);
          node = child;
          continue;
        }
        if (block) {
          if (raw >= maxRaw) break;
          raw++;
        }
      }
    }
    // Leaving `node`: on to the next sibling in walking order, or up, closing each finished parent.
    for (;;) {
      if (node === root) break walk;
      const sibling = next(node);
      if (sibling) {
        node = sibling;
        continue walk;
      }
      node = parentNodeOf(node)!;
      if (blocks.pop()) {
        if (raw >= maxRaw) break walk;
        raw++;
        space = true;
      }
    }
  }
  return out;
}

/**
 * What people see of an element whose DOM text says something else (seen-text.ts: in the browser only, for the
 * labels and row of a field someone focused), with the element's textContent at the time: read in place of its
 * DOM text while that text is unchanged. `seenAny` keeps every other read (and the CLI) at one test.
 */
const seenTexts = new WeakMap<Node, readonly [string | null, string]>();
let seenAny = false;

export function setSeenText(el: Node, text: string): void {
  seenAny = true;
  seenTexts.set(el, [el.textContent, text]);
}

function seenTextOf(root: Node): string | undefined {
  if (!seenAny) return undefined;
  const seen = seenTexts.get(root);
  return seen && seen[0] === root.textContent ? seen[1] : undefined;
}

/**
 * Text of a subtree from its start, without script/style/select options; collapsed and capped. `asSeen`: what people
 * see of it in place of the DOM text, where that was read (setSeenText); not for text that is for screen readers.
 */
export function textOf(root: Node, maxChars = 200, maxNodes = 300, asSeen = true): string {
  return cap(collapse((asSeen ? seenTextOf(root) : undefined) ?? walkText(root, false, maxNodes, maxChars * 2, SKIP_TEXT, true)), maxChars);
}

/** Text of a subtree read from its end, keeping the last `maxChars` (the text nearest what follows). */
export function tailTextOf(root: Node, maxChars = 120, maxNodes = 200): string {
  const text = collapse(seenTextOf(root) ?? walkText(root, true, maxNodes, maxChars * 2, SKIP_TEXT, true));
  return text.length > maxChars ? text.slice(text.length - maxChars) : text;
}

/** How much of a page's title is kept. */
const TITLE_MAX = 200;

/** A document's title, whitespace-collapsed and capped: the same for the page itself and the page around a frame. */
export function sensorTitle(doc: Document): string {
  return cap(collapse(doc.title ?? ''), TITLE_MAX);
}

const PAGE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', ...RUBY_EXTRAS]);

/**
 * Visible page text: the body's text without script/style/noscript/template, whitespace-collapsed and
 * capped at `maxChars`. The walk stops once the raw text passed 1.5× the cap.
 *
 * `typedInto`: editable boxes (editable.ts) someone focused or typed into. What is in them is what the person
 * typed, not what the page says: it stays out, as an input's value does.
 */
export function sensorPageText(doc: Document, maxChars = 50_000, typedInto: ReadonlySet<Node> | null = null): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  return cap(collapse(walkText(root, false, Infinity, maxChars * 1.5, PAGE_SKIP, false, typedInto)), maxChars);
}
