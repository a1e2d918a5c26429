// Reason codes → plain words. Reasons come from the engine (policy rules, domain, signals), from the
// trusted-domain normaliser and from the settings import. Each table entry says which message to use,
// what fills its $1, and whether the reason's `detail` is shown after it as evidence.
//
// `detail` can come from a hostile page (a title, a host): callers render both strings as text only.
// An unknown code is never dropped: it gets a generic phrase with the code and detail as evidence.
import type { Reason } from '@/core/types';
import { accountName, brandById, familyClaimName } from '@/knowledge';
import { sayableAccountName } from './account-name';
import { t, uiLanguage, type MessageKey } from './t';

/** What fills `$1` of the message. */
type Fill =
  | 'none'
  /** The brand named by the caller (domain.brand, signal.brand). */
  | 'subject-brand'
  /** A sentence the caller supplies (a scam script's description). */
  | 'subject-text'
  /** The reason's detail itself (a suffix, a count). */
  | 'detail'
  /** The reason's detail is a brand id. */
  | 'detail-brand'
  /**
   * The reason's detail is an account's name (QQ, 京东): said only when the knowledge base gives that name to the
   * subject brand (as the banner does, warning-text.ts) and as account-name.ts allows; else the brand's name.
   */
  | 'account';

interface Entry {
  key: MessageKey;
  fill: Fill;
  /** Show the detail after the sentence as evidence. */
  evidence: boolean;
  /**
   * The part of the detail to show, where the detail is the engine's note for analysts rather than words: the domain
   * checks write "alipay in alipay-refund" (src/core/domain/lookalike.ts), whose English joining word would stand in
   * a Chinese popup. Null: show nothing.
   */
  evidenceOf?: (detail: string) => string | null;
  /**
   * For the rules about a card number "and a code": said when the page asks for no SMS code, so the code was the
   * card's security code (CVV). In Chinese 验证码 is the SMS code only; calling a CVV box that misleads.
   */
  cvvKey?: MessageKey;
  /**
   * For a rule about a lookalike or raw-IP host: the sentence for the one the caller knows it is (ReasonSubject.hostKind),
   * instead of "fake or just a number", which left a reader of alipay-refund.cn wondering which number.
   */
  hostKeys?: Partial<Record<'lookalike' | 'ip', MessageKey>>;
}

const plain = (key: MessageKey): Entry => ({ key, fill: 'none', evidence: false });

/** "alipay in alipay-refund" → "alipay-refund": the page's own address part that the sentence is about. */
const addressPart = (detail: string): string | null => detail.split(' in ')[1] ?? null;

export const REASON_TABLE: Readonly<Record<string, Entry>> = {
  // Policy rules (src/core/verdict/policy.ts): the main "why", one sentence each.
  'meeting-join-page': plain('ruleMeetingJoinPage'),
  'sensitive-field-on-bad-host': { ...plain('ruleSensitiveFieldOnBadHost'), hostKeys: { lookalike: 'ruleSensitiveFieldOnLookalike', ip: 'ruleSensitiveFieldOnIp' } },
  'card-pin-off-official': plain('ruleCardPinOffOfficial'),
  'card-and-code-with-money-claim': { ...plain('ruleCardAndCodeWithBrandClaim'), cvvKey: 'ruleCardAndCvvWithBrandClaim' },
  'id-number-with-money-claim': plain('ruleIdNumberWithMoneyClaim'),
  'id-number-with-scam-script': plain('ruleIdNumberWithScamScript'),
  'card-and-code-with-scam-script': { ...plain('ruleCardAndCodeWithScamScript'), cvvKey: 'ruleCardAndCvvWithScamScript' },
  'card-and-code-over-http': { ...plain('ruleCardAndCodeOverHttp'), cvvKey: 'ruleCardAndCvvOverHttp' },
  'code-with-brand-claim': plain('ruleCodeWithBrandClaim'),
  'code-with-scam-script': plain('ruleCodeWithScamScript'),
  'card-field-with-scam-script': plain('ruleCardFieldWithScamScript'),
  'password-with-sign-in-claim': plain('rulePasswordWithBrandClaim'),
  'password-on-lookalike': plain('rulePasswordOnLookalike'),
  'password-with-scam-script': plain('rulePasswordWithScamScript'),
  'phone-with-sign-in-claim': plain('rulePhoneWithSignInClaim'),
  'phone-with-scam-script': plain('rulePhoneWithScamScript'),
  'sensitive-field-while-screen-shared': plain('ruleSensitiveFieldWhileScreenShared'),
  'sensitive-field-after-meeting': plain('ruleSensitiveFieldAfterMeeting'),
  // Caution: says the meeting link was opened and what callers do next, without calling this page the scam.
  'code-after-meeting': plain('warnWhyAfterMeeting'),
  'code-after-card-step': plain('ruleCodeAfterCardStep'),
  'code-after-fake-card-page-elsewhere': plain('ruleCodeAfterFakeCardPage'),
  'code-after-story-step': plain('ruleCodeAfterStoryStep'),
  'card-field-on-user-content-host': plain('ruleCardFieldOnUserContentHost'),
  'card-field-on-unknown-site': plain('ruleCardFieldOnUnknownSite'),
  'card-field-with-money-claim': plain('ruleCardFieldWithMoneyClaim'),
  'lookalike-host': plain('ruleLookalikeHost'),
  // Not a policy rule: the background adds it when a page made its scan unreadable (background/unreadable-scan.ts).
  'scan-unreadable': plain('ruleScanUnreadable'),

  // Domain assessment (src/core/domain).
  'host-embeds-brand': { key: 'reasonHostEmbedsBrand', fill: 'subject-brand', evidence: true, evidenceOf: addressPart },
  'host-embeds-official-domain': { key: 'reasonHostEmbedsOfficialDomain', fill: 'subject-brand', evidence: true, evidenceOf: addressPart },
  // "аlipay looks like alipay": the two look the same to the reader, which is the point; the sentence says it.
  'host-homoglyph-of-brand': { key: 'reasonHostHomoglyphOfBrand', fill: 'subject-brand', evidence: false },
  'host-spells-brand-name': { key: 'reasonHostSpellsBrandName', fill: 'subject-brand', evidence: true, evidenceOf: addressPart },
  'host-one-edit-from-brand': { key: 'reasonHostOneEditFromBrand', fill: 'subject-brand', evidence: true },
  'host-ip': { key: 'reasonHostIp', fill: 'none', evidence: true },
  'host-ipv4': { key: 'reasonHostIp', fill: 'none', evidence: true },
  'host-ipv6': { key: 'reasonHostIp', fill: 'none', evidence: true },
  'insecure-http': plain('reasonInsecureHttp'),
  'not-official': { key: 'reasonNotOfficial', fill: 'none', evidence: true },

  // Page signals (src/core/signals).
  'claim-in-title': { key: 'reasonClaimInTitle', fill: 'subject-brand', evidence: true },
  'claim-in-heading': { key: 'reasonClaimInHeading', fill: 'subject-brand', evidence: true },
  'claim-sign-in-page': { key: 'reasonClaimSignInPage', fill: 'subject-brand', evidence: true },
  // Its detail is the account's name from the knowledge base ("QQ"), which reads better than the brand's ("腾讯").
  'claim-password-for': { key: 'reasonClaimPasswordFor', fill: 'account', evidence: false },
  'scam-phrase': { key: 'reasonScamPhrase', fill: 'subject-text', evidence: true },
  'scam-phrase-in-address': { key: 'reasonScamPhraseInAddress', fill: 'subject-text', evidence: true },
  'meeting-join-url': { key: 'reasonMeetingJoinUrl', fill: 'subject-brand', evidence: true },

  // Trusted-domain normaliser (src/core/domain/trusted-domain.ts) and the trusted list.
  'trusted-empty': plain('trustedEmpty'),
  'trusted-invalid': { key: 'trustedInvalid', fill: 'none', evidence: true },
  'trusted-ip': { key: 'trustedIp', fill: 'none', evidence: true },
  'trusted-public-suffix': { key: 'trustedPublicSuffix', fill: 'detail', evidence: false },
  'trusted-unknown-suffix': { key: 'trustedUnknownSuffix', fill: 'detail', evidence: false },
  'trusted-lookalike': { key: 'trustedLookalike', fill: 'detail-brand', evidence: false },
  'trusted-list-full': { key: 'trustedListFull', fill: 'detail', evidence: false },

  // "Trust this site" refused by the background (src/entrypoints/background/handlers.ts).
  'trust-lookalike': { key: 'trustedLookalike', fill: 'detail-brand', evidence: false },
  'trust-no-domain': { key: 'trustNoDomain', fill: 'none', evidence: true },
  'trust-unknown-tab': plain('trustUnknownTab'),
  'trust-danger': plain('trustDanger'),
  'trust-impersonation': { key: 'trustImpersonation', fill: 'detail-brand', evidence: false },

  // Trusted-list file import (src/settings/trusted-file.ts).
  'import-not-text': plain('importNotText'),
  'import-not-json': plain('importNotJson'),
  'import-no-list': plain('importNoList'),
  'import-wrong-format': { key: 'importWrongFormat', fill: 'detail', evidence: false },
  'import-unsupported-version': { key: 'importUnsupportedVersion', fill: 'detail', evidence: false },
  'import-too-large': plain('importTooLarge'),
  'import-too-many': { key: 'importTooMany', fill: 'detail', evidence: false },
  'import-entry-not-text': plain('importEntryNotText'),
};

export interface ReasonText {
  /** The sentence, in the user's language. */
  text: string;
  /** Evidence to show after it (page-derived: render as text). */
  evidence?: string;
}

export interface ReasonSubject {
  /** Brand id for 'subject-brand' entries. */
  brand?: string;
  /** Text for 'subject-text' entries. */
  text?: string;
  /** The page asks for no SMS code: "a card number and a code" means the card's security code. */
  noSmsCode?: boolean;
  /** The page's domain kind (DomainKind), where the caller knows it: picks Entry.hostKeys. */
  hostKind?: string;
  /** The alias a brand claim matched: the name said for a family brand (Brand.namedByAlias) instead of its own. */
  claimedAs?: string;
}

/** Name of a brand id in the user's language; the caller passes the knowledge lookup. */
export type BrandNamer = (id: string) => string | undefined;

/**
 * "中国政府网站" names a family, not what a page says it is: for such a brand (Brand.namedByAlias) the claim is
 * named by the alias it matched (个人所得税, 交管12123), when that alias is the brand's own knowledge word.
 */
function claimedName(subject: ReasonSubject): string | undefined {
  return subject.brand && subject.claimedAs ? familyClaimName(subject.brand, subject.claimedAs) : undefined;
}

export function describeReason(reason: Reason, brandName: BrandNamer, subject: ReasonSubject = {}): ReasonText {
  const entry = REASON_TABLE[reason.code];
  if (!entry) {
    return { text: t('reasonGeneric'), evidence: reason.detail ? `${reason.code}: ${reason.detail}` : reason.code };
  }
  const brand = (id: string | undefined) => (id && brandName(id)) || t('brandUnknown');
  let fill: string | undefined;
  let byAlias: string | undefined;
  switch (entry.fill) {
    case 'subject-brand':
      byAlias = claimedName(subject);
      fill = byAlias ?? brand(subject.brand);
      break;
    case 'subject-text':
      fill = subject.text ?? reason.detail ?? '';
      break;
    case 'detail':
      fill = reason.detail ?? '';
      break;
    case 'detail-brand':
      fill = brand(reason.detail);
      break;
    case 'account': {
      const known = subject.brand && reason.detail ? accountName(subject.brand, reason.detail) : undefined;
      fill = sayableAccountName(known, uiLanguage()) ?? brand(subject.brand);
      break;
    }
    case 'none':
      fill = undefined;
  }
  const hostKey = subject.hostKind === 'lookalike' || subject.hostKind === 'ip' ? entry.hostKeys?.[subject.hostKind] : undefined;
  const key = hostKey ?? (subject.noSmsCode && entry.cvvKey ? entry.cvvKey : entry.key);
  const text = fill === undefined ? t(key) : t(key, fill);
  const shown = entry.evidence && reason.detail ? (entry.evidenceOf ? entry.evidenceOf(reason.detail) : reason.detail) : null;
  // "自称是个人所得税 (个人所得税)": the alias already in the sentence is no further evidence.
  const evidence = byAlias !== undefined && shown === byAlias ? null : shown;
  return evidence ? { text, evidence } : { text };
}

/** One line of text: the sentence and, in brackets, its evidence. */
export function reasonLine(reason: Reason, brandName: BrandNamer, subject?: ReasonSubject): string {
  const { text, evidence } = describeReason(reason, brandName, subject);
  return evidence ? t('evidenceWrap', [text, evidence]) : text;
}
