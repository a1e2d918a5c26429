// THE policy: one ordered table of rules. Every rule whose condition holds fires; the page's level is the
// highest level among the fired rules. A `final` rule that fires stops the walk, so nothing below it can
// raise the level (official and user-trusted sites: none, whatever the fields).
//
// Why the order matters:
//   1. meeting-join comes before the official-site stop: join pages live on the providers' official
//      domains, and the warning is about being asked into a meeting, not about a field.
//   2. official / trusted stop everything else. A user-content host (a form on 腾讯问卷, a shared 飞书 doc: the
//      brand's own address, anyone's form) does not: it is judged as a neutral host, `foreign` below.
//   3. danger rules, then caution rules, then the explicit "stay quiet" rule for ordinary SMS logins.
//
// Terms: a *card field* is any of card-number, card-pin, card-cvv, card-expiry; a *code field* is an SMS /
// one-time code (otp) or a card security code (cvv); *sensitive* means a card or otp field; a *claim* is a
// brand-claim signal (only emitted for brands the domain does not belong to); a *money claim* is a claim of a
// brand that holds people's money or acts for the state (MONEY_CATEGORIES); a *sign-in claim* is a title that
// reads as the brand's own sign-in page ("Login - Spotify", not "Google Pixel 8 - MyShop"); a *script* is a
// scam-phrase signal.
import type { BrandCategory } from '../../knowledge/types';
import type { Context, DomainAssessment, FieldKind, Level } from '../types';
import { CARD_KINDS } from '../types';

/**
 * Brands that never take card details on somebody else's site: banks, card networks, wallets, couriers'
 * compensation desks, ETC, the government. Shops, airlines, telecoms and global tech brands are different:
 * resellers and agencies sell their goods, top-ups and tickets and name them in their checkout titles
 * ("Apple iPhone 15 – checkout"), so a card form under such a claim is an ordinary (cautioned) checkout.
 */
export const MONEY_CATEGORIES: ReadonlySet<BrandCategory> = new Set(['bank', 'card-network', 'payment', 'courier', 'etc', 'government']);

export interface PolicyFacts {
  domain: DomainAssessment;
  kinds: ReadonlySet<FieldKind>;
  /** Some brand claim. */
  claim: boolean;
  /** A claim of a brand in MONEY_CATEGORIES. */
  moneyClaim: boolean;
  /**
   * A claim that reads as the brand's sign-in page (reason `claim-sign-in-page`), or a password field named for the
   * brand's account (`claim-password-for`).
   */
  signInClaim: boolean;
  script: boolean;
  /**
   * A password field named for an online bank's login (网银登录密码, 手机银行密码: password-labels.ts `asksForBankLogin`),
   * not a site's own login. Absent: false.
   */
  bankLogin?: boolean;
  meeting: boolean;
  /** The page asks for an SMS code and the same site took card details on the tab's previous page (decide.ts). */
  earlierStep: boolean;
  /**
   * The page asks for an SMS code and, on the tab's previous page, another site took card details while claiming
   * a brand or telling a scam story (decide.ts).
   */
  earlierElsewhere: boolean;
  /**
   * The page asks for an SMS code and the same site, on the tab's previous page, took a phone or ID number while
   * telling a scam story or posing as a brand's sign-in page (decide.ts).
   */
  earlierStory: boolean;
  context: Context;
}

export interface PolicyRule {
  id: string;
  /** What the rule says, for people reading the table and its tests. */
  summary: string;
  when: (f: PolicyFacts) => boolean;
  level: Level;
  /** Advice ids, most important first. */
  advice: readonly string[];
  cases: readonly string[];
  final?: boolean;
}

const WUHAN = 'wuhan-2021-meeting-refund';
const HANGZHOU = 'hangzhou-2022-parcel-claim';

const has = (f: PolicyFacts, kind: FieldKind) => f.kinds.has(kind);
/** Some card field (card-number, card-pin, card-cvv, card-expiry) among the page's kinds. */
export const anyCard = (f: Pick<PolicyFacts, 'kinds'>) => CARD_KINDS.some((k) => f.kinds.has(k));
const anyCode = (f: PolicyFacts) => has(f, 'otp') || has(f, 'card-cvv');
const sensitive = (f: PolicyFacts) => anyCard(f) || has(f, 'otp');
/** Neither official nor trusted (those stop the walk before any rule that uses this); a user-content host is foreign. */
const foreign = (f: PolicyFacts) => f.domain.kind !== 'official' && f.domain.kind !== 'trusted';
const badHost = (f: PolicyFacts) => f.domain.kind === 'lookalike' || f.domain.kind === 'ip';
const cardAndCode = (f: PolicyFacts) => has(f, 'card-number') && anyCode(f);
/**
 * What the meeting-refund caller was after in the meeting: the card (Wuhan). Its number or its password, and also its
 * security code, or its expiry with the bank's SMS code: with those the card pays online though its number is not
 * asked on this page (the kit that keeps the number out of its fields, red team 8 A3), and no work meeting leads on to
 * them. An SMS code alone is what every office worker types after a work meeting, and a lone date box read as an
 * expiry is no card: caution (code-after-meeting).
 */
const meetingCard = (f: PolicyFacts) =>
  has(f, 'card-number') || has(f, 'card-pin') || has(f, 'card-cvv') || (has(f, 'card-expiry') && has(f, 'otp'));
/** A phone number and no card, code or password field yet: the first step, before the code. */
const phoneStep = (f: PolicyFacts) => has(f, 'phone') && !sensitive(f) && !has(f, 'password');

export const POLICY: readonly PolicyRule[] = [
  {
    id: 'meeting-join-page',
    summary: 'A meeting-join page of a known provider: customer service never needs a meeting.',
    when: (f) => f.meeting && f.domain.kind !== 'trusted',
    level: 'caution',
    // Nothing is shared yet on a join page: "stop sharing" comes from the screen-shared rule when a share runs.
    advice: ['no-meeting', 'hang-up-verify', 'never-share-code'],
    cases: [WUHAN],
  },
  {
    id: 'official-site',
    summary: "The brand's own site: no warning, whatever the fields.",
    when: (f) => f.domain.kind === 'official',
    level: 'none',
    advice: [],
    cases: [],
    final: true,
  },
  {
    id: 'trusted-site',
    summary: 'A site the user trusts: no warning, whatever the fields.',
    when: (f) => f.domain.kind === 'trusted',
    level: 'none',
    advice: [],
    cases: [],
    final: true,
  },
  {
    // First of the raising rules, so that it is the first reason the popup gives: the page alone looks like
    // an SMS login; what makes it the scam is the card number the same site took one page before.
    id: 'code-after-card-step',
    summary:
      "An SMS code asked for right after the same site took card details: the bank's code is the last step before the card is emptied (the parcel-claim case, step 4).",
    when: (f) => f.earlierStep,
    level: 'caution',
    advice: ['never-share-code', 'hang-up-verify'],
    cases: [HANGZHOU],
  },
  {
    // The same, when the step before took the phone or ID number under a scam story ("注销校园贷" asks who you
    // are, then the code) or a brand's sign-in title. Its story or claim counts here (decide.ts), which is what
    // makes the page danger; this rule says why first.
    id: 'code-after-story-step',
    summary:
      'An SMS code asked for right after the same site took a phone or ID number while telling a scam story or posing as a brand\'s sign-in page.',
    when: (f) => f.earlierStory,
    level: 'caution',
    advice: ['never-share-code', 'hang-up-verify'],
    cases: [],
  },
  {
    // A kit that takes the card number on one domain and the code on another: the code page alone is an SMS login
    // and gets nothing, yet it is the step the Hangzhou victim was one code away from. Caution, not danger: the
    // page itself is unknown, and the person may have left the fake page for an honest site.
    id: 'code-after-fake-card-page-elsewhere',
    summary:
      'An SMS code asked for right after a page of another site took card details while claiming a brand or telling a scam story.',
    when: (f) => f.earlierElsewhere,
    level: 'caution',
    advice: ['never-share-code', 'hang-up-verify'],
    cases: [HANGZHOU],
  },
  {
    id: 'sensitive-field-on-bad-host',
    summary: 'A card or code field on a lookalike or raw-IP host.',
    when: (f) => badHost(f) && sensitive(f),
    level: 'danger',
    advice: ['check-address', 'official-only', 'hang-up-verify'],
    cases: [],
  },
  {
    id: 'card-pin-off-official',
    summary: 'A card password (PIN) field anywhere but an official or trusted site: no merchant needs it.',
    when: (f) => has(f, 'card-pin'),
    level: 'danger',
    advice: ['no-card-password', 'hang-up-verify', 'official-only'],
    cases: [WUHAN],
  },
  {
    id: 'card-and-code-with-money-claim',
    summary: 'Card number and a code field on a site that claims to be a bank, wallet, courier or authority it is not.',
    when: (f) => cardAndCode(f) && f.moneyClaim,
    level: 'danger',
    advice: ['official-only', 'check-address', 'hang-up-verify'],
    cases: [HANGZHOU],
  },
  {
    id: 'card-and-code-with-scam-script',
    summary: 'Card number and a code field next to a scam script (refund, compensation, VIP cancellation …).',
    when: (f) => cardAndCode(f) && f.script,
    level: 'danger',
    advice: ['hang-up-verify', 'official-only', 'no-transfer'],
    cases: [HANGZHOU],
  },
  {
    id: 'card-and-code-over-http',
    summary: 'Card number and a code field served over plain http.',
    when: (f) => cardAndCode(f) && f.domain.insecure,
    level: 'danger',
    advice: ['check-address', 'official-only'],
    cases: [],
  },
  {
    // A code under a brand's name is that brand's code only when the page poses as its bank-side desk or as its
    // own sign-in: the bank's, wallet's or courier's SMS approves a payment (a money claim), and a code typed into
    // a fake login of any brand logs the crook into the account there (a sign-in claim). A reseller or an agency
    // that names what it sells in its title ("中国国航特价机票 | 某旅行网", "京东自营 iPhone 15") asks for its own login
    // code, the most common honest form on the Chinese web: as with the card rules (MONEY_CATEGORIES), a claim of
    // any other brand in passing is no reason to warn.
    id: 'code-with-brand-claim',
    summary:
      "An SMS or one-time code asked for on a site that claims a bank, wallet, courier or authority it is not, or poses as a brand's own sign-in page.",
    when: (f) => has(f, 'otp') && (f.moneyClaim || f.signInClaim),
    level: 'danger',
    advice: ['never-share-code', 'official-only', 'hang-up-verify'],
    cases: [HANGZHOU],
  },
  {
    id: 'code-with-scam-script',
    summary: 'An SMS or one-time code asked for next to a scam script.',
    when: (f) => has(f, 'otp') && f.script,
    level: 'danger',
    advice: ['never-share-code', 'hang-up-verify'],
    cases: [HANGZHOU],
  },
  {
    // The parcel-claim case, step 3: the page that tells the refund or compensation story is the page that
    // takes the card number; the code comes on the next page or by phone. Scam scripts are assertions about
    // YOUR order or account (knowledge/scam-phrases.ts) that an honest checkout never makes, so the card field
    // alone is enough. Without a script, a card number alone stays caution (an ordinary checkout).
    id: 'card-field-with-scam-script',
    summary: 'Card fields next to a scam script: the page telling the refund or compensation story is the one taking the card (the parcel-claim case, step 3).',
    when: (f) => foreign(f) && anyCard(f) && f.script,
    level: 'danger',
    advice: ['hang-up-verify', 'official-only', 'never-share-code'],
    cases: [HANGZHOU],
  },
  {
    id: 'id-number-with-money-claim',
    summary: 'An ID-card number asked for on a site that claims to be a bank, wallet, courier or authority it is not.',
    when: (f) => has(f, 'id-number') && f.moneyClaim,
    level: 'danger',
    advice: ['official-only', 'hang-up-verify'],
    cases: [HANGZHOU],
  },
  {
    // "注销校园贷，否则影响征信", the lost-parcel claim desk: the first form asks who you are (name, ID number,
    // phone), the transfer or the card comes after. An honest real-name form does not tell a scam script.
    id: 'id-number-with-scam-script',
    summary: 'An ID-card number asked for next to a scam script: the identity step of the story, before the transfer or the card.',
    when: (f) => has(f, 'id-number') && f.script,
    level: 'danger',
    advice: ['hang-up-verify', 'no-transfer', 'official-only'],
    // No case of its own: the story's case comes from the script (the lost-parcel desk names the parcel case); a
    // student-account or police story matches neither of ours, and a parcel story would read as off the point.
    cases: [],
  },
  {
    id: 'password-with-sign-in-claim',
    summary: "A password asked for on a page that presents itself as a brand's sign-in page, on a site the brand does not own (credential phishing).",
    when: (f) => has(f, 'password') && f.signInClaim,
    level: 'danger',
    advice: ['check-address', 'sign-in-official-only'],
    cases: [],
  },
  {
    id: 'password-on-lookalike',
    summary: 'A password asked for on a host that imitates a brand.',
    when: (f) => has(f, 'password') && f.domain.kind === 'lookalike',
    level: 'danger',
    advice: ['check-address', 'sign-in-official-only'],
    cases: [],
  },
  {
    // "请登录网银完成退款": the refund story sends the person to a fake bank login. Its login password opens the account
    // the card's PIN does, but is no card PIN (every bank's own login asks for it), so the card rules do not see it;
    // the story does. Not a card field either, so nothing else here would speak.
    // Only the bank's login (a password named for online banking) or a page that claims a brand: a blog that retells
    // the call ("一开口就是：…请登录网银完成退款") has its own site's "用户名 / 密码" in its header (red team 8, B1).
    id: 'password-with-scam-script',
    summary:
      'An online-banking password (or a password on a page claiming a brand) asked for next to a scam script: the story sends the person to log in to their bank or wallet on this page.',
    when: (f) => has(f, 'password') && f.script && (f.bankLogin === true || f.claim),
    level: 'danger',
    advice: ['hang-up-verify', 'sign-in-official-only', 'never-share-code'],
    cases: [],
  },
  {
    id: 'phone-with-sign-in-claim',
    summary:
      "A phone number (and no card, code or password field yet) asked for on a page that presents itself as a brand's own (sign-in) page, on a site the brand does not own: the first step of a fake login, before the SMS code.",
    // Caution: a phone number is not yet what empties an account, but the code the next step asks for is
    // (code-with-brand-claim). Warning here means warning before the bank sends that code.
    // Only the phone step itself: with a card, code or password field on the page, their rules speak.
    when: (f) => phoneStep(f) && f.signInClaim,
    level: 'caution',
    advice: ['stop-if-phone-sent-you', 'never-share-code', 'check-address'],
    cases: [],
  },
  {
    id: 'phone-with-scam-script',
    summary:
      'A phone number (and no card, code or password field yet) asked for next to a scam script: the story has begun, and the SMS code it asks for next is what empties the account.',
    // Caution, like the sign-in step above: the number alone takes nothing, but the script says what comes next.
    // An ID number beside it is the ID rule's (danger).
    when: (f) => phoneStep(f) && f.script && !has(f, 'id-number'),
    level: 'caution',
    advice: ['stop-if-phone-sent-you', 'never-share-code', 'hang-up-verify'],
    cases: [],
  },
  {
    id: 'sensitive-field-while-screen-shared',
    summary: 'A card or code field while this browser shares its screen: whoever watches sees what you type.',
    when: (f) => f.context.screenShared === true && sensitive(f),
    level: 'danger',
    advice: ['stop-screen-share', 'never-share-code', 'hang-up-verify'],
    cases: [WUHAN],
  },
  {
    // The Wuhan case (../shared/cases): inside the meeting the caller had her type five cards' numbers, passwords and
    // codes. What that takes is the card itself (meetingCard). An SMS code alone is also what every office worker
    // types after a work meeting (a plain SMS login): caution below, with the meeting named. While the screen is
    // shared, any card or code field is danger (the rule above).
    id: 'sensitive-field-after-meeting',
    summary:
      'A card number, card password or security code (or an expiry with an SMS code) soon after a meeting-join page: the meeting-refund script.',
    when: (f) => f.context.recentMeeting === true && meetingCard(f),
    level: 'danger',
    advice: ['no-meeting', 'hang-up-verify', 'never-share-code'],
    cases: [WUHAN],
  },
  {
    id: 'code-after-meeting',
    summary:
      'An SMS code (or a lone expiry date) soon after a meeting-join page: the meeting may be a work one, but the caller\'s script goes on to the card.',
    when: (f) => f.context.recentMeeting === true && sensitive(f) && !meetingCard(f),
    level: 'caution',
    advice: ['no-meeting', 'never-share-code', 'hang-up-verify'],
    cases: [WUHAN],
  },
  {
    // The address is the platform's own, so "not the platform's site" would be untrue; the form on it is not.
    id: 'card-field-on-user-content-host',
    summary:
      "Card fields in a form anyone can publish on a platform's own host (腾讯问卷, 飞书, Google Forms): the site is real, the form is whoever made it, and no bank takes cards through one.",
    when: (f) => f.domain.kind === 'user-content' && anyCard(f),
    level: 'caution',
    // As on an unknown site: the caller who sent the person here is what makes it the scam. (A card-password box
    // adds its own advice, decide.ts.)
    advice: ['stop-if-phone-sent-you', 'never-share-code'],
    cases: [],
  },
  {
    id: 'card-field-on-unknown-site',
    summary: "Card fields on a site that is not the bank's or platform's own: check before typing.",
    when: (f) => foreign(f) && f.domain.kind !== 'user-content' && anyCard(f),
    level: 'caution',
    // An honest shop's checkout looks like this: no brand, no refund to speak of. The one thing that makes it
    // the scam is a caller who sent the user here. Brand and lookalike advice come from the rules that see them.
    advice: ['stop-if-phone-sent-you', 'never-share-code'],
    cases: [],
  },
  {
    id: 'card-field-with-money-claim',
    summary:
      'Card fields on a site that claims to be a bank, wallet, courier or authority it is not: the first step of the parcel-claim page, before it asks for the code.',
    // Caution, not danger: a card number alone under such a claim is also a payment page that names the banks it
    // takes. But the claim is what the user can check, so the advice says where to look.
    when: (f) => foreign(f) && anyCard(f) && f.moneyClaim,
    level: 'caution',
    advice: ['check-address', 'official-only'],
    cases: [HANGZHOU],
  },
  {
    id: 'lookalike-host',
    summary: 'The address imitates a brand, even before any field appears.',
    when: (f) => f.domain.kind === 'lookalike',
    level: 'caution',
    advice: ['check-address', 'official-only'],
    cases: [],
  },
  {
    id: 'plain-code-login',
    summary:
      'Phone + SMS code (or an authenticator code) on an ordinary site, no money or sign-in claim, no scam script: stay quiet, these are everywhere.',
    // A claim that neither code rule above reads as the brand's own page (a reseller naming what it sells) changes
    // nothing here.
    when: (f) => has(f, 'otp') && !anyCard(f) && !f.moneyClaim && !f.signInClaim && !f.script && f.domain.kind === 'unknown',
    level: 'none',
    advice: [],
    cases: [],
  },
];
