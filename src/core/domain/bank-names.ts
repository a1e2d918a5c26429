// How Chinese banks name their sites, for the lookalike rules (lookalike.ts): a code glued to "bank" or "china" (icbcbank,
// czbank, abchina). Thousands of city and rural banks do the same after their initials, so a changed code or more
// initials glued on spell another bank (hzbank, ccabchina), while the same code in look-alike letters (lcbcbank), split by
// a hyphen at "bank" (cz-bank) or glued to "bank" as a short name (abcbank) is still the bank.
import type { BrandIndex, TokenEntry } from './lookalike';
import { glyphKey } from './skeleton';

/**
 * A part that is a bank's short name glued to "bank" or "china": `icbcbank`, `ccbbank`, `bankcmb`, `icbcchina`,
 * `ccbchina`: the bank's name spelt out, which no other firm's host is. Short names (icbc, ccb, boc) count inside no
 * other word (MIN_SUBSTRING_TOKEN), so without this `icbcbank.com.cn` was nobody's. A bank's own "<code>bank" or
 * "<code>china" token (czbank, cmbchina) is matched whole first, so `ccbchina` names 建设银行 before it could pass for
 * 广发's cgbchina. A bank's paired short name counts here too (农行 abc: `abcbank`, `bankabc`, `abcchina`).
 * The code may be written in look-alike letters (`lcbcbank`, `1cbcbank`, `b0cbank`, `lcbcchina`, and `abcchlna` in
 * "china" too): a reader cannot tell them from the bank's own, unlike a changed letter, which spells another bank's
 * code (jcbcbank, hkbchina).
 */
export function gluedToBank(
  part: string,
  index: BrandIndex,
): { token: string; brand: string; glyph: boolean; spelt: string } | undefined {
  const name = /^([a-z0-9]{2,})bank$|^bank([a-z0-9]{2,})$/.exec(part);
  const letters = name?.[1] ?? name?.[2];
  const codes = index.bankCodes;
  if (letters !== undefined) {
    const spell = (token: string) => (name?.[1] !== undefined ? `${token}bank` : `bank${token}`);
    const same = codes.find((t) => t.token === letters);
    if (same) return { token: same.token, brand: same.brand, glyph: false, spelt: spell(same.token) };
    const folded = glyphKey(letters);
    const alike = codes.find((t) => /[a-z]/.test(t.token) && glyphKey(t.token) === folded);
    return alike && { token: alike.token, brand: alike.brand, glyph: true, spelt: spell(alike.token) };
  }
  return gluedToChina(part, codes);
}

/** "china" as a reader sees it in an address (glyphKey): `chlna`, `ch1na` and `china` alike. */
const CHINA_GLYPHS = glyphKey('china');
/**
 * A bank's code in "<code>china": letters only, at most this many (icbc, psbc, bocom, 农行 abc): a longer token there
 * is a name in pinyin, and `pinganchina` (平安, "safe") is any firm's.
 */
const MAX_CHINA_CODE = 5;

/** gluedToBank for "<code>china", in look-alike letters or not (`icbcchina`, `lcbcchina`, `abcchlna`). */
function gluedToChina(part: string, codes: readonly { token: string; brand: string }[]): ReturnType<typeof gluedToBank> {
  const folded = glyphKey(part);
  if (!folded.endsWith(CHINA_GLYPHS) || folded.length < CHINA_GLYPHS.length + 2) return undefined;
  const code = folded.slice(0, -CHINA_GLYPHS.length);
  const alike = codes.find((t) => /^[a-z]+$/.test(t.token) && t.token.length <= MAX_CHINA_CODE && glyphKey(t.token) === code);
  return alike && { token: alike.token, brand: alike.brand, glyph: part !== `${alike.token}china`, spelt: `${alike.token}china` };
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
 * Letters a kit glues before a bank's name that are no bank's initials (red team 9: kfabchina, appabchina): an address
 * prefix missing its dot (www, m, wap, web, app, my, cn), a club or payment word (vip, pay, zf 支付) and 退款's tk; the
 * caller adds the customer-service words (kf 客服, jf 积分). Taken from the prefixes kits and sites put before a name;
 * a city or rural bank's initials are pinyin consonants of its place (cc, hk, js), so only kf, jf, tk and zf could be
 * one's too, and those name 客服, 积分, 退款 and 支付 in kits' hosts. Digits need no entry: `95abchina` has no run.
 */
const KIT_PREFIXES: readonly string[] = ['app', 'cn', 'm', 'my', 'pay', 'tk', 'vip', 'wap', 'web', 'www', 'zf'];

/**
 * Whether `token`, found in `label` at `at`, is a bank-initials token (BANK_INITIALS_TOKEN) with more initials glued
 * before it: a run of one to three letters from the label's start, a hyphen or a digit. A kit's prefix (KIT_PREFIXES)
 * or a customer-service word (`serviceWords`: kfabchina) glued on is no initials; a longer run (myaccount, kefu) is a
 * word.
 */
export function moreInitials(label: string, at: number, token: TokenEntry, serviceWords: readonly string[]): boolean {
  if (!token.bank || !BANK_INITIALS_TOKEN.test(token.token)) return false;
  const run = /[a-z]*$/.exec(label.slice(0, at))![0];
  return run.length >= 1 && run.length <= 3 && !KIT_PREFIXES.includes(run) && !serviceWords.includes(run);
}
