// All page signals for one page: brand claims (title and headings, and a password field's names), scam-script
// phrases (visible text, and the story the registered name of an unknown or lookalike site spells), meeting-join (URL).
// Matchers are built once from the knowledge base, on first use.
import { BRANDS, HOST_STORIES, MEETING_PROVIDERS, SCAM_PHRASES } from '../../knowledge';
import { foldPageText } from '../text/han-fold';
import { readableText } from '../text/readable';
import type { DomainAssessment, FieldFinding, FieldKind, PageSignal } from '../types';
import { addressStories, withAddressStories } from './address-story';
import { brandClaims, buildAliasMatchers, deskTitle, SIGN_IN_PAGE } from './brand-claims';
import { buildMeetingMatchers, meetingJoin } from './meeting-join';
import { asksForBankLogin, bankLoginPage, buildAccountMatchers, passwordLabelClaims, withPasswordLabelClaims } from './password-labels';
import { buildPhraseMatchers, scamPhrases, storySignals } from './scam-phrases';

export interface SignalFacts {
  url: string;
  title: string;
  headings: readonly string[];
  text: string;
  /** The page's findings: a password field's names may claim a brand (password-labels.ts). */
  fields?: readonly FieldFinding[];
  /** The top page around a framed form (PageFacts.around). */
  around?: { title: string; headings: readonly string[]; text: string } | undefined;
}

let matchers:
  | {
      aliases: ReturnType<typeof buildAliasMatchers>;
      accounts: ReturnType<typeof buildAccountMatchers>;
      phrases: ReturnType<typeof buildPhraseMatchers>;
      meetings: ReturnType<typeof buildMeetingMatchers>;
    }
  | undefined;

function knowledgeMatchers() {
  if (matchers) return matchers;
  // Aliases and scripts folded as the page text is (traditional → simplified, core/text/han-fold.ts), so a
  // traditional alias still meets the folded text and 支付寶 meets 支付宝.
  const folded = BRANDS.map((b) => ({
    ...b,
    aliases: b.aliases.map(foldPageText),
    ...(b.checkoutNames ? { checkoutNames: b.checkoutNames.map(foldPageText) } : {}),
    ...(b.accountNames ? { accountNames: b.accountNames.map(foldPageText) } : {}),
    ...(b.issuers ? { issuers: b.issuers.map(foldPageText) } : {}),
  }));
  matchers = {
    aliases: buildAliasMatchers(folded),
    accounts: buildAccountMatchers(folded),
    phrases: buildPhraseMatchers(SCAM_PHRASES.map((g) => ({ ...g, patterns: g.patterns.map(foldPageText) }))),
    meetings: buildMeetingMatchers(MEETING_PROVIDERS),
  };
  return matchers;
}

/**
 * The card fields that make a quoted story count: the card number and the card password, what the scam is after.
 * Not the expiry or security code alone: an article's comment box has no card number, and a date or a captcha box
 * read as one of those should not turn its quotations into speech.
 */
const STORY_CARD_KINDS: ReadonlySet<FieldKind> = new Set(['card-number', 'card-pin']);

/**
 * Whether `fields` ask for what empties the account, the way that makes a quoted story count: the card
 * (STORY_CARD_KINDS), or the online bank's own login password (网银登录密码: password-labels.ts `asksForBankLogin`).
 * The article that quotes a refund script has a site login in its header at most ("用户名 / 密码", an SMS login),
 * never a bank's; a fake bank login under a quoted "请登录网银完成退款" is the story's own page (red team 8, A1).
 */
export function asksForCard(
  fields: readonly Pick<FieldFinding, 'kind' | 'labels'>[],
  bankLogin = asksForBankLogin(fields, readableText),
): boolean {
  return bankLogin || fields.some((f) => STORY_CARD_KINDS.has(f.kind));
}

const readable = readableText;

export function pageSignals(facts: SignalFacts, domain: DomainAssessment): PageSignal[] {
  return readPage(facts, domain).signals;
}

/**
 * A page's signals, and the scam scripts it only reports (quoted, or after a speaker's label: scam-phrases.ts) on a
 * page that asks for no card itself. Those count nowhere on their own; the background keeps the top page's for a
 * frame of another site that asks for the card (engine.ts, `topStoryCounts`).
 */
export function readPage(
  facts: SignalFacts,
  domain: DomainAssessment,
): { signals: PageSignal[]; reported: PageSignal[]; bankLogin: boolean } {
  const m = knowledgeMatchers();
  // Matched without invisible characters (支<U+200B>付宝 is read as 支付宝), without spaces between Chinese characters
  // (支 付 宝, core/text/han-spaces.ts), with full-width letters and look-alike radicals in their common forms (ＥＴＣ,
  // ⽀付宝: core/text/compat-forms.ts) and folded; the evidence a signal quotes is then in simplified characters too.
  const title = readable(facts.title);
  const headings = facts.headings.map(readable);
  // Scam scripts show up in titles and headings too, not only in body text.
  const visible = [title, ...headings, readable(facts.text)];
  let claims = withPasswordLabelClaims(brandClaims(title, headings, domain, m.aliases), passwordLabelClaims(facts.fields ?? [], domain, m.accounts, readable));
  if (facts.around) {
    // A form in a frame is judged with the page a person sees around it: a kit can put the brand and the
    // story in the top page and the fields in a frame. One claim per brand; the frame's own comes first.
    const aroundTitle = readable(facts.around.title);
    const aroundHeadings = facts.around.headings.map(readable);
    visible.push(aroundTitle, ...aroundHeadings, readable(facts.around.text));
    claims = withPageAround(claims, brandClaims(aroundTitle, aroundHeadings, domain, m.aliases));
  }
  // A page that asks for a card itself is no article about scams: a story it quotes or tells as a caller's words and
  // then asks to be answered here is said to the reader (scam-phrases.ts). Its fields are the frame's own, the text
  // also the page's around it: the kit that quotes its story in the top page and takes the card in a frame.
  // An online bank's login by its title or a heading ("个人网银登录" over "登录密码") asks for the bank's login as surely as
  // a box named 网银登录密码 does (red team 9, A1): worked out once here, and the policy reads it (`bankLogin`).
  const fields = facts.fields ?? [];
  const bankLogin = bankLoginPage(title, headings, fields) || asksForBankLogin(fields, readable);
  const card = asksForCard(fields, bankLogin);
  const text = visible.join('\n');
  // A page titled as a service desk ("退款办理"), or headed as one ("售后服务中心" over "订单详情": deskHeading), or as
  // a brand's own desk or sign-in, speaks through its customer service's chat bubble ("客服小美：…"): speaker-label.ts.
  const deskPage = deskTitle(title) || deskHeading(title, headings) || claims.some((c) => c.reasons.some((r) => r.code === SIGN_IN_PAGE));
  const stories = card
    ? { said: scamPhrases(text, m.phrases, { asksForCard: card, deskPage }), reported: [] }
    : storySignals(text, m.phrases, { deskPage });
  const scripts = withAddressStories(stories.said, addressStories(domain, HOST_STORIES));
  const told = new Set(scripts.map(signalKey));
  return {
    signals: [...claims, ...scripts, ...meetingJoin(facts.url, m.meetings)],
    reported: stories.reported.filter((s) => !told.has(signalKey(s))),
    bankLogin,
  };
}

/**
 * Whether one of the page's first headings names it a service desk, as a desk title does (red team 9, A4: "售后服务中心"
 * under the title 订单详情). The headings start with the title, then the site's name, logo and the first lines of its form
 * or body (sensor/headings.ts), then h1–h3: the first two besides the title (blank ones skipped) are the page's name and
 * its main heading. An article's are its site and its story; a sidebar's "在线客服" further down names no page.
 */
const DESK_HEADINGS = 2;
function deskHeading(title: string, headings: readonly string[]): boolean {
  return headings
    .filter((h) => h.trim() !== '' && h !== title)
    .slice(0, DESK_HEADINGS)
    .some(deskTitle);
}

/**
 * Whether a frame that cannot read the page around it counts the scripts that page only reports. A frame of the top
 * page's own origin reads them itself and counts them beside a card number or card password, as one page does (one
 * author, see above). A frame of another site may be someone else's: a news site quoting a scam script above its
 * subscription form in a payment provider's frame (card number, expiry, security code). What no checkout frame asks
 * for, and a kit's form does, is the card with what empties it: the SMS code with the card number, or the card
 * password, or an online bank's login password. Then the top page's quoted story is that form's story (the fake host's
 * chat bubble over a card-and-code form in another fake host's frame), and the card-and-code-with-script rule makes it
 * danger.
 */
export function countsReportedAround(fields: readonly FieldFinding[]): boolean {
  const kinds = new Set(fields.map((f) => f.kind));
  // No site embeds a bank's own online-banking login in its page either: a frame that asks for it is the kit's.
  return kinds.has('card-pin') || (kinds.has('card-number') && kinds.has('otp')) || asksForBankLogin(fields, readable);
}

/** What a page around a frame says about itself: its brand claims and its scam scripts (not its meeting link). */
export const isAroundSignal = (s: PageSignal): boolean => s.kind === 'brand-claim' || s.kind === 'scam-phrase';

/** One signal as a comparable string: its kind and what it names (a brand or a scam script). */
export const signalKey = (s: PageSignal): string => `${s.kind}:${s.brand ?? s.phrase ?? ''}`;

/**
 * A frame's own signals, then the claims and scripts of the page around it that the frame does not already
 * show: one claim per brand, one signal per script.
 */
export function withPageAround(own: readonly PageSignal[], around: readonly PageSignal[]): PageSignal[] {
  const seen = new Set(own.map(signalKey));
  return [...own, ...around.filter((s) => isAroundSignal(s) && !seen.has(signalKey(s)))];
}
