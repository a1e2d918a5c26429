// The typed-value checks: a control that is not already a card-number field and receives something that looks
// like a bank card number (16–19 digits passing Luhn, or a 62… UnionPay number) becomes a card-number field; one
// that receives a verification SMS (a code word near a 4–8 digit code: "Paste the whole SMS here", a kit's
// message box) becomes an `otp` field. The value is tested here, in place, and dropped: it is never stored, logged
// or sent. Only the fact "control N is now a card-number (otp) field" leaves this file (as a FieldFinding with
// reason `typed-card-number` or `typed-code`).
import { isLikelyCardNumber } from '@/core/fields/luhn';
import { normalizeText } from '@/core/fields/match';
import type { FieldFinding } from '@/core/types';
import { capAttr } from '@/messaging/limits';

const MIN_LENGTH = 16;

export const TYPED_CARD_REASON = 'typed-card-number';
export const TYPED_CODE_REASON = 'typed-code';

export function looksLikeTypedCard(value: string): boolean {
  // Length first: on most keystrokes this returns before the value is looked at further. No longest length: a page
  // can put any number of invisible characters between the digits, and isLikelyCardNumber stops at the first
  // character that is neither digit nor separator, or at the 20th digit, so a long text costs no more than its start.
  return value.length >= MIN_LENGTH && isLikelyCardNumber(value);
}

/**
 * A verification SMS (or its code with its word): 验证码, 校验码, 动态码, 动态密码, 动态口令, 短信密码 or "verification
 * code" within 12 characters of a 4–8 digit code standing alone, either side ("验证码为482913", "482913是您的动态
 * 密码"). Other digits may come between ("验证码（5分钟内有效）为482913"), as the code stands alone: a phone number's
 * 11 digits are none ("验证码已发送至13812345678").
 */
const CODE_WORD = '(验证码|校验码|动态码|动态密码|动态口令|短信密码|verification code)';
const CODE = '(?<!\\d)\\d{4,8}(?!\\d)';
const CODE_SMS = new RegExp(`${CODE_WORD}[^]{0,12}${CODE}|${CODE}[^]{0,12}${CODE_WORD}`, 'i');
/**
 * Tested as a person reads it (red-team round 6), as the labels are (core/fields/match.ts): without the characters
 * that draw nothing, NFKC-folded (fullwidth ４８２９１３ and ：), traditional characters folded (驗證碼). A kit pads the
 * box with hundreds of invisible characters around the pasted SMS, and a long text is no reason to skip: its first
 * and last 500 characters are tested, out of its first and last 5,000 (the bound on what one call costs; the paste
 * itself is tested where a page pads more).
 */
export function looksLikeCodeSms(text: string): boolean {
  const head = normalizeText(text.slice(0, 5e3));
  // Runs at each key: a text of at most 5,000 characters is its own end, folded once; of at most 500 once folded, tested once.
  const tail = text.length > 5e3 ? normalizeText(text.slice(-5e3)) : head.length > 500 ? head : '';
  return CODE_SMS.test(head.slice(0, 500)) || (tail !== '' && CODE_SMS.test(tail.slice(-500)));
}

type Typed = { has(element: Element): boolean };
const NONE: Typed = { has: () => false };

/**
 * Adds a card-number finding for each typed-card control that the classifier did not already call a card number,
 * and an otp finding for each control that took a verification SMS and is no otp field already. A control
 * classified as something else (say `otp`) keeps that finding and gains this one.
 */
export function withTypedCards(
  fields: readonly FieldFinding[],
  elements: readonly Element[],
  typed: Typed,
  codes: Typed = NONE,
): FieldFinding[] {
  const out = [...fields];
  elements.forEach((element, index) => {
    // With the kind that also rules the finding out.
    for (const [set, kind, code, not] of [[typed, 'card-number', TYPED_CARD_REASON, 'id-number'], [codes, 'otp', TYPED_CODE_REASON, 'otp']] as const) {
      // A split-box card number (code) covers all of its boxes. An ID number typed into the page's ID field is no card
      // number, though a Gansu one starts with 62 as UnionPay cards do and one in ten others passes Luhn.
      if (!set.has(element) || fields.some((field) => (field.kind === kind || field.kind === not) && (field.boxes ?? [field.index]).includes(index))) continue;
      out.push({
        index,
        kind,
        // As the snapshot reads them (sensor/snapshot.ts), cut to the message's limit.
        id: capAttr(element.getAttribute('id')),
        name: capAttr(element.getAttribute('name')),
        reasons: [{ code }],
      });
    }
  });
  return out.sort((a, b) => a.index - b.index);
}
