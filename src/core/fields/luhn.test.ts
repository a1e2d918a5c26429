import { describe, expect, it } from 'vitest';
import { isLikelyCardNumber, luhnValid } from './luhn';

describe('luhnValid', () => {
  it.each(['4111111111111111', '5500000000000004', '79927398713', '0'])('accepts %s', (d) => expect(luhnValid(d)).toBe(true));
  it.each(['4111111111111112', '79927398710', '', '12a4'])('rejects %s', (d) => expect(luhnValid(d)).toBe(false));
});

/** A Luhn-valid 19-digit number built from a fixed prefix, so the example is honest. */
const body18 = '601100099013942400';
const luhn19 = body18 + [...'0123456789'].find((d) => luhnValid(body18 + d))!;

describe('isLikelyCardNumber', () => {
  it.each([
    ['Visa test number', '4111 1111 1111 1111'],
    ['with dashes', '5500-0000-0000-0004'],
    ['19 digits, Luhn-valid', luhn19],
    ['UnionPay without a Luhn check digit', '6222021234567890123'],
    ['UnionPay, 16 digits, any check digit', '6212345678901231'],
  ])('true for %s', (_why, input) => expect(isLikelyCardNumber(input)).toBe(true));

  it.each([
    ['Luhn-invalid Visa', '4111111111111112'],
    ['too short (15 digits)', '378282246310005'],
    ['too long (20 digits)', '62220212345678901234'],
    ['letters', '4111 1111 abcd 1111'],
    ['a phone number', '13800138000'],
    ['empty', ''],
  ])('false for %s', (_why, input) => expect(isLikelyCardNumber(input)).toBe(false));
});
