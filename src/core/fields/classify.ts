// classifyFields: which controls ask for a card number, card PIN, CVV, expiry, one-time code, ID number,
// phone or password — each with its reasons. Pure: plain data in, plain data out (bundled into the
// content script, so no DOM globals and no heavy imports).
//
//   1. each control alone  (analyse.ts: words, autocomplete, format, send-code button, captcha rule)
//   2. split boxes         (split-boxes.ts: 4×4 card number, 6×1 code)
//   3. card context        (card-context.ts: month/year/security code beside a card field)
import type { ControlSnapshot, FieldFinding } from '../types';
import { analyse } from './analyse';
import { applyCardContext } from './card-context';
import { applySplitBoxes } from './split-boxes';

export function classifyFields(controls: readonly ControlSnapshot[]): FieldFinding[] {
  const states = controls.map(analyse);
  applySplitBoxes(states);
  applyCardContext(states);
  const out: FieldFinding[] = [];
  for (const s of states) {
    if (!s.kind) continue;
    out.push({ index: s.c.index, kind: s.kind, id: s.c.id, name: s.c.name, reasons: s.ev[s.kind]?.reasons ?? [] });
  }
  return out;
}
