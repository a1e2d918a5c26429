// Is a string of digits plausibly a bank card number? Used to test a typed value in place (and drop it).

/** Luhn (mod 10) checksum over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * What may stand between the digits of a card number as a person sees it: spaces of every kind (\s covers \p{Z}),
 * characters that draw nothing (format characters such as the zero-width space, default-ignorable ones such as the
 * Hangul filler, combining marks such as variation selectors, the braille blank) and dashes. A page can rewrite what
 * is typed with any of them (4111\u200b1111…) and still show a card number.
 */
const SEPARATOR = /[\s\p{Cf}\p{DI}\p{Mn}\p{Pd}\u2800]/u;
/**
 * Visible punctuation and symbols (6222·0212·…, 6222.0212.…, 6222•0212•…: red-team round 8) are skipped only after a
 * group of 4 or more digits, as a card number is grouped: a date (2024.11.24), a date range, a time (12:00:00) or an
 * IP address (192.168.1.1) has shorter groups and stops the read.
 */
const GROUP_MARK = /[\p{P}\p{S}]/u;
/** Characters before the first digit that are skipped: a fixed "No." or "卡号" the page keeps in front of the digits. */
const PREFIX = 4;

/**
 * The digits of `input` when it is digits and separators only, after at most PREFIX other characters (a fullwidth ４
 * or a mathematical 𝟒 counts as 4, as NFKC has it: a Chinese input method in fullwidth mode types ４１１１), else null.
 * Stops at the first other character or the 20th digit, so a long text costs no more than its start.
 */
function cardDigits(input: string): string | null {
  let digits = '';
  /** Digits since the last separator. */
  let group = 0;
  let prefix = 0;
  for (const ch of input) {
    const c = ch < '\x80' ? ch : ch.normalize('NFKC');
    if (c >= '0' && c <= '9' && c.length === 1) {
      if ((digits += c).length > 19) return null;
      group++;
    } else if (SEPARATOR.test(c) || (group > 3 && GROUP_MARK.test(c))) group = 0;
    else if (digits || ++prefix > PREFIX) return null;
  }
  return digits;
}

/**
 * 16–19 digits (separators ignored: cardDigits) that pass Luhn, or a UnionPay number (starts with 62) of
 * 16–19 digits, which need not pass Luhn: some UnionPay debit cards do not carry a Luhn check digit.
 */
export function isLikelyCardNumber(input: string): boolean {
  const digits = cardDigits(input);
  if (!digits || digits.length < 16) return false;
  return digits.startsWith('62') || luhnValid(digits);
}
