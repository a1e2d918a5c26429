// The typed-value check: a control that is not already a card-number field and receives something that looks
// like a bank card number (16–19 digits passing Luhn, or a 62… UnionPay number) becomes a card-number field.
// The value is tested here, in place, and dropped: it is never stored, logged or sent. Only the fact
// "control N is now a card-number field" leaves this file (as a FieldFinding with reason `typed-card-number`).
import { isLikelyCardNumber } from '@/core/fields/luhn';
import type { FieldFinding } from '@/core/types';
import { capAttr } from '@/messaging/limits';

/** Longest value worth testing: 19 digits with a separator between every digit group of one, and some slack. */
const MAX_LENGTH = 40;
const MIN_LENGTH = 16;

export const TYPED_CARD_REASON = 'typed-card-number';

export function looksLikeTypedCard(value: string): boolean {
  // Length first: on most keystrokes this returns before the value is looked at further.
  if (value.length < MIN_LENGTH || value.length > MAX_LENGTH) return false;
  return isLikelyCardNumber(value.trim());
}

/**
 * Adds a card-number finding for each typed-card control that the classifier did not already call a card
 * number. A control classified as something else (say `otp`) keeps that finding and gains this one.
 */
export function withTypedCards(
  fields: readonly FieldFinding[],
  elements: readonly Element[],
  typed: { has(element: Element): boolean },
): FieldFinding[] {
  const out = [...fields];
  elements.forEach((element, index) => {
    if (!typed.has(element)) return;
    // A split-box card number covers all of its boxes.
    if (fields.some((field) => field.kind === 'card-number' && (field.boxes ?? [field.index]).includes(index))) return;
    out.push({
      index,
      kind: 'card-number',
      // As the snapshot reads them (sensor/snapshot.ts), cut to the message's limit.
      id: capAttr(element.getAttribute('id')),
      name: capAttr(element.getAttribute('name')),
      reasons: [{ code: TYPED_CARD_REASON }],
    });
  });
  return out.sort((a, b) => a.index - b.index);
}
