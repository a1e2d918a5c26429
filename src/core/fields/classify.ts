// classifyFields: which controls ask for a card number, card PIN, CVV, expiry, one-time code, ID number,
// phone or password — each with its reasons. Pure: plain data in, plain data out (bundled into the
// content script, so no DOM globals and no heavy imports).
//
//   1. each control alone  (analyse.ts: words, autocomplete, format, send-code button, captcha rule)
//   2. split boxes         (split-boxes.ts: 4×4 card number, 6×1 code — each box carries `boxes`, the whole group)
//   3. card context        (card-context.ts: month/year/security code beside a card field)
import type { ControlSnapshot, FieldFinding } from '../types';
import { analyse, type ControlState, isIgnored } from './analyse';
import { NONE_EXCLUDED } from './evidence';
import { applyCardContext } from './card-context';
import { applySplitBoxes } from './split-boxes';

// The content script re-scans after page changes; most controls are the same as last time. A control's
// own analysis depends only on its snapshot minus position, so it is kept (bounded) and found again by
// comparing those fields. No key string: joining ~20 fields and hashing the result cost more than the
// rest of a re-scan. Kept analyses sit in small buckets by their first non-empty name, id or text,
// compared field by field. A hit shares the kept evidence (copy-on-write): only the few states that split boxes or card
// context change get their own copy (writableEvidence in card-context.ts).
const memo = new Map<string, ControlState[]>();
let memoSize = 0;
/** Enough for the biggest pages measured (10,000 controls); past it, controls are analysed but not kept. */
const MEMO_MAX = 12_000;
/**
 * Controls that share a bucket but differ elsewhere are compared one by one (most differ in the first
 * field compared); past this, a bucket's newcomers are analysed at every scan instead.
 */
const BUCKET_MAX = 128;

// Many pages (framework-built forms) leave name and id empty, so texts pick the bucket too; the row's own
// text before a placeholder, which is often the same on every field ("请输入").
const bucketOf = (c: ControlSnapshot): string => c.name || c.id || c.labelText || c.nearbyText || c.placeholder || c.ariaLabel;

/** Everything `analyse` reads; the usual differences (texts, name) are compared first. */
function sameAnalysis(a: ControlSnapshot, b: ControlSnapshot): boolean {
  if (
    a.labelText !== b.labelText || a.nearbyText !== b.nearbyText || a.name !== b.name || a.id !== b.id || a.placeholder !== b.placeholder ||
    a.tag !== b.tag || a.type !== b.type || a.autocomplete !== b.autocomplete || a.inputmode !== b.inputmode || a.maxLength !== b.maxLength ||
    a.pattern !== b.pattern || a.title !== b.title || a.ariaLabel !== b.ariaLabel || a.buttonText !== b.buttonText ||
    a.hasImageNearby !== b.hasImageNearby ||
    // A decoy (decoy.ts) and a real box with the same words must not share a memoised kind.
    a.readOnly !== b.readOnly || a.disabled !== b.disabled || a.hiddenFromPeople !== b.hiddenFromPeople ||
    a.options.length !== b.options.length
  ) return false;
  return a.options.every((o, i) => o === b.options[i]);
}

/**
 * This control's state on top of a kept analysis: its own snapshot, kind and groups, shared evidence.
 * (analyse's state already has `shared`, so V8 copies it fast: a spread that adds a property is ~10× slower.)
 */
const stateOf = (kept: ControlState, c: ControlSnapshot): ControlState => ({ ...kept, c, shared: true });

function analyseMemo(c: ControlSnapshot): ControlState {
  const key = bucketOf(c);
  const bucket = memo.get(key);
  if (bucket) for (const kept of bucket) if (sameAnalysis(kept.c, c)) return stateOf(kept, c);
  const state = analyse(c);
  if (memoSize < MEMO_MAX && (bucket?.length ?? 0) < BUCKET_MAX) {
    if (bucket) bucket.push(state);
    else memo.set(key, [state]);
    memoSize++;
  }
  return stateOf(state, c);
}

/** Ignored controls have no evidence and no code cues (shared: they are never changed). */
const NO_EVIDENCE: ControlState['ev'] = {};
const NO_CODE: ControlState['code'] = { sendButton: null, sms: null, captcha: null };

/**
 * A control that can never be a finding (textarea, checkbox, hidden, search, email …): `choose` gives it no
 * kind, card context never promotes or anchors on it and split boxes never group it, so its words are not
 * read at all. Its fields are in analyse's order (one object shape for all states).
 */
function ignoredState(c: ControlSnapshot): ControlState {
  return {
    c,
    ev: NO_EVIDENCE,
    code: NO_CODE,
    numeric: false,
    monthOptions: false,
    yearOptions: false,
    ordinary: false,
    excluded: NONE_EXCLUDED,
    kind: null,
    shared: true,
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
  applyCardContext(states, isIgnored);
  return findingsFrom(states);
}

/**
 * The findings of states the steps have run over (findingsOf). The scanner runs step 3 with the page readers
 * (page-facts.ts), so it calls the steps itself.
 */
export function findingsFrom(states: readonly ControlState[]): FieldFinding[] {
  const out: FieldFinding[] = [];
  for (const s of states) {
    if (!s.kind) continue;
    // Boxes behind a paste box are reported through it (split-boxes.ts says why).
    if (s.shownBy !== undefined) continue;
    // The reasons are copied: a memoised state's evidence is shared with later scans.
    const finding: FieldFinding = { index: s.c.index, kind: s.kind, id: s.c.id, name: s.c.name, reasons: [...(s.ev[s.kind]?.reasons ?? [])] };
    if (s.boxes) finding.boxes = [...s.boxes];
    if (s.kind === 'password') {
      const labels = passwordLabels(s.c);
      if (labels.length > 0) finding.labels = labels;
    }
    out.push(finding);
  }
  return out;
}

/** A label longer than this is an instruction or a sentence, not the field's name. */
const LABEL_MAX = 60;

/** The texts that name a password field (FieldFinding.labels): the page's own words, never a value. */
function passwordLabels(c: ControlSnapshot): string[] {
  const out: string[] = [];
  for (const t of [c.labelText, c.ariaLabel, c.placeholder, c.nearbyText]) {
    if (t && t.length <= LABEL_MAX && !out.includes(t)) out.push(t);
  }
  return out;
}

export function classifyFields(controls: readonly ControlSnapshot[]): FieldFinding[] {
  return findingsOf(controls.map(analyseControl));
}
