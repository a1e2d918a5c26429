// Scam-script phrases in the visible text: refunds for "quality problems", lost-parcel compensation,
// cancelling a "VIP membership" before it costs money or credit, ETC "expired", safe accounts …
// Each pattern is compiled once on its own, and a group's first match is the earliest of its patterns' matches
// (the one listed first where two start at the same place): what one alternation of the group's patterns would find,
// at a tenth of the cost. Joined into one alternation, most of V8's regular-expression engine's shortcuts for where a
// match can start are lost, and each pattern's leading guards are tried at every position of the text: on 50,000
// characters of news, fee-to-release took 91 ms (Chinese) and 120 ms (English) as one alternation, and its patterns
// 5 and 9 ms one by one.
//
// A script inside quotation marks is reported speech: the anti-fraud article, the police notice, the forum
// post that warns others ("对方称：“您购买的商品存在质量问题…”"). A fake page says its script to you; it
// has no reason to quote it. Such pages often carry a phone-and-code login in their header, and warning
// there would teach people who read about scams to ignore us. So a quoted match does not count, and the
// next match of the group is tried; a match that runs on past the quotation's end into the reporter's words is
// not the caller's line either, and the search goes on after the mark (quoteEndWithin). So is the next one when
// the match's sentence calls it a scam, as a rule
// ("…的，都是诈骗"), tells it as a crook's words ("骗子会冒充客服，说…"), or as a pretext ("以退款为由"), or when the words
// right after the quotation's closing mark call it one ("“…”是诈骗话术，请勿相信"): warned-of.ts.
//
// Except on a page that asks for a bank card itself (a card-number or card-password field, or the online bank's own
// login password: `asksForCard`). The article, the notice and the forum post ask a reader for a phone and a code at
// most, or their own site's login, to log in or to comment; none asks for a card or a bank's login. A fake refund page does, and it can show its script as a chat bubble ("客服：“您的商品…”"), so
// there a quotation is no longer reported speech. The warned-of checks stay: a shop's checkout puts its 防骗提示 beside
// its card form ("以“商品质量问题”为由给您退款的，都是诈骗"), quotation marks and all. One of them gives way: a crook's words
// told in a sentence that goes on to ask you to fill in on this page ("如果接到电话说…，请在本页填写收款银行卡"), which
// no warning does ("如果接到电话说…，那是诈骗" stays told; ASK_HERE below).
//
// A line after a speaker's label ("客服：您好，您购买的商品有质量问题…", a transcript in an article) is reported speech
// as a quotation is, with the same exception on a card page: speaker-label.ts.
//
// What counts only on a card page is kept apart (`storySignals`, `reported`): a top page that quotes its story around
// a card form in another site's frame has no card field of its own; the frame's verdict counts it (engine.ts).
import type { ScamPhraseGroup } from '../../knowledge/types';
import type { PageSignal } from '../types';
import { isAfterSpeakerLabel } from './speaker-label';
import { isPretextNamed, isToldOfScammer, isWarnedAfterQuote, isWarningRule } from './warned-of';

export interface PhraseMatcher {
  id: string;
  /** The group's patterns, in the group's order, each global: matching resumes after a quoted match. */
  res: RegExp[];
}

/** How far back an opening mark may stand, and how far ahead its closing mark, for a match to be quoted. */
const QUOTE_BEFORE = 80;
const QUOTE_AFTER = 200;
/** Matches of one group looked at on one page before giving up (all quoted or warned of: the page only warns). */
const MAX_TRIES = 8;
const OPENERS = '“「『';
const CLOSERS = '”」』';

/** Characters of a match that may stand outside the quotation (the marks between two adjacent quotes excepted). */
const OUTSIDE_MAX = 2;

/**
 * Whether text[start, end) is quoted speech: it starts inside a quotation (an opening mark within QUOTE_BEFORE
 * characters before it that nothing closed; straight quotes (") open when an odd number of them stand there),
 * at most OUTSIDE_MAX of its characters stand outside a quotation (“您的快递”已丢失，为您理赔 quotes two words
 * for emphasis and says the rest; a match running over two adjacent quotes is still quoted), and a quotation
 * still open at its end closes within QUOTE_AFTER characters.
 */
export function isQuoted(text: string, start: number, end: number): boolean {
  let curly = false;
  let straight = false;
  /** Follows the quotation state over one character; false when it is no quotation mark. */
  const mark = (ch: string): boolean => {
    if (OPENERS.includes(ch)) curly = true;
    else if (CLOSERS.includes(ch)) curly = false;
    else if (ch === '"') straight = !straight;
    else return false;
    return true;
  };
  for (let i = Math.max(0, start - QUOTE_BEFORE); i < start; i++) mark(text[i]!);
  if (!curly && !straight) return false;
  let outside = 0;
  for (let i = start; i < end; i++) {
    if (!mark(text[i]!) && !curly && !straight && ++outside > OUTSIDE_MAX) return false;
  }
  const after = text.slice(end, end + QUOTE_AFTER);
  if (curly) return [...CLOSERS].some((c) => after.includes(c));
  if (straight) return after.includes('"');
  return true;
}

/** What may follow the closing mark of a quotation that ends a clause: a punctuation mark, or the text's end. */
const CLAUSE_AFTER_QUOTE = /^(?:[，,。！？!?；;：:、…—]|\.(?:\s|$)|$)/;

/**
 * Where a match that straddles a quotation's end leaves it: the index of the closing mark when text[start, end) starts
 * inside a quotation that closes before `end` and ends a clause there, or -1. 骗子谎称“…我们给您双倍赔偿”，诱导受害人下载会议软件
 * 共享屏幕: a pattern that runs from the quoted script on into the reporter's own words is neither the caller's line nor
 * the reporter's; the reporter's words after the mark are judged on their own. A mark the clause runs on after
 * (“您的快递”已丢失, two words quoted for emphasis) ends no quotation of speech: isQuoted reads that one.
 */
export function quoteEndWithin(text: string, start: number, end: number): number {
  let curly = false;
  let straight = false;
  for (let i = Math.max(0, start - QUOTE_BEFORE); i < start; i++) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) curly = true;
    else if (CLOSERS.includes(ch)) curly = false;
    else if (ch === '"') straight = !straight;
  }
  if (!curly && !straight) return -1;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    const closes = (curly && CLOSERS.includes(ch)) || (!curly && straight && ch === '"');
    if (closes) return CLAUSE_AFTER_QUOTE.test(text.slice(i + 1, i + 3)) ? i : -1;
    if (OPENERS.includes(ch)) curly = true;
  }
  return -1;
}

/**
 * Whether text[start, end) is quoted and the words after the quotation's closing mark call it a scam (warned-of.ts
 * `isWarnedAfterQuote`): a warned-of quotation, not the page's voice even on a page that asks for a card (red team 9, B1).
 */
export function isQuoteWarnedOf(text: string, start: number, end: number): boolean {
  let closeAt = quoteEndWithin(text, start, end);
  if (closeAt < 0 && isQuoted(text, start, end)) {
    const i = text.slice(end, end + QUOTE_AFTER).search(/[”」』"]/);
    if (i >= 0) closeAt = end + i;
  }
  return closeAt >= 0 && isWarnedAfterQuote(text, closeAt);
}

/** Compiles each group's patterns. A pattern that does not compile is a data bug the knowledge tests catch; it is skipped here. */
export function buildPhraseMatchers(groups: readonly ScamPhraseGroup[]): PhraseMatcher[] {
  return groups.flatMap((g) => {
    const res: RegExp[] = [];
    for (const p of g.patterns) {
      try {
        res.push(new RegExp(p, 'giu'));
      } catch {
        // Skipped (see above).
      }
    }
    return res.length ? [{ id: g.id, res }] : [];
  });
}

const EVIDENCE_MAX = 40;

export interface PhraseOptions {
  /**
   * The page asks for a bank card itself (a card-number or card-password field): a quoted script counts, and so
   * does a crook's words told in a sentence that asks you to fill in on this page (see the header).
   */
  asksForCard?: boolean;
  /**
   * The page names itself a service desk (speaker-label.ts `deskPage`): a line after its customer service's label
   * is the page speaking, not a transcript's turn.
   */
  deskPage?: boolean;
}

export function scamPhrases(text: string, matchers: readonly PhraseMatcher[], options: PhraseOptions = {}): PageSignal[] {
  const onCardPage = options.asksForCard === true;
  return groupHits(text, matchers, options.deskPage === true).flatMap((g) => {
    const hit = onCardPage ? g.onCardPage : g.said;
    return hit === null ? [] : [phraseSignal(g.id, hit)];
  });
}

/**
 * The scripts a page says to its reader (`said`: what `scamPhrases` finds), and those it only reports (`reported`:
 * quoted, after a speaker's label, or a crook's words told in a sentence that asks to fill in here), which would
 * count on a page that asked for a card (with the evidence `scamPhrases` gives there). A group is in one list at most.
 */
export function storySignals(
  text: string,
  matchers: readonly PhraseMatcher[],
  options: Pick<PhraseOptions, 'deskPage'> = {},
): { said: PageSignal[]; reported: PageSignal[] } {
  const said: PageSignal[] = [];
  const reported: PageSignal[] = [];
  for (const g of groupHits(text, matchers, options.deskPage === true)) {
    if (g.said !== null) said.push(phraseSignal(g.id, g.said));
    else if (g.onCardPage !== null) reported.push(phraseSignal(g.id, g.onCardPage));
  }
  return { said, reported };
}

const phraseSignal = (id: string, hit: string): PageSignal => ({
  kind: 'scam-phrase',
  phrase: id,
  reasons: [{ code: 'scam-phrase', detail: hit.slice(0, EVIDENCE_MAX) }],
});

function groupHits(text: string, matchers: readonly PhraseMatcher[], deskPage: boolean): { id: string; said: string | null; onCardPage: string | null }[] {
  return matchers.map((m) => ({ id: m.id, ...firstSaidToYou(text, m.res, deskPage) }));
}

/**
 * The earliest match at or after `from` of any of `res` (on a tie, the one listed first), as one alternation of them
 * would find it. `next` keeps each pattern's last match: it still stands while it starts at or after `from` (nothing of
 * that pattern starts between), so each pattern runs again only once the search has passed its match.
 */
function earliest(text: string, res: readonly RegExp[], next: (RegExpExecArray | null | undefined)[], from: number): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (let i = 0; i < res.length; i++) {
    let m = next[i];
    if (m === undefined || (m !== null && m.index < from)) {
      const re = res[i]!;
      re.lastIndex = from;
      m = re.exec(text);
      next[i] = m;
    }
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}

/** How far after a match its sentence may ask you to fill in on this page. */
const ASK_REACH = 60;
const SENTENCE_END = /[。！？!?\n]/;
/**
 * This page, then giving or collecting there ("请在本页填写", "在下方输入", "于此页面领取"), or the other way round
 * ("填写下方的…"). Not 申请 or 办理: a shop's notice sends you to its own after-sales desk ("…，请在本页申请售后").
 */
const HERE = '(?:本页|此页|本网页|此网页|本站|此处|这里|下方|下面|页面下方)';
const GIVE = '(?:填写|填入|输入|提交|登记|绑定|领取)';
const ASK_HERE = new RegExp(`${HERE}[^，。！？,\\n]{0,8}?${GIVE}|${GIVE}[^，。！？,\\n]{0,2}?${HERE}`);
/**
 * What a warning says after the crook's words, even where it names this page ("…，不要在此处填写", "…，请在本页举报"). Not a
 * "don't" about something else: a fake page says "验证码切勿告诉他人" of others.
 */
const WARNS = /诈骗|骗|举报|报警|报案|挂断|警惕|谨防|小心|(?:不要|不能|不可|不得|禁止|拒绝|切莫|勿|别)(?:相信|理会|在|于|填|输入|提交|登记|绑定|领取|回复|转账|汇款|点击)/;

/** Whether the rest of the match's sentence, from `end`, asks you to fill in on this page and warns of nothing. */
export function asksToFillHere(text: string, end: number): boolean {
  let rest = text.slice(end, end + ASK_REACH);
  const stop = SENTENCE_END.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  return ASK_HERE.test(rest) && !WARNS.test(rest);
}

/**
 * The first match of the group's patterns in `text` that is not reported speech (quoted, or after a speaker's label),
 * a warning's rule, a crook's words told or a pretext named (`said`), or null; and the first that counts on a page that
 * asks for a card (`onCardPage`): there reported speech is not excused, nor a crook named before it when its sentence
 * asks you to fill in here.
 */
function firstSaidToYou(text: string, res: readonly RegExp[], deskPage: boolean): { said: string | null; onCardPage: string | null } {
  const next: (RegExpExecArray | null | undefined)[] = new Array(res.length);
  let onCardPage: RegExpExecArray | null = null;
  let from = 0;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const hit = earliest(text, res, next, from);
    if (!hit) break;
    const end = hit.index + hit[0].length;
    if (!isWarningRule(text, end) && !isPretextNamed(text, hit.index) && !isQuoteWarnedOf(text, hit.index, end)) {
      const told = isToldOfScammer(text, hit.index);
      if (!onCardPage && (!told || asksToFillHere(text, end))) onCardPage = hit;
      const quoteEnd = quoteEndWithin(text, hit.index, end);
      if (quoteEnd >= 0) {
        // Reported speech up to the mark (it counts on a card page, as a quotation does); what follows is tried anew.
        from = quoteEnd + 1;
        continue;
      }
      // Said to you implies counting on a card page too (onCardPage is set by now, to this match or an earlier one).
      if (!told && !isQuoted(text, hit.index, end) && !isAfterSpeakerLabel(text, hit.index, deskPage, end)) {
        return { said: hit[0], onCardPage: onCardPage![0] };
      }
    }
    // A pattern that can match nothing must still move on.
    from = end > hit.index ? end : hit.index + 1;
  }
  return { said: null, onCardPage: onCardPage?.[0] ?? null };
}
