// Walks the policy table (policy.ts) over one page and assembles the Verdict.
import { SCAM_PHRASES, brandById } from '../../knowledge';
import type { Context, DomainAssessment, EarlierStep, FieldFinding, PageSignal, Verdict } from '../types';
import { CARD_KINDS } from '../types';
import { SIGN_IN_PAGE } from '../signals/brand-claims';
import { asksForBankLogin, PASSWORD_FOR_BRAND } from '../signals/password-labels';
import { readableText } from '../text/readable';
import { anyCard, MONEY_CATEGORIES, type PolicyFacts } from './policy';
import { fitAdvice, matchCases } from './story-fit';
import { firedRules, levelOf } from './walk';

export interface DecideInput {
  url: string;
  domain: DomainAssessment;
  fields: FieldFinding[];
  signals: PageSignal[];
  context: Context;
  /**
   * The page asks for an online bank's login password: a password field named for it, or the password of a page that
   * is a bank's login by its title or a heading (page-signals.ts `readPage`, which works it out for the engine). Read
   * from the fields' names alone when not given.
   */
  bankLogin?: boolean;
}

/** Said on every warning, after the rules' own advice: what to do if it already happened. */
const DANGER_TAIL = ['call-96110', 'if-typed'] as const;
const STOP_SHARE = 'stop-screen-share';

/**
 * The rules' advice is told for the refund and parcel stories: "call the platform's customer service". On a page
 * that tells only another story (a "frozen" card, a police case), the story's own advice says whom to call
 * instead; this becomes the plain "if a caller sent you here, hang up". ("Refunds only on the official site" is
 * fitted to the story in story-fit.ts.)
 */
const OTHER_STORY_ADVICE: ReadonlyMap<string, string> = new Map([['hang-up-verify', 'stop-if-phone-sent-you']]);

/** The ids of the scam scripts (phrase groups) a page's signals found, each once. */
export function scriptIdsOf(signals: readonly PageSignal[]): string[] {
  return [...new Set(signals.flatMap((s) => (s.kind === 'scam-phrase' && s.phrase ? [s.phrase] : [])))];
}

/**
 * The first brand a page claims to be, among those that hold people's money or act for the state
 * (MONEY_CATEGORIES), on a site that brand does not own: what the scams impersonate. Undefined when none.
 */
export function moneyClaimBrand(signals: readonly PageSignal[]): string | undefined {
  for (const s of signals) {
    const brand = s.kind === 'brand-claim' && s.brand ? brandById(s.brand) : undefined;
    if (brand && MONEY_CATEGORIES.has(brand.category)) return brand.id;
  }
  return undefined;
}

/**
 * moneyClaimBrand over every frame of a tab: one question for the popup (does it offer "trust this site"?) and
 * the background (does it accept that request?), so the two cannot drift apart.
 */
export function framesMoneyClaimBrand(frames: readonly { verdict: Pick<Verdict, 'signals'> | null }[]): string | undefined {
  return moneyClaimBrand(frames.flatMap((frame) => frame.verdict?.signals ?? []));
}

export function policyFacts(input: DecideInput): PolicyFacts {
  const facts: PolicyFacts = {
    domain: input.domain,
    kinds: new Set(input.fields.map((f) => f.kind)),
    claim: input.signals.some((s) => s.kind === 'brand-claim'),
    moneyClaim: moneyClaimBrand(input.signals) !== undefined,
    // A sign-in heading or title, or a password field that names the brand's account ("QQ密码").
    signInClaim: input.signals.some((s) => s.kind === 'brand-claim' && s.reasons.some((r) => r.code === SIGN_IN_PAGE || r.code === PASSWORD_FOR_BRAND)),
    script: input.signals.some((s) => s.kind === 'scam-phrase'),
    bankLogin: input.bankLogin ?? asksForBankLogin(input.fields, readableText),
    meeting: input.signals.some((s) => s.kind === 'meeting-join'),
    earlierStep: false,
    earlierStory: false,
    earlierElsewhere: false,
    context: input.context,
  };
  return withEarlierStep(facts, input.context.earlierStep);
}

/**
 * An earlier step that took card details (a card step), not only who you are (a story step): earlier-steps.ts
 * notes card kinds when the page had any, else the phone or ID-number kinds.
 */
export function isCardStep(step: Pick<EarlierStep, 'kinds'>): boolean {
  return step.kinds.some((k) => CARD_KINDS.includes(k));
}

/**
 * A code page right after the same site's card page is judged as the two pages together: the card fields,
 * the brand claim and the scam story of the earlier page count here too, so the split form gets the level the
 * one-page form would get. After a story step (a phone or ID number under a scam story or a sign-in claim) the
 * story and claim count. Only for a page that asks for an SMS code and no card field: a thank-you page after
 * a card form asks for nothing, and a page with card fields of its own (the same form loaded again, a later
 * card page) is judged on them.
 *
 * A fake card page of another site (earlier-steps.ts passes no other step of another site) adds nothing of its
 * own to this page: its brand and story were not this page's, and its card fields are not this page's fields
 * (merged in, they would have the warning call this page a card form). Only the order counts: a code asked
 * for right after it.
 */
function withEarlierStep(facts: PolicyFacts, earlier: EarlierStep | undefined): PolicyFacts {
  if (!earlier || !facts.kinds.has('otp') || anyCard(facts)) return facts;
  const cardStep = isCardStep(earlier);
  if (earlier.otherSite) return cardStep ? { ...facts, earlierElsewhere: true } : facts;
  const flags = {
    claim: facts.claim || earlier.claim,
    moneyClaim: facts.moneyClaim || earlier.moneyClaim,
    script: facts.script || earlier.script,
  };
  if (cardStep) {
    return { ...facts, ...flags, kinds: new Set([...facts.kinds, ...earlier.kinds]), earlierStep: true };
  }
  // A story step (earlier-steps.ts notes one only with a story or a sign-in claim): its phone or ID number is
  // not what this page is judged on, its story and claim are. Its claim is read as the sign-in claim it was noted
  // for (the note keeps no more than "a claim"); with a story instead, the story alone makes this page danger.
  return { ...facts, ...flags, signInClaim: facts.signInClaim || earlier.claim, earlierStory: true };
}

export function decide(input: DecideInput): Verdict {
  const facts = policyFacts(input);
  const fired = firedRules(facts);
  const level = levelOf(fired);
  const raising = fired.filter((r) => r.level !== 'none');

  // The scam scripts seen, on a page that warns only: a news article about the refund scam quotes the script and
  // is not the scam. On the code page of a staged form, those the step before told count too: its story is why
  // this page warns, and its advice ("征信不会…") is still what to do.
  const seen = new Set(scriptIdsOf(input.signals));
  if (facts.earlierStep || facts.earlierStory) for (const id of input.context.earlierStep?.scripts ?? []) seen.add(id);
  const scripts = level === 'none' ? [] : SCAM_PHRASES.filter((group) => seen.has(group.id));
  // Only stories neither case is (scripts without cases): see OTHER_STORY_ADVICE and the cases below.
  const otherStory = scripts.length > 0 && scripts.every((group) => group.cases.length === 0);
  const told = scripts.map((group) => group.id);

  // Cases: those of the raising rules, and those of the scam scripts seen. A page that tells only stories neither
  // case is (a "frozen" card, a police case, points for cash: scripts without cases) matches neither: the parcel or
  // refund story the rules would name reads as beside the point to someone hearing another story on the phone.
  // The story a page tells names its case first (the popup shows the first): a "cancel your 百万保障" page is the
  // Wuhan case, though its card-and-code rule is the parcel case's. A script that fits both cases decides nothing.
  // A page with no story names a case its rules propose only when it has that case's defining fact (story-fit.ts):
  // a card-password box alone is no meeting, an SMS login under a brand's name no lost parcel.
  const cases = matchCases(facts, input.signals, told, raising.flatMap((r) => r.cases));

  // Advice, fitted to the page and its case (story-fit.ts).
  const advice = new Set<string>();
  // What to do depends on who the caller pretends to be: a script's own advice leads (the police never run a
  // case by phone), then the rules'. Each id is fitted to the page (story-fit.ts): no refund advice without a
  // refund story, no "stop sharing" without a share.
  for (const group of scripts) {
    for (const a of group.advice ?? []) {
      const said = fitAdvice(a, facts, told, cases);
      if (said) advice.add(said);
    }
  }
  for (const r of raising) {
    for (const a of r.advice) {
      const said = (otherStory && OTHER_STORY_ADVICE.get(a)) || fitAdvice(a, facts, told, cases);
      if (said) advice.add(said);
    }
  }
  if (level !== 'none') {
    // Field-specific advice the rules cannot know in advance.
    if (facts.kinds.has('otp')) advice.add('never-share-code');
    if (facts.kinds.has('card-pin')) advice.add('no-card-password');
  }
  if (level === 'danger') for (const a of DANGER_TAIL) advice.add(a);
  // A live share shows the caller everything typed from now on: stopping it comes before anything else, even
  // before a story's own advice.
  const ordered = advice.has(STOP_SHARE) ? [STOP_SHARE, ...[...advice].filter((a) => a !== STOP_SHARE)] : [...advice];

  return {
    url: input.url,
    level,
    fields: input.fields,
    domain: input.domain,
    signals: input.signals,
    advice: ordered,
    cases,
    rules: fired.map((r) => ({ code: r.id })),
  };
}
