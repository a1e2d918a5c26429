// The typed-value check: a control that is not already a card-number field and receives something that looks
// like a bank card number (16–19 digits passing Luhn, or a 62… UnionPay number) becomes a card-number field.
// The value is tested here, in place, and dropped: it is never stored, logged or sent. Only the fact
// "control N is now a card-number field" leaves this file (as a FieldFinding with reason `typed-card-number`).
import { isLikelyCardNumber } from '@/core/fields/luhn';
import type { FieldFinding } from '@/core/types';
import { capAttr } from '@/messaging/limits';

const MIN_LENGTH = 16;

export const TYPED_CARD_REASON = 'typed-card-number';

export function looksLikeTypedCard(value: string): boolean {
  // Length first: on most keystrokes this returns before the value is looked at further. No longest length: a page
  // can put any number of invisible characters between the digits, and isLikelyCardNumber stops at the first
  // character that is neither digit nor separator, or at the 20th digit, so a long text costs no more than its start.
  return value.length >= MIN_LENGTH && isLikelyCardNumber(value);
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
