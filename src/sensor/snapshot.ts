// DOM → PageSnapshot: the plain data the classifier and the engine read.
//
// Shared by the scan CLI (jsdom: no layout, no scripts run) and the content script (every page), so it
// is cheap: attribute reads, a label-for map per root built once, and a few siblings and ancestors per
// control. It never reads a control's value.
import type { ControlSnapshot, PageSnapshot } from '../core/types';
import { collectControls } from './collect-controls';
import { controlAttrs, type ControlAttrs } from './control-attrs';
import { cap, collapse, sensorPageText, textOf } from './dom-text';
import { ariaTextOf, labelForMap, labelTextOf } from './labels';
import { IGNORED_TYPES } from '../core/fields/words';
import { prominentText } from './prominent';
import { hiddenFromPeople } from './decoy';
import { buttonTextOf, hasImageNearby, isVisible, nearbyTextOf, rowContext, rowKeyOf, type RowContext } from './rows';

export { sensorPageText } from './dom-text';
export { collectControls } from './collect-controls';

const ATTR_MAX = 120;
const INPUT_TYPES = new Set([
  'text', 'password', 'email', 'tel', 'number', 'search', 'url', 'hidden', 'checkbox', 'radio', 'submit',
  'button', 'reset', 'image', 'file', 'date', 'month', 'week', 'time', 'datetime-local', 'color', 'range',
]);
const MAX_OPTIONS = 5;
/**
 * Controls the classifier never reports (core/fields: textarea and the IGNORED_TYPES inputs — buttons,
 * checkboxes, hidden, search, email, dates …): no finding, no card context, never a split box. Their row
 * walks (nearby text, buttons, images) would be read by nobody, so they are skipped.
 */
const NO_TEXT_TYPES = new Set(IGNORED_TYPES);
const HEADINGS_MAX = 30;

function tidy(v: string | null): string {
  return v ? cap(collapse(v), ATTR_MAX) : '';
}

function attr(el: Element, name: string): string {
  return tidy(el.getAttribute(name));
}

function typeOf(raw: string | null, tag: ControlSnapshot['tag']): string {
  if (tag !== 'input') return '';
  const t = (raw ?? '').trim().toLowerCase();
  return INPUT_TYPES.has(t) ? t : 'text';
}

function maxLengthOf(raw: string | null): number | null {
  if (!raw) return null;
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : null;
}

function optionText(o: Element): string {
  // An option holds text only, so its textContent is small.
  return cap(collapse(o.textContent ?? ''), 30) || attr(o, 'value').slice(0, 30);
}

function optionsOf(el: Element): string[] {
  const out: string[] = [];
  for (let c = el.firstElementChild; c && out.length < MAX_OPTIONS; c = c.nextElementSibling) {
    if (c.tagName === 'OPTION') out.push(optionText(c));
    else if (c.tagName === 'OPTGROUP') {
      for (let o = c.firstElementChild; o && out.length < MAX_OPTIONS; o = o.nextElementSibling) out.push(optionText(o));
    }
  }
  return out;
}

/** readonly/disabled, and only for such a control whether it is hidden from people (decoy.ts). */
function locked(el: Element, tag: ControlSnapshot['tag'], a: ControlAttrs): Pick<ControlSnapshot, 'readOnly' | 'disabled' | 'hiddenFromPeople'> {
  const readOnly = tag !== 'select' && a.readonly;
  const disabled = a.disabled;
  if (!readOnly && !disabled) return {};
  return { readOnly, disabled, hiddenFromPeople: hiddenFromPeople(el) };
}

/** Reusable per-scan state: label-for maps per root and the row context. */
export interface ScanState {
  forMaps: Map<Node, Map<string, string>>;
  rows: RowContext;
}

export function scanState(elements: readonly Element[]): ScanState {
  return { forMaps: new Map(), rows: rowContext(elements) };
}

/** One control as data. `index` is its position in the page's control list. */
export function snapshotControl(el: Element, index: number, state: ScanState): ControlSnapshot {
  // A detached control's root is an element, which also answers querySelectorAll.
  const root = el.getRootNode() as Document | ShadowRoot;
  let forMap = state.forMaps.get(root);
  if (!forMap) {
    forMap = labelForMap(root);
    state.forMaps.set(root, forMap);
  }
  const tag = el.tagName.toLowerCase() as ControlSnapshot['tag'];
  const a = controlAttrs(el);
  const type = typeOf(a.type, tag);
  // Buttons, checkboxes, hidden inputs, search boxes, textareas … never hold a card number or code.
  const plain = tag === 'textarea' || NO_TEXT_TYPES.has(type);
  return {
    index,
    tag,
    type,
    id: a.id,
    name: a.name,
    autocomplete: tidy(a.autocomplete).toLowerCase(),
    inputmode: tidy(a.inputmode).toLowerCase(),
    maxLength: maxLengthOf(a.maxlength),
    pattern: tidy(a.pattern),
    placeholder: tidy(a.placeholder),
    title: tidy(a.title),
    ariaLabel: ariaTextOf(el, a.ariaLabel, a.ariaLabelledby),
    labelText: labelTextOf(el, forMap, a.id),
    nearbyText: plain ? '' : nearbyTextOf(el, state.rows),
    buttonText: plain ? '' : buttonTextOf(el, state.rows),
    hasImageNearby: plain ? false : hasImageNearby(el, state.rows),
    options: tag === 'select' ? optionsOf(el) : [],
    visible: isVisible(el, state.rows, a),
    rowKey: rowKeyOf(el, state.rows, -(index + 1)),
    ...locked(el, tag, a),
  };
}

/**
 * Snapshots the controls at the given positions of `elements` (all of them when `indices` is absent).
 * Used by the CLI (through snapshotPage) and the benchmark; the content script snapshots control by
 * control instead (page-facts.ts), so its scan can pause between controls.
 */
export function snapshotControls(elements: readonly Element[], indices?: readonly number[]): ControlSnapshot[] {
  const state = scanState(elements);
  const out: ControlSnapshot[] = [];
  if (indices) {
    for (const i of indices) {
      const el = elements[i];
      if (el) out.push(snapshotControl(el, i, state));
    }
  } else {
    for (let i = 0; i < elements.length; i++) out.push(snapshotControl(elements[i]!, i, state));
  }
  return out;
}

const LOGO = /logo/i;

/** Page title, h1–h3 text, the alt/title of logo images and other prominent text (prominent.ts): what a page claims to be. */
export function sensorHeadings(doc: Document): string[] {
  const out: string[] = [];
  const push = (t: string): void => {
    const c = cap(collapse(t), 120);
    if (c && !out.includes(c) && out.length < HEADINGS_MAX) out.push(c);
  };
  if (doc.title) push(doc.title);
  // Site name, logos and form headings (prominent.ts) before the h1–h3 that could fill the cap.
  for (const t of prominentText(doc)) push(t);
  const images: Element[] = [];
  // The body's h1–h3 and images in document order, found natively (a JS walk over every element cost
  // 0.5 ms on the generated 1,000-control page, this 0.15 ms). The tag test stays: it is what counts.
  const found = (doc.body ?? doc.documentElement)?.querySelectorAll('h1, h2, h3, img') ?? [];
  for (let i = 0; i < found.length && out.length < HEADINGS_MAX; i++) {
    const el = found[i]!;
    const tag = el.tagName;
    if (tag === 'H1' || tag === 'H2' || tag === 'H3') push(textOf(el, 120, 100));
    else if (tag === 'IMG' && images.length < 200) images.push(el);
  }
  for (const img of images) {
    const alt = img.getAttribute('alt') ?? '';
    const hint = `${img.getAttribute('src') ?? ''} ${img.getAttribute('class') ?? ''} ${img.getAttribute('id') ?? ''} ${alt}`;
    if (!LOGO.test(hint)) continue;
    if (alt) push(alt);
    const title = img.getAttribute('title');
    if (title) push(title);
  }
  return out;
}

/** The whole page as data, plus the control elements in snapshot order (for the content script). */
export function snapshotPage(doc: Document, url: string): { snapshot: PageSnapshot; elements: Element[] } {
  const elements = collectControls(doc);
  return {
    snapshot: {
      url,
      title: cap(collapse(doc.title ?? ''), 200),
      headings: sensorHeadings(doc),
      text: sensorPageText(doc),
      controls: snapshotControls(elements),
    },
    elements,
  };
}
