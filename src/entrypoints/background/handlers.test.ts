import { describe, expect, it, vi } from 'vitest';
import type { Context, DomainAssessment, Level, PageFacts, Verdict } from '@/core/types';
import type { WarningPlan } from '@/messaging/protocol';
import { evaluateFindings } from '@/core/engine';
import { createHandlers, stopsAtGate } from './handlers';
import { backgroundDeps, domain, finding, verdict } from './test-factories';

const facts = (overrides: Partial<PageFacts> = {}): PageFacts => ({
  url: 'https://alipay-refund.cn/pay',
  title: '退款',
  headings: [],
  text: '',
  fields: [finding(0, 'card-number')],
  ...overrides,
});

const kindOf = (url: string): DomainAssessment['kind'] =>
  url.includes('alipay.com') ? 'official' : url.includes('trusted.example') ? 'trusted' : url.includes('alipay-refund') ? 'lookalike' : 'unknown';

function setup(options: { level?: Level; context?: Partial<Context> } = {}) {
  const { deps, badges } = backgroundDeps({
    context: async () => ({ trusted: [], ...options.context }),
    assessDomain: (url: string) => domain({ host: new URL(url).host, registrableDomain: new URL(url).host, kind: kindOf(url), ...(kindOf(url) === 'lookalike' ? { brand: 'alipay' } : {}) }),
    evaluate: vi.fn((f: PageFacts, _context: Context): Verdict => verdict({ url: f.url, level: options.level ?? 'danger', fields: f.fields })),
    plan: (v: Verdict): WarningPlan | undefined =>
      v.level === 'none'
        ? undefined
        : { level: v.level, fields: v.fields.map((f) => ({ index: f.index, kind: f.kind, what: f.kind })), title: 't', why: 'w', action: 'a', labels: { dismiss: 'd', close: 'c', name: 'n' } },
  });
  return { deps, badges, handlers: createHandlers(deps) };
}

const content = (tabId: number, frameId: number, url: string) => ({ kind: 'content' as const, tabId, frameId, url });
const popup = { kind: 'extension-page' as const, url: 'chrome-extension://x/popup.html' };

describe('the page readers (cs-bg-page-readers)', () => {
  it('goes into the frame that asked, in its own tab, and nowhere else; the answer waits for it', async () => {
    const { handlers, deps } = setup();
    let injected = false;
    deps.injectPageReaders.mockImplementation(async () => void (injected = true));
    const answer = await handlers.handle({ message: { type: 'cs-bg-page-readers' }, from: content(4, 2, 'https://unknown.example/') });
    expect(answer).toEqual({ done: true });
    expect(injected).toBe(true);
    expect(deps.injectPageReaders.mock.calls).toEqual([[4, 2]]);
    expect(deps.injectScanner).not.toHaveBeenCalled();
    expect(deps.injectWarningUi).not.toHaveBeenCalled();
  });

  it('a frame they cannot be injected into gets an error (its guard asks again at its next scan or focus)', async () => {
    const { handlers, deps } = setup();
    deps.injectPageReaders.mockRejectedValueOnce(new Error('Frame with ID 2 was removed.'));
    await expect(handlers.handle({ message: { type: 'cs-bg-page-readers' }, from: content(4, 2, 'https://unknown.example/') })).rejects.toThrow('removed');
  });
});

describe('gate (cs-bg-hello)', () => {
  it.each([
    ['https://www.alipay.com/', false],
    ['https://shop.trusted.example/', false],
    ['https://alipay-refund.cn/', true],
    ['https://unknown.example/', true],
  ])('%s → proceed %s', async (url, proceed) => {
    const { handlers } = setup();
    expect(await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(1, 0, url) })).toMatchObject({ proceed });
  });

  it('a host that stops at the gate still gets a URL-only verdict (a meeting-join page on the provider’s own host)', async () => {
    const { handlers, deps, badges } = setup({ level: 'caution' });
    const answer = await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(3, 0, 'https://www.alipay.com/dm/123') });
    expect(answer).toMatchObject({ proceed: false });
    expect(deps.evaluate).toHaveBeenCalledWith({ url: 'https://www.alipay.com/dm/123', title: '', headings: [], text: '', fields: [] }, expect.anything());
    expect(badges.at(-1)).toEqual([3, 'caution']);
    expect(deps.injectWarningUi).not.toHaveBeenCalled();
  });

  it('puts the scanner into the frame before it says go, and only then', async () => {
    const { handlers, deps } = setup();
    let injectedBeforeAnswer = false;
    deps.injectScanner.mockImplementation(async () => void (injectedBeforeAnswer = true));
    const answer = await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(4, 2, 'https://alipay-refund.cn/') });
    expect(answer).toMatchObject({ proceed: true });
    expect(injectedBeforeAnswer).toBe(true);
    expect(deps.injectScanner).toHaveBeenCalledWith(4, 2);
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(4, 0, 'https://www.alipay.com/') });
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(4, 1, 'https://shop.trusted.example/') });
    expect(deps.injectScanner).toHaveBeenCalledTimes(1);
  });

  it('does not inject the scanner again into a frame that has it (a re-check)', async () => {
    const { handlers, deps } = setup();
    const answer = await handlers.handle({ message: { type: 'cs-bg-hello', hasScanner: true }, from: content(4, 2, 'https://alipay-refund.cn/') });
    expect(answer).toMatchObject({ proceed: true });
    expect(deps.injectScanner).not.toHaveBeenCalled();
  });

  it('a scanner that cannot be injected is logged, and the gate still answers', async () => {
    const { handlers, deps } = setup();
    deps.injectScanner.mockRejectedValueOnce(new Error('Frame with ID 2 was removed.'));
    const answer = await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(4, 2, 'https://unknown.example/') });
    expect(answer).toMatchObject({ proceed: true });
    expect(deps.warn).toHaveBeenCalledWith('inject scanner', expect.any(Error));
  });

  it('a host that goes on is not evaluated until its scan arrives', async () => {
    const { handlers, deps } = setup();
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(3, 0, 'https://unknown.example/') });
    expect(deps.evaluate).not.toHaveBeenCalled();
  });

  it('keeps going on an official site while the screen is shared (issue 4 hook)', () => {
    expect(stopsAtGate(domain({ kind: 'official' }), { trusted: [], screenShared: true })).toBe(false);
    expect(stopsAtGate(domain({ kind: 'official' }), { trusted: [] })).toBe(true);
  });
});

describe('scan (cs-bg-scan)', () => {
  it('stores the verdict, sets the badge, injects the warning UI into that frame and shows the banner at the top once', async () => {
    const { handlers, deps, badges } = setup({ level: 'danger' });
    const from = content(7, 3, 'https://alipay-refund.cn/pay');
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from });
    const answer = await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from });
    expect(answer).toMatchObject({ level: 'danger', warning: { fields: [{ index: 0, kind: 'card-number' }] } });
    expect(deps.injectWarningUi).toHaveBeenCalledWith(7, 3);
    expect(deps.showBanner).toHaveBeenCalledWith(7, 0, expect.objectContaining({ level: 'danger' }));
    expect(badges.at(-1)).toEqual([7, 'danger']);
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ title: 'again' }) }, from });
    expect(deps.showBanner).toHaveBeenCalledTimes(1);
    const state = await handlers.handle({ message: { type: 'popup-bg-get-tab-state', tabId: 7 }, from: popup });
    expect(state).toMatchObject({ state: { level: 'danger', fields: [{ index: 0, kind: 'card-number', frameId: 3 }] } });
  });

  it('caution: no banner; no sensitive fields: no warning UI injected', async () => {
    const { handlers, deps } = setup({ level: 'caution' });
    const from = content(2, 0, 'https://unknown.example/');
    expect(await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ fields: [] }) }, from })).toEqual({ level: 'caution' });
    expect(deps.injectWarningUi).not.toHaveBeenCalled();
    expect(deps.showBanner).not.toHaveBeenCalled();
  });

  it('uses the browser’s frame URL, not a URL the frame claims on another origin', async () => {
    const { handlers, deps } = setup();
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: 'https://www.alipay.com/' }) }, from: content(1, 0, 'https://alipay-refund.cn/x') });
    expect(deps.evaluate.mock.calls[0]![0].url).toBe('https://alipay-refund.cn/x');
  });

  it('keeps the path of a same-origin history change', async () => {
    const { handlers, deps } = setup();
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: 'https://alipay-refund.cn/step2' }) }, from: content(1, 0, 'https://alipay-refund.cn/') });
    expect(deps.evaluate.mock.calls[0]![0].url).toBe('https://alipay-refund.cn/step2');
  });

  it('a failed injection still answers with the level (the badge is the fallback)', async () => {
    const { handlers, deps } = setup();
    deps.injectWarningUi.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from: content(1, 0, 'https://alipay-refund.cn/') })).toEqual({ level: 'danger' });
  });
});

describe('a frame and the page around it', () => {
  const claim = { kind: 'brand-claim' as const, brand: 'pboc', reasons: [{ code: 'claim-title' }] };
  const top = content(6, 0, 'https://card-upgrade.example/');
  const frame = content(6, 3, 'https://form-host.example/f');

  it('a frame of another origin is evaluated with the claims and scripts of the top page’s verdict', async () => {
    const { handlers, deps } = setup();
    deps.evaluate.mockImplementationOnce((f: PageFacts) => verdict({ url: f.url, level: 'none', signals: [claim, { kind: 'meeting-join', brand: 'zoom', reasons: [] }] }));
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ fields: [] }) }, from: top });
    const contextOf = (n: number): Context => {
      const call = deps.evaluate.mock.calls[n];
      if (!call) throw new Error(`evaluate was called ${deps.evaluate.mock.calls.length} times, not ${n + 1}`);
      return call[1];
    };
    expect(contextOf(0).topSignals).toBeUndefined();
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frame.url }) }, from: frame });
    expect(contextOf(1).topSignals).toEqual([claim]);
    // A frame that read the page around it itself (same origin) needs no second-hand copy.
    const around = { title: '中国人民银行', headings: [], text: '' };
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frame.url, around }) }, from: frame });
    expect(contextOf(2).topSignals).toBeUndefined();
  });

  it('a top page whose claims change asks its frames with sensitive fields to report again', async () => {
    const { handlers, deps } = setup();
    // The frame reports first (the top page's load waits for it), with a card field.
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frame.url }) }, from: frame });
    const recheckedBefore = deps.recheckSubframes.mock.calls.length;
    deps.evaluate.mockImplementation((f: PageFacts) => verdict({ url: f.url, level: 'none', signals: [claim] }));
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ fields: [], title: 'a' }) }, from: top });
    expect(deps.recheckSubframes.mock.calls.length).toBe(recheckedBefore + 1);
    // The same claims again: nothing new for the frames.
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ fields: [], title: 'b' }) }, from: top });
    expect(deps.recheckSubframes.mock.calls.length).toBe(recheckedBefore + 1);
  });

  it('whichever way the two reports interleave, the frame is judged with the top page’s claim or asked to report again', async () => {
    const ticks = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) await Promise.resolve();
    };
    // The top page's report is held back by 0–39 microtask turns, so it lands at every point of the frame's report.
    for (let delay = 0; delay < 40; delay++) {
      const { handlers, deps } = setup();
      deps.evaluate.mockImplementation((f: PageFacts, c: Context) =>
        f.url === top.url ? verdict({ url: f.url, level: 'none', signals: [claim] }) : verdict({ url: f.url, level: c.topSignals ? 'danger' : 'caution', fields: f.fields }),
      );
      // Both frames said hello first, as their content scripts do at document start.
      await handlers.handle({ message: { type: 'cs-bg-hello' }, from: top });
      await handlers.handle({ message: { type: 'cs-bg-hello' }, from: frame });
      deps.recheckSubframes.mockClear();
      const context = deps.context;
      let calls = 0;
      deps.context = async () => (calls++ === 1 ? (await ticks(delay), context()) : context());
      await Promise.all([
        handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frame.url }) }, from: frame }),
        handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: top.url, fields: [] }) }, from: top }),
      ]);
      const frameVerdict = (await deps.store.get(top.tabId))?.frames.find((f) => f.frameId === frame.frameId)?.verdict;
      const askedAgain = deps.recheckSubframes.mock.calls.length > 0;
      expect(frameVerdict?.level === 'danger' || askedAgain, `top page held back ${delay} turns: frame ${frameVerdict?.level}, asked again ${askedAgain}`).toBe(true);
    }
  });

  it('asks a top page that asks for nothing for its text, once per page, when a frame of another site asks for something', async () => {
    const { handlers, deps } = setup();
    const noFields = (f: PageFacts) => verdict({ url: f.url, level: 'none' });
    deps.evaluate.mockImplementation((f: PageFacts) => (f.fields.length ? verdict({ url: f.url, level: 'caution', fields: f.fields }) : noFields(f)));
    // The frame reports before its top page: nobody to ask yet.
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frame.url }) }, from: frame });
    expect(deps.askTopForPageText).not.toHaveBeenCalled();
    // The top page reports, with no field of its own: now it is asked.
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: top.url, fields: [] }) }, from: top });
    expect(deps.askTopForPageText).toHaveBeenCalledWith(top.tabId);
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: top.url, fields: [], text: '…' }) }, from: top });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frame.url }) }, from: frame });
    expect(deps.askTopForPageText).toHaveBeenCalledTimes(1);
    // A new page in the tab (its top frame runs its gate first) may be asked again.
    await handlers.navigated(top.tabId);
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: top });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: top.url, fields: [] }) }, from: top });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frame.url }) }, from: frame });
    expect(deps.askTopForPageText).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['the frame is of the top page’s own site (it reads the page around it itself)', 'https://card-upgrade.example/form', true, false],
    ['the frame asks for nothing', 'https://form-host.example/f', false, false],
    ['the top page asks for something itself (it sends its text anyway)', 'https://form-host.example/f', true, true],
  ])('does not ask the top page for its text when %s', async (_what, frameUrl, frameAsks, topAsks) => {
    const { handlers, deps } = setup();
    const from = content(6, 3, frameUrl);
    // A frame of the top page's origin sends the page around it; one of another origin cannot.
    const around = new URL(frameUrl).origin === new URL(top.url).origin ? { around: { title: '退款', headings: [], text: '' } } : {};
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: top.url, fields: topAsks ? [finding(0, 'otp')] : [] }) }, from: top });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frameUrl, fields: frameAsks ? [finding(0, 'card-number')] : [], ...around }) }, from });
    expect(deps.askTopForPageText).not.toHaveBeenCalled();
  });

  it('asks the top page for its text when a frame of its own site could not read it (the page sandboxed the frame)', async () => {
    const { handlers, deps } = setup();
    const sandboxed = content(6, 3, 'https://card-upgrade.example/form-only');
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: top.url, fields: [] }) }, from: top });
    // Same-site address, but no `around`: its origin is opaque, so reading the top page failed.
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: sandboxed.url, fields: [finding(0, 'card-number')] }) }, from: sandboxed });
    expect(deps.askTopForPageText).toHaveBeenCalledWith(top.tabId);
  });

  it('asks a data: top page for its text when a data: frame asks: two opaque origins are not one site', async () => {
    const { handlers, deps } = setup();
    const dataTop = content(7, 0, 'data:text/html,<h1>退款</h1><iframe>');
    const dataFrame = content(7, 3, 'data:text/html,<form>');
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: dataTop.url, fields: [] }) }, from: dataTop });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: dataFrame.url, fields: [finding(0, 'card-number')] }) }, from: dataFrame });
    expect(deps.askTopForPageText).toHaveBeenCalledWith(dataTop.tabId);
  });

  // The red-team review: the story quoted as a chat bubble in the top page, the card form in another fake host's frame:
  // "!" where the one-page form is "!!". With the engine itself, as the background runs it.
  describe('a top page that only quotes its story (the real engine)', () => {
    const quotedTop = facts({ url: top.url, title: '售后理赔', fields: [], text: '在线客服阿杰：“亲，您买的衣服有质量问题，我们给您办理双倍退款。”' });
    const levelOf = async (deps: ReturnType<typeof setup>['deps'], frameId: number) =>
      (await deps.store.get(top.tabId))?.frames.find((f) => f.frameId === frameId)?.verdict?.level;

    it('judges a card-and-code frame of another site with it, the frame reporting first', async () => {
      const { handlers, deps, badges } = setup();
      deps.evaluate.mockImplementation(evaluateFindings);
      const kit = facts({ url: frame.url, title: '', fields: [finding(0, 'card-number'), finding(1, 'phone'), finding(2, 'otp')] });
      await handlers.handle({ message: { type: 'cs-bg-scan', facts: kit }, from: frame });
      expect(await levelOf(deps, frame.frameId)).toBe('caution');
      deps.recheckSubframes.mockClear();
      await handlers.handle({ message: { type: 'cs-bg-scan', facts: quotedTop }, from: top });
      // The top page's quoted story is new to the frames below: they report again, and the frame is judged with it.
      expect(deps.recheckSubframes).toHaveBeenCalledWith(top.tabId);
      await handlers.handle({ message: { type: 'cs-bg-scan', facts: kit }, from: frame });
      expect(deps.evaluate.mock.calls.at(-1)?.[1].topReported?.map((s) => s.phrase)).toEqual(['refund-quality-problem']);
      expect(await levelOf(deps, frame.frameId)).toBe('danger');
      expect(badges.at(-1)).toEqual([top.tabId, 'danger']);
      expect(deps.showBanner).toHaveBeenCalledTimes(1);
    });

    it('leaves a payment provider\'s card frame (number, expiry, security code) at caution', async () => {
      const { handlers, deps, badges } = setup();
      deps.evaluate.mockImplementation(evaluateFindings);
      await handlers.handle({ message: { type: 'cs-bg-scan', facts: quotedTop }, from: top });
      const checkout = facts({ url: frame.url, title: '', fields: [finding(0, 'card-number'), finding(1, 'card-expiry'), finding(2, 'card-cvv')] });
      await handlers.handle({ message: { type: 'cs-bg-scan', facts: checkout }, from: frame });
      expect(await levelOf(deps, frame.frameId)).toBe('caution');
      expect(badges.at(-1)).toEqual([top.tabId, 'caution']);
      expect(deps.showBanner).not.toHaveBeenCalled();
    });
  });

  it('a top page with a claim does not disturb frames that ask for nothing', async () => {
    const { handlers, deps } = setup();
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frame.url, fields: [] }) }, from: frame });
    const recheckedBefore = deps.recheckSubframes.mock.calls.length;
    deps.evaluate.mockImplementation((f: PageFacts) => verdict({ url: f.url, level: 'none', signals: [claim] }));
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ fields: [] }) }, from: top });
    expect(deps.recheckSubframes.mock.calls.length).toBe(recheckedBefore);
  });
});

describe('navigation', () => {
  it('forgets the tab, clears its badge, and shows the banner again on the next page', async () => {
    const { handlers, deps, badges } = setup();
    const from = content(4, 0, 'https://alipay-refund.cn/');
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from });
    await handlers.navigated(4);
    expect(badges.at(-1)).toEqual([4, 'none']);
    expect(await handlers.handle({ message: { type: 'popup-bg-get-tab-state', tabId: 4 }, from: popup })).toEqual({ state: null });
    // The next page's top frame runs its gate first.
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from });
    expect(deps.showBanner).toHaveBeenCalledTimes(2);
  });
});

describe('after a clear (navigation or a single-page app history change)', () => {
  it('the top frame reporting into an empty tab asks the frames below to report again, once', async () => {
    const { handlers, deps } = setup();
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from: content(8, 4, 'https://alipay-refund.cn/frame') });
    expect(deps.recheckSubframes).not.toHaveBeenCalled();
    await handlers.navigated(8);
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from: content(8, 0, 'https://alipay-refund.cn/step2') });
    expect(deps.recheckSubframes).toHaveBeenCalledWith(8);
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from: content(8, 0, 'https://alipay-refund.cn/step3') });
    expect(deps.recheckSubframes).toHaveBeenCalledTimes(1);
  });

  /**
   * A top page without fields (level none) whose frame 4 holds a card field (danger, with the banner), then cleared
   * `clears` times by Chrome's `loading` at history changes of the top document.
   */
  async function framedPageCleared(clears = 1) {
    const t = setup();
    t.deps.evaluate.mockImplementation((f: PageFacts) => verdict({ url: f.url, level: f.fields.length ? 'danger' : 'none', fields: f.fields }));
    const top = content(8, 0, 'https://alipay-refund.cn/');
    await t.handlers.handle({ message: { type: 'cs-bg-hello' }, from: top });
    await t.handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: top.url, fields: [] }) }, from: top });
    await t.handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: 'https://pay.example/frame' }) }, from: content(8, 4, 'https://pay.example/frame') });
    expect(t.deps.showBanner).toHaveBeenCalledTimes(1);
    t.deps.recheckSubframes.mockClear();
    for (let i = 0; i < clears; i++) await t.handlers.navigated(8);
    if (clears > 0) expect(t.badges.at(-1)).toEqual([8, 'none']);
    const frames = async () => {
      const answer = await t.handlers.handle({ message: { type: 'popup-bg-get-tab-state', tabId: 8 }, from: popup });
      return ('state' in answer && answer.state?.frames.map((f) => [f.frameId, f.url, f.verdict?.level])) || [];
    };
    /** The top frame's scan after a history change of its document (url-watch.ts), as the guard sends it. */
    const topMoved = (url: string, sameDocument = true) =>
      t.handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url, fields: [] }), sameDocument }, from: content(8, 0, url) });
    return { ...t, frames, topMoved };
  }

  it('the top frame re-sending after a history change of its own document gets the frames back, without asking them again', async () => {
    // A page rewriting its query string every 50–100 ms: Chrome's `loading` can come twice before the re-send.
    const { deps, badges, frames, topMoved } = await framedPageCleared(2);
    await topMoved('https://alipay-refund.cn/?t=1');
    expect(deps.recheckSubframes).not.toHaveBeenCalled();
    expect(badges.at(-1)).toEqual([8, 'danger']);
    expect(await frames()).toEqual([
      [0, 'https://alipay-refund.cn/?t=1', 'none'],
      [4, 'https://pay.example/frame', 'danger'],
    ]);
    // The top page was asked for its text already; the next clear and re-send get the frames back again.
    expect(deps.askTopForPageText).toHaveBeenCalledTimes(1);
    await topMoved('https://alipay-refund.cn/?t=2');
    expect(await frames()).toHaveLength(2);
  });

  it.each([
    ['before its hello', 1, 0],
    ['between its hello and its scan', 0, 1],
    ['on both sides of its hello', 2, 1],
  ] as const)(
    'the top frame re-checking its own document (the gate again, as when asked for its text) gets the frames back, the clear coming %s',
    async (_name, clearsBefore, clearsBetween) => {
      // Regression (url-churn.spec.ts under load): the re-check's hello was taken for a new document's, and its scan,
      // not marked as the same document, found the tab empty. Either asked the card frame below to run its gate and
      // scan again (its warning hidden until the answer) and forgot the top page had been asked for its text: asked
      // again, it re-checked again, for as long as the page kept changing its address.
      const { handlers, deps, badges, frames } = await framedPageCleared(clearsBefore);
      const top = content(8, 0, 'https://alipay-refund.cn/?t=1');
      const hello = await handlers.handle({ message: { type: 'cs-bg-hello', hasScanner: true }, from: top });
      expect(hello).toEqual({ proceed: true, domainKind: 'lookalike' });
      expect(deps.injectScanner).toHaveBeenCalledTimes(1); // the first hello's
      for (let i = 0; i < clearsBetween; i++) await handlers.navigated(8);
      await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: top.url, fields: [] }) }, from: top });
      expect(deps.recheckSubframes).not.toHaveBeenCalled();
      expect(deps.askTopForPageText).toHaveBeenCalledTimes(1);
      expect(deps.showBanner).toHaveBeenCalledTimes(1);
      expect(badges.at(-1)).toEqual([8, 'danger']);
      expect(await frames()).toEqual([
        [0, top.url, 'none'],
        [4, 'https://pay.example/frame', 'danger'],
      ]);
    },
  );

  it('a history change landing while the top frame\'s scan is handled does not make it ask for the top page\'s text again', async () => {
    // Regression (url-churn.spec.ts under load): `loading` forgot that the top page had been asked, between the
    // scan's store update and its asking; each new ask re-checked the top page and the card frame below it.
    const { handlers, deps, topMoved } = await framedPageCleared();
    let clear: Promise<void> | undefined;
    const update = deps.store.update.bind(deps.store);
    deps.store.update = (tabId, change) => {
      const done = update(tabId, change);
      // The next clear comes in just after the scan stored its verdict, before it goes on.
      clear ??= done.then(() => handlers.navigated(8));
      return done;
    };
    await topMoved('https://alipay-refund.cn/?t=1');
    await clear;
    await topMoved('https://alipay-refund.cn/?t=2');
    expect(deps.askTopForPageText).toHaveBeenCalledTimes(1);
    expect(deps.showBanner).toHaveBeenCalledTimes(1);
    expect(deps.recheckSubframes).not.toHaveBeenCalled();
  });

  it('the banner of a dangerous top page is not shown again at each history change of its document', async () => {
    const { handlers, deps } = setup();
    const url = 'https://alipay-refund.cn/';
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url }) }, from: content(9, 0, url) });
    await handlers.navigated(9);
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: `${url}?t=1` }), sameDocument: true }, from: content(9, 0, `${url}?t=1`) });
    expect(deps.showBanner).toHaveBeenCalledTimes(1);
  });

  it('a frame that reported between the clear and the re-send keeps what it reported', async () => {
    const { handlers, frames, topMoved } = await framedPageCleared();
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: 'https://pay.example/frame2', fields: [] }) }, from: content(8, 4, 'https://pay.example/frame2') });
    await topMoved('https://alipay-refund.cn/?t=1');
    expect(await frames()).toEqual([
      [0, 'https://alipay-refund.cn/?t=1', 'none'],
      [4, 'https://pay.example/frame2', 'none'],
    ]);
  });

  it.each([
    ['a report not marked as the same document (a page back from the back/forward cache)', async () => undefined, false],
    ['the top frame running its gate first (a new document)', (h: ReturnType<typeof createHandlers>) =>
      h.handle({ message: { type: 'cs-bg-hello' }, from: content(8, 0, 'https://alipay-refund.cn/next') }), true],
    ['the tab closing first', (h: ReturnType<typeof createHandlers>) => h.closed(8), true],
  ] as const)('%s does not bring back the frames the clear took', async (_name, before, sameDocument) => {
    const { handlers, frames, topMoved } = await framedPageCleared();
    await before(handlers);
    await topMoved('https://alipay-refund.cn/next', sameDocument);
    expect((await frames()).map(([frameId]) => frameId)).toEqual([0]);
  });

  it('a re-send from another origin (a new document whose gate came before the old one\'s clear) does not bring them back', async () => {
    const { frames, topMoved } = await framedPageCleared();
    await topMoved('https://another-shop.cn/?t=1');
    expect((await frames()).map(([frameId]) => frameId)).toEqual([0]);
  });
});

describe('popup messages', () => {
  it('recheck asks every known frame of the tab', async () => {
    const { handlers, deps } = setup();
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(5, 0, 'https://unknown.example/') });
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(5, 9, 'https://unknown.example/frame') });
    await handlers.handle({ message: { type: 'popup-bg-recheck', tabId: 5 }, from: popup });
    expect(deps.sendRecheck.mock.calls).toEqual([[5, 0], [5, 9]]);
  });

  it('trusting an unknown site adds its registrable domain', async () => {
    const { handlers, deps } = setup();
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(6, 0, 'https://shop.unknown.example/') });
    expect(await handlers.handle({ message: { type: 'popup-bg-trust-site', tabId: 6 }, from: popup })).toEqual({ ok: true, domain: 'shop.unknown.example' });
    expect(deps.addTrusted).toHaveBeenCalledWith('shop.unknown.example');
  });

  it('refuses to trust a lookalike from the popup', async () => {
    const { handlers, deps } = setup();
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: content(6, 0, 'https://alipay-refund.cn/') });
    expect(await handlers.handle({ message: { type: 'popup-bg-trust-site', tabId: 6 }, from: popup })).toMatchObject({ ok: false, error: { code: 'trust-lookalike' } });
    expect(deps.addTrusted).not.toHaveBeenCalled();
  });

  it.each([
    ['danger', { ok: false, error: { code: 'trust-danger', detail: 'pay.unknown.example' } }],
    ['caution', { ok: true, domain: 'pay.unknown.example' }],
  ] as const)('on a %s page of an ordinary site, trusting from the popup gives %o', async (level, answer) => {
    const { handlers, deps } = setup({ level });
    const from = content(6, 0, 'https://pay.unknown.example/');
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: from.url }) }, from });
    expect(await handlers.handle({ message: { type: 'popup-bg-trust-site', tabId: 6 }, from: popup })).toEqual(answer);
    expect(deps.addTrusted).toHaveBeenCalledTimes(level === 'danger' ? 0 : 1);
  });

  it('refuses to trust a caution page that poses as a courier (a frame of it is enough), not one naming a shop brand', async () => {
    const { handlers, deps } = setup({ level: 'caution' });
    const claim = (brand: string) => ({ kind: 'brand-claim' as const, brand, reasons: [{ code: 'claim-in-title', detail: brand }] });
    const top = content(6, 0, 'https://pay.unknown.example/');
    const frame = content(6, 4, 'https://frame.unknown.example/');
    deps.evaluate.mockImplementation((f: PageFacts) =>
      verdict({ url: f.url, level: 'caution', fields: f.fields, signals: f.url.includes('frame.') ? [claim('sf-express')] : [claim('apple')] }),
    );
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: top });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: top.url }) }, from: top });
    expect(await handlers.handle({ message: { type: 'popup-bg-trust-site', tabId: 6 }, from: popup })).toEqual({ ok: true, domain: 'pay.unknown.example' });
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts({ url: frame.url }) }, from: frame });
    expect(await handlers.handle({ message: { type: 'popup-bg-trust-site', tabId: 6 }, from: popup })).toEqual({
      ok: false,
      error: { code: 'trust-impersonation', detail: 'sf-express' },
    });
    expect(deps.addTrusted).toHaveBeenCalledTimes(1);
  });

  it('refuses to trust a tab it knows nothing about', async () => {
    const { handlers } = setup();
    expect(await handlers.handle({ message: { type: 'popup-bg-trust-site', tabId: 99 }, from: popup })).toMatchObject({ ok: false, error: { code: 'trust-unknown-tab' } });
  });
});

describe('a scan that failed validation (red-team: oversized scans silenced the extension)', () => {
  it('judges the frame on its address alone: caution and the badge, no field warning, nothing of the message used', async () => {
    const { handlers, deps, badges } = setup({ level: 'none' });
    const from = content(8, 0, 'https://alipay-refund.cn/pay');
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from });
    const answer = await handlers.unreadableScan(from);
    expect(answer).toEqual({ level: 'caution' });
    expect(deps.evaluate).toHaveBeenLastCalledWith({ url: 'https://alipay-refund.cn/pay', title: '', headings: [], text: '', fields: [] }, expect.anything());
    expect(badges.at(-1)).toEqual([8, 'caution']);
    const state = (await handlers.handle({ message: { type: 'popup-bg-get-tab-state', tabId: 8 }, from: popup })) as { state: { frames: { verdict: Verdict }[] } };
    expect(state.state.frames[0]!.verdict.rules).toContainEqual({ code: 'scan-unreadable' });
    expect(deps.injectWarningUi).not.toHaveBeenCalled();
  });

  it('an official site stays quiet', async () => {
    const { handlers, deps, badges } = setup({ level: 'none' });
    deps.evaluate.mockImplementation((f: PageFacts) => verdict({ url: f.url, level: 'none', domain: domain({ kind: 'official' }) }));
    expect(await handlers.unreadableScan(content(8, 0, 'https://www.alipay.com/'))).toEqual({ level: 'none' });
    expect(badges.at(-1)).toEqual([8, 'none']);
  });

  it('a frame found dangerous keeps its danger and its banner, and gets no field warning from the old scan', async () => {
    const { handlers, deps, badges } = setup({ level: 'danger' });
    const from = content(9, 0, 'https://alipay-refund.cn/pay');
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: facts() }, from });
    expect(deps.showBanner).toHaveBeenCalledTimes(1);
    deps.evaluate.mockImplementation((f: PageFacts) => verdict({ url: f.url, level: 'none', fields: f.fields }));
    expect(await handlers.unreadableScan(from)).toEqual({ level: 'danger' });
    expect(badges.at(-1)).toEqual([9, 'danger']);
    expect(deps.showBanner).toHaveBeenCalledTimes(1);
  });

  it('a danger found from the address alone shows the banner', async () => {
    const { handlers, deps } = setup({ level: 'danger' });
    expect(await handlers.unreadableScan(content(10, 3, 'https://alipay-refund.cn/frame'))).toEqual({ level: 'danger' });
    expect(deps.showBanner).toHaveBeenCalledWith(10, 0, expect.anything());
  });
});
