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
 * 16–19 digits (spaces and dashes ignored) that pass Luhn, or a UnionPay number (starts with 62) of
 * 16–19 digits, which need not pass Luhn: some UnionPay debit cards do not carry a Luhn check digit.
 */
export function isLikelyCardNumber(input: string): boolean {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{16,19}$/.test(digits)) return false;
  return digits.startsWith('62') || luhnValid(digits);
}
