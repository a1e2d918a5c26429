// How Chinese banks name their sites, for the lookalike rules (lookalike.ts): a code glued to "bank" or "china" (icbcbank,
// czbank, abchina). Thousands of city and rural banks do the same after their initials, so a changed code or more
// initials glued on spell another bank (hzbank, ccabchina), while the same code in look-alike letters (lcbcbank), split by
// a hyphen at "bank" (cz-bank) or glued to "bank" as a short name (abcbank) is still the bank.
import type { BrandIndex, TokenEntry } from './lookalike';
import { glyphKey } from './skeleton';

/**
 * A part that is a bank's short name glued to "bank": `icbcbank`, `ccbbank`, `bankcmb`: the bank's name spelt out, which
 * no other firm's host is. Short names (icbc, ccb, boc) count inside no other word (MIN_SUBSTRING_TOKEN), so without
 * this `icbcbank.com.cn` was nobody's. A bank's own "<code>bank" token (czbank, cebbank) is matched whole first.
 * A bank's paired short name counts here too (农行 abc: `abcbank`, `bankabc`): glued to "bank" it is no other word.
 * The code may be written in look-alike letters (`lcbcbank`, `1cbcbank`, `b0cbank`): a reader cannot tell them from
 * the bank's own, unlike a changed letter, which spells another bank's code (anotherBankCode).
 */
export function gluedToBank(part: string, index: BrandIndex): { token: string; brand: string; glyph: boolean } | undefined {
  const name = /^([a-z0-9]{2,})bank$|^bank([a-z0-9]{2,})$/.exec(part);
  const letters = name?.[1] ?? name?.[2];
  if (letters === undefined) return undefined;
  const codes = [...index.tokens.filter((t) => t.bank), ...index.paired.filter((p) => p.bank)];
  const same = codes.find((t) => t.token === letters);
  if (same) return { token: same.token, brand: same.brand, glyph: false };
  const folded = glyphKey(letters);
  const alike = codes.find((t) => /[a-z]/.test(t.token) && glyphKey(t.token) === folded);
  return alike && { token: alike.token, brand: alike.brand, glyph: true };
}

/**
 * A bank's token split by one hyphen at "bank": `cz-bank`, `we-bank`, `citic-bank` in cz-bank-kefu.com, `bank-comm`. The
 * hyphen sits inside the bank's own name, which reads the same with it. Only bank tokens of `minLetters`
 * letters, and only at "bank": other brands' tokens split in two are often two ordinary words (sichuan-air), and so
 * is a code split elsewhere (`ab-china`).
 */
export function hyphenInsideBank(parts: readonly string[], index: BrandIndex, minLetters: number): TokenEntry | undefined {
  for (let i = 0; i + 1 < parts.length; i++) {
    if (parts[i] !== 'bank' && parts[i + 1] !== 'bank') continue;
    const joined = parts[i]! + parts[i + 1]!;
    const hit = index.tokens.find((t) => t.bank && t.letters >= minLetters && t.token === joined);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * A bank's short name of the shape "<code>bank": 浙商 czbank, 恒丰 hfbank, webank, 光大 cebbank. Thousands of city and
 * rural banks name their sites the same way after their place (杭州 hzbank, 台州 tzbank, 兰州 lzbank, 河北 hebbank,
 * 华夏 hxbank), so a letter changed, added or dropped in the code spells another bank's own name, not a misspelling.
 */
const BANK_CODE_TOKEN = /^[a-z]{2,3}bank$/;

/**
 * Whether `longer` is `shorter` with one letter doubled (`weebank` for webank, `cebbank` for `cebank`): a slip of the
 * finger that reads as the same name, unlike any other added or dropped letter.
 */
function doubledLetter(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  for (let i = 0; i + 1 < longer.length; i++) {
    if (longer[i] === longer[i + 1] && longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  }
  return false;
}

/**
 * True when `part`, one edit from a "<code>bank" token, is itself "<letters>bank" with another code: another bank's
 * name (hzbank ~ czbank, ebank ~ webank). A doubled or undoubled letter (weebank) and a change in `bank` itself
 * (czbamk) stay near misses.
 */
export function anotherBankCode(part: string, token: string): boolean {
  if (!BANK_CODE_TOKEN.test(token) || !/^[a-z]+bank$/.test(part)) return false;
  return !doubledLetter(part, token) && !doubledLetter(token, part);
}

/**
 * A bank's token shaped "<code>china" or "<code>bank" (abchina, cmbchina, czbank, citicbank). Banks of every size name
 * their sites so after their initials (汉口 hkbchina, 江苏 jsbchina, 长安 ccabchina, 杭州 hzbank), so a few letters
 * glued before the code make another bank's initials: ccabchina holds abchina and is not 农行's.
 */
const BANK_INITIALS_TOKEN = /^[a-z]{2,5}(?:china|bank)$/;

/**
 * Whether `token`, found in `label` at `at`, is a bank-initials token (BANK_INITIALS_TOKEN) with more initials glued
 * before it: a run of one to three letters from the label's start, a hyphen or a digit. `www` glued on is the address
 * prefix missing its dot, not initials; a longer run (myaccount, kefu) is a word.
 */
export function moreInitials(label: string, at: number, token: TokenEntry): boolean {
  if (!token.bank || !BANK_INITIALS_TOKEN.test(token.token)) return false;
  const run = /[a-z]*$/.exec(label.slice(0, at))![0];
  return run.length >= 1 && run.length <= 3 && run !== 'www';
}
