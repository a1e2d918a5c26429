// DOM → PageSnapshot: the plain data the classifier and the engine read.
//
// Shared by the scan CLI (jsdom: no layout, no scripts run) and the content script (every page), so it
// is cheap: attribute reads, a label-for map per root built once, and a few siblings and ancestors per
// control. It never reads a control's value.
import type { ControlSnapshot, PageSnapshot } from '../core/types';
import { collectControls } from './collect-controls';
import { controlAttrs } from './control-attrs';
import { cap, collapse, sensorPageText, sensorTitle, textOf } from './dom-text';
import { ariaTextOf, labelForMap, labelTextOf } from './labels';
import { IGNORED_TYPES } from '../core/fields/words';
import { capAttr } from '../messaging/limits';
import { sensorHeadings } from './headings';
import { hiddenFromPeople } from './decoy';
import { ancestorsOf, buttonTextOf, hasImageNearby, headingAbove, nearbyTextOf, rowContext, rowKeyOf, type RowContext } from './rows';

export { sensorPageText } from './dom-text';
export { sensorHeadings } from './headings';
export { collectControls } from './collect-controls';

const ATTR_MAX = 120;
const INPUT_TYPES = new Set([
  'text', 'password', 'email', 'tel', 'number', 'search', 'url', 'hidden', 'checkbox', 'radio', 'submit',
  'button', 'reset', 'image', 'file', 'date', 'month', 'week', 'time', 'datetime-local', 'color', 'range',
]);
const MAX_OPTIONS = 5;
/**
 * Controls the classifier never reports (core/fields: the IGNORED_TYPES inputs — buttons, checkboxes, hidden,
 * search, email, dates …): no finding, no card context, never a split box. Their row walks (nearby text, buttons,
 * images) would be read by nobody, so they are skipped. (A textarea's nearby text is read: carriers.ts.)
 */
const NO_TEXT_TYPES = new Set(IGNORED_TYPES);

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


/** Reusable per-scan state: label-for maps per root and the row context. */
export interface ScanState {
  forMaps: Map<Node, Map<string, string>>;
  rows: RowContext;
  /** Number pads someone pressed a key of (pin-pad.ts), among the elements: read as numeric password boxes. */
  pads: ReadonlySet<Element>;
}

export function scanState(elements: readonly Element[], pads: ReadonlySet<Element> = new Set()): ScanState {
  return { forMaps: new Map(), rows: rowContext(elements), pads };
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
  const name = el.localName;
  // An editable box someone focused (editable.ts) is read as the text input it stands in for, whatever
  // `type` the page put on it.
  const box = name !== 'input' && name !== 'select' && name !== 'textarea';
  const tag: ControlSnapshot['tag'] = box ? 'input' : name;
  const a = controlAttrs(el);
  // A number pad (pin-pad.ts) takes a secret one key at a time: a numeric password box, whatever the page calls it.
  const pad = box && state.pads.has(el);
  const type = pad ? 'password' : box ? 'text' : typeOf(a.type, tag);
  // Buttons, checkboxes, hidden inputs, search boxes, textareas … never hold a card number or code. A file upload can
  // take a photo of a card (core/fields/carriers.ts), and is often named only by the words beside it (上传银行卡正面照);
  // a text area can take the SMS received, often asked for in a <p> just above the bare box (carriers.ts).
  const silent = NO_TEXT_TYPES.has(type) && type !== 'file';
  const plain = tag === 'textarea' || silent;
  const up = ancestorsOf(el, index, state.rows);
  const near = silent ? '' : nearbyTextOf(el, state.rows, up);
  const snapshot: ControlSnapshot = {
    index,
    tag,
    type,
    // Cut to the message's limit, not to ATTR_MAX: a name is matched word by word, and a long one is still a name.
    // Cut at all, so a 1 MB name costs the classifier no more than a long one.
    id: capAttr(a.id),
    name: capAttr(a.name),
    autocomplete: tidy(a.autocomplete).toLowerCase(),
    inputmode: pad ? 'numeric' : tidy(a.inputmode).toLowerCase(),
    maxLength: maxLengthOf(a.maxlength),
    pattern: tidy(a.pattern),
    placeholder: tidy(a.placeholder),
    title: tidy(a.title),
    ariaLabel: ariaTextOf(el, a['aria-label'], a['aria-labelledby']),
    labelText: labelTextOf(forMap, a.id, up),
    // An upload's words are often in a heading above its widget, the input hidden behind a "+ 点击上传" label (headingAbove).
    nearbyText: type === 'file' ? collapse(`${near} ${headingAbove(el, state.rows, up)}`) : near,
    buttonText: plain ? '' : buttonTextOf(el, state.rows, up),
    hasImageNearby: plain ? false : hasImageNearby(el, state.rows, up),
    options: tag === 'select' ? optionsOf(el) : [],
    rowKey: rowKeyOf(state.rows, up, -(index + 1)),
  };
  // A control with no name of its own (no label, aria name or placeholder) is known by its aria-describedby text:
  // what a screen reader says of it, and all a page that keeps its words out of the label left. A named control's
  // description is only a hint or an error (请输入6位数字, 格式错误, 验证码将发送至该手机): it is not read, so it
  // cannot turn a phone field into a code field.
  if (!(snapshot.ariaLabel || snapshot.labelText || snapshot.placeholder)) {
    snapshot.ariaLabel = ariaTextOf(el, null, el.getAttribute('aria-describedby'));
  }
  // readonly/disabled, and only for such a control whether it is hidden from people (decoy.ts). Added
  // after the literal (last, as before) because they are rare: no object spread for every control.
  const readOnly = tag !== 'select' && a.readonly !== null;
  const disabled = a.disabled !== null;
  if (readOnly || disabled) {
    snapshot.readOnly = readOnly;
    snapshot.disabled = disabled;
    snapshot.hiddenFromPeople = hiddenFromPeople(el);
  }
  return snapshot;
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

/**
 * The whole page as data, plus the control elements in snapshot order. `readText` reads the page's text once the
 * controls are known (the CLI: near its sensitive fields past the cap, as the extension does, with
 * page-text-window.ts, which stays out of the scanner's bundle); the page's start (sensorPageText) by default.
 */
export function snapshotPage(
  doc: Document,
  url: string,
  readText: (controls: readonly ControlSnapshot[], elements: readonly Element[]) => string = () => sensorPageText(doc),
): { snapshot: PageSnapshot; elements: Element[] } {
  const elements = collectControls(doc);
  const controls = snapshotControls(elements);
  return {
    snapshot: { url, title: sensorTitle(doc), headings: sensorHeadings(doc), text: readText(controls, elements), controls },
    elements,
  };
}
