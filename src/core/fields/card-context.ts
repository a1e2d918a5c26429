// Card context: a card form is a cluster. Next to a recognised card field, weaker cues are enough —
// "Month"/"Year" selects are the expiry, "Security code" is the CVV, "Card" is the number — and an
// expiry month pulls in the year box right after it.
//
// Only a page with a card field needs it, and such a page is one whose scan reads the page's text too: in the page,
// card context comes with the page readers (scanner/page-readers.ts), not in the scanner, which has the budget of a
// content script (scanner/page-facts.ts asks for the readers before its findings when hasCardField). So this file
// imports nothing from analyse.ts or evidence.ts at run time (they would bring the word lists into the readers'
// script): the caller hands over analyse.ts's isIgnored.
import type { FieldKind } from '../types';
import type { ControlState, isIgnored as IsIgnored } from './analyse';
import type { Evidence } from './evidence';
import { isSensitive, KIND_ORDER } from './kinds';

/** The state's evidence, made its own first when it is shared (copy-on-write: ControlState.shared). */
export function writableEvidence(s: ControlState): Evidence {
  if (s.shared) {
    const ev: Evidence = {};
    for (const k of KIND_ORDER) {
      const e = s.ev[k];
      if (e) ev[k] = { score: e.score, strong: e.strong, reasons: [...e.reasons] };
    }
    s.ev = ev;
    s.shared = false;
  }
  return s.ev;
}

/** How far (in control positions) card context reaches. */
const REACH = 4;
const CONTEXT_KINDS: readonly FieldKind[] = ['card-number', 'card-cvv', 'card-expiry'];

/**
 * A card field right beside the control, or a strongly recognised one in the same row within REACH
 * positions. A field promoted by context can anchor only its direct neighbour (month → year → CVV).
 */
function nearCard(states: readonly ControlState[], i: number, before = false): ControlState | null {
  const row = states[i]!.c.rowKey;
  for (let d = 1; d <= REACH; d++) {
    for (const j of before ? [i - d] : [i - d, i + d]) {
      const s = states[j];
      if (!s || !s.kind || !CONTEXT_KINDS.includes(s.kind)) continue;
      if (d === 1 || (s.c.rowKey === row && s.ev[s.kind]!.strong)) return s;
    }
  }
  return null;
}

function promote(s: ControlState, kind: FieldKind, anchor: ControlState, code: string): void {
  s.kind = kind;
  const e = (writableEvidence(s)[kind] ??= { score: 0, strong: false, reasons: [] });
  e.reasons.push({ code, detail: `${anchor.kind} at ${anchor.c.index}` });
}

/** The year box right after an expiry month (same row, a select or a short input). Did it pair any? */
function pairExpiry(states: readonly ControlState[], isIgnored: typeof IsIgnored): boolean {
  let paired = false;
  for (let i = 0; i + 1 < states.length; i++) {
    const a = states[i]!;
    const b = states[i + 1]!;
    if (a.kind !== 'card-expiry' || b.kind !== null || isIgnored(b.c) || b.excluded.has('card-expiry')) continue;
    const yearish = b.yearOptions || b.ev['card-expiry'] !== undefined || (a.c.tag === 'select' && b.c.tag === 'select');
    const sameRow = a.c.rowKey === b.c.rowKey || /^[\s/\-]*$/.test(b.c.nearbyText);
    if (yearish && sameRow) {
      promote(b, 'card-expiry', a, 'pairs-with');
      paired = true;
    }
  }
  return paired;
}

/** A card word with a positive score that no excluded word ruled out. */
const cue = (s: ControlState, k: FieldKind): boolean => s.ev[k] !== undefined && s.ev[k]!.score > 0 && !s.excluded.has(k);

/** Whether some control is a card field (number, security code, expiry): the only pages card context changes. */
export const hasCardField = (states: readonly ControlState[]): boolean =>
  states.some((s) => s.kind !== null && CONTEXT_KINDS.includes(s.kind));

/** Card context over the page's states, in index order; `isIgnored` is analyse.ts's (see the header). */
export function applyCardContext(states: readonly ControlState[], isIgnored: typeof IsIgnored): void {
  // Nothing to anchor on: no card field, no context (most pages).
  if (!hasCardField(states)) return;
  // Up to three rounds: a promoted month can anchor its year. A round that promotes nothing ends it (the
  // next would see the same states, and pairExpiry has paired all it can).
  for (let round = 0; round < 3; round++) {
    let changed = pairExpiry(states, isIgnored);
    for (let i = 0; i < states.length; i++) {
      const s = states[i]!;
      // A field its own words call a phone or ID number stays one: "银行预留手机号码" right after the card number
      // is the phone the bank's code goes to, though its 号码 ("number") is a card-number cue.
      if (isSensitive(s.kind) || s.kind === 'phone' || s.kind === 'id-number' || s.ordinary) continue;
      const expiry = (cue(s, 'card-expiry') || s.monthOptions || s.yearOptions) && !s.excluded.has('card-expiry');
      // Most controls have no card cue at all: no need to look for an anchor.
      if ((!expiry && !cue(s, 'card-cvv') && !cue(s, 'card-number')) || isIgnored(s.c)) continue;
      const anchor = nearCard(states, i);
      if (!anchor) continue;
      const ml = s.c.maxLength;
      // The CVV comes after the card number, never before it.
      const cvvAnchor = nearCard(states, i, true);
      const before = s.kind;
      if (expiry) promote(s, 'card-expiry', anchor, 'card-context');
      else if (cue(s, 'card-cvv') && cvvAnchor && s.c.tag === 'input' && (ml === null || ml <= 4)) promote(s, 'card-cvv', cvvAnchor, 'card-context');
      else if (cue(s, 'card-number') && s.c.tag === 'input' && (ml === null || ml >= 12)) promote(s, 'card-number', anchor, 'card-context');
      changed ||= s.kind !== before;
    }
    if (!changed) return;
  }
  pairExpiry(states, isIgnored);
}
