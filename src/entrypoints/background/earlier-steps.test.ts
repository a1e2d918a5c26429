import { describe, expect, it, vi } from 'vitest';
import { assessDomain } from '@/core/domain';
import { evaluateFindings } from '@/core/engine';
import type { PageFacts, Verdict } from '@/core/types';
import { memoryStore } from '@/platform/session-store';
import { earlierStepFor, isStepNote, noteOf, STEP_WINDOW_MS, StepNotes, type StepNote } from './earlier-steps';
import { createHandlers } from './handlers';
import { backgroundDeps, domain, finding, verdict } from './test-factories';

const claimSignal = { kind: 'brand-claim' as const, brand: 'sf-express', reasons: [{ code: 'claim-in-title', detail: '顺丰速运' }] };
const note = (over: Partial<StepNote> = {}): StepNote => ({ sites: ['claim-desk.cn'], kinds: ['card-number'], claim: false, moneyClaim: false, script: false, at: 1000, ...over });

describe('noteOf', () => {
  it('notes the card fields of a page and its own brand claim', () => {
    const v = verdict({
      domain: domain({ host: 'www.claim-desk.cn', registrableDomain: 'claim-desk.cn' }),
      fields: [finding(0, 'phone'), finding(1, 'card-number'), finding(2, 'card-expiry'), finding(3, 'card-number')],
      signals: [claimSignal],
    });
    expect(noteOf(v, { trusted: [] }, 5)).toEqual({ sites: ['claim-desk.cn'], kinds: ['card-number', 'card-expiry'], claim: true, moneyClaim: true, script: false, scripts: [], at: 5 });
  });

  it.each<[string, Verdict]>([
    ['a page without card fields', verdict({ fields: [finding(0, 'otp'), finding(1, 'phone')] })],
    ['an official site', verdict({ domain: domain({ kind: 'official' }), fields: [finding(0, 'card-number')] })],
    ['a trusted site', verdict({ domain: domain({ kind: 'trusted' }), fields: [finding(0, 'card-number')] })],
    ['a host without a registrable domain', verdict({ domain: domain({ registrableDomain: null }), fields: [finding(0, 'card-number')] })],
  ])('notes nothing for %s', (_name, v) => {
    expect(noteOf(v, { trusted: [] }, 5)).toBeNull();
  });

  it('notes a story step: a phone or ID number under the page’s own scam story or sign-in claim', () => {
    const story = { kind: 'scam-phrase' as const, phrase: 'credit-record', reasons: [{ code: 'scam-phrase', detail: '否则将影响征信' }] };
    const v = verdict({ fields: [finding(0, 'id-number'), finding(1, 'phone')], signals: [story] });
    expect(noteOf(v, { trusted: [] }, 5)).toEqual({ sites: ['alipay-refund.cn'], kinds: ['id-number', 'phone'], claim: false, moneyClaim: false, script: true, scripts: ['credit-record'], at: 5 });
    const signIn = { kind: 'brand-claim' as const, brand: 'alipay', reasons: [{ code: 'claim-sign-in-page', detail: '登录 - 支付宝' }] };
    expect(noteOf(verdict({ fields: [finding(0, 'phone')], signals: [signIn] }), { trusted: [] }, 5)?.kinds).toEqual(['phone']);
    // Without a story or a sign-in claim, a phone or ID number is an ordinary form: nothing to carry.
    expect(noteOf(verdict({ fields: [finding(0, 'id-number'), finding(1, 'phone')] }), { trusted: [] }, 5)).toBeNull();
    expect(noteOf(verdict({ fields: [finding(0, 'phone')], signals: [claimSignal] }), { trusted: [] }, 5)).toBeNull();
  });

  it('names the top page’s site too when the card fields were in a frame from another site', () => {
    const v = verdict({ domain: domain({ host: 'pay-frame.cn', registrableDomain: 'pay-frame.cn' }), fields: [finding(0, 'card-number')] });
    expect(noteOf(v, { trusted: [] }, 5, 'parcel-claim.cn')?.sites).toEqual(['pay-frame.cn', 'parcel-claim.cn']);
    expect(noteOf(v, { trusted: [] }, 5, 'pay-frame.cn')?.sites).toEqual(['pay-frame.cn']);
  });

  it('does not carry an inherited claim further: only what the card page itself said', () => {
    const v = verdict({ fields: [finding(0, 'card-cvv')] });
    expect(noteOf(v, { trusted: [], earlierStep: { kinds: ['card-number'], claim: true, moneyClaim: true, script: true } }, 5)).toMatchObject({
      claim: false,
      moneyClaim: false,
      script: false,
    });
  });
});

describe('earlierStepFor', () => {
  it('is the note for a page of the same site within the window', () => {
    expect(earlierStepFor(note(), 'claim-desk.cn', 1000 + STEP_WINDOW_MS)).toEqual({ kinds: ['card-number'], claim: false, moneyClaim: false, script: false, scripts: [] });
    // The scripts the page told go with it (a note written without them reads as none).
    expect(earlierStepFor(note({ scripts: ['parcel-lost-claim'] }), 'claim-desk.cn', 1500)?.scripts).toEqual(['parcel-lost-claim']);
  });

  it.each<[string, string | null, number]>([
    ['another site', 'shop-example.cn', 2000],
    ['a page with no registrable domain', null, 2000],
    ['a page after the window', 'claim-desk.cn', 1001 + STEP_WINDOW_MS],
    ['a clock that went back', 'claim-desk.cn', 999],
  ])('is nothing for %s', (_name, site, now) => {
    expect(earlierStepFor(note(), site, now)).toBeNull();
  });

  it('is the note, marked as another site’s, for a page of another site after a fake card page', () => {
    const fake = note({ claim: true, moneyClaim: true, scripts: ['parcel-lost-claim'] });
    expect(earlierStepFor(fake, 'sms-check.cn', 2000)).toEqual({
      kinds: ['card-number'],
      claim: true,
      moneyClaim: true,
      script: false,
      scripts: ['parcel-lost-claim'],
      otherSite: true,
    });
    expect(earlierStepFor(note({ script: true }), 'sms-check.cn', 2000)?.otherSite).toBe(true);
    // Its own site's page is the staged form as before.
    expect(earlierStepFor(fake, 'claim-desk.cn', 2000)?.otherSite).toBeUndefined();
    // The same window.
    expect(earlierStepFor(fake, 'sms-check.cn', 1001 + STEP_WINDOW_MS)).toBeNull();
  });

  it.each<[string, StepNote]>([
    ['an honest card page (no claim, no story)', note()],
    ['a story step (phone or ID number under a story)', note({ kinds: ['id-number', 'phone'], script: true })],
  ])('is nothing on another site after %s', (_name, n) => {
    expect(earlierStepFor(n, 'sms-check.cn', 2000)).toBeNull();
  });
});

describe('StepNotes', () => {
  it.each<[string, unknown]>([
    ['not an object', 'card-number'],
    ['an unknown field kind', { ...note(), kinds: ['card-number', 'bank-balance'] }],
    ['a time that is not a number', { ...note(), at: '1000' }],
    ['a missing flag', { sites: ['claim-desk.cn'], kinds: [], claim: false, moneyClaim: false, at: 1 }],
    ['a site that is not text', { ...note(), sites: [7] }],
  ])('drops and reports a malformed stored note (%s)', async (_name, stored) => {
    expect(isStepNote(stored)).toBe(false);
    const kv = memoryStore();
    await kv.set('step:3', stored);
    const warn = vi.fn();
    const notes = new StepNotes(kv, warn);
    expect(await notes.earlier(3, () => 'claim-desk.cn', 1000)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await kv.get('step:3')).toBeUndefined();
  });

  it('keeps one note per tab, and forgets it', async () => {
    const notes = new StepNotes(memoryStore(), vi.fn());
    await notes.note(3, note());
    await notes.note(4, note({ sites: ['other.cn'] }));
    expect(await notes.earlier(3, () => 'claim-desk.cn', 1500)).not.toBeNull();
    expect(await notes.earlier(4, () => 'claim-desk.cn', 1500)).toBeNull();
    await notes.forget(3);
    expect(await notes.earlier(3, () => 'claim-desk.cn', 1500)).toBeNull();
  });

  it('gives a tab opened from a tab with a note a copy of it, and nothing from a tab without one', async () => {
    const notes = new StepNotes(memoryStore(), vi.fn());
    await notes.note(3, note());
    await notes.inherit(5, 3);
    await notes.inherit(6, 4);
    expect(await notes.earlier(5, () => 'claim-desk.cn', 1500)).toEqual({ kinds: ['card-number'], claim: false, moneyClaim: false, script: false, scripts: [] });
    expect(await notes.earlier(6, () => 'claim-desk.cn', 1500)).toBeNull();
    // A copy, not a link: the opener closing does not take it away.
    await notes.forget(3);
    expect(await notes.earlier(5, () => 'claim-desk.cn', 1500)).not.toBeNull();
  });

  it('does not copy a malformed note: it is dropped and reported', async () => {
    const kv = memoryStore();
    await kv.set('step:3', { ...note(), kinds: ['bank-balance'] });
    const warn = vi.fn();
    await new StepNotes(kv, warn).inherit(5, 3);
    expect(await kv.get('step:5')).toBeUndefined();
    expect(await kv.get('step:3')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('a staged fake page, through the background with the real engine', () => {
  function background() {
    let now = 1_000_000;
    const { deps } = backgroundDeps({ assessDomain, evaluate: evaluateFindings, now: () => now });
    const handlers = createHandlers(deps);
    const scan = (tabId: number, url: string, facts: Omit<PageFacts, 'url'>) =>
      handlers.handle({ message: { type: 'cs-bg-scan', facts: { url, ...facts } }, from: { kind: 'content', tabId, frameId: 0, url } });
    return { handlers, scan, later: (ms: number) => void (now += ms) };
  }
  const cardStep = { title: '顺丰速运 - 快件理赔登记', headings: [], text: '', fields: [finding(0, 'card-number'), finding(1, 'phone')] };
  const codeStep = { title: '短信验证', headings: [], text: '', fields: [finding(0, 'otp')] };
  /** An honest shop's card form: no claim, no story. */
  const shopCard = { title: '结算', headings: [], text: '', fields: [finding(0, 'card-number')] };
  /** The rules of the tab's top-frame verdict, as the popup reads them. */
  const rulesAt = async (handlers: ReturnType<typeof background>['handlers'], tabId: number) => {
    const state = (await handlers.handle({ message: { type: 'popup-bg-get-tab-state', tabId }, from: { kind: 'extension-page', url: 'chrome-extension://x/popup.html' } })) as {
      state: { frames: { verdict: Verdict }[] };
    };
    return state.state.frames[0]!.verdict.rules.map((r) => r.code);
  };

  it('warns on the code page that follows the card page of the same site', async () => {
    const { handlers, scan } = background();
    expect(await scan(7, 'https://claim-desk.cn/', cardStep)).toMatchObject({ level: 'caution' });
    await handlers.navigated(7);
    expect(await scan(7, 'https://claim-desk.cn/step2', codeStep)).toMatchObject({ level: 'danger' });
    const state = (await handlers.handle({ message: { type: 'popup-bg-get-tab-state', tabId: 7 }, from: { kind: 'extension-page', url: 'chrome-extension://x/popup.html' } })) as {
      state: { frames: { verdict: Verdict }[] };
    };
    expect(state.state.frames[0]!.verdict.rules[0]).toEqual({ code: 'code-after-card-step' });
  });

  it('warns on the code page that follows a story step of the same site, and not after a plain form', async () => {
    const { handlers, scan } = background();
    const storyStep = {
      title: '账户注销',
      headings: [],
      text: '您的学生账户还没有注销，请今天内注销，否则将影响您的个人征信。',
      fields: [finding(0, 'id-number'), finding(1, 'phone')],
    };
    expect(await scan(7, 'https://xueji-zhuxiao.cn/', storyStep)).toMatchObject({ level: 'danger' });
    await handlers.navigated(7);
    const code = await scan(7, 'https://xueji-zhuxiao.cn/verify', codeStep);
    expect(code).toMatchObject({ level: 'danger' });
    const state = (await handlers.handle({ message: { type: 'popup-bg-get-tab-state', tabId: 7 }, from: { kind: 'extension-page', url: 'chrome-extension://x/popup.html' } })) as {
      state: { frames: { verdict: Verdict }[] };
    };
    expect(state.state.frames[0]!.verdict.rules.map((r) => r.code)).toEqual(['code-after-story-step', 'code-with-scam-script']);
    // The story's own advice comes with it: a credit record is not fixed by phone, whatever the code page says.
    expect(state.state.frames[0]!.verdict.advice[0]).toBe('credit-not-by-phone');
    // A real-name form without a story leaves nothing: its code page is an ordinary SMS login.
    await scan(8, 'https://shiming.example.cn/', { ...storyStep, text: '请填写身份证号和手机号完成实名登记。' });
    await handlers.navigated(8);
    expect(await scan(8, 'https://shiming.example.cn/verify', codeStep)).toMatchObject({ level: 'none' });
  });

  it('warns on a code page of the top site after a card form in a frame from another site', async () => {
    const { handlers, scan } = background();
    const url = 'https://parcel-claim.cn/';
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: { kind: 'content', tabId: 9, frameId: 0, url } });
    const frame = 'https://pay-frame.cn/claim.html';
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: { url: frame, ...cardStep } }, from: { kind: 'content', tabId: 9, frameId: 3, url: frame } });
    await handlers.navigated(9);
    expect(await scan(9, 'https://parcel-claim.cn/verify', codeStep)).toMatchObject({ level: 'danger' });
  });

  it('warns on the code page in a tab the card page opened: its own site\'s as the staged form, another site\'s less', async () => {
    const { handlers, scan } = background();
    await scan(7, 'https://claim-desk.cn/', cardStep);
    await handlers.opened(8, 7);
    expect(await scan(8, 'https://claim-desk.cn/step2', codeStep)).toMatchObject({ level: 'danger' });
    await handlers.opened(9, 7);
    expect(await scan(9, 'https://sms-check.cn/', codeStep)).toMatchObject({ level: 'caution' });
    expect((await rulesAt(handlers, 9))[0]).toBe('code-after-fake-card-page-elsewhere');
  });

  it('warns with caution on a code page of another site after the fake card page, not after an honest one', async () => {
    const { handlers, scan } = background();
    await scan(7, 'https://claim-desk.cn/', cardStep);
    expect(await scan(7, 'https://sms-check.cn/', codeStep)).toMatchObject({ level: 'caution' });
    expect(await rulesAt(handlers, 7)).toEqual(['code-after-fake-card-page-elsewhere', 'plain-code-login']);
    // The card page of an honest shop (no brand it is not, no scam story) joins only its own site's code page.
    await scan(8, 'https://shop-example.cn/checkout', shopCard);
    expect(await scan(8, 'https://sms-check.cn/', codeStep)).toMatchObject({ level: 'none' });
    expect(await scan(8, 'https://shop-example.cn/verify', codeStep)).toMatchObject({ level: 'caution' });
    expect((await rulesAt(handlers, 8))[0]).toBe('code-after-card-step');
  });

  it('says nothing about the same code page in another tab, after the window, or after the tab closed', async () => {
    const { handlers, scan, later } = background();
    await scan(7, 'https://claim-desk.cn/', cardStep);
    expect(await scan(8, 'https://claim-desk.cn/step2', codeStep)).toMatchObject({ level: 'none' });
    expect(await scan(8, 'https://sms-check.cn/', codeStep)).toMatchObject({ level: 'none' });
    later(STEP_WINDOW_MS + 1);
    expect(await scan(7, 'https://sms-check.cn/', codeStep)).toMatchObject({ level: 'none' });
    expect(await scan(7, 'https://claim-desk.cn/step2', codeStep)).toMatchObject({ level: 'none' });
    later(-STEP_WINDOW_MS);
    await scan(7, 'https://claim-desk.cn/', cardStep);
    await handlers.closed(7);
    expect(await scan(7, 'https://claim-desk.cn/step2', codeStep)).toMatchObject({ level: 'none' });
  });
});
