// Every word list in one matcher: a text is read once, not once per list, and without a giant regex.
//
//   Latin/Greek/Cyrillic phrases: the text is split into words and every run of up to MAX_WORDS words,
//     joined without separators, is looked up in a table ("card-number", "card number", "cardnumber" all
//     read as cardnumber; "n° de carte" as ndecarte). Whole words only, so `pin` never fires in "shipping".
//   Chinese/Japanese/Korean/Arabic phrases: one alternation, matched as substrings, run only on text
//     that has such characters. At each position it reports the longest phrase, so a phrase also carries
//     the tags of the shorter phrases it starts with (短信验证码 is also 短信 = sms).
// Each hit is a tag: "card-number|s" (strong), "otp|w" (weak), "otp|x" (excluded), "captcha", "send",
// "other-card" (a card that is no bank card), "bank-card" (a bank card named outright)…
// A small cache serves repeated texts ("Month", "CVV" appear on many controls).
import type { FieldKind } from '../types';
import { FIELD_KINDS } from '../types';
import { foldFieldText } from '../text/han-fold';
import { codeOfSomethingElse, dateOfSomethingElse } from './word-owner';
import { normalizeText } from './match';
import { APPLY_WORDS, BANK_CARD_TEXT, CAPTCHA_WORDS, KIND_WORDS, NOT_BANK_CARD_TEXT, ORDINARY_TEXT, SEND_CODE_WORDS, SMS_WORDS } from './words';

export type Tier = 's' | 'w' | 'x';
/** Tag → the text that matched it (first occurrence). */
export type Found = ReadonlyMap<string, string>;

export const tag = (kind: FieldKind, tier: Tier): string => `${kind}|${tier}`;

const WORD = /[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+/g;
const STARTS_WITH_WORD = /^[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;
const OTHER_SCRIPT = /[^\x00-\u024f\u0370-\u03ff\u0400-\u04ff]/;

const wordTable = new Map<string, string[]>();
const otherTable = new Map<string, string[]>();
let maxWords = 1;

function push(table: Map<string, string[]>, k: string, t: string): void {
  const tags = table.get(k);
  if (!tags) table.set(k, [t]);
  else if (!tags.includes(t)) tags.push(t);
}

function addList(t: string, list: readonly string[]): void {
  for (const p of list) {
    if (STARTS_WITH_WORD.test(p) && !OTHER_SCRIPT.test(p)) {
      const words = p.match(WORD) ?? [];
      maxWords = Math.max(maxWords, words.length);
      push(wordTable, words.join(''), t);
    } else push(otherTable, foldFieldText(p.replace(/\s+/g, '')), t);
  }
}

// Long phrases may run into the next word when a page drops the space between elements
// ("kod weryfikacyjnypodany"): they are also found at the start of a longer run, by their first letters.
const LONG = 10;
const longByPrefix = new Map<string, string[]>();
let OTHER_RE = /$^/g;
let built = false;

/**
 * Builds the tables on the first text to read, not when the script loads: the content script is injected
 * into every page, and on official and trusted sites (and pages without controls) it never reads a label.
 */
function build(): void {
  built = true;
  for (const kind of FIELD_KINDS) {
    const w = KIND_WORDS[kind];
    addList(tag(kind, 's'), w.strong);
    addList(tag(kind, 'w'), w.weak);
    addList(tag(kind, 'x'), w.excluded);
  }
  addList('captcha', CAPTCHA_WORDS);
  addList('sms', SMS_WORDS);
  addList('send', SEND_CODE_WORDS);
  addList('apply', APPLY_WORDS);
  addList('ordinary', ORDINARY_TEXT);
  addList('other-card', NOT_BANK_CARD_TEXT);
  addList('bank-card', BANK_CARD_TEXT);
  for (const k of wordTable.keys()) {
    if (k.length < LONG) continue;
    push(longByPrefix, k.slice(0, LONG), k);
  }
  for (const [k, tags] of otherTable) {
    for (let l = 1; l < k.length; l++) {
      const shorter = otherTable.get(k.slice(0, l));
      if (shorter) for (const t of shorter) if (!tags.includes(t)) tags.push(t);
    }
  }
  // The phrases hold no pattern characters (a unit test keeps it so): joined as they are.
  OTHER_RE = new RegExp(
    [...otherTable.keys()].sort((a, b) => b.length - a.length).join('|'),
    'g',
  );
}

/**
 * A bank card named by the whole text ("储蓄卡", "请输入借记卡", "收款银行卡:": a BANK_CARD_TEXT word with only an ask
 * before it), or the account a payment or refund goes to ("收款账户", "请填写您的退款账号"): the box takes the card's
 * number, as on fake refund and claim pages. Only the whole text: "信用卡额度", "储蓄卡开户行", "收款账户名称" ask for
 * something else, and a label that only mentions a card needs a second cue as before. A company's 收款账号 (its bank
 * account, not a card) reads as one too: an unknown site asking for a bank account number is worth the caution. A
 * payment app's account is not (APP_ACCOUNT). The text is normalized ("：" is ":"); the ask is whatever ends in
 * 输入, 填写 or 的 ("用于接收退款的储蓄卡").
 */
const ASK = /^.*[入写的]|[*:]/g;
const PAYEE = /^[收退]款/;
const PAYEE_ACCOUNT = /^[收退]款[账帐][号户]$/;
/**
 * "请输入支付宝账号", "收款账号（微信）", "支付宝的收款账户": a payment app's account, with no card named, is no bank card's
 * number ("支付宝绑定的银行卡号" still is).
 */
const APP_ACCOUNT = /支付宝|微信/;
const CARD_STRONG = tag('card-number', 's');
const CARD_EXCLUDED = tag('card-number', 'x');
const EXPIRY_STRONG = tag('card-expiry', 's');
const EXPIRY_EXCLUDED = tag('card-expiry', 'x');
const CVV_STRONG = tag('card-cvv', 's');
const CVV_EXCLUDED = tag('card-cvv', 'x');
const EMPTY: Found = new Map();
const cache = new Map<string, Found>();
/** Enough for a page of a few thousand controls; when full, new texts are read but not kept. */
const CACHE_MAX = 6000;

function record(found: Map<string, string>, tags: readonly string[] | undefined, text: string): void {
  if (tags) for (const t of tags) if (!found.has(t)) found.set(t, text);
}

/** Every tag whose words occur in `raw` (normalized here). */
export function scanText(raw: string): Found {
  if (!raw) return EMPTY;
  const hit = cache.get(raw);
  if (hit) return hit;
  if (!built) build();
  const text = normalizeText(raw);
  const found = new Map<string, string>();
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    let k = '';
    for (let j = i; j < words.length && j < i + maxWords; j++) {
      k += words[j];
      const exact = wordTable.get(k);
      if (exact) record(found, exact, j === i ? k : words.slice(i, j + 1).join(' '));
      else if (k.length > LONG) {
        for (const long of longByPrefix.get(k.slice(0, LONG)) ?? []) if (k.startsWith(long)) record(found, wordTable.get(long), long);
      }
    }
  }
  if (OTHER_SCRIPT.test(text)) {
    const compact = text.replace(/\s+/g, '');
    OTHER_RE.lastIndex = 0;
    for (let m = OTHER_RE.exec(compact); m; m = OTHER_RE.exec(compact)) {
      record(found, otherTable.get(m[0]), m[0]);
      OTHER_RE.lastIndex = m.index + 1;
    }
    const named = compact.replace(ASK, '');
    if (APP_ACCOUNT.test(compact) && !compact.includes('卡')) record(found, [CARD_EXCLUDED], compact);
    else if (BANK_CARD_TEXT.includes(named.replace(PAYEE, '')) || PAYEE_ACCOUNT.test(named)) record(found, [CARD_STRONG], compact);
    // "交强险到期日": another thing's date rules the card's expiry out, as an excluded word would.
    if (found.has(EXPIRY_STRONG) && dateOfSomethingElse(compact)) record(found, [EXPIRY_EXCLUDED], compact);
    // "产品安全码": so does another thing's security code.
    if (found.has(CVV_STRONG) && codeOfSomethingElse(compact)) record(found, [CVV_EXCLUDED], compact);
  }
  // Most texts hold no word of any list: they share one empty answer instead of a map each.
  const answer = found.size > 0 ? found : EMPTY;
  if (cache.size < CACHE_MAX) cache.set(raw, answer);
  return answer;
}
