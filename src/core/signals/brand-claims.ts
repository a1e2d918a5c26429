// "This page says it is Alipay": a title or a heading that names the brand and little else (logo alt text
// comes in with the headings). Body text is never read for claims.
//
// A claim is an identity, not a mention. Headings mention brands all the time without claiming them:
// a checkout shows "American Express" and "PayPal logo" as payment methods, a login offers "Login with
// Google", a news page runs "Amazon to add 100,000 jobs". So a heading only claims a brand when
//   - the brand is not a way to pay (card networks, wallets and banks are on every checkout, Chinese ones
//     list bank logos for online banking; a page that really poses as one says so in its title),
//   - the brand is not introduced by "with / via / using / through" (使用 / 通过), and
//   - besides the alias and filler words (logo, icon, official, 官方 …) the heading has at most a few words:
//     "Facebook", "Microsoft account symbol", "Sign in to Facebook", "中国工商银行退款中心".
// Titles follow the last two rules with a little more room ("Log in to Facebook | Facebook", "支付宝 - 退款中心"),
// which still leaves out article titles ("Yahoo's sale to Verizon leaves shareholders with little say").
// A claim that also reads as the brand's sign-in page gets a second reason, `claim-sign-in-page`: a title with
// a sign-in word or a part that is the brand alone (signInTitle), or a heading / logo that is the brand alone. So does
// a claim that reads as the brand's service desk ("淘宝退款理赔", "Amazon customer service"): the brand's own page too,
// and the one a caller sends people to.
// The policy asks for it before calling a password form credential phishing. A heading that is a sign-in line
// whose object is the brand alone ("Sign in to Badoo", "Sign in with your Google Account", "登录支付宝") is both;
// "Sign in with Google" (somebody else's button) and "Follow us on Instagram" (a link) are neither. A title part
// that is the brand with at most one more word ("Reddit - Dive into anything") claims it in a long title.
//
// Matching is case-insensitive. ASCII aliases need word boundaries on both sides, so `BOC` does not
// fire inside "Bocconi" and `Chase` not inside "purchased"; Chinese aliases match as substrings (the
// knowledge data leaves out short forms that sit inside everyday words).
import type { Brand, BrandCategory } from '../../knowledge/types';
import { isServiceName } from '../../knowledge/user-content';
import type { DomainAssessment, PageSignal, Reason } from '../types';
import { wordCount } from '../text/word-count';

interface AliasMatcher {
  brand: string;
  category: BrandCategory;
  alias: string;
  /** The alias is one of the brand's checkoutNames (a way to pay or ship: Apple Pay, DHL, 顺丰速运). */
  checkout: boolean;
  /** `lower` is `text.toLowerCase()`, computed once per text by the caller. */
  test: (text: string, lower?: string) => boolean;
  /** The brand's `issuers` (粤通卡 …), lower case: a page naming one in its title or a heading is that issuer's. */
  issuers: readonly string[];
}

/** Whether a title or heading (lower case) names one of the brand's issuers. */
const namesIssuer = (m: AliasMatcher, lower: string): boolean => m.issuers.some((name) => lower.includes(name));

/** Words of a verification: what a fake desk asks you to pass ("在线认证", "实名验证"), never an issuer's sign-up. */
const VERIFY_WORDS = /认证|验证|核验|实名/;

/**
 * Whether the page is the issuer's own, as its title and headings name it (粤通卡): every line that names an issuer
 * names it plainly ("粤通卡ETC在线办理", "苏通卡 - 官方ETC办理"), none as a service desk or a verification ("粤通卡ETC服务中心 -
 * 在线认证"). An issuer signs people up; the desk that "verifies" your card is the kit's, which borrows the province's
 * card to shed the ETC claim (red team 8, A7). Such a page claims the brand, by the issuer's name too.
 */
function issuersOwnPage(m: AliasMatcher, lines: readonly string[]): boolean {
  const naming = lines.filter((line) => namesIssuer(m, line));
  return naming.length > 0 && !naming.some((line) => SERVICE_DESK.test(line) || VERIFY_WORDS.test(line));
}

/** Brands that checkouts show as a way to pay: they claim through the title, or a heading of a service desk. */
const PAYMENT_METHODS: ReadonlySet<BrandCategory> = new Set(['payment', 'card-network', 'bank']);
/** Words that say nothing about who the page is. */
/**
 * A heading that names a way to pay together with one of these is its service desk ("支付宝退款理赔",
 * "中国银行客服中心"), which no checkout shows: the kind of page a caller sends someone to.
 */
const SERVICE_DESK = /客服|退款|退费|理赔|赔付|赔偿|售后|服务中心|\b(?:refunds?|customer (?:service|support)|claims? cent(?:er|re))\b/i;
const FILLER = new Set(['logo', 'icon', 'symbol', 'image', 'img', 'official', 'the', 'inc', 'ltd', '官方', '官网', '标志']);
/** At most this many other words in a heading / title that claims a brand (a CJK run counts one word per two characters). */
const MAX_OTHER_WORDS_HEADING = 3;
const MAX_OTHER_WORDS_TITLE = 6;

/** `s` as a literal inside a RegExp. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test for one alias. Pages have hundreds of aliases to try, so a plain substring check goes first. */
export function aliasMatcher(alias: string): (text: string, lower?: string) => boolean {
  const needle = alias.toLowerCase();
  if (/[^\x20-\x7e]/.test(alias)) return (text, lower = text.toLowerCase()) => lower.includes(needle);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, 'iu');
  return (text, lower = text.toLowerCase()) => lower.includes(needle) && re.test(text);
}

export function buildAliasMatchers(brands: readonly Brand[]): AliasMatcher[] {
  // An issuer's name claims the brand where the page is no issuer's own (issuersOwnPage).
  return brands.flatMap((b) =>
    [...b.aliases, ...(b.issuers ?? [])]
      .filter((a) => a.trim().length > 1)
      .map((alias) => ({
        brand: b.id,
        category: b.category,
        alias,
        checkout: b.checkoutNames?.includes(alias) ?? false,
        test: aliasMatcher(alias),
        issuers: (b.issuers ?? []).map((name) => name.toLowerCase()),
      })),
  );
}

/** Words of a sign-in or account page, in titles ("Login - Spotify", "Capital One verification", "支付宝账户登录"). */
const SIGN_IN_WORDS =
  /\b(log ?in|log on|sign[ -]?in|sign[ -]?up|register|account|id|verify|verification|verified|security|password)\b|登录|登陆|账户|账号|帐号|帐户|密码|验证|认证|实名|安全中心/i;
/** A way to pay under a brand's name ("Apple Pay", "Amazon Pay", "微信支付") is a payment method, never a claim. */
const PAYMENT_WORDS = /\b(pay|wallet|checkout)\b|支付|付款/i;
/**
 * Title separators: "Sign in · GitHub", "Instagram | Free followers", "Yahoo - login"; Chinese sites also write
 * "个税汇算_今日财经", "退款中心｜某商城" and "汇算清缴-今日财经" (a hyphen between Chinese characters; in English a
 * bare hyphen joins words: "Sign-up").
 */
const TITLE_SEPARATORS = /\s[-–—:/]\s|[|｜·•—–_]|(?<=\p{Script=Han})\s?-\s?(?=\p{Script=Han})/u;

/**
 * A title claim that reads as the brand's sign-in page (or its service desk: 客服, 退款, 理赔 …, SERVICE_DESK, which is
 * as much the brand's own page and the one a caller sends someone to): the title has such a word, or one of its
 * parts is the brand alone ("Verified Badges • Instagram", "GitHub · Where software is built"), or the title is one
 * part, the brand with at most one more word ("Telegram Web", as a heading or logo of that shape is). A reseller's
 * "Google Pixel 8 - MyShop" claims Google but is not its sign-in page: it names itself in another part.
 */
export function signInTitle(title: string, alias: string): boolean {
  if (SIGN_IN_WORDS.test(title) || SERVICE_DESK.test(title.toLowerCase().split(alias.toLowerCase()).join(' '))) return true;
  const parts = title.split(TITLE_SEPARATORS).filter((part) => part.trim());
  if (parts.length === 1 && headingClaims(title, alias, 1)) return true;
  return parts.some((part) => headingClaims(part, alias, 0));
}

/**
 * A title part that is the brand with at most one more word claims it even in a long title: sites end
 * their titles with who they are ("Reddit - Dive into anything", "Restaurants in Delhi | Zomato India"),
 * articles name what they are about in a sentence ("Instagram down for millions | Daily News").
 */
export function titlePartClaims(title: string, alias: string): boolean {
  return title.split(TITLE_SEPARATORS).some((part) => part.trim() && headingClaims(part, alias, 1));
}

/**
 * Whether a title names the brand (matched by `alias`) as who the page is. A title names its site in one part, the
 * segment a site names itself with ("个人所得税汇算清缴 - 今日财经": 今日财经; "支付宝 - 退款中心": 支付宝), or it is the site's
 * name as a whole ("中国工商银行退款中心"). So in a title of several parts the brand claims when a part is the brand with
 * at most one more word (titlePartClaims) or a sign-in line of it ("Sign in to your Microsoft account - Outlook");
 * a part that names it in a longer phrase is what the page is
 * about (an article's subject, a reseller's goods: "交管12123学法减分 - 某驾校", "中国国航特价机票 | 某旅行网"). A title of
 * one part claims with up to MAX_OTHER_WORDS_TITLE other words. Either way not when the brand is the subject of a
 * report (headingClaims: "国家反诈中心提醒：…").
 */
export function titleClaims(title: string, alias: string): boolean {
  const parts = title.split(TITLE_SEPARATORS).filter((part) => part.trim());
  if (parts.length <= 1 && headingClaims(title, alias, MAX_OTHER_WORDS_TITLE)) return true;
  if (parts.length > 1 && (titlePartClaims(title, alias) || parts.some((part) => signInHeading(part, alias) || serviceDeskPart(part, alias)))) {
    return true;
  }
  // The voice may also stand in brackets or before a colon: "【工商银行提醒】网银登录", "工商银行提醒：网银登录" (red team 9, A1).
  const voiceParts = title.split(VOICE_SEPARATORS).filter((part) => part.trim());
  return voiceParts.some((part) => voicePart(part, alias)) && voiceParts.some(ownLine);
}

/** Title separators, and the brackets and colon that set a brand's reminder apart from the line it heads. */
const VOICE_SEPARATORS = new RegExp(`${TITLE_SEPARATORS.source}|[【】\\[\\]：:]`, 'u');
/**
 * The brand's reminder to the reader: "温馨提醒", "提醒您", "重要提示". Alone with the brand, it is the brand speaking (as
 * "支付宝提醒您：…" is, REPORTED_ACT), not a headline: a headline goes on with its story in the same part.
 */
const REMINDER_VOICE = /^\s*(?:温馨|特别|重要|郑重)?(?:提醒|提示)(?:您|你)?\s*$/;

/**
 * A title part that is the brand and a reporting verb alone ("工商银行提醒", "支付宝提醒"), no story. Beside a part that is
 * only a sign-in or a desk line (ownLine: "工商银行提醒 | 网银登录", "支付宝提醒 - 退款办理") it is the brand's own voice on
 * its own page, not a headline: a headline says its story in the part with the brand ("工商银行提醒：谨防冒充客服退款诈骗")
 * and names its site in the other ("今日财经"). Red team 8, A1 and A4.
 */
const voicePart = (part: string, alias: string): boolean => {
  const lower = part.trim().toLowerCase();
  const a = alias.toLowerCase();
  if (!lower.startsWith(a)) return false;
  const rest = lower.slice(a.length);
  return (REPORTED_ACT.test(rest) && wordCount(rest) <= 1) || REMINDER_VOICE.test(rest);
};
/** The words of a sign-in or verification line: 网银登录, 手机银行登录, 登录入口, 在线认证, 实名验证, Log in. */
const SIGN_IN_LINE_WORDS = /登录|登陆|入口|认证|验证|核验|实名|\b(?:log ?in|sign ?in|verify)\b/gi;
/** A title part that says only what the page does: a sign-in or verification line, or a desk line ("退款办理"). */
const ownLine = (part: string): boolean => {
  const lower = part.toLowerCase();
  if (deskLine(lower)) return true;
  const rest = lower.replace(SIGN_IN_LINE_WORDS, ' ');
  // At most two more words: 网银, 手机银行, 个人网银.
  return rest !== lower && wordCount(rest) <= 2;
};

/**
 * A title part that names the brand's service desk as a heading would ("中国工商银行退款中心 - 在线办理", "支付宝客服中心 |
 * 在线服务"): the desk is the brand's own page, the one a caller sends someone to, though it takes more than one
 * word besides the brand. A subject with other words ("淘宝售后维权攻略 - 某网站") stays a subject.
 */
const serviceDeskPart = (part: string, alias: string): boolean => {
  const rest = part.toLowerCase().split(alias.toLowerCase()).join(' ');
  return deskLine(rest) && headingClaims(part, alias, MAX_OTHER_WORDS_HEADING);
};
/** The words a service desk names itself with: 售后服务中心, 在线客服, 理赔专线, 官方退款通道. */
const DESK_WORDS = /客服|退款|退费|理赔|赔付|赔偿|售后|服务|中心|在线|官方|热线|专线|通道|平台/g;

/** A line (lower case) that names a service desk: the desk's own words ("售后服务中心", "在线客服") and at most one more ("退款办理"). */
const deskLine = (lower: string): boolean => SERVICE_DESK.test(lower) && wordCount(lower.replace(DESK_WORDS, ' ')) <= 1;

/**
 * Whether a title names its page a service desk in one of its parts, with or without a brand: "退款办理", "售后服务中心 |
 * 某平台". An article is titled for its story ("警惕“商品质量问题退款”诈骗 - 今日快讯", "记一次诈骗电话").
 */
export function deskTitle(title: string): boolean {
  return title.split(TITLE_SEPARATORS).some((part) => part.trim() !== '' && deskLine(part.toLowerCase()));
}

/** "Sign in to", "Log in to your", "Sign in with your": the lead of a sign-in line. */
const SIGN_IN_LEAD = /^(?:sign|log)[ -]?(?:in|on)\s+(?:(to|into)|with)\s+(your\s+)?/i;
const ACCOUNT_TAIL = /\s+(?:account|id)$/i;

/**
 * True when `heading` is a sign-in line whose object is the brand alone: "Sign in to Google", "Log in to your
 * Google account", "Sign in with your EA Account", "登录支付宝", "支付宝账号登录". "with" needs "your … account":
 * a bare "Sign in with Google" is somebody else's button.
 */
export function signInHeading(heading: string, alias: string): boolean {
  const h = heading.trim().replace(/[.!:]$/, '');
  const bareOrAccount = (object: string, tail: RegExp) =>
    headingClaims(object, alias, 0) || (tail.test(object) && headingClaims(object.replace(tail, ''), alias, 0));
  const lead = SIGN_IN_LEAD.exec(h);
  if (lead) {
    const rest = h.slice(lead[0].length);
    if (!lead[1] && !(lead[2] && ACCOUNT_TAIL.test(rest))) return false;
    return bareOrAccount(rest, ACCOUNT_TAIL);
  }
  const zh = /^(?:登录|登陆)(.+)$/.exec(h)?.[1] ?? /^(.+?)(?:登录|登陆)$/.exec(h)?.[1];
  return zh !== undefined && bareOrAccount(zh, /(?:账号|帐号|账户|帐户)$/);
}

/** Reason code of a claim that reads as the brand's own sign-in page. */
export const SIGN_IN_PAGE = 'claim-sign-in-page';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Right after the brand, a verb that makes it the subject of a report: "国家反诈中心提醒：这些骗局要当心", "央行发布…",
 * "PayPal warns of …". A page is not the brand that a headline says did something. Not when it speaks to the reader:
 * "支付宝提醒您：账户存在风险" is the brand's own voice, which is what a fake page puts on.
 */
const REPORTED_ACT =
  /^\s*(?:提醒|提示|发布|通报|公布|宣布|回应|警示|披露|辟谣|发文|表示|约谈|解读|召开|开展|称)(?![\s：:]*(?:您|你|广大|各位|用户|客户))|^\s+(?:warns?|says|said|announces?|urges?|confirms?|responds?|reports?)\b(?!\s+(?:you|users|customers)\b)/i;

/** Where a run of ASCII letters or digits meets a Chinese character. */
const LATIN_HAN_SEAM = /(?<=\p{Script=Han})(?=[a-z0-9])|(?<=[a-z0-9])(?=\p{Script=Han})/gu;

/** True when `heading` (or a title) names the brand (matched by `alias`) as who the page is, not in passing. */
export function headingClaims(heading: string, alias: string, maxOtherWords = MAX_OTHER_WORDS_HEADING): boolean {
  const lower = heading.toLowerCase();
  const a = alias.toLowerCase();
  const at = lower.indexOf(a);
  if (at < 0) return false;
  if (PAYMENT_WORDS.test(lower.split(a).join(' '))) return false;
  if (/\b(with|via|using|through)\s+(the\s+|your\s+)?$|(使用|通过|用)\s*$/.test(lower.slice(0, at))) return false;
  if (REPORTED_ACT.test(lower.slice(at + a.length))) return false;
  // "Follow us on Instagram", "Share on Facebook": a link to the brand, not the page's identity.
  if (/\b(follow|find|like|join|share|watch|listen|see)\b.{0,12}\b(on|at)\s+$|关注我们的?\s*$/.test(lower.slice(0, at))) return false;
  // A Latin word run into Chinese is a word of its own: "ETC客服中心" is ETC and 客服中心, not seven characters of Chinese.
  const rest = lower.split(a).join(' ').replace(LATIN_HAN_SEAM, ' ');
  let words = 0;
  for (const w of rest.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (FILLER.has(w)) continue;
    words += CJK.test(w) ? Math.ceil([...w.replace(/官方|官网|标志/g, '')].length / 2) : 1;
  }
  return words <= maxOtherWords;
}

/**
 * One signal per claimed brand that the domain does not belong to. Official sites claim nothing
 * (a bank's page naming its card network is not an impersonation), and neither do user-trusted ones. On a
 * user-content host (a form on wj.qq.com) any brand may be claimed, the owner too ("微信支付退款中心"), except by the
 * platform's own name (腾讯 in "问卷 - 腾讯问卷").
 */
export function brandClaims(
  title: string,
  headings: readonly string[],
  domain: DomainAssessment,
  matchers: readonly AliasMatcher[],
): PageSignal[] {
  if (domain.kind === 'official' || domain.kind === 'trusted') return [];
  const found = new Map<string, PageSignal>();
  const titleLower = title.toLowerCase();
  const headingsLower = headings.map((h) => h.toLowerCase());
  const signIn = (signal: PageSignal) => signal.reasons.some((r) => r.code === SIGN_IN_PAGE);
  // Several aliases and lines may claim one brand: the first claim counts, and any claiming line that reads as
  // its sign-in page adds that ("AOL.com - Welcome to AOL" in the title, "Aol" alone on the logo).
  for (const m of matchers) {
    const prev = found.get(m.brand);
    if (prev && signIn(prev)) continue;
    // On a host anyone publishes on (wj.qq.com), the platform's own name in the title is no claim (腾讯 in 腾讯问卷);
    // nor on one whose tenant name imitates another brand (a lookalike of Alipay on alipay-tuikuan.feishu.cn: 飞书).
    if (domain.service && isServiceName(domain.service, m.alias, m.brand)) continue;
    const reasons: Reason[] = [];
    // A page whose title or a heading names one of the brand's issuers (粤通卡) is that issuer's: the brand's own words
    // on it ("ETC服务 · 绑定银行卡") are the issuer's product. Not a desk or a verification under its name (issuersOwnPage).
    if (m.issuers.length && issuersOwnPage(m, [titleLower, ...headingsLower])) continue;
    if (title && m.test(title, titleLower) && titleClaims(title, m.alias)) {
      reasons.push({ code: 'claim-in-title', detail: m.alias });
      if (signInTitle(title, m.alias)) reasons.push({ code: SIGN_IN_PAGE, detail: title.slice(0, 80) });
    }
    const wayToPay = PAYMENT_METHODS.has(m.category);
    if (!reasons.some((r) => r.code === SIGN_IN_PAGE)) {
      let claimed = false;
      for (let i = 0; i < headings.length; i++) {
        const h = headings[i]!;
        if (!h || h === title || !m.test(h, headingsLower[i])) continue;
        if (wayToPay && !SERVICE_DESK.test(headingsLower[i]!.split(m.alias.toLowerCase()).join(' '))) continue;
        // A checkout name alone is a payment or shipping option's logo or label ("Apple Pay", "DHL"), not who
        // the page is; with more words it can still claim ("顺丰速运理赔中心").
        if (m.checkout && headingClaims(h, m.alias, 0)) continue;
        // A heading or logo that is the brand alone ("Facebook", "Microsoft account symbol"), or a sign-in line
        // whose object is the brand ("Sign in to your Google Account"), heads its sign-in form.
        // (A way to pay's service desk is not its sign-in page: it gets no sign-in reason from a heading.)
        let signInLine = !wayToPay && (headingClaims(h, m.alias, 1) || signInHeading(h, m.alias));
        if (!signInLine && !headingClaims(h, m.alias)) continue;
        // A claiming heading that names the brand's service desk ("淘宝退款理赔", "京东客服中心") is the brand's own
        // page as much as its sign-in is: the desk a caller sends someone to. (A way to pay's is a money claim anyway.)
        if (!wayToPay && SERVICE_DESK.test(headingsLower[i]!.split(m.alias.toLowerCase()).join(' '))) signInLine = true;
        if (!claimed && reasons.length === 0) reasons.push({ code: 'claim-in-heading', detail: m.alias });
        claimed = true;
        if (signInLine) {
          reasons.push({ code: SIGN_IN_PAGE, detail: h.slice(0, 80) });
          break;
        }
      }
    }
    if (reasons.length === 0) continue;
    if (!prev) found.set(m.brand, { kind: 'brand-claim', brand: m.brand, reasons });
    else {
      const more = reasons.find((r) => r.code === SIGN_IN_PAGE);
      if (more) prev.reasons.push(more);
    }
  }
  return [...found.values()];
}
