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
    // A page may rewrite what is typed with characters that draw nothing, and still show a card number (red-team page).
    ['zero-width spaces between the groups', '4111\u200b1111\u200b1111\u200b1111'],
    ['a zero-width space after every digit', [...'4111111111111111'].join('\u200b')],
    ['word joiners and soft hyphens', '4111\u20601111\u00ad1111\u20601111'],
    ['Hangul fillers and braille blanks (blank, but neither format characters nor spaces)', '4111\u31641111\u28001111\uffa01111'],
    ['variation selectors on the digits', '4\ufe0f111111111111111'],
    ['three invisible characters in every gap', '4111\u200b\u200c\u200d1111\u200b\u200c\u200d1111\u200b\u200c\u200d1111'],
    ['ideographic spaces (fullwidth)', '6222\u30000202\u30000011\u30002233\u3000445'],
    ['fullwidth digits (a Chinese input method in fullwidth mode)', '４１１１１１１１１１１１１１１１'],
    ['fullwidth hyphens', '4111－1111－1111－1111'],
    ['en dashes', '4111–1111–1111–1111'],
    ['mathematical bold digits', '𝟒𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏𝟏'],
    // Red-team round 8: a page groups the digits with visible marks, or keeps a fixed word in front of them.
    ['grouped with middle dots', '6222·0212·3456·7890'],
    ['grouped with full stops', '4111.1111.1111.1111'],
    ['grouped with bullets, 19 digits', '6222•0212•3456•7890•123'],
    ['grouped with katakana middle dots (halfwidth, NFKC-folded)', '4111･1111･1111･1111'],
    ['a fixed "No." in front', 'No.6222021234567890'],
    ['"No." and a space in front, spaces between the groups', 'No. 4111 1111 1111 1111'],
    ['a label kept in front', '卡号：6222021234567890'],
  ])('true for %s', (_why, input) => expect(isLikelyCardNumber(input)).toBe(true));

  it.each([
    ['Luhn-invalid Visa', '4111111111111112'],
    ['too short (15 digits)', '378282246310005'],
    ['too long (20 digits)', '62220212345678901234'],
    ['letters', '4111 1111 abcd 1111'],
    ['a phone number', '13800138000'],
    ['empty', ''],
    ['only separators', '\u200b'.repeat(20)],
    ['20 digits hidden by zero-width spaces', [...'62220212345678901234'].join('\u200b')],
    // Only spaces, invisible characters and dashes are skipped: dots, slashes and colons more often mean a date or a time.
    ['a date range with dots (16 digits, Luhn-valid)', '2023.01.01-2024.12.27'],
    ['a date range with slashes', '2023/01/01 2024/12/27'],
    ['a timestamp', '2024-12-27 12:00:00.1234'],
    ['a card number with a letter in it', '4111\u200b1111\u200bl111\u200b1111'],
    ['digits in a note', '我的银行卡号是4111111111111111'],
    // Marks count between groups of 4 or more digits only (a card number's grouping), never in a date, time or address.
    ['a date and a time, Luhn-valid digits', '2024.11.24 12:00:00.0000'],
    ['dotted date then a time with full stops', '2024.11.24.12.00.00.1234'],
    ['IP addresses', '192.168.100.200 10.0.0.1'],
    ['an amount with commas', '1,234,567,890,123,456.00'],
    ['an order number with dots in short groups', '20.2411.2412.0000.18'],
    ['a phone number with dots', '138.1234.5678'],
    ['a prefix of five characters', 'Card:4111111111111111'],
    ['a dot-grouped UnionPay-like number of 20 digits', '6222·0212·3456·7890·1234'],
  ])('false for %s', (_why, input) => expect(isLikelyCardNumber(input)).toBe(false));
});
