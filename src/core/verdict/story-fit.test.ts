// Advice and case that fit the page (red team 7, §8 "Wording that confuses"): each table row is a page the red
// team saw, or its counterpart with the story or fact that makes the advice or case true.
import { describe, expect, it } from 'vitest';
import { SCAM_PHRASES } from '../../knowledge';
import type { Context, DomainAssessment, FieldFinding, FieldKind, PageSignal } from '../types';
import { decide } from './decide';
import { REFUND_STORIES } from './story-fit';

const WUHAN = 'wuhan-2021-meeting-refund';
const HANGZHOU = 'hangzhou-2022-parcel-claim';

const domain = (kind: DomainAssessment['kind'], brand?: string): DomainAssessment => ({
  host: 'www.example-host.cn',
  registrableDomain: 'example-host.cn',
  kind,
  insecure: false,
  reasons: [],
  ...(brand ? { brand } : {}),
});
const field = (kind: FieldKind, index: number): FieldFinding => ({ index, kind, id: null, name: null, reasons: [{ code: 'test' }] });
const claim = (brand: string, signIn = false): PageSignal => ({
  kind: 'brand-claim',
  brand,
  reasons: [{ code: 'claim-in-title', detail: brand }, ...(signIn ? [{ code: 'claim-sign-in-page', detail: 'title' }] : [])],
});
const script = (phrase: string): PageSignal => ({ kind: 'scam-phrase', phrase, reasons: [{ code: 'scam-phrase' }] });
const meeting: PageSignal = { kind: 'meeting-join', brand: 'tencent-meeting', reasons: [{ code: 'meeting-join-url' }] };
const run = (d: DomainAssessment, kinds: FieldKind[], signals: PageSignal[] = [], context: Partial<Context> = {}) =>
  decide({
    url: 'https://www.example-host.cn/',
    domain: d,
    fields: kinds.map((k, i) => field(k, i)),
    signals,
    context: { trusted: [], ...context },
  });

/** The advice the popup lists first: the engine's order without what it shows elsewhere (view-model.ts). */
const firstListed = (advice: readonly string[]) => advice.find((id) => !['call-96110', 'if-typed', 'never-share-code', 'check-address'].includes(id));

describe('advice fits the page: refunds and claims only where the page or its story is about one', () => {
  it.each<[string, DomainAssessment, FieldKind[], PageSignal[], string]>([
    ['a lookalike bank login (card number + card password)', domain('lookalike', 'webank'), ['card-number', 'card-pin'], [], 'official-site-or-app'],
    ['an airline agency SMS login under an airline sign-in title', domain('unknown'), ['phone', 'otp'], [claim('air-china', true)], 'sign-in-official-only'],
    ['an SMS login on a lookalike host', domain('lookalike', 'alipay'), ['phone', 'otp'], [], 'official-site-or-app'],
    ['a bank claim taking card and code', domain('unknown'), ['card-number', 'otp'], [claim('icbc')], 'official-site-or-app'],
    ['a password on a lookalike host', domain('lookalike', 'icbc'), ['password'], [], 'sign-in-official-only'],
  ])('%s: no refund advice', (_name, d, kinds, signals, first) => {
    const v = run(d, kinds, signals);
    expect(v.level).not.toBe('none');
    expect(v.advice).not.toContain('official-only');
    expect(firstListed(v.advice)).toBe(first);
  });

  it.each(['refund-quality-problem', 'parcel-lost-claim', 'cancel-membership', 'flight-cancelled'])(
    'keeps "refunds and claims only in the official app" under the %s story',
    (story) => {
      const v = run(domain('unknown'), ['card-number', 'otp'], [claim('alipay'), script(story)]);
      expect(v.advice).toContain('official-only');
      expect(v.advice).not.toContain('official-site-or-app');
    },
  );

  it('keeps it on a page like one of the cases, both refund and claim stories (a fake courier desk is the parcel-claim desk)', () => {
    const v = run(domain('unknown'), ['card-number'], [claim('sf-express')]);
    expect(v.cases).toEqual([HANGZHOU]);
    expect(v.advice).toContain('official-only');
  });

  it('names only scripts that exist', () => {
    const ids = new Set(SCAM_PHRASES.map((g) => g.id));
    expect([...REFUND_STORIES].filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('"stop sharing your screen" only while a share runs', () => {
  it('a page that only tells the meeting story: "if someone asks you to share, do not"', () => {
    const v = run(domain('unknown'), ['card-number', 'otp'], [script('screen-share-meeting')]);
    expect(v.advice).toContain('no-screen-share');
    expect(v.advice).not.toContain('stop-screen-share');
  });

  it('a share is live: stop it first', () => {
    const v = run(domain('unknown'), ['card-number', 'otp'], [script('screen-share-meeting')], { screenShared: true });
    expect(v.advice[0]).toBe('stop-screen-share');
    expect(v.advice).not.toContain('no-screen-share');
  });
});

describe('the case named is one the page is like', () => {
  it.each<[string, DomainAssessment, FieldKind[], PageSignal[], Partial<Context>, string[]]>([
    // The red team's pages: the rules proposed a case the page has nothing of.
    ['a lookalike bank login with a card password: no meeting, no refund', domain('lookalike', 'webank'), ['card-number', 'card-pin'], [], {}, []],
    ['an SMS login under an airline claim: no parcel', domain('unknown'), ['phone', 'otp'], [claim('air-china', true)], {}, []],
    ['an SMS login under a bank claim: no parcel', domain('unknown'), ['phone', 'otp'], [claim('icbc')], {}, []],
    // The same pages with the case's defining fact or story.
    ['a card password soon after a meeting link', domain('lookalike', 'webank'), ['card-number', 'card-pin'], [], { recentMeeting: true }, [WUHAN]],
    ['a code while a screen share runs', domain('unknown'), ['phone', 'otp'], [], { screenShared: true }, [WUHAN]],
    ['a meeting-join page', domain('unknown'), [], [meeting], {}, [WUHAN]],
    ['an SMS code under a courier claim', domain('unknown'), ['phone', 'otp'], [claim('sf-express')], {}, [HANGZHOU]],
    ['a card password under the quality-refund story', domain('lookalike', 'webank'), ['card-number', 'card-pin'], [script('refund-quality-problem')], {}, [WUHAN]],
    ['an SMS code under the lost-parcel story', domain('unknown'), ['phone', 'otp'], [claim('icbc'), script('parcel-lost-claim')], {}, [HANGZHOU]],
  ])('%s', (_name, d, kinds, signals, context, cases) => {
    const v = run(d, kinds, signals, context);
    expect(v.level).not.toBe('none');
    expect(v.cases).toEqual(cases);
  });

  it('a code page right after the same site took the card: the parcel case (one code away)', () => {
    const v = run(domain('unknown'), ['otp'], [], {
      earlierStep: { kinds: ['card-number'], claim: false, moneyClaim: false, script: false, scripts: [], otherSite: false },
    });
    expect(v.cases).toEqual([HANGZHOU]);
  });

  it('a story that fits both cases: what the page asks decides which comes first', () => {
    expect(run(domain('unknown'), ['card-number', 'card-pin'], [script('refund-asks-secret')]).cases[0]).toBe(WUHAN);
    expect(run(domain('unknown'), ['card-number', 'otp'], [script('refund-asks-secret')]).cases[0]).toBe(HANGZHOU);
  });
});
