// TabState (from the background) → what the popup shows, as plain data. No DOM, no i18n here: the
// render step turns ids and codes into words. Kept pure so the choices below are unit-tested.
import { CARRIER_REASONS } from '@/core/fields/carrier-reasons';
import { CLAIM_ALIAS_CODES } from '@/core/signals/claim-reasons';
import { asksForBankLogin } from '@/core/signals/password-labels';
import { readableText } from '@/core/text/readable';
import { framesMoneyClaimBrand } from '@/core/verdict/decide';
import { POLICY } from '@/core/verdict/policy';
import { CARD_KINDS, FIELD_KINDS, type DomainKind, type FieldKind, type Level, type Reason, type Verdict } from '@/core/types';
import type { FrameState, TabState } from '@/messaging/protocol';

export interface WhyItem {
  reason: Reason;
  /** Brand the reason is about (domain.brand, signal.brand). */
  brand?: string;
  /** Scam-phrase group id, whose description is the reason's subject. */
  phrase?: string;
  /** The brand's alias the page's claim matched (a knowledge word, not page text): names a family brand's claim. */
  claimedAs?: string;
}

/**
 * One step of the "if you already typed it" box: call the bank, have the card frozen, keep the code to yourself,
 * watch the account, change the password, stop doing what the caller says, call 96110, watch for loans in your name.
 */
export type TypedStep = 'bank' | 'freeze' | 'code' | 'code-account' | 'password' | 'stop' | 'hotline' | 'watch-id';

/**
 * What to do after the fact depends on what was typed. A card or its password: the bank freezes the card. An
 * SMS code and no card (an SMS login): there is no card to freeze; tell the code to nobody else, and secure the
 * account it opens (change the password; call the bank if money moves). Only a password, an ID number or a phone
 * number: change the password, stop following the caller (the code, the transfer or the loan comes next), and
 * watch for loans opened in your name. A page that asked for nothing yet (a meeting link, a lookalike address)
 * keeps the card steps: what a caller gets typed there, in a meeting or on the next page, is the card. An online
 * bank's login password (`bankLogin`: 网银登录密码, core/signals/password-labels.ts) opens the accounts the card does:
 * the card steps too, not "change the password in the app" (the caller may be in the account already).
 */
export function typedStepsFor(kinds: readonly FieldKind[], bankLogin = false): TypedStep[] {
  const has = (kind: FieldKind) => kinds.includes(kind);
  if (bankLogin) return ['bank', 'freeze', 'hotline'];
  const id = has('id-number');
  const password = has('password');
  const phone = has('phone');
  const code = has('otp');
  if (CARD_KINDS.some(has) || (!code && !id && !password && !phone)) return ['bank', 'freeze', 'hotline'];
  const steps: TypedStep[] = [];
  if (code) steps.push('code', 'code-account');
  if (password && !code) steps.push('password');
  // A phone number beside the code is the login's own; the code steps say what matters.
  if (id || (phone && !code)) steps.push('stop');
  steps.push('hotline');
  if (id) steps.push('watch-id');
  return steps;
}

export interface VerdictView {
  level: Level;
  /** Host of the tab's top frame. Page-derived: render as text. */
  host: string;
  /** Registrable domain of the top frame (what "trust this site" would add). */
  domain: string | null;
  domainKind: DomainKind;
  /** Owner of the top frame's domain when it is official. */
  officialBrand?: string;
  /**
   * The top frame is a host of a brand where anyone publishes forms (wj.qq.com): the service's id
   * (knowledge/user-content.ts), for the site line "the real 腾讯问卷, but anyone can publish a form on it".
   */
  userContent?: string;
  /** Host of the frame that set the level when that is not the top frame (a form inside an iframe). */
  otherFrameHost?: string;
  /** Sensitive field kinds seen in any frame, in FIELD_KINDS order. */
  fieldKinds: FieldKind[];
  /**
   * Of fieldKinds, those whose every field asks for what carries the secret, not the secret: the whole SMS (the
   * code is in it) or a photo of the card (core/fields/carriers.ts). The popup names that, not a box to type in.
   */
  carriedKinds?: FieldKind[];
  /** Why the level is what it is: policy rules first, then the evidence. Empty for 'none'. */
  why: WhyItem[];
  /** Domain kind of the frame whose verdict `why` explains (a form's frame may be on another host than the top). */
  whyDomainKind?: DomainKind;
  /** Advice ids, most important first, without those the popup always shows in its own box. */
  advice: string[];
  /** The case this page resembles most. */
  caseId?: string;
  /** The "if you already typed it" steps, in order, for what the page asked for. */
  typedSteps: TypedStep[];
  /** "Trust this site" is offered: an ordinary (unknown) domain that could be trusted, on a page that is not dangerous. */
  canTrust: boolean;
  /**
   * The site could be trusted but the page is dangerous, or it claims to be a bank, wallet, courier or authority
   * it is not: a caller would tell the victim to click "trust", so the popup says it can only be done in the
   * settings instead of offering it.
   */
  trustBlocked?: 'danger' | 'impersonation';
  /** The meeting-join rule decided the level: the popup leads with "this is a meeting link". */
  meeting?: true;
  /**
   * The top host is official or trusted and no field was reported: the content script does not read such
   * pages, so the popup must not say there are no card or code boxes.
   */
  notScanned?: 'official' | 'trusted';
  /**
   * A frame's page kept the in-page warning off the page (background warning-removed.ts): said in one line, at any
   * level, since the user never saw what the page hid.
   */
  warningRemoved?: true;
}

/** Advice the popup shows in fixed places (tel:96110 link, "if you already typed it" box, the code rule under the fields). */
const SHOWN_ELSEWHERE = new Set(['call-96110', 'if-typed', 'never-share-code']);
/**
 * Domain reasons that describe a quiet or evident state: official and trusted say why nothing is raised,
 * and "not official" repeats what every caution rule already says (the host is on the Site line).
 */
// Facts about the address that are no reason to warn: whose it is, and (for an intranet name, a file or a bad
// URL) that it has no registrable domain to judge.
// A user-content host's reason is said by the site line (siteLines in render.ts), on every page of it.
const QUIET_DOMAIN_CODES = new Set(['official-domain', 'user-content-host', 'user-trusted', 'not-official', 'no-host', 'no-registrable-domain', 'url-invalid']);
const QUIET_RULES = new Set(POLICY.filter((rule) => rule.level === 'none').map((rule) => rule.id));
const MEETING_RULE = 'meeting-join-page';
/** What the meeting lead already says ("customer service never asks you into a meeting"): not repeated below it. */
const SAID_BY_MEETING_LEAD = new Set([MEETING_RULE, 'no-meeting']);
/**
 * Rules whose point a broader rule of the same verdict makes already: "it poses as a well-known company and
 * wants your code" says nothing new under "… and wants your card number and your code".
 */
const IMPLIED_BY: Readonly<Record<string, readonly string[]>> = {
  'card-and-code-with-money-claim': ['code-with-brand-claim', 'card-field-with-money-claim'],
  'card-and-code-with-scam-script': ['code-with-scam-script', 'card-field-with-scam-script'],
  // After a story step the story or claim was on the page before: "it tells a story … and wants your code" would
  // say it of this page, which tells none.
  'code-after-story-step': ['code-with-scam-script', 'code-with-brand-claim'],
};
/**
 * "Its address imitates a well-known company" (the lookalike rule) says less than the address's own reason beside it
 * ("the address borrows JD's name, but it is not JD's site"): with that reason shown, the rule is not.
 */
const LOOKALIKE_RULE = 'lookalike-host';
const WHY_MAX = 4;
const RULES_FIRST = 2;
/** Advice shown: the first is the one thing to do now; more than three is not read. */
const ADVICE_MAX = 3;
const RANK: Record<Level, number> = { none: 0, caution: 1, danger: 2 };

/** The frame whose verdict the popup explains: the highest level, the top frame on a tie. */
function decidingFrame(frames: readonly FrameState[]): FrameState | undefined {
  let best: FrameState | undefined;
  for (const frame of frames) {
    if (!frame.verdict) continue;
    if (!best || RANK[frame.verdict.level] > RANK[best.verdict!.level]) best = frame;
  }
  return best;
}

/**
 * The reasons, short enough to read under pressure: the two most important policy rules (the table
 * order is the importance order), then the concrete evidence (the address, the page's claims and
 * script), then any further rules; duplicates dropped, at most WHY_MAX.
 */
function whyOf(verdict: Verdict, said: ReadonlySet<string>): WhyItem[] {
  const implied = new Set(verdict.rules.flatMap((rule) => IMPLIED_BY[rule.code] ?? []));
  const { domain } = verdict;
  if (domain.kind === 'lookalike' && domain.brand && domain.reasons.some((r) => !QUIET_DOMAIN_CODES.has(r.code))) {
    implied.add(LOOKALIKE_RULE);
  }
  const rules: WhyItem[] = verdict.rules
    .filter((rule) => !QUIET_RULES.has(rule.code) && !said.has(rule.code) && !implied.has(rule.code))
    .map((reason) => ({ reason }));
  const evidence: WhyItem[] = [];
  for (const reason of domain.reasons) {
    if (QUIET_DOMAIN_CODES.has(reason.code)) continue;
    evidence.push(domain.brand ? { reason, brand: domain.brand } : { reason });
  }
  for (const signal of verdict.signals) {
    const claimedAs = signal.kind === 'brand-claim' ? signal.reasons.find((r) => CLAIM_ALIAS_CODES.has(r.code))?.detail : undefined;
    for (const reason of signal.reasons) {
      const item: WhyItem = { reason };
      if (signal.brand) item.brand = signal.brand;
      if (signal.phrase) item.phrase = signal.phrase;
      if (claimedAs) item.claimedAs = claimedAs;
      evidence.push(item);
    }
  }
  const seen = new Set<string>();
  return [...rules.slice(0, RULES_FIRST), ...evidence, ...rules.slice(RULES_FIRST)]
    .filter(({ reason }) => {
      const key = `${reason.code}\u0000${reason.detail ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, WHY_MAX);
}

/**
 * The advice list, whose first item the popup shows as the one thing to do now: things to do first, then
 * `check-address` (it restates the reason listed above it), without what the popup shows in fixed places.
 */
function adviceOf(verdict: Verdict, said: ReadonlySet<string>): string[] {
  const shown = verdict.advice.filter((id) => !SHOWN_ELSEWHERE.has(id) && !said.has(id));
  const restating = shown.filter((id) => id === 'check-address');
  return [...shown.filter((id) => id !== 'check-address'), ...restating].slice(0, ADVICE_MAX);
}

/** Null when the background knows nothing about the tab yet. */
export function verdictView(state: TabState | null): VerdictView | null {
  if (!state || state.frames.length === 0) return null;
  const top = state.frames.find((frame) => frame.frameId === 0) ?? state.frames[0]!;
  const deciding = decidingFrame(state.frames);
  const verdict = deciding?.verdict ?? null;
  const level = state.level;
  const seenKinds = new Set(state.fields.map((field) => field.kind));
  const fieldKinds = FIELD_KINDS.filter((kind) => seenKinds.has(kind));
  const carriedKinds = fieldKinds.filter((kind) =>
    state.fields.every((field) => field.kind !== kind || field.reasons.some((reason) => CARRIER_REASONS.has(reason.code))),
  );
  // Only a caution verdict whose first rule is the meeting rule: a louder rule keeps its own lead.
  const meeting = verdict !== null && level === 'caution' && verdict.rules[0]?.code === MEETING_RULE;
  const said: ReadonlySet<string> = meeting ? SAID_BY_MEETING_LEAD : new Set();
  const trustable = top.domain.kind === 'unknown' && top.domain.registrableDomain !== null;
  // A page that poses as a bank, wallet, courier or authority (any of its frames): the caution step of a staged
  // fake page, which a caller wants trusted before the code page comes.
  const impersonated = framesMoneyClaimBrand(state.frames);

  const view: VerdictView = {
    level,
    host: top.domain.host,
    domain: top.domain.registrableDomain,
    domainKind: top.domain.kind,
    fieldKinds,
    why: verdict && level !== 'none' ? whyOf(verdict, said) : [],
    advice: verdict && level !== 'none' ? adviceOf(verdict, said) : [],
    canTrust: trustable && level !== 'danger' && impersonated === undefined,
    typedSteps: typedStepsFor(fieldKinds, asksForBankLogin(state.fields, readableText)),
  };
  if (trustable && level === 'danger') view.trustBlocked = 'danger';
  else if (trustable && impersonated !== undefined) view.trustBlocked = 'impersonation';
  if (view.why.length > 0 && verdict) view.whyDomainKind = verdict.domain.kind;
  if (carriedKinds.length > 0) view.carriedKinds = carriedKinds;
  if (meeting) view.meeting = true;
  if (state.frames.some((frame) => frame.warningRemoved)) view.warningRemoved = true;
  if (view.fieldKinds.length === 0 && (top.domain.kind === 'official' || top.domain.kind === 'trusted')) {
    view.notScanned = top.domain.kind;
  }
  // meeting.tencent.com belongs to the parent company's domain (腾讯), but the page is Tencent Meeting's:
  // the meeting signal names the product the user was sent to.
  const meetingBrand = top.verdict?.signals.find((signal) => signal.kind === 'meeting-join')?.brand;
  const ownerBrand = meetingBrand ?? top.domain.brand;
  if (top.domain.kind === 'official' && ownerBrand) view.officialBrand = ownerBrand;
  if (top.domain.kind === 'user-content' && top.domain.service) view.userContent = top.domain.service;
  if (deciding && deciding !== top && level !== 'none' && deciding.domain.host !== top.domain.host) {
    view.otherFrameHost = deciding.domain.host;
  }
  const caseId = level !== 'none' ? verdict?.cases[0] : undefined;
  if (caseId) view.caseId = caseId;
  return view;
}
