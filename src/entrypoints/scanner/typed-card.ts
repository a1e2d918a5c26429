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

/** What each box of a split card number holds: digits only, 3–6 of them (fullwidth ones too: an input method's). */
const BOX_DIGITS = /^[0-9０-９]{3,6}$/;

/**
 * The row of `el` as the sensor has it (sensor/rows.ts rowKeyOf): the nearest of its first four ancestors that holds
 * another input, else the fourth.
 */
const rowOf = (el: Element): Element | null => {
  let row = el.parentElement;
  for (let up = 3; row && up-- && row.querySelectorAll('input').length < 2; ) row = row.parentElement;
  return row;
};

/**
 * A card number typed across several boxes of one row (red-team round 8, A2(e): four boxes with no maxlength, the
 * page moving the focus on after four digits, the label an image): the unbroken run of text, tel and number inputs
 * around `el`, in DOM order in its row, each holding 3–6 digits, that makes a card number (looksLikeTypedCard on them
 * joined: 16–19 digits), every box of it in that same row (a phone box under a row of card boxes, whose row is the
 * whole form, is no fifth box: its first three digits would make 19). A hidden input is passed over; any other input
 * (empty, or holding anything else: an 11-digit phone number, a 2-digit month, letters) ends the run. The boxes are
 * added to `typed`; true when there were any. The values are read here and dropped, as a single field's are.
 * Honest rows: a phone number in three boxes is 11 digits, a date's or an IP address's parts are too short; an
 * all-digit 4×4 licence key passes about one time in nine (Luhn one in ten, 62… one in a hundred of the rest: 10.9 %).
 * Cost: nothing unless `el` itself holds 3–6 digits; then one query of its row.
 */
export function splitCard(el: Element, typed: WeakSet<Element>): boolean {
  const row = BOX_DIGITS.test((el as HTMLInputElement).value) && rowOf(el);
  let run: Element[] = [];
  for (const box of row ? row.querySelectorAll('input') : [])
    if (/^(text|tel|number)$/.test(box.type) && BOX_DIGITS.test(box.value)) run.push(box);
    else if (box.type !== 'hidden') {
      if (run.includes(el)) break;
      run = [];
    }
  // The row test last: it reads each box's ancestors, and a run that makes no number needs none.
  return (
    run.includes(el) &&
    looksLikeTypedCard(run.map((box) => (box as HTMLInputElement).value).join('')) &&
    run.every((box) => rowOf(box) === row) &&
    run.every((box) => typed.add(box))
  );
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
