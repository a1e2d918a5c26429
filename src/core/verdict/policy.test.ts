import { describe, expect, it } from 'vitest';
import type { Context, DomainAssessment, DomainKind, FieldKind, Level } from '../types';
import { POLICY, type PolicyFacts } from './policy';
import { firedRules, levelOf } from './walk';

// Factories for the table below: a page is a domain kind, field kinds, and the signal flags.
interface Page {
  domain?: DomainKind;
  http?: boolean;
  fields?: FieldKind[];
  claim?: boolean;
  /** A claim of a bank, wallet, courier or authority (implies claim). */
  moneyClaim?: boolean;
  /** A title claim that reads as a sign-in page (implies claim). */
  signInClaim?: boolean;
  script?: boolean;
  /** A password field named for an online bank's login (网银登录密码). */
  bankLogin?: boolean;
  meeting?: boolean;
  /** The same site took card details on the tab's previous page (merged by decide.ts). */
  earlierStep?: boolean;
  /** The same site took a phone or ID number under a story or sign-in claim on the previous page (decide.ts). */
  earlierStory?: boolean;
  /** Another site took card details under a claim or story on the previous page (decide.ts). */
  earlierElsewhere?: boolean;
  context?: Partial<Context>;
}
const facts = (p: Page): PolicyFacts => {
  const domain: DomainAssessment = {
    host: 'x.example',
    registrableDomain: 'x.example',
    kind: p.domain ?? 'unknown',
    insecure: p.http ?? false,
    reasons: [],
  };
  return {
    domain,
    kinds: new Set(p.fields ?? []),
    claim: (p.claim ?? false) || (p.moneyClaim ?? false) || (p.signInClaim ?? false),
    moneyClaim: p.moneyClaim ?? false,
    signInClaim: p.signInClaim ?? false,
    script: p.script ?? false,
    bankLogin: p.bankLogin ?? false,
    meeting: p.meeting ?? false,
    earlierStep: p.earlierStep ?? false,
    earlierStory: p.earlierStory ?? false,
    earlierElsewhere: p.earlierElsewhere ?? false,
    context: { trusted: [], ...p.context },
  };
};
const judge = (p: Page) => {
  const fired = firedRules(facts(p));
  return { level: levelOf(fired), rules: fired.map((r) => r.id) };
};

const CARD_FORM: FieldKind[] = ['card-number', 'card-expiry', 'card-cvv'];

describe('policy table', () => {
  it.each<[string, Page, Level, string]>([
    // official or user-trusted → none, whatever the fields
    ['official bank asks everything', { domain: 'official', fields: ['card-number', 'card-pin', 'otp'], claim: true }, 'none', 'official-site'],
    ['user-trusted shop with card + code', { domain: 'trusted', fields: CARD_FORM, script: true, http: true }, 'none', 'trusted-site'],
    ['trusted site while screen shared', { domain: 'trusted', fields: ['otp'], context: { screenShared: true } }, 'none', 'trusted-site'],
    // any card or code field on a lookalike or ip host → danger
    ['code on a lookalike', { domain: 'lookalike', fields: ['otp'] }, 'danger', 'sensitive-field-on-bad-host'],
    ['card expiry on an IP host', { domain: 'ip', fields: ['card-expiry'] }, 'danger', 'sensitive-field-on-bad-host'],
    // a card password anywhere but official/trusted → danger
    ['card PIN on an unknown https site', { fields: ['card-pin'] }, 'danger', 'card-pin-off-official'],
    // card number + code field with a claim, a script or http → danger
    ['card + cvv claiming a bank', { fields: CARD_FORM, moneyClaim: true }, 'danger', 'card-and-code-with-money-claim'],
    ['card + cvv under a shop or tech brand (a reseller)', { fields: CARD_FORM, claim: true }, 'caution', 'card-field-on-unknown-site'],
    ['ID number claiming a courier', { fields: ['phone', 'id-number'], moneyClaim: true }, 'danger', 'id-number-with-money-claim'],
    ['ID number under a shop brand', { fields: ['id-number'], claim: true }, 'none', ''],
    ['ID number next to a credit-record script', { fields: ['phone', 'id-number'], script: true }, 'danger', 'id-number-with-scam-script'],
    ['card + otp next to a refund script', { fields: ['card-number', 'otp'], script: true }, 'danger', 'card-and-code-with-scam-script'],
    ['card + cvv over http', { fields: CARD_FORM, http: true }, 'danger', 'card-and-code-over-http'],
    // card fields alone next to a scam script → danger (the page telling the story takes the card)
    ['card number alone next to a refund script', { fields: ['card-number'], script: true }, 'danger', 'card-field-with-scam-script'],
    ['card expiry alone next to a parcel-claim script', { fields: ['card-expiry'], script: true }, 'danger', 'card-field-with-scam-script'],
    ['card number next to a script on a trusted site', { domain: 'trusted', fields: ['card-number'], script: true }, 'none', 'trusted-site'],
    // other card fields on an unknown site → caution
    ['ordinary shop card form', { fields: CARD_FORM }, 'caution', 'card-field-on-unknown-site'],
    ['card number alone, claiming a bank', { fields: ['card-number'], moneyClaim: true }, 'caution', 'card-field-on-unknown-site'],
    ['card number alone, claiming a courier', { fields: ['card-number'], moneyClaim: true }, 'caution', 'card-field-with-money-claim'],
    ['card number alone over http', { fields: ['card-number'], http: true }, 'caution', 'card-field-on-unknown-site'],
    // meeting-join → caution, even on the provider's official domain
    ['meeting join on the provider site', { domain: 'official', meeting: true }, 'caution', 'meeting-join-page'],
    ['meeting join on an unknown site', { meeting: true }, 'caution', 'meeting-join-page'],
    ['meeting join the user trusts', { domain: 'trusted', meeting: true }, 'none', 'trusted-site'],
    // plain SMS-code login or authenticator code on an unknown site → none
    ['phone + SMS code login', { fields: ['phone', 'otp'] }, 'none', 'plain-code-login'],
    ['authenticator code', { fields: ['otp'] }, 'none', 'plain-code-login'],
    // …but not with a claim or a script
    ['SMS code claiming a bank', { fields: ['phone', 'otp'], moneyClaim: true }, 'danger', 'code-with-brand-claim'],
    ["SMS code under a brand's sign-in title", { fields: ['phone', 'otp'], signInClaim: true }, 'danger', 'code-with-brand-claim'],
    // Red-team round 7: a travel agency's SMS login titled "中国国航特价机票 | …" was danger. A reseller names what it sells.
    ['SMS code under a shop or airline brand named in passing (a reseller)', { fields: ['phone', 'otp'], claim: true }, 'none', 'plain-code-login'],
    ['card + code under a shop brand named in passing', { fields: ['card-number', 'otp'], claim: true }, 'caution', 'card-field-on-unknown-site'],
    ['SMS code under a parcel-claim script', { fields: ['otp'], script: true }, 'danger', 'code-with-scam-script'],
    // credential phishing
    ['password under a sign-in title of a brand it does not own', { fields: ['password'], signInClaim: true }, 'danger', 'password-with-sign-in-claim'],
    ['password on a reseller page naming a brand', { fields: ['password'], claim: true }, 'none', ''],
    ['password on a lookalike host', { domain: 'lookalike', fields: ['password'] }, 'danger', 'password-on-lookalike'],
    ['password on an ordinary site', { fields: ['password'] }, 'none', ''],
    ['online-banking password next to a refund script (a fake online-bank login)', { fields: ['password'], bankLogin: true, script: true }, 'danger', 'password-with-scam-script'],
    ['password next to a refund script on a page claiming a brand', { fields: ['password'], claim: true, script: true }, 'danger', 'password-with-scam-script'],
    // Red-team round 8, B1: a blog retelling the call, its own site's login in the header.
    ['site login next to a retold refund script', { fields: ['password'], script: true }, 'none', ''],
    // the first step of a fake login: the phone number, the code comes next
    ['phone under a sign-in title of a brand it does not own', { fields: ['phone'], signInClaim: true }, 'caution', 'phone-with-sign-in-claim'],
    ['phone on a page that only names a brand', { fields: ['phone'], claim: true }, 'none', ''],
    ['phone and card number under a sign-in title: the card rules speak', { fields: ['phone', 'card-number'], signInClaim: true }, 'caution', 'card-field-on-unknown-site'],
    ['phone on an ordinary site', { fields: ['phone'] }, 'none', ''],
    ['phone next to a credit-record script', { fields: ['phone'], script: true }, 'caution', 'phone-with-scam-script'],
    ['phone and ID number next to a script: the ID rule speaks', { fields: ['phone', 'id-number'], script: true }, 'danger', 'id-number-with-scam-script'],
    ['password on a router at an IP', { domain: 'ip', fields: ['password'] }, 'none', ''],
    // a code page right after the same site's card page (decide.ts merges that page's kinds and flags)
    ['code page after a plain card page', { fields: ['otp', 'card-number'], earlierStep: true }, 'caution', 'code-after-card-step'],
    ['code page after a card page that claimed a courier', { fields: ['otp', 'card-number'], moneyClaim: true, earlierStep: true }, 'danger', 'card-and-code-with-money-claim'],
    ['code page after a story step (its script merged in)', { fields: ['otp'], script: true, earlierStory: true }, 'danger', 'code-after-story-step'],
    // another site's fake card page just before (decide.ts merges nothing of it)
    ['code page after a fake card page of another site', { fields: ['otp'], earlierElsewhere: true }, 'caution', 'code-after-fake-card-page-elsewhere'],
    ['the same code page on a site the user trusts', { domain: 'trusted', fields: ['otp'], earlierElsewhere: true }, 'none', 'trusted-site'],
    // context (issue 4): screen shared or a recent meeting → danger for card/code fields off official sites
    ['SMS code while screen shared', { fields: ['otp'], context: { screenShared: true } }, 'danger', 'sensitive-field-while-screen-shared'],
    ['card form while screen shared', { fields: CARD_FORM, context: { screenShared: true } }, 'danger', 'sensitive-field-while-screen-shared'],
    ['card form after a meeting page', { fields: ['card-number'], context: { recentMeeting: true } }, 'danger', 'sensitive-field-after-meeting'],
    ['card password after a meeting page', { fields: ['card-pin'], context: { recentMeeting: true } }, 'danger', 'sensitive-field-after-meeting'],
    // Red-team round 7: every SMS login within 30 minutes of a work meeting was "!!". The Wuhan case is the card.
    ['plain SMS login after a meeting page', { fields: ['phone', 'otp'], context: { recentMeeting: true } }, 'caution', 'code-after-meeting'],
    // Red-team round 8, A3: the kit keeps the card number out of its fields; its expiry and security code pay as well.
    ['expiry and security code alone after a meeting page', { fields: ['card-expiry', 'card-cvv'], context: { recentMeeting: true } }, 'danger', 'sensitive-field-after-meeting'],
    ['security code and SMS code after a meeting page', { fields: ['card-cvv', 'otp'], context: { recentMeeting: true } }, 'danger', 'sensitive-field-after-meeting'],
    ['expiry and SMS code after a meeting page', { fields: ['card-expiry', 'otp'], context: { recentMeeting: true } }, 'danger', 'sensitive-field-after-meeting'],
    ['a lone expiry (a date box) after a meeting page', { fields: ['card-expiry'], context: { recentMeeting: true } }, 'caution', 'code-after-meeting'],
    ['SMS code after a meeting page while the screen is shared', { fields: ['otp'], context: { recentMeeting: true, screenShared: true } }, 'danger', 'sensitive-field-while-screen-shared'],
    ['SMS code after a meeting page under a scam script', { fields: ['otp'], script: true, context: { recentMeeting: true } }, 'danger', 'code-with-scam-script'],
    ['official bank after a meeting page', { domain: 'official', fields: ['otp'], context: { recentMeeting: true } }, 'none', 'official-site'],
    ['no fields while screen shared', { context: { screenShared: true } }, 'none', ''],
    // a lookalike address alone → caution
    ['lookalike with no fields', { domain: 'lookalike' }, 'caution', 'lookalike-host'],
    // nothing to say
    ['article with a scam script quoted', { script: true }, 'none', ''],
    ['article claiming a brand', { claim: true }, 'none', ''],
    ['phone and id number only', { fields: ['phone', 'id-number'] }, 'none', ''],
  ])('%s → %s', (_name, page, level, rule) => {
    const got = judge(page);
    expect(got.level).toBe(level);
    if (rule) expect(got.rules).toContain(rule);
    else expect(got.rules).toEqual([]);
  });

  it('the phone-step rule is only for the phone step: not with a card, code or password field on the page', () => {
    expect(judge({ fields: ['phone', 'card-number'], signInClaim: true }).rules).not.toContain('phone-with-sign-in-claim');
    expect(judge({ fields: ['phone', 'otp'], signInClaim: true }).rules).not.toContain('phone-with-sign-in-claim');
    // A fake login with phone and password is the password rule's (danger), not a phone step.
    expect(judge({ fields: ['phone', 'password'], signInClaim: true }).rules).toEqual(['password-with-sign-in-claim']);
  });

  it('names the meeting once: danger for the card, caution for the code, never both', () => {
    expect(judge({ fields: ['card-number', 'otp'], context: { recentMeeting: true } }).rules).toEqual(['sensitive-field-after-meeting', 'card-field-on-unknown-site']);
    expect(judge({ fields: ['otp'], context: { recentMeeting: true } }).rules).toEqual(['code-after-meeting', 'plain-code-login']);
  });

  it('stops at official and trusted: no rule after them fires', () => {
    const fired = firedRules(facts({ domain: 'official', fields: ['card-pin'], claim: true, meeting: true }));
    expect(fired.map((r) => r.id)).toEqual(['meeting-join-page', 'official-site']);
  });

  it('has unique rule ids, a summary for each, and only known advice and case ids', () => {
    const ids = POLICY.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of POLICY) {
      expect(r.summary.length).toBeGreaterThan(10);
      for (const a of r.advice) expect(a).toMatch(/^[a-z0-9-]+$/);
    }
  });
});

describe('policy advice fits the page', () => {
  const adviceOf = (p: Page) => firedRules(facts(p)).flatMap((r) => [...r.advice]);

  it.each<[string, Page]>([
    ['an honest shop checkout (card + cvv + SMS code)', { fields: [...CARD_FORM, 'otp'] }],
    ['a card number alone', { fields: ['card-number'] }],
    ['a card form over http without a code', { fields: ['card-number', 'card-expiry'], http: true }],
  ])('%s: caution that first asks whether a caller sent you, never talks of refunds or a claimed company', (_name, page) => {
    expect(judge(page).level).toBe('caution');
    const advice = adviceOf(page);
    expect(advice[0]).toBe('stop-if-phone-sent-you');
    expect(advice).toContain('never-share-code');
    expect(advice).not.toContain('official-only');
    expect(advice).not.toContain('check-address');
  });

  it.each<[string, Page, string]>([
    ['lookalike host, no fields', { domain: 'lookalike' }, 'check-address'],
    ['code on a lookalike', { domain: 'lookalike', fields: ['otp'] }, 'check-address'],
    ['card + code claiming a bank', { fields: ['card-number', 'otp'], moneyClaim: true }, 'official-only'],
    ['card + code under a refund script', { fields: ['card-number', 'otp'], script: true }, 'hang-up-verify'],
    ['card PIN anywhere', { fields: ['card-pin'] }, 'no-card-password'],
  ])('%s: the first advice is %s', (_name, page, first) => {
    expect(adviceOf(page)[0]).toBe(first);
  });

  it('a card form that claims a bank it is not: a caller may have sent you, and the address is not the bank\'s', () => {
    const page: Page = { fields: ['card-number', 'card-expiry'], moneyClaim: true };
    expect(judge(page).level).toBe('caution');
    expect(adviceOf(page)).toEqual(['stop-if-phone-sent-you', 'never-share-code', 'check-address', 'official-only']);
  });

  it('a card form under a shop or tech brand (a reseller) is not told the address is wrong', () => {
    const advice = adviceOf({ fields: CARD_FORM, claim: true });
    expect(advice).not.toContain('check-address');
  });

  it.each<[string, Page, boolean]>([
    ['a meeting-join page on the provider site', { domain: 'official', meeting: true }, false],
    ['a card form soon after a meeting page', { fields: ['card-number'], context: { recentMeeting: true } }, false],
    ['a card form after a meeting page while the screen is shared', { fields: ['card-number'], context: { recentMeeting: true, screenShared: true } }, true],
  ])('%s: "stop sharing" only while a share runs (%s)', (_name, page, sharing) => {
    expect(adviceOf(page).includes('stop-screen-share')).toBe(sharing);
  });

  it('a meeting-join page: no meeting, hang up and check, the code is yours, in that order', () => {
    expect(adviceOf({ domain: 'official', meeting: true })).toEqual(['no-meeting', 'hang-up-verify', 'never-share-code']);
  });
});
