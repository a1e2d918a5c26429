// Red-team round 4, finding 2: the refund story told in an "在线客服" chat frame, the card and code form in the top
// page. Judged with the real engine and domain check: the handlers and the signal combination together.
import { describe, expect, it } from 'vitest';
import { assessDomain } from '@/core/domain';
import { evaluateFindings } from '@/core/engine';
import type { FieldKind, PageFacts, Verdict } from '@/core/types';
import type { WarningPlan } from '@/messaging/protocol';
import { MAX_FRAMES_ASKED } from './frames-beside';
import { createHandlers } from './handlers';
import { backgroundDeps, finding } from './test-factories';

const TAB = 5;
const TOP = 'https://kf-lipei.top/story-xframe.html';
const CHAT = 'https://kf-chat.top/chat.html';
const STORY = '客服小美：您好，您在淘宝购买的商品存在质量问题，商家已为您申请双倍赔偿，请填写收款银行卡信息，理赔款将在24小时内到账。';
const QUOTED = '在线客服阿杰：“亲，您买的衣服有质量问题，我们给您办理双倍退款，请提供收款卡号。”';

function setup() {
  const { deps } = backgroundDeps({
    assessDomain,
    evaluate: evaluateFindings,
    plan: (v: Verdict): WarningPlan | undefined =>
      v.level === 'none' ? undefined : { level: v.level, fields: [], title: 't', why: 'w', action: 'a', labels: { dismiss: 'd', close: 'c', name: 'n' } },
  });
  return { deps, handlers: createHandlers(deps) };
}
type Handlers = ReturnType<typeof setup>['handlers'];

const from = (frameId: number, url: string) => ({ kind: 'content' as const, tabId: TAB, frameId, url });

function pageFacts(url: string, kinds: FieldKind[] = [], text = '', headings: string[] = []): PageFacts {
  return { url, title: '', headings, text, fields: kinds.map((k, i) => finding(i, k)) };
}

async function scan(handlers: Handlers, frameId: number, facts: PageFacts): Promise<string> {
  const answer = await handlers.handle({ message: { type: 'cs-bg-scan', facts }, from: from(frameId, facts.url) });
  return (answer as { level: string }).level;
}

const CARD_FORM: FieldKind[] = ['card-number', 'phone', 'otp'];
const FORM_TEXT = '售后理赔中心 银行卡号 手机号 短信验证码 立即领取';

describe('a story told in a frame beside the form (frames-beside.ts)', () => {
  it('the cross-site chat frame is asked for its text, and its story makes the top page’s card form danger', async () => {
    const { handlers, deps } = setup();
    // The chat frame reports first, asking for nothing: its title only.
    expect(await scan(handlers, 1, { ...pageFacts(CHAT), title: '在线客服' })).toBe('none');
    expect(deps.askFrameForPageText).not.toHaveBeenCalled();
    // The top page asks for the card and the code: "!" alone, and the chat frame is asked for its text.
    expect(await scan(handlers, 0, pageFacts(TOP, CARD_FORM, FORM_TEXT))).toBe('caution');
    expect(deps.askFrameForPageText.mock.calls).toEqual([[TAB, 1]]);
    // Its text comes: the top page, whose verdict lacks the story, is asked to report again.
    await scan(handlers, 1, pageFacts(CHAT, [], STORY));
    expect(deps.sendRecheck.mock.calls).toEqual([[TAB, 0]]);
    // And is judged with it: "!!", the banner, the story as a reason.
    expect(await scan(handlers, 0, pageFacts(TOP, CARD_FORM, FORM_TEXT))).toBe('danger');
    expect(deps.showBanner).toHaveBeenCalledTimes(1);
    const top = (await deps.store.get(TAB))?.frames.find((f) => f.frameId === 0)?.verdict;
    expect(top?.signals.filter((s) => s.kind === 'scam-phrase').map((s) => s.phrase)).toEqual(['refund-quality-problem']);
    // Nothing more asked: each frame once per document, the top page once per missing story.
    await scan(handlers, 1, pageFacts(CHAT, [], STORY));
    await scan(handlers, 0, pageFacts(TOP, CARD_FORM, FORM_TEXT));
    expect(deps.askFrameForPageText).toHaveBeenCalledTimes(1);
    expect(deps.sendRecheck).toHaveBeenCalledTimes(1);
  });

  it('the code page on another site after it is the next step of a fake card page (earlier-steps.ts)', async () => {
    const { handlers, deps } = setup();
    await scan(handlers, 1, pageFacts(CHAT, [], STORY));
    await scan(handlers, 0, pageFacts('https://kf-lipei.top/step1-xframe.html', CARD_FORM, FORM_TEXT));
    await handlers.navigated(TAB);
    expect(await scan(handlers, 0, pageFacts('https://yz-check.top/code.html', ['otp'], '请输入短信验证码'))).toBe('caution');
  });

  it('a frame of the page’s own site tells it the same way', async () => {
    const { handlers } = setup();
    await scan(handlers, 2, pageFacts('https://kf-lipei.top/chat.html', [], STORY));
    expect(await scan(handlers, 0, pageFacts(TOP, CARD_FORM, FORM_TEXT))).toBe('danger');
  });

  it('a story in one frame reaches the form in another frame (and the top page of another site asks nothing)', async () => {
    const { handlers, deps } = setup();
    const form = 'https://pay-form.top/f.html';
    expect(await scan(handlers, 3, pageFacts(form, CARD_FORM, '银行卡号 短信验证码'))).toBe('caution');
    await scan(handlers, 2, pageFacts(CHAT, [], STORY));
    expect(deps.sendRecheck.mock.calls).toEqual([[TAB, 3]]);
    expect(await scan(handlers, 3, pageFacts(form, CARD_FORM, '银行卡号 短信验证码'))).toBe('danger');
  });

  it('holds after the worker slept: the frame’s stories are kept with the tab', async () => {
    const { handlers, deps } = setup();
    await scan(handlers, 1, pageFacts(CHAT, [], STORY));
    const woken = createHandlers(deps);
    expect(await scan(woken, 0, pageFacts(TOP, CARD_FORM, FORM_TEXT))).toBe('danger');
  });

  it.each([
    ['a generic help chat', '您好，欢迎光临本店！有什么可以帮您？订单、物流问题请留言，客服工作时间 9:00-21:00。'],
    ['an ad naming a brand', '支付宝 花呗分期免息 限时特惠 满199减100 立即抢购'],
    ['an anti-fraud notice', '防骗提示：以“商品质量问题”为由给您退款、理赔的，都是诈骗。本店客服不会索要银行卡密码和验证码。'],
  ])('an honest checkout with %s in a frame stays "!"', async (_name, text) => {
    const { handlers, deps } = setup();
    const shop = 'https://shop-checkout.top/pay.html';
    await scan(handlers, 1, { ...pageFacts('https://help-chat.top/w.html', [], text, ['在线客服']), title: '支付宝客服' });
    expect(await scan(handlers, 0, pageFacts(shop, ['card-number', 'card-expiry', 'card-cvv', 'otp'], '确认订单 银行卡号 有效期 安全码 短信验证码'))).toBe('caution');
    expect(deps.sendRecheck).not.toHaveBeenCalled();
    expect((await deps.store.get(TAB))?.level).toBe('caution');
  });

  it('a quoted story counts beside a card field, not beside a code login alone (the page’s own rule)', async () => {
    const { handlers } = setup();
    await scan(handlers, 1, pageFacts(CHAT, [], QUOTED));
    expect(await scan(handlers, 0, pageFacts('https://news-site.top/a.html', ['phone', 'otp'], '评论 手机号 验证码'))).not.toBe('danger');
    expect(await scan(handlers, 0, pageFacts(TOP, CARD_FORM, FORM_TEXT))).toBe('danger');
  });
});

describe('what it costs and whom it asks', () => {
  it('a page view asking for nothing asks no frame', async () => {
    const { handlers, deps } = setup();
    await scan(handlers, 1, pageFacts(CHAT));
    await scan(handlers, 0, pageFacts(TOP, [], '售后理赔中心'));
    expect(deps.askFrameForPageText).not.toHaveBeenCalled();
  });

  it(`asks ${MAX_FRAMES_ASKED} frames at most, never the top page, a frame that asks itself, one that stopped at the gate, or one not scanned`, async () => {
    const { handlers, deps } = setup();
    for (let id = 1; id <= 20; id++) await scan(handlers, id, pageFacts(`https://ads-${id}.top/ad.html`));
    await scan(handlers, 30, pageFacts('https://pay-form.top/f.html', ['card-number']));
    // An official site's frame stops at the gate with a verdict on its address alone.
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: from(31, 'https://www.alipay.com/help') });
    // One that said hello and never scanned (its scanner could not be injected).
    await handlers.handle({ message: { type: 'cs-bg-hello' }, from: from(32, 'https://quiet.top/') });
    await scan(handlers, 0, pageFacts(TOP, CARD_FORM, FORM_TEXT));
    const asked = deps.askFrameForPageText.mock.calls.map(([, id]) => id);
    expect(asked).toEqual(Array.from({ length: MAX_FRAMES_ASKED }, (_, i) => i + 1));
  });

  it('a frame is asked again when it shows another document, not when its query string changes', async () => {
    const { handlers, deps } = setup();
    await scan(handlers, 1, pageFacts(CHAT));
    await scan(handlers, 0, pageFacts(TOP, CARD_FORM));
    await scan(handlers, 1, pageFacts(`${CHAT}?t=2`));
    expect(deps.askFrameForPageText).toHaveBeenCalledTimes(1);
    await scan(handlers, 1, pageFacts('https://kf-chat.top/chat2.html'));
    expect(deps.askFrameForPageText).toHaveBeenCalledTimes(2);
  });

  it('a frame reloaded at the same address is asked again (a new document), a re-check of the same document is not', async () => {
    // Regression: asked once per address, a chat frame that came back with the story after the form showed never
    // counted until the worker restarted.
    const { handlers, deps } = setup();
    const hello = (frameId: number, url: string, born: number, hasScanner = false) =>
      handlers.handle({ message: { type: 'cs-bg-hello', hasScanner, born }, from: from(frameId, url) });
    const scanOf = async (frameId: number, facts: PageFacts, born: number) =>
      ((await handlers.handle({ message: { type: 'cs-bg-scan', facts, born }, from: from(frameId, facts.url) })) as { level: string }).level;
    await hello(1, CHAT, 100);
    await scanOf(1, pageFacts(CHAT), 100);
    await hello(0, TOP, 50);
    expect(await scanOf(0, pageFacts(TOP, CARD_FORM, FORM_TEXT), 50)).toBe('caution');
    expect(deps.askFrameForPageText.mock.calls).toEqual([[TAB, 1]]);
    await hello(1, CHAT, 100, true);
    await scanOf(1, pageFacts(CHAT), 100);
    expect(deps.askFrameForPageText).toHaveBeenCalledTimes(1);
    // Reloaded in place: its new document has not been asked.
    await hello(1, CHAT, 900);
    await scanOf(1, pageFacts(CHAT), 900);
    expect(deps.askFrameForPageText.mock.calls).toEqual([[TAB, 1], [TAB, 1]]);
    await scanOf(1, pageFacts(CHAT, [], STORY), 900);
    expect(await scanOf(0, pageFacts(TOP, CARD_FORM, FORM_TEXT), 50)).toBe('danger');
  });

  it(`reloading one frame again and again asks it once per document, and no more than ${MAX_FRAMES_ASKED} frames`, async () => {
    const { handlers, deps } = setup();
    const report = async (frameId: number, url: string, born: number) => {
      await handlers.handle({ message: { type: 'cs-bg-hello', born }, from: from(frameId, url) });
      await handlers.handle({ message: { type: 'cs-bg-scan', facts: pageFacts(url), born }, from: from(frameId, url) });
    };
    for (let id = 1; id <= 20; id++) await report(id, `https://ads-${id}.top/ad.html`, 100 + id);
    await scan(handlers, 0, pageFacts(TOP, CARD_FORM, FORM_TEXT));
    for (let n = 1; n <= 3; n++) await report(1, 'https://ads-1.top/ad.html', 1000 + n);
    const asked = deps.askFrameForPageText.mock.calls.map(([, id]) => id);
    expect(asked).toEqual([...Array.from({ length: MAX_FRAMES_ASKED }, (_, i) => i + 1), 1, 1, 1]);
  });

  it('a history change of the top page (the tab cleared, its frames put back) asks no frame again', async () => {
    const { handlers, deps } = setup();
    await scan(handlers, 1, pageFacts(CHAT));
    await scan(handlers, 0, pageFacts(TOP, CARD_FORM));
    await handlers.navigated(TAB);
    // A frame's scan lands between the clear and the top page's re-send.
    await scan(handlers, 2, pageFacts('https://ads.top/a.html'));
    await handlers.handle({ message: { type: 'cs-bg-scan', facts: pageFacts(`${TOP}?p=2`, CARD_FORM), sameDocument: true }, from: from(0, `${TOP}?p=2`) });
    expect(deps.askFrameForPageText.mock.calls).toEqual([[TAB, 1], [TAB, 2]]);
  });

  it('a tab closed is forgotten: its frames are asked again on a new page', async () => {
    const { handlers, deps } = setup();
    await scan(handlers, 1, pageFacts(CHAT));
    await scan(handlers, 0, pageFacts(TOP, CARD_FORM));
    await handlers.closed(TAB);
    await scan(handlers, 1, pageFacts(CHAT));
    await scan(handlers, 0, pageFacts(TOP, CARD_FORM));
    expect(deps.askFrameForPageText).toHaveBeenCalledTimes(2);
  });
});
