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
 * space on both sides of each block element; nothing from elements whose tag is in SKIP_TEXT nor from those with
 * the hidden attribute; at most `maxNodes` nodes looked at. (The page's text has its own walk: composedText.)
 *
 * Every caller collapses whitespace, so a run of block boundaries is written as one space; `raw` still
 * counts each boundary, and nothing is added once it reached `maxRaw`, so the collapsed result is that of
 * the plain concatenation capped the same way (dom-text-walks.test.ts holds it to that definition). Read
 * backwards, each piece goes in front.
 *
 * Iterative (deep pages cannot overflow anything), without callbacks, every read through dom-reads.ts: it
 * runs several times per control (the page text's walk, written the same way: generated 1,000-control page 0.95 →
 * 0.6 ms).
 */
function walkText(
  root: Node,
  backwards: boolean,
  maxNodes: number,
  maxRaw: number,
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
      if (!SKIP_TEXT.has(tag) && !(node as Element).hasAttribute('hidden')) {
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
  return cap(collapse((asSeen ? seenTextOf(root) : undefined) ?? walkText(root, false, maxNodes, maxChars * 2)), maxChars);
}

/** Text of a subtree read from its end, keeping the last `maxChars` (the text nearest what follows). */
export function tailTextOf(root: Node, maxChars = 120, maxNodes = 200): string {
  const text = collapse(seenTextOf(root) ?? walkText(root, true, maxNodes, maxChars * 2));
  return text.length > maxChars ? text.slice(text.length - maxChars) : text;
}

/** How much of a page's title is kept. */
const TITLE_MAX = 200;

/** A document's title, whitespace-collapsed and capped: the same for the page itself and the page around a frame. */
export function sensorTitle(doc: Document): string {
  return cap(collapse(doc.title ?? ''), TITLE_MAX);
}

const PAGE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', ...RUBY_EXTRAS]);
/** Elements whose text is somebody else's words, quoted: read in quotation marks (sensorPageText). */
const QUOTES = new Set(['BLOCKQUOTE', 'Q']);

/**
 * The page's text as a reader sees it: text nodes as they are, a space on both sides of each block element, nothing
 * from `skip` tags or from the elements in `exclude`, and the raw text capped at `maxRaw` (each block boundary
 * counting one), as walkText reads it; but in composed order, through the shadow roots in `hosts` (host → root; null: none):
 * a host's shadow content stands in place of its children, and a <slot> in it for the host's children assigned to it
 * (its own children when none are). That is where a person sees a component's text, so a quotation, a sentence or a
 * warning that runs into or out of a component reads as one (scam-phrases.ts looks at the marks and the sentence
 * around a match); appended after the page, it would be cut off from both.
 *
 * The text of a <blockquote> or <q> (browsers draw a q's marks with CSS, and a block quote indents somebody else's
 * words) is put in “ ”: a news story quoting a crook's script is reported speech, as with marks typed in the text.
 * Each stretch of it between block boundaries is quoted on its own, so a quote's later paragraphs stand as near their
 * opening mark as its first one does.
 *
 * Forward only, iterative like walkText; the element stack is explicit, because the parent of a shadow root's child
 * or of a slotted node in this order is not its DOM parent.
 *
 * `keep` (page-text-window.ts, for a page over the cap): asked about each element entered and each text node, with
 * the length of the text so far; false leaves the element's subtree, or the text node, out (counting nothing).
 */
export function composedText(
  root: Node,
  maxRaw: number,
  exclude: ReadonlySet<Node> | null,
  hosts: ReadonlyMap<Node, ShadowRoot> | null,
  keep?: (node: Node, at: number) => boolean,
): string {
  let out = '';
  let raw = 0;
  let space = false;
  /** How many quote elements the walk is in, and whether an opening mark is written and not closed yet. */
  let quoting = 0;
  let open = false;
  // Per element entered, four entries: the element, 1 (a block) | 2 (a quote), and the slotted list being walked
  // around it and the place in it.
  const stack: unknown[] = [];
  /** The slotted nodes being walked in place of an element's children (null: its children), and where. */
  let list: Node[] | null = null;
  let at = 0;
  let node: Node = root;
  /** A block boundary (a quote's open mark closes there); false once the cap is reached. */
  const boundary = (): boolean => {
    if (raw >= maxRaw) return false;
    raw++;
    space = true;
    if (open) out += '”';
    open = false;
    return true;
  };
  /** Leaving an element of `flag`; false once the cap is reached. */
  const leave = (flag: number): boolean => {
    if (flag & 1 && !boundary()) return false;
    if (flag & 2 && !--quoting && open) {
      out += '”';
      open = false;
    }
    return true;
  };
  walk: for (;;) {
    const type = nodeTypeOf(node);
    if (type === TEXT) {
      if (raw >= maxRaw) break;
      const t = keep && !keep(node, out.length) ? '' : (node.nodeValue ?? '');
      raw += t.length;
      // A quote opens at its first text that shows something.
      const mark = quoting && !open && t.trim() ? '“' : '';
      if (mark) open = true;
      out += (space ? ' ' : '') + mark + t;
      space = false;
    } else if (type === ELEMENT) {
      const tag = tagNameOf(node);
      if (!PAGE_SKIP.has(tag) && !exclude?.has(node) && (!keep || keep(node, out.length))) {
        const flag = (INLINE.has(tag) ? 0 : 1) | (QUOTES.has(tag) ? 2 : 0);
        if (flag & 1 && !boundary()) break;
        if (flag & 2) quoting++;
        // Slots are only in shadow roots (a slot hosts none), so a page without roots asks nothing more.
        let slotted = hosts && tag === 'SLOT' ? (node as HTMLSlotElement).assignedNodes() : null;
        if (!slotted?.length) slotted = null;
        const child = slotted ? slotted[0]! : firstChildOf(hosts?.get(node) ?? node);
        if (child) {
          stack.push(node, flag, list, at);
          list = slotted;
          at = 0;
          node = child;
          continue;
        }
        if (!leave(flag)) break;
      }
    }
    // Leaving `node`: on to the next node in this order, or up, closing each finished element.
    for (;;) {
      if (node === root) break walk;
      const sibling = list ? list[++at] : nextSiblingOf(node);
      if (sibling) {
        node = sibling;
        continue walk;
      }
      at = stack.pop() as number;
      list = stack.pop() as Node[] | null;
      const flag = stack.pop() as number;
      node = stack.pop() as Node;
      if (!leave(flag)) break walk;
    }
  }
  return open ? out + '”' : out;
}

/**
 * Visible page text: the body's text without script/style/noscript/template, in composed order through the shadow
 * roots `roots` (the scan's: the open ones and the closed ones it was shown; page-facts.ts passes them), block
 * quotes and <q> in quotation marks (composedText), whitespace-collapsed and capped at `maxChars`. The walk stops once
 * the raw text passed 1.5× the cap.
 *
 * `typedInto`: editable boxes (editable.ts) someone focused or typed into. What is in them is what the person
 * typed, not what the page says: it stays out, as an input's value does.
 */
export function sensorPageText(
  doc: Document,
  maxChars = 50_000,
  typedInto: ReadonlySet<Node> | null = null,
  roots: readonly ShadowRoot[] = [],
): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const hosts = roots.length > 0 ? new Map(roots.map((r) => [r.host, r])) : null;
  return cap(collapse(composedText(root, maxChars * 1.5, typedInto, hosts)), maxChars);
}
