// DOM → PageSnapshot: the plain data the classifier and the engine read.
//
// Shared by the scan CLI (jsdom: no layout, no scripts run) and the content script (every page), so it
// is cheap: attribute reads, a label-for map per root built once, and a few siblings and ancestors per
// control. It never reads a control's value.
import type { ControlSnapshot, PageSnapshot } from '../core/types';
import { collectControls, nextElement } from './collect-controls';
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

function attr(el: Element, name: string): string {
  const v = el.getAttribute(name);
  return v ? cap(collapse(v), ATTR_MAX) : '';
}

function typeOf(el: Element, tag: ControlSnapshot['tag']): string {
  if (tag !== 'input') return '';
  const t = (el.getAttribute('type') ?? '').trim().toLowerCase();
  return INPUT_TYPES.has(t) ? t : 'text';
}

function maxLengthOf(el: Element): number | null {
  const raw = el.getAttribute('maxlength');
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
function locked(el: Element, tag: ControlSnapshot['tag']): Pick<ControlSnapshot, 'readOnly' | 'disabled' | 'hiddenFromPeople'> {
  const readOnly = tag !== 'select' && el.hasAttribute('readonly');
  const disabled = el.hasAttribute('disabled');
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
  const type = typeOf(el, tag);
  // Buttons, checkboxes, hidden inputs, search boxes, textareas … never hold a card number or code.
  const plain = tag === 'textarea' || NO_TEXT_TYPES.has(type);
  return {
    index,
    tag,
    type,
    id: el.getAttribute('id'),
    name: el.getAttribute('name'),
    autocomplete: attr(el, 'autocomplete').toLowerCase(),
    inputmode: attr(el, 'inputmode').toLowerCase(),
    maxLength: maxLengthOf(el),
    pattern: attr(el, 'pattern'),
    placeholder: attr(el, 'placeholder'),
    title: attr(el, 'title'),
    ariaLabel: ariaTextOf(el),
    labelText: labelTextOf(el, forMap),
    nearbyText: plain ? '' : nearbyTextOf(el, state.rows),
    buttonText: plain ? '' : buttonTextOf(el, state.rows),
    hasImageNearby: plain ? false : hasImageNearby(el, state.rows),
    options: tag === 'select' ? optionsOf(el) : [],
    visible: isVisible(el, state.rows),
    rowKey: rowKeyOf(el, state.rows, -(index + 1)),
    ...locked(el, tag),
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
  const root = doc.body ?? doc.documentElement;
  for (let el = root?.firstElementChild ?? null; el && root && out.length < HEADINGS_MAX; el = nextElement(el, root)) {
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
