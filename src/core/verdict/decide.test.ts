import { describe, expect, it } from 'vitest';
import { ADVICE, CASES } from '../../knowledge';
import type { DomainAssessment, EarlierStep, FieldFinding, FieldKind, PageSignal } from '../types';
import { decide } from './decide';
import { POLICY } from './policy';

const domain = (kind: DomainAssessment['kind'], insecure = false): DomainAssessment => ({
  host: 'pay.example.net',
  registrableDomain: 'example.net',
  kind,
  insecure,
  reasons: [],
});
const field = (kind: FieldKind, index = 0): FieldFinding => ({ index, kind, id: null, name: null, reasons: [{ code: 'test' }] });
const claim = (brand: string): PageSignal => ({ kind: 'brand-claim', brand, reasons: [{ code: 'claim-in-title', detail: brand }] });
const script = (phrase: string): PageSignal => ({ kind: 'scam-phrase', phrase, reasons: [{ code: 'scam-phrase' }] });
const run = (d: DomainAssessment, kinds: FieldKind[], signals: PageSignal[] = []) =>
  decide({ url: 'https://pay.example.net/', domain: d, fields: kinds.map((k, i) => field(k, i)), signals, context: { trusted: [] } });

describe('decide', () => {
  // Red-team round 8, A1 / B1: the story makes a password danger when the field names an online bank's login, not a
  // blog's or a forum's own "用户名 / 密码".
  it('reads whose password a field wants from its names', () => {
    const password = (labels: string[]): FieldFinding => ({ ...field('password'), labels });
    const judge = (labels: string[]) =>
      decide({ url: 'https://pay.example.net/', domain: domain('unknown'), fields: [password(labels)], signals: [script('refund-quality-problem')], context: { trusted: [] } });
    expect(judge(['请输入手机银行密码']).rules.map((r) => r.code)).toEqual(['password-with-scam-script']);
    expect(judge(['網上銀行登錄密碼']).level).toBe('danger');
    expect(judge(['密码']).level).toBe('none');
    // Read as the page's signals read it (core/text/readable.ts): a kit's zero-width space or spaced-out characters
    // hide nothing here either.
    expect(judge(['网\u200b银登录密码']).level).toBe('danger');
    expect(judge(['网 银 登 录 密 码']).level).toBe('danger');
  });

  // Red-team round 9, A1: the page names itself the bank's login ("个人网银登录") and its box says only "登录密码".
  it('reads a password as the bank\'s login when the page is one by its title or a heading', () => {
    const judge = (bankLogin: boolean) =>
      decide({
        url: 'https://pay.example.net/',
        domain: domain('unknown'),
        fields: [{ ...field('password'), labels: ['登录密码'] }],
        signals: [script('refund-quality-problem')],
        context: { trusted: [] },
        bankLogin,
      });
    expect(judge(true).rules.map((r) => r.code)).toEqual(['password-with-scam-script']);
    expect(judge(false).level).toBe('none');
  });

  it('tells a bank claim (money) from a shop claim (reseller) for card + code forms', () => {
    expect(run(domain('unknown'), ['card-number', 'card-cvv'], [claim('icbc')]).level).toBe('danger');
    expect(run(domain('unknown'), ['card-number', 'card-cvv'], [claim('ebay')]).level).toBe('caution');
  });

  it('lists the rules that fired, the advice of the raising rules, and the danger tail', () => {
    const v = run(domain('unknown'), ['card-number', 'otp'], [claim('alipay')]);
    expect(v.rules.map((r) => r.code)).toEqual(['card-and-code-with-money-claim', 'code-with-brand-claim', 'card-field-on-unknown-site', 'card-field-with-money-claim']);
    // No refund or claim in sight: the official site or app, not "refunds only in the official app" (story-fit.ts).
    expect(v.advice[0]).toBe('official-site-or-app');
    expect(v.advice).toContain('never-share-code');
    expect(v.advice.slice(-2)).toEqual(['call-96110', 'if-typed']);
    expect(new Set(v.advice).size).toBe(v.advice.length);
  });

  it('puts a scam script’s own advice first on a page that warns (the police never run a case by phone), and none on a quiet page', () => {
    const police = run(domain('unknown'), ['card-number', 'otp'], [script('police-investigation')]);
    expect(police.level).toBe('danger');
    expect(police.advice[0]).toBe('no-police-by-phone');
    // Each story whose caller is not "customer service" names whom to ask instead, and that comes first.
    const ownAdvice: [story: string, kinds: FieldKind[], first: string][] = [
      ['credit-record', ['card-number', 'otp'], 'credit-not-by-phone'],
      ['etc-expired', ['card-number', 'otp'], 'etc-with-issuer'],
      ['card-frozen-upgrade', ['card-number'], 'card-with-bank'],
      ['insurance-card-expired', ['card-number', 'otp'], 'insurance-by-hotline'],
      ['points-for-cash', ['card-number', 'card-cvv'], 'points-in-official-app'],
      ['phone-number-suspended', ['card-number', 'otp'], 'carrier-official-only'],
      ['utility-cutoff', ['card-number', 'otp'], 'utility-official-only'],
      ['customs-duty', ['card-number', 'otp'], 'customs-official-only'],
      ['digital-rmb-bonus', ['card-number', 'otp'], 'digital-rmb-official-app'],
      ['game-refund-minor', ['card-number'], 'game-refund-official'],
      ['debt-relief-agent', ['card-number', 'otp'], 'debt-plan-with-bank'],
      ['sale-payout', ['card-number', 'otp'], 'sale-payout-in-app'],
    ];
    for (const [story, kinds, first] of ownAdvice) expect(run(domain('unknown'), kinds, [script(story)]).advice[0], story).toBe(first);
    // A case story with advice of its own: it leads, and the rules' refund advice follows.
    const share = run(domain('unknown'), ['card-number', 'otp'], [script('screen-share-meeting')]);
    // No share is running: "if someone asks you to share, don't" (story-fit.ts), not "stop sharing".
    expect(share.advice.slice(0, 3)).toEqual(['no-meeting', 'no-screen-share', 'hang-up-verify']);
    expect(share.cases[0]).toBe('wuhan-2021-meeting-refund');
    // A refund story none of the cases reached: its own advice keeps "refunds only on the official site".
    const borrow = run(domain('unknown'), ['card-number', 'otp'], [script('borrow-to-refund')]);
    expect(borrow.level).toBe('danger');
    expect(borrow.advice.slice(0, 2)).toEqual(['no-loan-for-refund', 'official-only']);
    expect(borrow.cases).toEqual([]);
    // The game-refund story's own advice says where to ask for the refund; "only on the official site" would repeat it.
    const game = run(domain('unknown'), ['card-number', 'otp'], [script('game-refund-minor')]);
    expect(game.advice[0]).toBe('game-refund-official');
    expect(game.advice).not.toContain('official-only');
    const limit = run(domain('unknown'), ['card-number', 'card-cvv', 'otp'], [script('credit-limit-raise')]);
    expect(limit.level).toBe('danger');
    expect(limit.advice[0]).toBe('limit-with-bank');
    // A script without advice of its own leaves the rules' order as it was.
    expect(run(domain('unknown'), ['card-number', 'otp'], [script('parcel-lost-claim')]).advice[0]).toBe('hang-up-verify');
    expect(run(domain('unknown'), [], [script('police-investigation')]).advice).toEqual([]);
  });

  it('adds the cases of the scam scripts seen on a page that warns, and none on a quiet page', () => {
    const warned = run(domain('unknown'), ['card-number', 'otp'], [script('parcel-lost-claim')]);
    expect(warned.level).toBe('danger');
    expect(warned.cases).toContain('hangzhou-2022-parcel-claim');
    const article = run(domain('unknown'), [], [script('parcel-lost-claim')]);
    expect(article).toMatchObject({ level: 'none', cases: [], advice: [] });
  });

  it('names no case on a page that tells only a story neither case is (the rules would name the parcel or refund case)', () => {
    const rulesCase = run(domain('unknown'), ['card-number', 'otp'], [claim('sf-express')]).cases;
    expect(rulesCase.length).toBeGreaterThan(0);
    for (const id of ['police-investigation', 'card-frozen-upgrade', 'points-for-cash', 'credit-record']) {
      const v = run(domain('unknown'), ['card-number', 'otp'], [script(id)]);
      expect(v.level, id).toBe('danger');
      expect(v.cases, id).toEqual([]);
    }
    // With one of the cases' own stories on the page as well, its case is named (and the rules' with it).
    const both = run(domain('unknown'), ['card-number', 'otp'], [script('police-investigation'), script('parcel-lost-claim')]);
    expect(both.cases).toContain('hangzhou-2022-parcel-claim');
  });

  it('gives a page that tells only another story its own advice, not "refunds only on the official site" or "call the platform"', () => {
    const police = run(domain('unknown'), ['card-number', 'otp'], [script('police-investigation')]);
    expect(police.advice[0]).toBe('no-police-by-phone');
    expect(police.advice).not.toContain('official-only');
    expect(police.advice).not.toContain('hang-up-verify');
    // The plain "a caller sent you here: hang up" stays, as do the code rule and the danger tail.
    expect(police.advice).toEqual(expect.arrayContaining(['stop-if-phone-sent-you', 'never-share-code', 'call-96110', 'if-typed']));
    // The refund and parcel stories keep the rules' advice.
    const parcel = run(domain('unknown'), ['card-number', 'otp'], [script('parcel-lost-claim')]);
    expect(parcel.advice).toEqual(expect.arrayContaining(['hang-up-verify', 'official-only']));
  });

  it('says nothing on an official site, and records why', () => {
    const v = run(domain('official'), ['card-pin', 'otp'], [script('refund-quality-problem')]);
    expect(v).toMatchObject({ level: 'none', advice: [], cases: [], rules: [{ code: 'official-site' }] });
  });

  it('keeps the fields, domain and signals it was given', () => {
    const d = domain('lookalike');
    const v = run(d, ['otp']);
    expect(v).toMatchObject({ level: 'danger', domain: d, fields: [field('otp')], signals: [] });
  });

  it('uses only advice and case ids that exist in the knowledge base', () => {
    const advice = new Set(ADVICE.map((a) => a.id));
    const cases = new Set(CASES.map((c) => c.id));
    for (const rule of POLICY) {
      for (const a of rule.advice) expect(advice, `${rule.id} → ${a}`).toContain(a);
      for (const c of rule.cases) expect(cases, `${rule.id} → ${c}`).toContain(c);
    }
    for (const a of ['call-96110', 'if-typed', 'never-share-code', 'no-card-password']) expect(advice).toContain(a);
  });
});

describe('decide: the code page of a staged form', () => {
  const step = (over: Partial<EarlierStep> = {}): EarlierStep => ({ kinds: ['card-number'], claim: false, moneyClaim: false, script: false, ...over });
  const after = (kinds: FieldKind[], earlierStep: EarlierStep, d = domain('unknown')) =>
    decide({ url: 'https://pay.example.net/step2', domain: d, fields: kinds.map((k, i) => field(k, i)), signals: [], context: { trusted: [], earlierStep } });

  it('judges an SMS code page after the site claimed a courier and took the card number as the two pages together: danger', () => {
    const v = after(['otp'], step({ claim: true, moneyClaim: true }));
    expect(v.level).toBe('danger');
    expect(v.rules[0]).toEqual({ code: 'code-after-card-step' });
    expect(v.rules.map((r) => r.code)).toContain('card-and-code-with-money-claim');
    expect(v.cases).toContain('hangzhou-2022-parcel-claim');
    // The page's own fields are what it shows; the card number was on the page before.
    expect(v.fields.map((f) => f.kind)).toEqual(['otp']);
  });

  it('gives the same level as the one-page form: caution after a plain card page, danger after a scam story', () => {
    expect(after(['phone', 'otp'], step()).level).toBe('caution');
    expect(run(domain('unknown'), ['card-number', 'phone', 'otp']).level).toBe('caution');
    expect(after(['otp'], step({ script: true })).level).toBe('danger');
  });

  it('leaves a page without a code field alone: a thank-you page or a login after the card page says nothing', () => {
    expect(after([], step({ moneyClaim: true, claim: true }))).toMatchObject({ level: 'none', rules: [] });
    expect(after(['phone', 'password'], step({ moneyClaim: true, claim: true })).level).toBe('none');
  });

  it('judges a page with card fields of its own on them: the same card + code form loaded again stays caution', () => {
    const again = after(['card-number', 'otp'], step());
    expect(again.level).toBe('caution');
    expect(again.rules.map((r) => r.code)).not.toContain('code-after-card-step');
  });

  it('judges a code page after a story step with its story and claim, not its phone or ID number', () => {
    // The background notes a story step only with a story or a sign-in claim (earlier-steps.ts).
    const story = after(['phone', 'otp'], step({ kinds: ['id-number', 'phone'], script: true }));
    expect(story.level).toBe('danger');
    expect(story.rules.map((r) => r.code)).toEqual(['code-after-story-step', 'code-with-scam-script']);
    expect(story.advice[0]).toBe('never-share-code');
    // With the story named, its advice and case lead on the code page too.
    const named = after(['otp'], step({ kinds: ['id-number'], script: true, scripts: ['credit-record'] }));
    expect(named.advice[0]).toBe('credit-not-by-phone');
    const parcel = after(['otp'], step({ script: true, scripts: ['parcel-lost-claim'] }));
    expect(parcel.cases).toContain('hangzhou-2022-parcel-claim');
    // A page that is not judged with the step before (it has card fields of its own) does not take its story either.
    expect(after(['card-number', 'otp'], step({ scripts: ['credit-record'] })).advice).not.toContain('credit-not-by-phone');
    const signIn = after(['otp'], step({ kinds: ['phone'], claim: true }));
    expect(signIn.rules.map((r) => r.code)).toEqual(['code-after-story-step', 'code-with-brand-claim']);
    expect(signIn.level).toBe('danger');
  });

  it('says nothing on an official site, whatever the step before', () => {
    expect(after(['otp'], step({ claim: true, moneyClaim: true }), domain('official')).level).toBe('none');
    expect(after(['otp'], step({ kinds: ['phone'], script: true }), domain('official')).level).toBe('none');
    expect(after(['otp'], step({ claim: true, script: true, otherSite: true }), domain('official')).level).toBe('none');
  });
});

describe('decide: a code page of another site right after a fake card page', () => {
  const elsewhere = (over: Partial<EarlierStep> = {}): EarlierStep => ({
    kinds: ['card-number', 'card-pin'],
    claim: true,
    moneyClaim: true,
    script: true,
    scripts: ['parcel-lost-claim'],
    otherSite: true,
    ...over,
  });
  const after = (kinds: FieldKind[], earlierStep: EarlierStep) =>
    decide({ url: 'https://sms-check.example.org/', domain: domain('unknown'), fields: kinds.map((k, i) => field(k, i)), signals: [], context: { trusted: [], earlierStep } });

  it('is a caution that names the order, and borrows nothing else of that page', () => {
    const v = after(['otp'], elsewhere());
    expect(v.level).toBe('caution');
    // Then the SMS-login rule that says "nothing more" on its own.
    expect(v.rules.map((r) => r.code)).toEqual(['code-after-fake-card-page-elsewhere', 'plain-code-login']);
    expect(v.cases).toEqual(['hangzhou-2022-parcel-claim']);
    expect(v.advice.slice(0, 2)).toEqual(['never-share-code', 'hang-up-verify']);
    // Not the card fields (this page is no card form), nor the claim, story or its advice (they were another site's).
    expect(v.fields.map((f) => f.kind)).toEqual(['otp']);
    expect(v.rules.map((r) => r.code)).not.toContain('card-and-code-with-money-claim');
    const sameSite = after(['otp'], elsewhere({ otherSite: false }));
    expect(sameSite.level).toBe('danger');
  });

  it('leaves a page without a code field, or with card fields of its own, to its own rules', () => {
    expect(after(['phone', 'password'], elsewhere())).toMatchObject({ level: 'none', rules: [] });
    expect(after(['card-number', 'otp'], elsewhere()).rules.map((r) => r.code)).not.toContain('code-after-fake-card-page-elsewhere');
  });

  it('ignores a story step of another site (the background passes none; phone and ID number are not a card step)', () => {
    expect(after(['otp'], elsewhere({ kinds: ['id-number', 'phone'] }))).toMatchObject({ level: 'none', rules: [{ code: 'plain-code-login' }] });
  });
});
