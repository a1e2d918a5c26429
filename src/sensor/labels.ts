// Label text for controls: `<label for>` (one map per root, built once), a wrapping `<label>`,
// aria-label and aria-labelledby (aria-describedby when nothing else names the control). Never a per-control
// search of the whole document.
import { cap, collapse, textOf } from './dom-text';
import { tagNameOf } from './dom-reads';
import type { Ancestors } from './rows';

const LABEL_MAX = 120;

/** Text of every `<label for=…>` under a root, keyed by the id it points at (several labels join). */
export function labelForMap(root: Document | ShadowRoot): Map<string, string> {
  const map = new Map<string, string>();
  const labels = root.querySelectorAll('label[for]');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const id = label.getAttribute('for');
    if (!id) continue;
    const text = textOf(label, LABEL_MAX);
    if (!text) continue;
    const prev = map.get(id);
    map.set(id, prev ? cap(`${prev} ${text}`, LABEL_MAX) : text);
  }
  return map;
}

/**
 * `<label for>` text and the text of a wrapping `<label>` (its parent or one of the three above; its other
 * controls' text left out). `id` is the control's id attribute and `up` its ancestors (the snapshot has read
 * both already).
 */
export function labelTextOf(forMap: Map<string, string>, id: string | null, up: Ancestors): string {
  const parts: string[] = [];
  if (id) {
    const t = forMap.get(id);
    if (t) parts.push(t);
  }
  let wrap: Element | null = null;
  for (let level = 0, a = up[0]; a && level < 4; a = up[++level]) {
    if (tagNameOf(a) === 'LABEL') {
      wrap = a;
      break;
    }
  }
  // A wrapping label that points elsewhere labels that other control, not this one.
  if (wrap && (!wrap.hasAttribute('for') || wrap.getAttribute('for') === id)) {
    const t = textOf(wrap, LABEL_MAX);
    if (t && !parts.includes(t)) parts.push(t);
  }
  return cap(parts.join(' '), LABEL_MAX);
}

/**
 * aria-label plus the text of each aria-labelledby target, looked up by id in the control's root. The two
 * attribute values come from the caller (the snapshot has read them already). Also reads aria-describedby
 * targets (ids), for a control with no name of its own (snapshot.ts).
 */
export function ariaTextOf(el: Element, label: string | null, ids: string | null): string {
  let text = label ?? '';
  if (ids) {
    const root = el.getRootNode() as Document | ShadowRoot;
    for (const ref of ids.split(/\s+/)) {
      if (!ref) continue;
      const target = root.getElementById ? root.getElementById(ref) : null;
      // As the DOM says: a screen-reader label is often hidden from sight on purpose (seen-text.ts).
      if (target) text += ` ${textOf(target, LABEL_MAX, undefined, false)}`;
    }
  }
  return cap(collapse(text), LABEL_MAX);
}
