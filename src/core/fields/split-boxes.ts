// Split boxes: one value typed across several small inputs in a row.
//   four 4-digit boxes (3–5 boxes, 15–19 digits in all) → one card number
//   four to eight 1-character boxes                      → one code (a card PIN when they are password boxes
//                                                          and say so)
//   a box that takes the whole code on paste, right before single-character boxes in its row, heads them
// A group is consecutive controls (by index), all text-like inputs with a maxlength, in one row: the same rowKey,
// or only a separator ("-", "/") before the box. With nothing at all before it, a box joins across rows freely when
// one of the two sits alone (a negative rowKey: no near ancestor holds another control, as when each box is wrapped
// deep in a component of its own: nothing is known of its row). Between two rows that each hold several boxes it
// joins only a run that is no value yet on its own: 3 + 3 code boxes or 2 + 2 card boxes in two containers still
// join, but a card row is not continued by the code row under it. A run is also cut where single-character boxes
// meet longer ones, as card boxes then code boxes in one container (4-4-4-4, then 1×6) are two values; one longer
// box right before single ones stays, as it may be their paste box (codeGroup).
// The group is one value. Every box is a control that asks for part of it, so each box is reported, and every
// box carries the indices of all of them (`boxes`) so the warning anchors to each box. The one exception is a
// paste box: the page itself declares that box as taking the whole value (one-time-code, room for every
// character), so it is the field and the single-character boxes behind it are its display: only it is reported.
import type { FieldKind } from '../types';
import { type ControlState, isDecoy } from './analyse';

const BOX_TYPES = new Set(['text', 'tel', 'number', 'password']);
const SEPARATOR = /^[\s\-–—/|.·]*$/;

function isBox(s: ControlState): boolean {
  // maxlength first: most controls have none, and every re-scan asks this of every control.
  return s.c.maxLength !== null && s.c.maxLength <= 7 && s.c.tag === 'input' && BOX_TYPES.has(s.c.type) && !isDecoy(s.c);
}

/** Runs of consecutive boxes sharing a row. */
export function splitGroups(states: readonly ControlState[]): ControlState[][] {
  const groups: ControlState[][] = [];
  let run: ControlState[] = [];
  const flush = (): void => {
    if (run.length >= 3) groups.push(run);
    run = [];
  };
  for (const s of states) {
    if (!isBox(s)) {
      flush();
      continue;
    }
    const prev = run[run.length - 1];
    const single = s.c.maxLength === 1;
    // The next box joins in the same row or after only a separator. After nothing at all, in another row, it joins
    // when either box sits alone (a negative key, so the bitwise or of the two keys is negative) or while the run is
    // no value on its own (no group is longer than eight boxes: a longer run needs no look). Single boxes after
    // longer ones start a new run, unless one longer box alone comes before them (their paste box, maybe).
    if (
      prev &&
      prev.c.index === s.c.index - 1 &&
      (prev.c.rowKey === s.c.rowKey ||
        (SEPARATOR.test(s.c.nearbyText) &&
          (s.c.nearbyText || (prev.c.rowKey | s.c.rowKey) < 0 || run.length > 8 || !splitKind(codeGroup(run, states).group)))) &&
      (single === (prev.c.maxLength === 1) || (single && run.length === 1))
    )
      run.push(s);
    else {
      flush();
      run = [s];
    }
  }
  flush();
  return groups;
}

function hasEvidence(group: readonly ControlState[], kind: FieldKind): boolean {
  return group.some((s) => s.ev[kind] !== undefined);
}

const hasToken = (s: ControlState, token: string): boolean => s.c.autocomplete.split(/\s+/).includes(token);

/**
 * A box that takes the whole code when pasted, right before single-character boxes in the same row: it
 * allows at least as many characters as the group has boxes (or no limit, when it says one-time-code), and
 * it says one-time-code or asks for digits the way the boxes do.
 */
function isPasteHead(head: ControlState, singles: readonly ControlState[]): boolean {
  const first = singles[0];
  if (!first || head.c.tag !== 'input' || !BOX_TYPES.has(head.c.type) || isDecoy(head.c)) return false;
  if (head.c.index !== first.c.index - 1 || head.c.rowKey !== first.c.rowKey) return false;
  const otpToken = hasToken(head, 'one-time-code');
  const ml = head.c.maxLength;
  if (ml === null ? !otpToken : ml < singles.length + 1) return false;
  return otpToken || (head.numeric && head.c.inputmode !== '' && head.c.inputmode === first.c.inputmode);
}

/**
 * The group a run of boxes stands for, and whether its first box is a paste box. A longer box before
 * single-character ones heads them when it is a paste box and is left out otherwise; a paste box just
 * before a run of single-character boxes (too long to be a box itself) joins it.
 */
export function codeGroup(run: readonly ControlState[], states: readonly ControlState[]): { group: ControlState[]; pasteHead: boolean } {
  const [first, ...rest] = run;
  if (first && first.c.maxLength !== 1 && rest.length > 0 && rest.every((s) => s.c.maxLength === 1)) {
    return isPasteHead(first, rest) ? { group: [...run], pasteHead: true } : { group: rest, pasteHead: false };
  }
  if (first && run.every((s) => s.c.maxLength === 1)) {
    const before = states[states.indexOf(first) - 1];
    if (before && !isBox(before) && isPasteHead(before, run)) return { group: [before, ...run], pasteHead: true };
  }
  return { group: [...run], pasteHead: false };
}

/**
 * The kind a group of boxes (from codeGroup) stands for, or null when it is not a recognisable split value. A longer
 * box before single-character ones is there only as their paste box (codeGroup leaves any other out).
 */
export function splitKind(group: readonly ControlState[]): FieldKind | null {
  const lengths = group.map((s) => s.c.maxLength ?? 0);
  const total = lengths.reduce((a, b) => a + b, 0);
  const numeric = group.some((s) => s.numeric);
  if (lengths.slice(1).every((l) => l === 1) && group.length >= 4 && group.length <= 8) {
    const passwords = group.every((s) => s.c.type === 'password');
    if (passwords && hasEvidence(group, 'card-pin') && !group.some((s) => s.ev.otp?.strong)) return 'card-pin';
    if (hasEvidence(group, 'otp') || numeric || group.length === 6) return 'otp';
    return null;
  }
  const cardLike = group.length >= 3 && group.length <= 5 && lengths.slice(0, -1).every((l) => l >= 4 && l <= 6) && total >= 15 && total <= 19;
  if (cardLike && (hasEvidence(group, 'card-number') || (numeric && group.length === 4 && total === 16))) return 'card-number';
  return null;
}

/** Marks each box of every recognised group with the group's kind and the indices of all its boxes. */
export function applySplitBoxes(states: readonly ControlState[]): void {
  for (const run of splitGroups(states)) {
    const { group, pasteHead } = codeGroup(run, states);
    const kind = splitKind(group);
    if (!kind) continue;
    // Evidence on any box (usually the label before the first one) speaks for the whole group.
    const shared = group.flatMap((s) => s.ev[kind]?.reasons ?? []).filter((r) => r.code !== 'format' && r.code !== 'split-boxes');
    const boxes = group.map((s) => s.c.index);
    for (const s of group) {
      s.kind = kind;
      s.boxes = boxes;
      if (pasteHead && s !== group[0]) s.shownBy = boxes[0];
      // A new evidence object with the group's entry: the old one (maybe shared with the memo) is left as it
      // was, and its other entries stay shared (`shared` unchanged: whoever changes them copies first).
      const reasons = [{ code: 'split-boxes', detail: `${group.length} boxes` }, ...shared.slice(0, 3)];
      s.ev = { ...s.ev, [kind]: { score: 10, strong: true, reasons } };
    }
  }
}
