// Split boxes: one value typed across several small inputs in a row.
//   four 4-digit boxes (3–5 boxes, 15–19 digits in all) → one card number
//   four to eight 1-character boxes                      → one code (a card PIN when they are password boxes
//                                                          and say so)
// A group is consecutive controls (by index) with the same rowKey, all text-like inputs with a maxlength.
// Each box is reported as a finding of the group's kind, with a reason saying which of N it is.
import type { FieldKind } from '../types';
import type { ControlState } from './analyse';

const BOX_TYPES = new Set(['text', 'tel', 'number', 'password']);
const SEPARATOR = /^[\s\-–—/|.·]*$/;

function isBox(s: ControlState): boolean {
  return s.c.tag === 'input' && BOX_TYPES.has(s.c.type) && s.c.maxLength !== null && s.c.maxLength <= 7;
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
    const prev = run[run.length - 1];
    // A box continues the run in the same row, or when only a separator ("-", "/") stands between them.
    const continues = prev && prev.c.index === s.c.index - 1 && (prev.c.rowKey === s.c.rowKey || SEPARATOR.test(s.c.nearbyText));
    if (isBox(s) && continues) run.push(s);
    else {
      flush();
      if (isBox(s)) run = [s];
    }
  }
  flush();
  return groups;
}

function hasEvidence(group: readonly ControlState[], kind: FieldKind): boolean {
  return group.some((s) => s.ev[kind] !== undefined);
}

/** The kind a group of boxes stands for, or null when it is not a recognisable split value. */
export function splitKind(group: readonly ControlState[]): FieldKind | null {
  const lengths = group.map((s) => s.c.maxLength ?? 0);
  const total = lengths.reduce((a, b) => a + b, 0);
  const numeric = group.some((s) => s.numeric);
  if (lengths.every((l) => l === 1) && group.length >= 4 && group.length <= 8) {
    const passwords = group.every((s) => s.c.type === 'password');
    if (passwords && hasEvidence(group, 'card-pin') && !group.some((s) => s.ev.otp?.strong)) return 'card-pin';
    if (hasEvidence(group, 'otp') || numeric || group.length === 6) return 'otp';
    return null;
  }
  const cardLike = group.length >= 3 && group.length <= 5 && lengths.slice(0, -1).every((l) => l >= 4 && l <= 6) && total >= 15 && total <= 19;
  if (cardLike && (hasEvidence(group, 'card-number') || (numeric && group.length === 4 && total === 16))) return 'card-number';
  return null;
}

/** Marks each box of every recognised group with the group's kind. */
export function applySplitBoxes(states: readonly ControlState[]): void {
  for (const group of splitGroups(states)) {
    const kind = splitKind(group);
    if (!kind) continue;
    // Evidence on any box (usually the label before the first one) speaks for the whole group.
    const shared = group.flatMap((s) => s.ev[kind]?.reasons ?? []).filter((r) => r.code !== 'format');
    group.forEach((s, i) => {
      s.kind = kind;
      s.ev[kind] = {
        score: 10,
        strong: true,
        reasons: [{ code: 'split-boxes', detail: `${i + 1} of ${group.length}` }, ...shared.slice(0, 3)],
      };
    });
  }
}
