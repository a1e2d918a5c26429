import { describe, expect, it } from 'vitest';
import type { ScamPhraseGroup } from '../../knowledge/types';
import { asksToFillHere, buildPhraseMatchers, isQuoted, quoteEndWithin, scamPhrases, storySignals } from './scam-phrases';

const group = (id: string, patterns: string[]): ScamPhraseGroup => ({
  id,
  description: { zh: id, en: id },
  patterns,
  cases: [],
});
const matchers = buildPhraseMatchers([
  group('refund-quality', ['质量问题.{0,10}(退款|理赔)', 'refund for (a|the) quality (problem|issue)']),
  group('cancel-vip', ['取消.{0,6}(会员|VIP|百万保障)']),
  group('broken', ['(unclosed']),
]);

describe('scamPhrases', () => {
  it.each([
    ['您的商品存在质量问题，我们将为您办理退款', ['refund-quality']],
    ['We offer a REFUND FOR THE QUALITY ISSUE', ['refund-quality']],
    ['请在此页面取消您的VIP会员，否则每月扣费', ['cancel-vip']],
    ['质量问题退款。取消百万保障。', ['refund-quality', 'cancel-vip']],
    ['普通的商品详情页，没有可疑话术', []],
  ])('%j → %j', (text, ids) => {
    expect(scamPhrases(text, matchers).map((s) => s.phrase)).toEqual(ids);
  });

  it('skips a pattern that does not compile instead of failing the page', () => {
    expect(matchers.map((m) => m.id)).toEqual(['refund-quality', 'cancel-vip']);
  });

  it('quotes a short piece of evidence', () => {
    const [s] = scamPhrases('因质量问题为您退款', matchers);
    expect(s).toEqual({ kind: 'scam-phrase', phrase: 'refund-quality', reasons: [{ code: 'scam-phrase', detail: '质量问题为您退款' }] });
  });

  it.each([
    ['a news report quoting the caller', '市民接到电话，对方称：“您的商品存在质量问题，我们将为您办理退款。”民警提醒这是诈骗。', []],
    ['corner brackets', '来电者说「您的商品存在质量问题，可以退款」，随后发来链接。', []],
    ['straight quotes', '对方说 "您的商品存在质量问题，马上给您退款"，她挂了电话。', []],
    ['English quotes in an English report', 'The caller said: “We offer a refund for the quality issue on your order.” Police say hang up.', []],
    ['a page that says it to you', '尊敬的用户：您的商品存在质量问题，我们将为您办理退款。请填写银行卡号。', ['refund-quality']],
    ['quotes around two words only, for emphasis', '您的商品“经检测”存在质量问题，我们将为您办理退款。', ['refund-quality']],
    ['a quote that closes before the script starts', '点击“立即处理”。您的商品存在质量问题，为您办理退款。', ['refund-quality']],
    ['an opening mark that never closes', '公告：“您的商品存在质量问题，为您办理退款。请填写银行卡号。', ['refund-quality']],
    ['the same script quoted first, then said to you', '案例：“质量问题要退款”是骗局。尊敬的用户，您的商品存在质量问题，为您办理退款。', ['refund-quality']],
    // A warning's rule or a crook's words told are no more said to you than a quotation (warned-of.ts).
    ['a rule that names the script a scam', '凡是以商品质量问题为由给您退款的，都是诈骗。', []],
    ['a clause that points back at it', '对方说您的商品有质量问题可以退款，这是典型的诈骗手法。', []],
    ['the script, then the same words as a rule', '质量问题给您退款的，都是骗子。尊敬的用户，您的商品有质量问题，为您退款。', ['refund-quality']],
    ['a script that says it is no scam', '您的商品有质量问题，为您退款，这不是诈骗。', ['refund-quality']],
    ['the script told as a crook\'s words', '骗子会冒充客服，说您的商品有质量问题可以退款。', []],
    ['a crook named, then the page speaks', '谨记：有骗子冒充客服，请认准本店。您的商品有质量问题，为您退款。', ['refund-quality']],
    ['a pretext named, and denied', '谨防诈骗：客服不会以商品质量问题、退款为由，让您提供验证码。', []],
    ['a pretext named, then the page speaks', '以质量问题退款为由的都要小心。您的商品有质量问题，为您退款。', ['refund-quality']],
  ])('%s', (_name, text, ids) => {
    expect(scamPhrases(text, matchers).map((s) => s.phrase)).toEqual(ids);
  });

  // Red-team round 7: a news story's quoted script matched on into the reporter's words after the closing mark
  // (…双倍赔偿”，诱导受害人…) and counted as said, under the site's SMS login.
  describe('a match that straddles a quotation\'s end', () => {
    const straddling = '据顾客反映“收到的商品存在质量问题”，随后退款流程就开始了。';
    it.each([
      ['a quoted script running on into the reporter\'s clause', straddling, []],
      ['a full stop after the mark', '对方说“订单有质量问题”。退款要先填卡号', []],
      ['the words after the mark, said to you on their own', '标签写着“质量问题”，质量问题已为您退款。', ['refund-quality']],
      ['a mark the clause runs on after (emphasis)', '您的商品“经检测存在质量问题”已为您退款。', ['refund-quality']],
    ])('%s', (_name, text, ids) => {
      expect(scamPhrases(text, matchers).map((s) => s.phrase)).toEqual(ids);
    });

    it('counts on a page that asks for a card, as a quotation does', () => {
      expect(scamPhrases(straddling, matchers, { asksForCard: true }).map((s) => s.phrase)).toEqual(['refund-quality']);
      expect(storySignals(straddling, matchers).reported.map((s) => s.phrase)).toEqual(['refund-quality']);
    });

    it('quoteEndWithin: the closing mark of a quotation open at the start that ends a clause, else -1', () => {
      const at = straddling.indexOf('质量问题');
      expect(quoteEndWithin(straddling, at, at + 10)).toBe(straddling.indexOf('”'));
      // Not open at the start, or not closed inside the match.
      expect(quoteEndWithin(straddling, 0, 10)).toBe(-1);
      expect(quoteEndWithin(straddling, at, at + 3)).toBe(-1);
      const emphasis = '“经检测存在质量问题”已为您退款';
      expect(quoteEndWithin(emphasis, emphasis.indexOf('质量'), emphasis.length)).toBe(-1);
    });
  });

  it.each([
    ['a quoted match', '文章：“质量问题可以退款吗”。通知：因质量问题给您退款'],
    ['a warning', '因质量问题要退款的，都是诈骗。通知：因质量问题给您退款'],
  ])('gives the words said to you as evidence when %s came first', (_name, text) => {
    const [s] = scamPhrases(text, matchers);
    expect(s?.reasons[0]?.detail).toBe('质量问题给您退款');
  });

  // The red-team review's fake refund page showed its script as a chat bubble in quotation marks, above its own card
  // form: "!" instead of "!!". An article about scams asks for no card; such a page does.
  describe('on a page that asks for a card itself', () => {
    const ids = (text: string, asksForCard: boolean): (string | undefined)[] =>
      scamPhrases(text, matchers, { asksForCard }).map((s) => s.phrase);

    it.each([
      ['a chat bubble in curly quotes', '售后专员阿杰：“亲，您的商品存在质量问题，可以直接为您退款。”'],
      ['a chat bubble in corner brackets', '系统消息「经核查质量问题，已为您办理退款」'],
      ['straight quotes', '"亲，因质量问题马上给您退款"'],
      ['a caller reported, in quotes', '来电者说：“您的商品存在质量问题，我们将为您退款。”'],
    ])('counts %s', (_name, text) => {
      expect(ids(text, false)).toEqual([]);
      expect(ids(text, true)).toEqual(['refund-quality']);
    });

    it('gives the quoted words as evidence', () => {
      const [s] = scamPhrases('售后：“因质量问题给您退款”', matchers, { asksForCard: true });
      expect(s?.reasons).toEqual([{ code: 'scam-phrase', detail: '质量问题给您退款' }]);
    });

    // A shop's checkout puts its anti-fraud notice beside its card form: the warned-of checks still hold there.
    it.each([
      ['a quoted script named a scam', '防骗提示：“因质量问题给您退款”的，都是诈骗。'],
      ["a crook's words told", '骗子会冒充客服，说您的商品有质量问题可以退款。'],
      ['a pretext named', '本店客服不会以质量问题、退款为由索要验证码。'],
      ["a caller's words, then a warning", '如果接到电话说您的商品有质量问题要退款，那是诈骗，请立即挂断。'],
      ["a caller's words, then a warning not to fill in here", '如接到来电称您的商品有质量问题要退款，千万不要在此处填写任何信息。'],
      ["a caller's words, then a report asked for", '若接到电话说您的商品有质量问题要退款，请在本页举报该号码。'],
      ["a caller's words, then another page", '若有人来电说您的商品有质量问题要退款，请通过官方客服核实。'],
    ])('still skips %s', (_name, text) => {
      expect(ids(text, true)).toEqual([]);
    });

    it.each([
      ['fill in on this page', '若接到来电说您的商品有质量问题要退款，请在本页填写收款卡号。'],
      ['fill in below', '如果收到短信称质量问题可以退款，直接在下方输入银行卡信息即可。'],
      ['collect here, then a nod to safety about something else', '如接到电话说您的商品有质量问题要退款，请于此页面领取，验证码切勿告诉他人。'],
    ])("counts a caller's words when the sentence goes on to %s", (_name, text) => {
      expect(ids(text, false)).toEqual([]);
      expect(ids(text, true)).toEqual(['refund-quality']);
    });
  });

  // The red-team review's news article set a scam call out as a transcript, "客服：…" lines with no quotation marks,
  // above its comment box (phone + SMS code): danger. A kit shows its script the same way above its card form.
  describe('a line after a speaker\'s label', () => {
    const ids = (text: string, asksForCard: boolean): (string | undefined)[] =>
      scamPhrases(text, matchers, { asksForCard }).map((s) => s.phrase);

    it.each([
      ['an article\'s transcript', '通话记录如下：客服：您好，您购买的商品存在质量问题，我们给您办理退款。受害人：那要怎么操作？'],
      ['the victim\'s turn', '受害人：他们说我的快递有质量问题，要给我退款。'],
      ['a named role, several sentences in', '骗子小王：您好。我是售后。您的商品有质量问题，可以退款。'],
    ])('does not count %s on a page without a card field, and counts it on a card page', (_name, text) => {
      expect(ids(text, false)).toEqual([]);
      expect(ids(text, true)).toEqual(['refund-quality']);
    });

    it.each([
      ['a salutation', '尊敬的客户：您的商品存在质量问题，为您办理退款。'],
      ['a chat header', '在线客服：您的商品存在质量问题，为您办理退款。'],
      ['the page speaking after the transcript\'s label', '客服：您好。温馨提示：您的商品存在质量问题，为您办理退款。'],
    ])('counts %s everywhere', (_name, text) => {
      expect(ids(text, false)).toEqual(['refund-quality']);
    });
  });

  describe('storySignals', () => {
    it('keeps apart what a page says and what it only reports, each group in one list', () => {
      const text = '客服：您的商品有质量问题，给您退款。“请取消您的VIP会员”';
      const { said, reported } = storySignals(text, matchers);
      expect(said).toEqual([]);
      expect(reported.map((s) => [s.phrase, s.reasons[0]?.detail])).toEqual([
        ['refund-quality', '质量问题，给您退款'],
        ['cancel-vip', '取消您的VIP会员'],
      ]);
      // Said once, anywhere: said, with the words said as evidence, and not reported.
      const both = storySignals(`${text}尊敬的用户：您的商品有质量问题要退款`, matchers);
      expect(both.said.map((s) => [s.phrase, s.reasons[0]?.detail])).toEqual([['refund-quality', '质量问题要退款']]);
      expect(both.reported.map((s) => s.phrase)).toEqual(['cancel-vip']);
    });

    it('reports nothing that a card page would not count either', () => {
      expect(storySignals('凡是以商品质量问题为由给您退款的，都是诈骗。骗子会冒充客服，说您的商品有质量问题可以退款。', matchers)).toEqual({ said: [], reported: [] });
    });
  });

  it.each([
    ['，请在本页填写银行卡号。', true],
    ['，填写下方的收款信息。', true],
    ['，请在这里输入卡号', true],
    ['，那是诈骗。请在本页填写', false],
    ['。请在本页填写卡号', false],
    ['，请在本页举报', false],
    ['，切勿在此处填写', false],
    ['，请拨打官方电话', false],
  ])('asksToFillHere %j → %s', (rest, yes) => {
    const text = `质量问题退款${rest}`;
    expect(asksToFillHere(text, '质量问题退款'.length)).toBe(yes);
  });

  it('gives up on a group after eight quoted matches: a page that only quotes', () => {
    // Each quotation far enough from the next that one match cannot span two.
    const quote = '“质量问题要退款”，这是骗子常说的一句话，大家要小心。';
    expect(scamPhrases(quote.repeat(8) + '因质量问题给您退款', matchers)).toEqual([]);
    expect(scamPhrases(quote.repeat(7) + '因质量问题给您退款', matchers).map((s) => s.phrase)).toEqual(['refund-quality']);
    // Two quotations side by side that one match spans are still quoted speech.
    expect(scamPhrases('“质量问题要退款”“质量问题要退款”', matchers)).toEqual([]);
  });

  // A group's patterns run one by one; together they must find what one alternation of them would.
  describe('a group of several patterns', () => {
    const detail = (patterns: string[], text: string): string[] =>
      scamPhrases(text, buildPhraseMatchers([group('g', patterns)])).map((s) => s.reasons[0]?.detail ?? '');

    it('gives the earliest match in the text, whichever pattern made it', () => {
      expect(detail(['甲乙', '丙丁'], '丙丁，然后甲乙')).toEqual(['丙丁']);
      expect(detail(['甲乙', '丙丁'], '甲乙，然后丙丁')).toEqual(['甲乙']);
    });

    it('gives the pattern listed first where two matches start at the same place', () => {
      expect(detail(['丙丁戊', '丙丁'], '这里丙丁戊')).toEqual(['丙丁戊']);
      expect(detail(['丙丁', '丙丁戊'], '这里丙丁戊')).toEqual(['丙丁']);
    });

    it('after quoted matches of two patterns, goes on with the next match of either', () => {
      // Both patterns' first matches are quoted; the first pattern's next match comes before the second's.
      expect(detail(['甲乙', '丙丁'], '“甲乙”和“丙丁”都是引语。后来甲乙。再后来丙丁。')).toEqual(['甲乙']);
      expect(detail(['甲乙', '丙丁'], '“甲乙”和“丙丁”都是引语。后来丙丁。再后来甲乙。')).toEqual(['丙丁']);
      // A quoted match of the second pattern comes before the first's only match, which is said.
      expect(detail(['甲乙', '丙丁'], '“丙丁”是引语。甲乙。')).toEqual(['甲乙']);
    });

    it('still reads its other patterns when one does not compile', () => {
      expect(detail(['(unclosed', '丙丁'], '这里丙丁')).toEqual(['丙丁']);
    });
  });

  it('isQuoted: an opening mark before, none closing inside, a closing mark after', () => {
    const text = '他说：“您的包裹丢了。”';
    const start = text.indexOf('您');
    const end = text.indexOf('。');
    expect(isQuoted(text, start, end)).toBe(true);
    // The closing mark too far away (over 200 characters) is no quotation of these words.
    expect(isQuoted(`他说：“您的包裹丢了。${'啊'.repeat(250)}”`, start, end)).toBe(false);
    // The opening mark too far back (over 80 characters).
    const far = `“${'啊'.repeat(90)}您的包裹丢了。”`;
    expect(isQuoted(far, far.indexOf('您'), far.indexOf('。'))).toBe(false);
  });

  // Cost is the benchmark's business, not a timed unit test's. What this guards is a pattern that backtracks
  // without end on long text (a nested or unbounded repeat): the test would then not finish within its timeout.
  it('reads 50,000 characters of ordinary text, near-misses included, and finds nothing', () => {
    const text = '这是一段很长的普通文字。您的退款将在三个工作日内原路退回，请留意银行通知。'.repeat(1400).slice(0, 50_000);
    expect(scamPhrases(text, matchers)).toEqual([]);
  }, 10_000);
});

// Red-team round 9, B1: on a page that asks for the card or the bank's login, a quotation the page then calls a scam is
// still a warning; one it calls no scam is the page's own.
describe('a quotation followed by a verdict, on a card page', () => {
  const onCard = (text: string) => scamPhrases(text, matchers, { asksForCard: true }).map((s) => s.phrase);

  it.each([
    ['防骗提示：近期有客户接到电话：“您的商品有质量问题，给您退款。”本行提醒您：这是诈骗，请立即挂断。'],
    ['【风险提示】“您的商品有质量问题，给您退款”——遇到这样的电话请挂断，并拨打96110。'],
    ['安全提示：“您的商品有质量问题，给您退款”是诈骗话术，请勿相信。'],
  ])('does not count %j', (text) => {
    expect(onCard(text)).toEqual([]);
  });

  it.each([
    ['“您的商品有质量问题，给您退款。”这不是诈骗，请放心填写。'],
    ['“您的商品有质量问题，给您退款”，请勿挂断，在下方填写。'],
  ])('counts %j', (text) => {
    expect(onCard(text)).toEqual(['refund-quality']);
  });
});

// Red-team round 10: B1, a regional bank's own login, whose 温馨提示 tells its customer to check such a call with the bank;
// A2, a kit's sentence after its quoted script that is about someone else and tells the victim this page is the safe one.
describe('a quotation followed by a verdict, on a card page: round 10', () => {
  const onCard = (text: string) => scamPhrases(text, matchers, { asksForCard: true }).map((s) => s.phrase);

  it('does not count a bank\'s tip that points back at the quotation', () => {
    expect(onCard('温馨提示：“您的商品有质量问题，给您退款。”如接到此类电话，请第一时间向本行客服核实。')).toEqual([]);
  });

  it.each([
    ['“您的商品有质量问题，给您退款。”——冒充公检法的才是诈骗。'],
    ['“您的商品有质量问题，给您退款。”以上为本平台唯一官方通知，其余均为诈骗。'],
    ['“您的商品有质量问题，给您退款。”如有疑问，可拨打平台热线或96110咨询。'],
    ['“您的商品有质量问题，给您退款。”请勿相信其他渠道的退款信息，认准本站办理。'],
  ])('counts %j', (text) => {
    expect(onCard(text)).toEqual(['refund-quality']);
  });
});
