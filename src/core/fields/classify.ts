// classifyFields: which controls ask for a card number, card PIN, CVV, expiry, one-time code, ID number,
// phone or password — each with its reasons. Pure: plain data in, plain data out (bundled into the
// content script, so no DOM globals and no heavy imports).
//
//   1. each control alone  (analyse.ts: words, autocomplete, format, send-code button, captcha rule)
//   2. split boxes         (split-boxes.ts: 4×4 card number, 6×1 code — each box carries `boxes`, the whole group)
//   3. card context        (card-context.ts: month/year/security code beside a card field)
import type { ControlSnapshot, FieldFinding } from '../types';
import { analyse, type ControlState, isIgnored } from './analyse';
import { applyCardContext } from './card-context';
import { applySplitBoxes } from './split-boxes';

// The content script re-scans after page changes; most controls are the same as last time. A control's
// own analysis depends only on its snapshot minus position, so it is kept by that signature (bounded).
const memo = new Map<string, ControlState>();
/** Enough for the biggest pages measured (10,000 controls); past it, controls are analysed but not kept. */
const MEMO_MAX = 12_000;

function signature(c: ControlSnapshot): string {
  return [
    c.tag, c.type, c.id, c.name, c.autocomplete, c.inputmode, c.maxLength, c.pattern, c.placeholder, c.title,
    c.ariaLabel, c.labelText, c.nearbyText, c.buttonText, c.hasImageNearby, c.visible, c.options.join('\u0001'),
    // A decoy (decoy.ts) and a real box with the same words must not share a memoised kind.
    c.readOnly, c.disabled, c.hiddenFromPeople,
  ].join('\u0000');
}

/** A fresh copy: the later passes change kind and reasons. */
function copy(s: ControlState, c: ControlSnapshot): ControlState {
  const ev: ControlState['ev'] = {};
  for (const [k, e] of Object.entries(s.ev) as [keyof ControlState['ev'], ControlState['ev'][keyof ControlState['ev']]][]) {
    if (e) ev[k] = { score: e.score, strong: e.strong, reasons: [...e.reasons] };
  }
  return { ...s, c, ev };
}

function analyseMemo(c: ControlSnapshot): ControlState {
  const key = signature(c);
  const hit = memo.get(key);
  if (hit) return copy(hit, c);
  const state = analyse(c);
  if (memo.size < MEMO_MAX) memo.set(key, copy(state, c));
  return state;
}

/**
 * A control that can never be a finding (textarea, checkbox, hidden, search, email …): `choose` gives it no
 * kind, card context never promotes or anchors on it and split boxes never group it, so its words are not
 * read at all.
 */
function ignoredState(c: ControlSnapshot): ControlState {
  return {
    c,
    ev: {},
    code: { sendButton: null, sms: null, captcha: null },
    numeric: false,
    monthOptions: false,
    yearOptions: false,
    ordinary: false,
    excluded: new Set(),
    kind: null,
  };
}

/**
 * Step 1, one control on its own (memoised). With `findingsOf` it lets a caller spread the work of a large
 * page over several tasks: `findingsOf(controls.map(analyseControl))` is `classifyFields(controls)`.
 */
export function analyseControl(c: ControlSnapshot): ControlState {
  return isIgnored(c) ? ignoredState(c) : analyseMemo(c);
}

/** Steps 2 and 3 over every control of the page, in index order, then the findings. */
export function findingsOf(states: ControlState[]): FieldFinding[] {
  applySplitBoxes(states);
  applyCardContext(states);
  const out: FieldFinding[] = [];
  for (const s of states) {
    if (!s.kind) continue;
    // Boxes behind a paste box are reported through it (split-boxes.ts says why).
    if (s.shownBy !== undefined) continue;
    const finding: FieldFinding = { index: s.c.index, kind: s.kind, id: s.c.id, name: s.c.name, reasons: s.ev[s.kind]?.reasons ?? [] };
    if (s.boxes) finding.boxes = [...s.boxes];
    out.push(finding);
  }
  return out;
}

export function classifyFields(controls: readonly ControlSnapshot[]): FieldFinding[] {
  return findingsOf(controls.map(analyseControl));
}
