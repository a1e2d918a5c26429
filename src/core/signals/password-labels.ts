// "QQ密码", "请输入您的淘宝账号密码", "Instagram password": a password field that names whose account it wants.
//
// No site but the brand's own ever needs the password of a brand's account: signing in with QQ or Google sends
// you to their page, and a shop that wants a way to pay asks for the card or sends you to Alipay. A fake page
// asks for it outright, often with nothing else on the page that says who it pretends to be (a "free
// followers" or "account check" page). Such a field claims the brand as surely as a sign-in heading does, so it
// counts as a brand claim of the sign-in kind (the policy's password-with-sign-in-claim rule).
//
// Only a field's own short names are read (FieldFinding.labels), and only a name that is the brand, a password
// word and at most one more word once the usual filler is taken out: "设置密码（请勿与QQ密码相同）" and "Don't use
// your Gmail password here" are advice on an honest sign-up form, not a request for that password.
import { accountNamesOf } from '../../knowledge';
import type { Brand } from '../../knowledge/types';
import type { DomainAssessment, FieldFinding, PageSignal } from '../types';
import { escape } from './brand-claims';
import { wordCount } from '../text/word-count';

/**
 * Reason code: a password field names a brand's account. The detail is the name found, as the knowledge base spells
 * it ("QQ", "Instagram"), never the page's text: the warning says it back to the person ("要你输入QQ的账号密码").
 */
export const PASSWORD_FOR_BRAND = 'claim-password-for';

export interface AccountMatcher {
  brand: string;
  name: string;
  /** Where the name stands in a label, or null. Labels are lower-cased by the caller. */
  find: (lowerLabel: string) => { at: number; length: number } | null;
}

const PASSWORD_WORD = /密码|口令|\bpass(?:word|code)\b/i;
/** The same words, every one of them (to take them out of a name). */
const PASSWORD_WORDS = new RegExp(PASSWORD_WORD.source, 'gi');
/** Words that turn the label into advice about that password ("not the same as", "请勿使用"). */
const ADVICE_WORDS = /不|勿|别|非|同|\b(?:not|never|don'?t|different|same|reuse)\b/i;
/** Words that say nothing about whose password it is. */
const FILLER = /请输入|请填写|请设置|输入|填写|您的|你的|的|登录|登陆|账号|帐号|账户|帐户|\b(?:enter|your|the|for|account|log ?in|sign ?in|id)\b/gi;
/** A note in brackets after the name ("（6-16位）", "(case sensitive)"). */
const BRACKETED = /[(（[【][^)）\]】]*[)）\]】]/g;
/** At most this many words besides the brand, the password word and the filler. */
const MAX_OTHER_WORDS = 1;
/**
 * Distinct names read per page. Each is tried against every alias of every brand in the background, which serves
 * all tabs: a page with thousands of password boxes must not cost more than an honest form with a few.
 */
const MAX_LABELS = 40;

/**
 * One matcher per alias and account name. An ASCII name must not run on into ASCII letters or digits ("QQ" is not
 * in "QQmusic", "Apple" is not in "Pineapple") but may touch Chinese ("QQ密码"); other names match anywhere.
 */
export function buildAccountMatchers(brands: readonly Brand[]): AccountMatcher[] {
  return brands.flatMap((b) =>
    accountNamesOf(b)
      .filter((n) => n.trim().length > 1)
      .map((name) => {
        const lower = name.toLowerCase();
        if (/[^\x20-\x7e]/.test(name)) {
          return { brand: b.id, name, find: (l: string) => (l.includes(lower) ? { at: l.indexOf(lower), length: lower.length } : null) };
        }
        const re = new RegExp(`(?<![a-z0-9])${escape(lower)}(?![a-z0-9])`);
        return {
          brand: b.id,
          name,
          find: (l: string) => {
            if (!l.includes(lower)) return null;
            const m = re.exec(l);
            return m ? { at: m.index, length: lower.length } : null;
          },
        };
      }),
  );
}

/** Words left once the brand, the password word and the filler are out (a run of Chinese counts one word per two characters). */
function otherWords(rest: string): number {
  return wordCount(rest.replace(FILLER, ' ').replace(PASSWORD_WORDS, ' '));
}

/** The brand a password field's name asks for, or undefined ("QQ密码" → tencent). */
export function brandOfPasswordLabel(label: string, matchers: readonly AccountMatcher[]): { brand: string; name: string } | undefined {
  const lower = label.replace(BRACKETED, ' ').toLowerCase();
  if (!PASSWORD_WORD.test(lower) || ADVICE_WORDS.test(lower)) return undefined;
  // The longest name found wins: "Steam 社区密码" is the Steam Community alias, not two names.
  let best: { brand: string; name: string; at: number; length: number } | undefined;
  for (const m of matchers) {
    const hit = m.find(lower);
    if (hit && (!best || hit.length > best.length)) best = { brand: m.brand, name: m.name, ...hit };
  }
  if (!best) return undefined;
  const rest = `${lower.slice(0, best.at)} ${lower.slice(best.at + best.length)}`;
  return otherWords(rest) <= MAX_OTHER_WORDS ? { brand: best.brand, name: best.name } : undefined;
}

/**
 * One brand claim per brand whose account a password field asks for, on a site that brand does not own. Official
 * and trusted sites claim nothing, as with headings. `readable` prepares a label as the page text is prepared
 * (invisible characters out, traditional characters folded), so 帳號密碼 reads as 账号密码.
 */
export function passwordLabelClaims(
  fields: readonly FieldFinding[],
  domain: DomainAssessment,
  matchers: readonly AccountMatcher[],
  readable: (text: string) => string = (t) => t,
): PageSignal[] {
  if (domain.kind === 'official' || domain.kind === 'trusted') return [];
  const found = new Map<string, PageSignal>();
  const read = new Set<string>();
  for (const f of fields) {
    if (f.kind !== 'password') continue;
    for (const label of f.labels ?? []) {
      if (read.has(label)) continue;
      if (read.size >= MAX_LABELS) return [...found.values()];
      read.add(label);
      const text = readable(label);
      const hit = brandOfPasswordLabel(text, matchers);
      if (!hit || found.has(hit.brand)) continue;
      found.set(hit.brand, { kind: 'brand-claim', brand: hit.brand, reasons: [{ code: PASSWORD_FOR_BRAND, detail: hit.name }] });
    }
  }
  return [...found.values()];
}

/**
 * The heading and title claims, then the password fields' claims: a brand claimed both ways is one signal with
 * both reasons (the field's reason added to a copy).
 */
export function withPasswordLabelClaims(claims: readonly PageSignal[], fromLabels: readonly PageSignal[]): PageSignal[] {
  const out = [...claims];
  for (const s of fromLabels) {
    const i = out.findIndex((c) => c.kind === 'brand-claim' && c.brand === s.brand);
    if (i < 0) out.push(s);
    else out[i] = { ...out[i]!, reasons: [...out[i]!.reasons, ...s.reasons] };
  }
  return out;
}

/**
 * The names of an online bank's login, in a password field's own names: "网银登录密码", "手机银行密码", "Online banking
 * password". Since c824f90 such a field is a password, not the card's PIN (every bank's own login asks for it), yet
 * what it opens is the bank account itself. A site's own login (the "用户名 / 密码" box in a blog's or a forum's
 * header, an SMS login) never names a bank: the field says whose credentials the page wants.
 * Banks name their logins more ways (red team 9, A1): 掌上银行, 招行's 一网通 (not 一网通办, Shanghai's government portal),
 * 直销银行, E-Bank. And "银行账户登录密码": a bank account's login password, which no site but the bank's asks for (not
 * "银行账户" alone: a payroll or a shop's refund form asks for the account number, not its password).
 */
const BANK_LOGIN =
  /网银|网上银行|手机银行|电子银行|掌上银行|一网通(?!办)|直销银行|银行(?:账户|账号|帐户|帐号)登[录陆]|\b(?:online|internet|mobile|e-?)\s?banking\b|\bnetbank\b|\be-?bank\b/i;
const BANK_LOGIN_ALL = new RegExp(BANK_LOGIN.source, 'gi');
/** Read at most this many names a page (as MAX_LABELS: a page of thousands of boxes costs no more than a few). */
const MAX_BANK_LABELS = 40;

/**
 * Whether a name asks for an online bank's login password. A note in brackets is read on its own: a format note
 * ("网银登录密码（不含空格）", "（不区分大小写）", "（与手机银行相同）") is no advice about the name before it, and advice in a
 * note ("设置密码（请勿与网银密码相同）") takes only that note out, with the bank it names.
 */
export function namesBankLogin(label: string): boolean {
  const notes = (label.match(BRACKETED) ?? []).filter((note) => !ADVICE_WORDS.test(note));
  const outside = label.replace(BRACKETED, ' ');
  return !ADVICE_WORDS.test(outside) && BANK_LOGIN.test([outside, ...notes].join(' '));
}

/**
 * Whether a password field among `fields` is named for an online bank's login (BANK_LOGIN). `readable` prepares a
 * name as the page text is prepared (traditional characters folded: 網銀 reads as 网银).
 */
export function asksForBankLogin(fields: readonly Pick<FieldFinding, 'kind' | 'labels'>[], readable: (text: string) => string = (t) => t): boolean {
  let read = 0;
  for (const f of fields) {
    if (f.kind !== 'password') continue;
    for (const label of f.labels ?? []) {
      if (++read > MAX_BANK_LABELS) return false;
      if (namesBankLogin(readable(label))) return true;
    }
  }
  return false;
}

/** Parts of a title or heading: "网银登录 - 退款办理", "【某银行提醒】网银登录", "某银行提醒：个人网银登录". */
const LINE_PARTS = /[|｜·•—–_【】[\]：:]|\s-\s|(?<=\p{Script=Han})\s?-\s?(?=\p{Script=Han})/u;
/** Words of a login line besides the bank-login name: 登录, 入口, Log in. */
const LOGIN_WORDS = /登录|登陆|登入|入口|\b(?:log ?in|log ?on|sign ?in)\b/gi;
/**
 * A line about scams or risk, not a login's name: "网银登录诈骗", "网银安全提示"; or a page for setting a password up,
 * which asks for it twice: "个人网银注册", "网银密码重置". A note in brackets is not read: "网银登录（防诈骗保护）" is a
 * login's name with a badge a kit adds to it (red team 10, A5).
 */
const NOT_LOGIN_LINE = /骗|诈|防范|警惕|提醒|提示|风险|案件|曝光|注册|开通|激活|重置|找回|修改/;
/** At most this many other words in a login line: 个人, 企业, a short bank name. */
const MAX_LOGIN_LINE_WORDS = 2;
/** Title and headings read at most (the sensor sends a few dozen). */
const MAX_LINES = 40;

/**
 * Whether a title part or heading names the page an online bank's login: "网银登录", "个人网银登录", "个人网上银行", "手机银行
 * 登录入口". An article names its story ("警惕冒充客服要你登录网银", "网银登录诈骗"): more words, or words of a scam.
 */
export function bankLoginLine(line: string): boolean {
  return line.split(LINE_PARTS).some((whole) => {
    const part = whole.replace(BRACKETED, ' ');
    if (!BANK_LOGIN.test(part) || NOT_LOGIN_LINE.test(part)) return false;
    return otherWords(part.replace(BANK_LOGIN_ALL, ' ').replace(LOGIN_WORDS, ' ')) <= MAX_LOGIN_LINE_WORDS;
  });
}

/**
 * Whether the page is an online bank's login by its title or a heading (bankLoginLine), with one password box or two:
 * "个人网银登录" over "登录密码" (red team 9, A1). The box's own names need not say it: a bank's login says "登录密码". A
 * second box is a kit's "再次输入" (red team 10, A5); a page that sets a password up says so in its title (注册, 重置:
 * no login line). A page with no password box is no bank's login; a blog that retells the call has its own site's
 * login, under a title of its story (red team 8, B1). Title and headings come prepared (readable).
 */
export function bankLoginPage(title: string, headings: readonly string[], fields: readonly Pick<FieldFinding, 'kind'>[]): boolean {
  const boxes = fields.filter((f) => f.kind === 'password').length;
  if (boxes < 1 || boxes > 2) return false;
  return [title, ...headings].slice(0, MAX_LINES).some(bankLoginLine);
}
