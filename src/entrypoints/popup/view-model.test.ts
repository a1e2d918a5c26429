import { describe, expect, it } from 'vitest';
import type { DomainAssessment, FieldFinding, FieldKind, Verdict } from '@/core/types';
import type { FrameState, TabState } from '@/messaging/protocol';
import { typedStepsFor, verdictView, type TypedStep } from './view-model';

function domain(overrides: Partial<DomainAssessment> = {}): DomainAssessment {
  return { host: 'pay.refund-help.cn', registrableDomain: 'refund-help.cn', kind: 'unknown', insecure: false, reasons: [], ...overrides };
}

function field(kind: FieldFinding['kind'], index = 0): FieldFinding {
  return { index, kind, id: null, name: null, reasons: [{ code: 'label', detail: 'x' }] };
}

function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return { url: 'https://pay.refund-help.cn/', level: 'none', fields: [], domain: domain(), signals: [], advice: [], cases: [], rules: [], ...overrides };
}

function frame(frameId: number, v: Verdict | null, d: DomainAssessment = v?.domain ?? domain()): FrameState {
  return { frameId, url: v?.url ?? `https://${d.host}/`, domain: d, verdict: v };
}

function tab(frames: FrameState[]): TabState {
  const rank = { none: 0, caution: 1, danger: 2 } as const;
  const level = frames.reduce<'none' | 'caution' | 'danger'>((top, f) => (f.verdict && rank[f.verdict.level] > rank[top] ? f.verdict.level : top), 'none');
  return {
    tabId: 7,
    level,
    frames,
    fields: frames.flatMap((f) => (f.verdict?.fields ?? []).map((x) => ({ ...x, frameId: f.frameId }))),
    updatedAt: 1,
  };
}

describe('verdictView', () => {
  it("gives the why list the domain kind of the frame that decided, which may not be the top's", () => {
    const ip = domain({ host: '47.96.1.2', registrableDomain: null, kind: 'ip' });
    const top = frame(0, verdict({ level: 'none' }));
    const form = frame(3, verdict({ level: 'danger', domain: ip, fields: [field('card-number')], rules: [{ code: 'sensitive-field-on-bad-host' }] }));
    const view = verdictView(tab([top, form]));
    expect(view?.domainKind).toBe('unknown');
    expect(view?.whyDomainKind).toBe('ip');
    expect(verdictView(tab([top]))?.whyDomainKind).toBeUndefined();
  });

  it('is null while the background knows nothing about the tab', () => {
    expect(verdictView(null)).toBeNull();
    expect(verdictView(tab([]))).toBeNull();
  });

  it('explains a danger verdict: two rules first, then domain and signal evidence with their brands, at most four', () => {
    const d = domain({
      host: 'alipay-refund.cn',
      registrableDomain: 'alipay-refund.cn',
      kind: 'lookalike',
      brand: 'alipay',
      reasons: [{ code: 'host-embeds-brand', detail: 'alipay in alipay-refund' }],
    });
    const v = verdict({
      level: 'danger',
      domain: d,
      fields: [field('otp', 1), field('card-number', 0)],
      signals: [{ kind: 'scam-phrase', phrase: 'refund-quality-problem', reasons: [{ code: 'scam-phrase', detail: '质量问题退款' }] }],
      rules: [{ code: 'sensitive-field-on-bad-host' }, { code: 'card-pin-off-official' }, { code: 'lookalike-host' }],
      advice: ['check-address', 'call-96110', 'official-only', 'if-typed', 'never-share-code', 'hang-up-verify'],
      cases: ['hangzhou-2022-parcel-claim', 'wuhan-2021-meeting-refund'],
    });
    expect(verdictView(tab([frame(0, v)]))).toEqual({
      level: 'danger',
      host: 'alipay-refund.cn',
      domain: 'alipay-refund.cn',
      domainKind: 'lookalike',
      fieldKinds: ['card-number', 'otp'],
      why: [
        { reason: { code: 'sensitive-field-on-bad-host' } },
        { reason: { code: 'card-pin-off-official' } },
        { reason: { code: 'host-embeds-brand', detail: 'alipay in alipay-refund' }, brand: 'alipay' },
        { reason: { code: 'scam-phrase', detail: '质量问题退款' }, phrase: 'refund-quality-problem' },
      ],
      whyDomainKind: 'lookalike',
      // never-share-code is the popup's own code rule, always shown under the fields: not repeated here;
      // check-address restates a reason, so it comes after the things to do.
      advice: ['official-only', 'hang-up-verify', 'check-address'],
      caseId: 'hangzhou-2022-parcel-claim',
      canTrust: false,
      typedSteps: ['bank', 'freeze', 'hotline'],
    });
  });

  it('says a lookalike once: the address reason that names the brand, not also the rule that names none', () => {
    const d = domain({
      host: 'jd-kefu.cn',
      registrableDomain: 'jd-kefu.cn',
      kind: 'lookalike',
      brand: 'jd',
      reasons: [{ code: 'host-embeds-brand', detail: 'jd in jd-kefu' }],
    });
    const rules = [{ code: 'sensitive-field-on-bad-host' }, { code: 'card-field-on-unknown-site' }, { code: 'lookalike-host' }];
    const v = verdict({ level: 'danger', domain: d, fields: [field('card-number')], rules });
    expect(verdictView(tab([frame(0, v)]))!.why).toEqual([
      { reason: { code: 'sensitive-field-on-bad-host' } },
      { reason: { code: 'card-field-on-unknown-site' } },
      { reason: { code: 'host-embeds-brand', detail: 'jd in jd-kefu' }, brand: 'jd' },
    ]);
    // With no field, the address reason alone says why.
    const bare = verdict({ level: 'caution', domain: d, rules: [{ code: 'lookalike-host' }] });
    expect(verdictView(tab([frame(0, bare)]))!.why).toEqual([{ reason: { code: 'host-embeds-brand', detail: 'jd in jd-kefu' }, brand: 'jd' }]);
    // A lookalike whose reason the popup cannot name a brand for keeps the rule.
    const nameless = verdict({ level: 'caution', domain: { ...d, brand: undefined }, rules: [{ code: 'lookalike-host' }] });
    expect(verdictView(tab([frame(0, nameless)]))!.why.map((w) => w.reason.code)).toEqual(['lookalike-host', 'host-embeds-brand']);
  });

  it.each<[string, DomainAssessment['reasons'][number]]>([
    ['an intranet name', { code: 'no-registrable-domain', detail: 'router' }],
    ['a file opened from disk', { code: 'no-host', detail: 'file:' }],
  ])('does not give %s as a reason: it is a fact about the address, not a warning', (_name, reason) => {
    const d = domain({ host: 'router', registrableDomain: null, kind: 'unknown', reasons: [reason] });
    const v = verdict({ level: 'caution', domain: d, fields: [field('card-number')], rules: [{ code: 'card-field-on-unknown-site' }] });
    expect(verdictView(tab([frame(0, v)]))!.why).toEqual([{ reason: { code: 'card-field-on-unknown-site' } }]);
  });

  it.each<[string, string[], string[]]>([
    ['a caution card checkout', ['stop-if-phone-sent-you', 'never-share-code'], ['stop-if-phone-sent-you']],
    ['a lookalike page', ['check-address', 'official-only', 'hang-up-verify', 'no-transfer', 'call-96110'], ['official-only', 'hang-up-verify', 'no-transfer']],
    ['only restating advice', ['check-address', 'if-typed'], ['check-address']],
  ])('advice for %s: things to do first, at most three, nothing the popup shows elsewhere', (_name, advice, expected) => {
    const v = verdict({ level: 'caution', fields: [field('card-number')], advice });
    expect(verdictView(tab([frame(0, v)]))!.advice).toEqual(expected);
  });

  it('lists the sensitive fields of a quiet page, but no reasons, advice or case', () => {
    const v = verdict({
      level: 'none',
      fields: [field('phone'), field('otp', 1)],
      rules: [{ code: 'plain-code-login' }],
      signals: [{ kind: 'scam-phrase', phrase: 'refund-quality-problem', reasons: [{ code: 'scam-phrase', detail: 'quoted in news' }] }],
      cases: ['wuhan-2021-meeting-refund'],
    });
    const view = verdictView(tab([frame(0, v)]));
    expect(view).toMatchObject({ level: 'none', fieldKinds: ['otp', 'phone'], why: [], advice: [], canTrust: true });
    expect(view?.caseId).toBeUndefined();
  });

  it('names the owner of an official site and does not offer to trust it', () => {
    const d = domain({ host: 'www.icbc.com.cn', registrableDomain: 'icbc.com.cn', kind: 'official', brand: 'icbc', reasons: [{ code: 'official-domain', detail: 'icbc.com.cn (icbc)' }] });
    const view = verdictView(tab([frame(0, null, d)]));
    expect(view).toMatchObject({ level: 'none', officialBrand: 'icbc', canTrust: false, why: [] });
  });

  // The content script does not read official or trusted pages: no field reported there is not "no field".
  it.each([
    ['official', { host: 'www.icbc.com.cn', registrableDomain: 'icbc.com.cn', kind: 'official', brand: 'icbc' }],
    ['trusted', { host: 'shop.example.com', registrableDomain: 'example.com', kind: 'trusted' }],
  ] as const)('marks a %s page with no reported field as not scanned', (kind, d) => {
    expect(verdictView(tab([frame(0, null, domain(d))]))?.notScanned).toBe(kind);
  });

  it.each([
    ['an ordinary page with no field', domain(), []],
    ['an official page scanned while the screen is shared', domain({ kind: 'official', brand: 'icbc' }), [field('otp')]],
  ] as const)('does not mark %s as not scanned', (_name, d, fields) => {
    const v = verdict({ domain: d, fields: [...fields] });
    expect(verdictView(tab([frame(0, v)]))?.notScanned).toBeUndefined();
  });

  it('explains a meeting-join page by the meeting: its provider named, the lead not repeated, no stop-sharing', () => {
    const d = domain({ host: 'meeting.tencent.com', registrableDomain: 'tencent.com', kind: 'official', brand: 'tencent', reasons: [{ code: 'official-domain', detail: 'tencent.com (tencent)' }] });
    const v = verdict({
      url: 'https://meeting.tencent.com/dm/AbC123',
      level: 'caution',
      domain: d,
      signals: [{ kind: 'meeting-join', brand: 'tencent-meeting', reasons: [{ code: 'meeting-join-url', detail: 'https://meeting.tencent.com/dm/AbC123' }] }],
      rules: [{ code: 'meeting-join-page' }, { code: 'official-site' }],
      advice: ['no-meeting', 'hang-up-verify', 'never-share-code', 'call-96110'],
      cases: ['wuhan-2021-meeting-refund'],
    });
    expect(verdictView(tab([frame(0, v)]))).toEqual({
      level: 'caution',
      host: 'meeting.tencent.com',
      domain: 'tencent.com',
      domainKind: 'official',
      officialBrand: 'tencent-meeting',
      meeting: true,
      notScanned: 'official',
      fieldKinds: [],
      why: [{ reason: { code: 'meeting-join-url', detail: 'https://meeting.tencent.com/dm/AbC123' }, brand: 'tencent-meeting' }],
      whyDomainKind: 'official',
      advice: ['hang-up-verify'],
      caseId: 'wuhan-2021-meeting-refund',
      canTrust: false,
      typedSteps: ['bank', 'freeze', 'hotline'],
    });
  });

  it('keeps the danger lead and reasons when a louder rule than the meeting rule decided', () => {
    const v = verdict({ level: 'danger', fields: [field('otp')], rules: [{ code: 'code-with-scam-script' }, { code: 'meeting-join-page' }], advice: ['no-meeting', 'hang-up-verify'] });
    const view = verdictView(tab([frame(0, v)]))!;
    expect(view.meeting).toBeUndefined();
    expect(view.why.map((w) => w.reason.code)).toEqual(['code-with-scam-script', 'meeting-join-page']);
    expect(view.advice).toEqual(['no-meeting', 'hang-up-verify']);
  });

  // A caller would say "click trust": on a danger page the popup points to the settings instead.
  it.each([
    ['danger', false, 'danger'],
    ['caution', true, undefined],
    ['none', true, undefined],
  ] as const)('an ordinary site at level %s: trust offered %s, blocked %s', (level, canTrust, trustBlocked) => {
    const v = verdict({ level, fields: [field('card-number')], rules: [] });
    const view = verdictView(tab([frame(0, v)]))!;
    expect(view.canTrust).toBe(canTrust);
    expect(view.trustBlocked).toBe(trustBlocked);
  });

  it('a caution page that claims a courier it is not: trust not offered here, only in the settings', () => {
    const claim = { kind: 'brand-claim' as const, brand: 'sf-express', reasons: [{ code: 'claim-in-title', detail: '顺丰速运' }] };
    const v = verdict({ level: 'caution', fields: [field('card-number')], signals: [claim], rules: [{ code: 'card-field-on-unknown-site' }] });
    const view = verdictView(tab([frame(0, v)]))!;
    expect(view.canTrust).toBe(false);
    expect(view.trustBlocked).toBe('impersonation');
    // A shop or tech brand (a reseller's title) does not block it.
    const reseller = verdict({ level: 'caution', fields: [field('card-number')], signals: [{ ...claim, brand: 'apple' }], rules: [] });
    expect(verdictView(tab([frame(0, reseller)]))!.canTrust).toBe(true);
  });

  it.each([
    ['trusted', 'example.com'],
    ['ip', null],
    ['lookalike', 'alipay-refund.cn'],
  ] as const)('does not offer to trust a %s site', (kind, registrableDomain) => {
    const d = domain({ kind, registrableDomain });
    expect(verdictView(tab([frame(0, null, d)]))?.canTrust).toBe(false);
  });

  it('explains the frame that set the level and names its host when it is not the top frame', () => {
    const topVerdict = verdict({ level: 'none', domain: domain({ host: 'shop.example.com', registrableDomain: 'example.com' }) });
    const payDomain = domain({ host: 'pay.other-site.cn', registrableDomain: 'other-site.cn' });
    const pay = verdict({ level: 'caution', domain: payDomain, fields: [field('card-number')], rules: [{ code: 'card-field-on-unknown-site' }] });
    const view = verdictView(tab([frame(0, topVerdict), frame(3, pay)]));
    expect(view).toMatchObject({
      level: 'caution',
      host: 'shop.example.com',
      domain: 'example.com',
      otherFrameHost: 'pay.other-site.cn',
      why: [{ reason: { code: 'card-field-on-unknown-site' } }],
    });
  });

  it('leaves out a rule that a broader rule of the same verdict already says', () => {
    const v = verdict({
      level: 'danger',
      fields: [field('card-number', 0), field('otp', 1)],
      signals: [{ kind: 'brand-claim', brand: 'alipay', reasons: [{ code: 'claim-in-heading', detail: '支付宝' }] }],
      rules: [
        { code: 'card-and-code-with-money-claim' },
        { code: 'code-with-brand-claim' },
        { code: 'card-field-on-unknown-site' },
        { code: 'card-field-with-money-claim' },
      ],
    });
    expect(verdictView(tab([frame(0, v)]))!.why.map((w) => w.reason.code)).toEqual(['card-and-code-with-money-claim', 'card-field-on-unknown-site', 'claim-in-heading']);
    // The same for a scam script: the card-and-code rule says what the card-only and code-only rules say.
    const story = verdict({
      level: 'danger',
      fields: [field('card-number', 0), field('otp', 1)],
      signals: [{ kind: 'scam-phrase', phrase: 'parcel-lost-claim', reasons: [{ code: 'scam-phrase', detail: '您的快递丢失，我们给您理赔' }] }],
      rules: [
        { code: 'card-and-code-with-scam-script' },
        { code: 'code-with-scam-script' },
        { code: 'card-field-with-scam-script' },
        { code: 'card-field-on-unknown-site' },
      ],
    });
    expect(verdictView(tab([frame(0, story)]))!.why.map((w) => w.reason.code)).toEqual(['card-and-code-with-scam-script', 'card-field-on-unknown-site', 'scam-phrase']);
    // After a story step, the code rules speak of the page before, which the first reason already says.
    const afterStory = verdict({ level: 'danger', fields: [field('otp', 0)], rules: [{ code: 'code-after-story-step' }, { code: 'code-with-scam-script' }] });
    expect(verdictView(tab([frame(0, afterStory)]))!.why.map((w) => w.reason.code)).toEqual(['code-after-story-step']);
    // On its own, the narrower rule is the reason.
    const alone = verdict({ level: 'danger', fields: [field('otp', 0)], rules: [{ code: 'code-with-brand-claim' }] });
    expect(verdictView(tab([frame(0, alone)]))!.why.map((w) => w.reason.code)).toEqual(['code-with-brand-claim']);
  });

  it('drops duplicate reasons and keeps at most four', () => {
    const signals = Array.from({ length: 8 }, (_, i) => ({
      kind: 'brand-claim' as const,
      brand: `b${i}`,
      reasons: [{ code: 'claim-in-heading', detail: `B${i}` }, { code: 'claim-in-heading', detail: `B${i}` }],
    }));
    const v = verdict({ level: 'danger', signals, rules: [{ code: 'code-with-brand-claim' }] });
    const why = verdictView(tab([frame(0, v)]))!.why;
    expect(why).toHaveLength(4);
    expect(why[0]).toEqual({ reason: { code: 'code-with-brand-claim' } });
    expect(new Set(why.map((w) => `${w.reason.code}:${w.reason.detail}`)).size).toBe(4);
  });
});

describe('the alias a claim matched', () => {
  it('goes with every reason of the claim, so a family brand is named as the page names itself', () => {
    const claim = { kind: 'brand-claim' as const, brand: 'gov-cn', reasons: [{ code: 'claim-in-title', detail: '个人所得税' }, { code: 'claim-sign-in-page', detail: '个人所得税 - 登录' }] };
    const v = verdict({ level: 'danger', fields: [field('otp')], signals: [claim], rules: [{ code: 'code-with-brand-claim' }] });
    const why = verdictView(tab([frame(0, v)]))!.why.filter((item) => item.brand === 'gov-cn');
    expect(why.map((item) => item.claimedAs)).toEqual(['个人所得税', '个人所得税']);
  });
});

describe('typedStepsFor', () => {
  it.each<[string, FieldKind[], TypedStep[]]>([
    ['a card number', ['card-number'], ['bank', 'freeze', 'hotline']],
    // Regression (red team 7, §8): an SMS login got "call the bank, freeze this card" with no card in sight.
    ['an SMS code and no card (an SMS login)', ['phone', 'otp'], ['code', 'code-account', 'hotline']],
    ['an SMS code and a password', ['password', 'otp'], ['code', 'code-account', 'hotline']],
    ['an SMS code and an ID number', ['id-number', 'otp'], ['code', 'code-account', 'stop', 'hotline', 'watch-id']],
    ['a card number and an SMS code: the card is what to freeze', ['card-number', 'otp'], ['bank', 'freeze', 'hotline']],
    ['a card password with an ID number', ['id-number', 'card-pin'], ['bank', 'freeze', 'hotline']],
    ['an ID number and a phone number', ['id-number', 'phone'], ['stop', 'hotline', 'watch-id']],
    ['a password (a fake sign-in page)', ['password'], ['password', 'hotline']],
    ['a password and an ID number', ['id-number', 'password'], ['password', 'stop', 'hotline', 'watch-id']],
    ['nothing yet (a meeting link): what a caller gets typed next is the card', [], ['bank', 'freeze', 'hotline']],
    ['a phone number only (the code comes next)', ['phone'], ['stop', 'hotline']],
  ])('%s → %j', (_name, kinds, steps) => {
    expect(typedStepsFor(kinds)).toEqual(steps);
  });

  it('an online bank\'s login password (and its code): the card steps, call the bank and freeze', () => {
    expect(typedStepsFor(['password', 'otp'], true)).toEqual(['bank', 'freeze', 'hotline']);
    const login = (label: string) => verdict({ level: 'danger', fields: [{ ...field('password', 0), labels: [label] }, field('otp', 1)], rules: [{ code: 'password-with-scam-script' }] });
    expect(verdictView(tab([frame(0, login('網銀登錄密碼'))]))!.typedSteps).toEqual(['bank', 'freeze', 'hotline']);
    // A site's own login keeps the account steps.
    expect(verdictView(tab([frame(0, login('登录密码'))]))!.typedSteps).toEqual(['code', 'code-account', 'hotline']);
  });

  it('is what the view carries, from the kinds seen in every frame', () => {
    const v = verdict({ level: 'danger', fields: [field('id-number', 0)], rules: [{ code: 'id-number-with-scam-script' }] });
    expect(verdictView(tab([frame(0, v)]))!.typedSteps).toEqual(['stop', 'hotline', 'watch-id']);
  });
});
