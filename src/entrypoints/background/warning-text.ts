// Chooses what the in-page warning says, from a frame's verdict. Three parts, each one sentence:
//   what the field is    这是"短信验证码"栏。
//   why the site is risky  这个网址不是支付宝的官方网站，只是名字像。   (the single most telling reason)
//   the one thing to do  不要输入，先挂断电话。退款、理赔只在官方网站或官方 App 里办理。  (see actionText)
// Pure: translation and knowledge lookups are passed in, so tests run without a browser.
import type { Bilingual } from '@/knowledge/types';
import type { Context, FieldKind, Verdict } from '@/core/types';
import type { WarnedField, WarningPlan } from '@/messaging/protocol';
import { CARD_PHOTO_REASON, CARRIER_REASONS } from '@/core/fields/carrier-reasons';
import { PASSWORD_FOR_BRAND } from '@/core/signals/password-labels';
import { STORY_IN_ADDRESS } from '@/core/signals/address-story';
import { CLAIM_ALIAS_CODES } from '@/core/signals/claim-reasons';
import { sayableAccountName } from '@/i18n/account-name';
import { userContentHostById } from '@/knowledge/user-content';
import type { MessageKey } from './message-keys';

export type Lang = 'zh' | 'en';
export type Translate = (key: MessageKey, substitutions?: string[]) => string;

export interface KnowledgeLookups {
  brandName(id: string): Bilingual | undefined;
  adviceText(id: string): Bilingual | undefined;
  caseSummary(id: string): Bilingual | undefined;
  phraseDescription(id: string): Bilingual | undefined;
  /** `name` when it is one of the brand's aliases or account names (knowledge text, safe to show), else undefined. */
  accountName(brandId: string, name: string): string | undefined;
  /** `alias` when the brand is a family named by the alias a page claims it by (knowledge familyClaimName), else undefined. */
  claimName(brandId: string, alias: string): string | undefined;
}

/** Field kinds the anchored warning appears on. A phone-number box alone is not worth interrupting for. */
export const WARNED_KINDS: readonly FieldKind[] = ['card-number', 'card-pin', 'card-cvv', 'card-expiry', 'otp', 'id-number', 'password'];

export const KIND_KEYS: Record<FieldKind, MessageKey> = {
  'card-number': 'warnKindCardNumber',
  'card-pin': 'warnKindCardPin',
  'card-cvv': 'warnKindCardCvv',
  'card-expiry': 'warnKindCardExpiry',
  otp: 'warnKindOtp',
  'id-number': 'warnKindIdNumber',
  phone: 'warnKindPhone',
  password: 'warnKindPassword',
};

/**
 * What the warning says of a box that takes what carries the secret, not the secret (core/fields/carriers.ts): a photo
 * of the card, the whole SMS. "这是“银行卡号”栏" on a photo upload would not match what the person sees, and a photo
 * looks harmless: a whole sentence of its own says what it takes and that the secret is in it (as the popup does,
 * popup/render.ts CARRIED_WORDS), for a field with a carrier reason.
 */
const CARRIED_KEYS: Readonly<Partial<Record<FieldKind, MessageKey>>> = {
  'card-number': 'warnFieldCardPhotoFront',
  'card-cvv': 'warnFieldCardPhotoBack',
  otp: 'warnFieldWholeSms',
};

type Finding = Verdict['fields'][number];

/** "This is the … box", or CARRIED_KEYS' own sentence for a carrier box. */
function whatText(field: Finding, t: Translate): string {
  const carried = field.reasons.some((reason) => CARRIER_REASONS.has(reason.code)) ? CARRIED_KEYS[field.kind] : undefined;
  return carried ? t(carried) : t('warnFieldIs', [t(KIND_KEYS[field.kind])]);
}

/** A photo upload (a file input): the one thing to do is "do not upload", not "do not type". */
const isUpload = (field: Finding): boolean => field.reasons.some((reason) => reason.code === CARD_PHOTO_REASON);

/** The words "do not …" of the one thing to do (actionText), for a box one types into and for an upload. */
const STOP_KEYS = {
  type: { stop: 'warnActionStop', hangUp: 'warnActionStopHangUp', fallback: 'warnActionDefault' },
  upload: { stop: 'warnActionStopUpload', hangUp: 'warnActionStopUploadHangUp', fallback: 'warnActionDefaultUpload' },
} as const satisfies Record<string, Record<string, MessageKey>>;
type Verb = keyof typeof STOP_KEYS;

const AFTER_CARD_STEP = 'code-after-card-step';
const AFTER_STORY_STEP = 'code-after-story-step';
const AFTER_FAKE_CARD_PAGE = 'code-after-fake-card-page-elsewhere';

/** The main reason, before translation: a message key and what fills it. */
export interface ReasonChoice {
  key: MessageKey;
  /**
   * Brand id or phrase-group id to look up; never page text. `account`: the name a password field asked for
   * (PASSWORD_FOR_BRAND's detail), shown only once the knowledge base confirms it as that brand's. `claimedAs`: the
   * alias a title or heading claimed the brand by, said instead of a family's name ("中国政府网站") once the knowledge
   * base confirms it (claimName).
   */
  ref?: { brand: string; account?: string; claimedAs?: string } | { phrase: string } | { service: string };
}

/**
 * The most telling reason, in this order: the screen is being shared (issue 4); the host imitates a brand;
 * the same site took card details on the page before (a staged form's code page), or a fake page of another
 * site did; the page is a form anyone published on a platform's real host (腾讯问卷); the page claims a brand it
 * is not; a bare IP address; a meeting-join page; a known scam story in the text; plain http; otherwise "not
 * the bank's or platform's own site".
 */
export function chooseReason(verdict: Verdict, context?: Pick<Context, 'screenShared'>): ReasonChoice {
  if (context?.screenShared) return { key: 'warnWhyScreenShared' };
  const { domain, signals } = verdict;
  if (domain.kind === 'lookalike' && domain.brand) return { key: 'warnWhyLookalike', ref: { brand: domain.brand } };
  // The code page of a staged form says nothing about itself; the card page before it is the reason.
  if (verdict.rules.some((rule) => rule.code === AFTER_CARD_STEP)) return { key: 'warnWhyAfterCardStep' };
  if (verdict.rules.some((rule) => rule.code === AFTER_STORY_STEP)) return { key: 'warnWhyAfterStoryStep' };
  if (verdict.rules.some((rule) => rule.code === AFTER_FAKE_CARD_PAGE)) return { key: 'warnWhyAfterFakeCardPage' };
  // The address is real (wj.qq.com), which is what makes the form believable: say so, and whose form it is not.
  if (domain.kind === 'user-content' && domain.service) return { key: 'warnWhyUserContent', ref: { service: domain.service } };
  if (domain.kind !== 'official') {
    const claim = signals.find((signal) => signal.kind === 'brand-claim' && signal.brand);
    // Claimed only by a password field's name ("QQ密码"): the page did not say it is the brand, it asked for the
    // brand's password, and that is what the person can recognise.
    const account = claim?.reasons.every((r) => r.code === PASSWORD_FOR_BRAND) ? claim.reasons[0]?.detail : undefined;
    if (claim?.brand && account) return { key: 'warnWhyPasswordFor', ref: { brand: claim.brand, account } };
    const claimedAs = claim?.reasons.find((r) => CLAIM_ALIAS_CODES.has(r.code))?.detail;
    if (claim?.brand) return { key: 'warnWhyBrandClaim', ref: claimedAs ? { brand: claim.brand, claimedAs } : { brand: claim.brand } };
  }
  if (domain.kind === 'ip') return { key: 'warnWhyIp' };
  if (signals.some((signal) => signal.kind === 'meeting-join')) return { key: 'warnWhyMeeting' };
  const phrase = signals.find((signal) => signal.kind === 'scam-phrase' && signal.phrase);
  // Told only by the address (kuaidi-lipei.cn): "this page tells" would send the person looking for words it has not got.
  const byAddressOnly = !!phrase && phrase.reasons.length > 0 && phrase.reasons.every((r) => r.code === STORY_IN_ADDRESS);
  if (phrase?.phrase) return { key: byAddressOnly ? 'warnWhyScamPhraseInAddress' : 'warnWhyScamPhrase', ref: { phrase: phrase.phrase } };
  if (domain.insecure) return { key: 'warnWhyInsecure' };
  return { key: 'warnWhyUnknown' };
}

function pick(text: Bilingual | undefined, lang: Lang): string | undefined {
  return text ? text[lang] : undefined;
}

/**
 * One entry per warned control (the first finding of a control wins), in page order. A split-box finding
 * (four card boxes, six code boxes) warns on every one of its boxes. `uploadAction`: the one thing to do at a photo
 * upload, where it differs from the plan's.
 */
export function warnedFields(verdict: Verdict, t: Translate, uploadAction?: string): WarnedField[] {
  const seen = new Set<number>();
  const out: WarnedField[] = [];
  for (const field of [...verdict.fields].sort((a, b) => a.index - b.index)) {
    if (!WARNED_KINDS.includes(field.kind)) continue;
    for (const index of field.boxes ?? [field.index]) {
      if (seen.has(index)) continue;
      seen.add(index);
      const action = uploadAction !== undefined && isUpload(field) ? { action: uploadAction } : {};
      out.push({ index, kind: field.kind, what: whatText(field, t), ...action });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export function reasonText(choice: ReasonChoice, lang: Lang, t: Translate, k: KnowledgeLookups): string {
  const ref = choice.ref;
  if (ref && 'brand' in ref) {
    const account = ref.account ? sayableAccountName(k.accountName(ref.brand, ref.account), lang) : undefined;
    const family = ref.claimedAs ? k.claimName(ref.brand, ref.claimedAs) : undefined;
    const name = account ?? family ?? pick(k.brandName(ref.brand), lang);
    // A brand id we cannot name (knowledge out of step) still gets a true sentence without the name.
    return name ? t(choice.key, [name]) : t('warnWhyUnknown');
  }
  if (ref && 'service' in ref) {
    const name = pick(userContentHostById(ref.service)?.name, lang);
    return name ? t(choice.key, [name]) : t('warnWhyUnknown');
  }
  if (ref && 'phrase' in ref) {
    const description = pick(k.phraseDescription(ref.phrase), lang);
    return description ? t(choice.key, [description]) : t('warnWhyUnknown');
  }
  return t(choice.key);
}

/**
 * Advice that is not something to do now: `check-address` restates the reason the warning already gives,
 * `if-typed` is for after the fact. Everything else keeps the engine's order (most important first).
 */
const NOT_AN_ACTION = new Set(['check-address', 'if-typed']);

/** The verdict's advice that can serve as "the one thing to do now", in the engine's order. */
export function actionCandidates(advice: readonly string[]): string[] {
  return advice.filter((id) => !NOT_AN_ACTION.has(id));
}

/**
 * Advice sentences that do not end the call themselves. On a danger page whose rules say the caller is part of
 * the scam (`hang-up-verify` among the advice), "hang up" goes in front of them, so the one instruction reads:
 * do not type, hang up, and the page's own point (refunds only in the official app; nobody needs the password).
 */
const HANG_UP_FIRST = new Set(['official-only', 'official-site-or-app', 'sign-in-official-only', 'no-card-password', 'never-share-code', 'no-transfer']);

/**
 * The one thing to do now.
 * Danger: "do not type" (and "hang up" where it belongs), then the verdict's first action advice.
 * Caution: the first action advice alone; the title already says "don't fill this in yet", and an honest
 * shop's checkout gets cautions too, so the advice itself says when to stop (a caller sent you here).
 * No usable advice: hang up and call 96110.
 */
export function actionText(verdict: Verdict, lang: Lang, t: Translate, k: KnowledgeLookups, verb: Verb = 'type'): string {
  const keys = STOP_KEYS[verb];
  for (const id of actionCandidates(verdict.advice)) {
    const advice = pick(k.adviceText(id), lang);
    if (!advice) continue;
    if (verdict.level !== 'danger') return advice;
    const stop = HANG_UP_FIRST.has(id) && verdict.advice.includes('hang-up-verify') ? t(keys.hangUp) : t(keys.stop);
    return `${stop}${lang === 'en' ? ' ' : ''}${advice}`;
  }
  return t(keys.fallback);
}

/** The whole warning for a frame, or undefined when its level needs none. */
export function buildWarningPlan(
  verdict: Verdict,
  lang: Lang,
  t: Translate,
  k: KnowledgeLookups,
  context?: Pick<Context, 'screenShared'>,
): WarningPlan | undefined {
  if (verdict.level === 'none') return undefined;
  const story = verdict.cases.map((id) => pick(k.caseSummary(id), lang)).find((text) => !!text);
  const action = actionText(verdict, lang, t, k);
  // A photo upload's card says "do not upload" (the banner, for the whole page, keeps "do not type").
  const upload = verdict.fields.some(isUpload) ? actionText(verdict, lang, t, k, 'upload') : action;
  return {
    level: verdict.level,
    fields: warnedFields(verdict, t, upload === action ? undefined : upload),
    title: t(verdict.level === 'danger' ? 'warnTitleDanger' : 'warnTitleCaution'),
    why: reasonText(chooseReason(verdict, context), lang, t, k),
    action,
    ...(story ? { story } : {}),
    labels: { dismiss: t('warnDismiss'), close: t('warnClose'), name: t('warnName') },
  };
}
