import { describe, expect, it } from 'vitest';
import { assessDomain } from '../domain';
import { FIELD_KINDS, type FieldFinding, type FieldKind } from '../types';
import { frameStories, storiesBeside } from './frame-stories';
import { pageSignals } from './page-signals';

const field = (kind: FieldKind, index = 0): FieldFinding => ({ index, kind, id: null, name: null, reasons: [] });
const phrases = (signals: { phrase?: string }[]) => signals.map((s) => s.phrase);

/** A chat frame's text, read as beside a form asking for `kinds`. */
function beside(text: string, kinds: FieldKind[], url = 'https://kf-chat.example.net/chat.html', headings: string[] = []) {
  return phrases(storiesBeside(frameStories({ url, headings, text }, assessDomain(url, [])), kinds.map((k, i) => field(k, i))));
}

// Red-team round 4, finding 2: the refund story told in an "在线客服" chat frame, the card and code in the top page.
describe('frameStories: a frame’s stories, read as the page’s own text', () => {
  const chat = '客服小美：您好，您在淘宝购买的商品存在质量问题，商家已为您申请双倍赔偿，请填写收款银行卡信息，理赔款将在24小时内到账。';
  const bubble = '在线客服阿杰：“亲，您买的衣服有质量问题，我们给您办理双倍退款，请提供收款卡号。”';

  it('the chat frame’s story counts beside a card form, and beside a code form', () => {
    expect(beside(chat, ['card-number', 'phone', 'otp'])).toEqual(['refund-quality-problem']);
    // Without the speaker's name (a speaker-labelled line may read as reported speech, as a quotation does).
    expect(beside(chat.slice(chat.indexOf('您好')), ['otp'])).toEqual(['refund-quality-problem']);
  });

  it('a quoted story counts beside a card field only, as on the page itself', () => {
    expect(beside(bubble, ['card-number'])).toEqual(['refund-quality-problem']);
    expect(beside(bubble, ['card-pin'])).toEqual(['refund-quality-problem']);
    expect(beside(bubble, ['phone', 'otp'])).toEqual([]);
    expect(beside(bubble, ['card-expiry', 'card-cvv'])).toEqual([]);
  });

  it.each([
    ['a generic help chat', '您好，欢迎光临本店！有什么可以帮您？订单问题请留言，客服工作时间 9:00-21:00。'],
    ['an ad', '限时特惠 满199减100 新用户专享礼包 立即抢购'],
    ['a shop’s anti-fraud notice', '防骗提示：以“商品质量问题”为由给您退款的，都是诈骗。本店客服不会索要银行卡密码和验证码。'],
    ['a news frame', '上周，退休教师李老师接到陌生来电，对方称：“您好，您买的衣服有质量问题，我们给您办理双倍退款。”李老师按提示操作后损失两万元，警方提醒：这是诈骗。'],
  ])('%s beside a checkout’s card and code fields tells no story', (_name, text) => {
    expect(beside(text, ['card-number', 'card-expiry', 'card-cvv', 'otp'])).toEqual([]);
  });

  it('its headings count; its title, brand names and the story its address spells do not', () => {
    const url = 'https://kuaidi-lipei.cn/chat.html';
    expect(beside('', ['card-number'], url, ['您的快递已丢失，我们将为您办理理赔'])).toEqual(['parcel-lost-claim']);
    // kuaidi-lipei spells the parcel-claim story (address-story.ts): the person reads no address in a frame.
    const stories = frameStories({ url, headings: ['支付宝'], text: '您好，欢迎光临。' }, assessDomain(url, []));
    expect(stories).toEqual({ plain: [], card: [] });
    // The address's reason goes, the text's stays.
    const told = frameStories({ url, headings: [], text: '您的快递已丢失，我们将为您办理理赔。' }, assessDomain(url, []));
    expect(told.card.map((s) => s.reasons.map((r) => r.code))).toEqual([['scam-phrase']]);
  });

  it('a frame that sent no text tells nothing', () => {
    expect(frameStories({ url: 'https://kf-chat.example.net/', headings: [], text: '' }, assessDomain('https://kf-chat.example.net/', []))).toEqual({ plain: [], card: [] });
  });

  // The card kinds here mirror page-signals.ts's private list: each kind must pick the reading pageSignals itself
  // makes of a quoted story on a page asking for that kind.
  it.each(FIELD_KINDS)('picks the reading pageSignals makes for a page asking for %s', (kind) => {
    const url = 'https://after-sale.example.net/';
    const own = phrases(pageSignals({ url, title: '', headings: [], text: bubble, fields: [field(kind)] }, assessDomain(url, [])).filter((s) => s.kind === 'scam-phrase'));
    expect(beside(bubble, [kind], url)).toEqual(own);
  });
});
