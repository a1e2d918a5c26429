import { describe, expect, it } from 'vitest';
import { assessDomain } from '../domain';
import type { FieldFinding, FieldKind, PageSignal } from '../types';
import { countsReportedAround, pageSignals, readPage } from './page-signals';

const signalsFor = (url: string, title: string, headings: string[], text: string) =>
  pageSignals({ url, title, headings, text }, assessDomain(url, []));

describe('pageSignals (with the knowledge base)', () => {
  it('finds the claim, the script and nothing else on a fake refund page', () => {
    const s = signalsFor('https://refund-center.example.net/', '支付宝退款中心', [], '您购买的商品存在质量问题，我们将为您办理退款。');
    expect(s.filter((x) => x.kind === 'brand-claim').map((x) => x.brand)).toEqual(['alipay']);
    expect(s.filter((x) => x.kind === 'scam-phrase').map((x) => x.phrase)).toContain('refund-quality-problem');
    expect(s.some((x) => x.kind === 'meeting-join')).toBe(false);
  });

  it('finds the claim and the script on the same page written in traditional characters', () => {
    const signals = pageSignals(
      { url: 'https://tuikuan-zhongxin.cn/', title: '支付寶退款中心', headings: [], text: '您購買的商品存在質量問題，我們將為您辦理雙倍賠償。' },
      assessDomain('https://tuikuan-zhongxin.cn/', []),
    );
    expect(signals.map((s) => [s.kind, s.brand ?? s.phrase])).toEqual([
      ['brand-claim', 'alipay'],
      ['scam-phrase', 'refund-quality-problem'],
    ]);
  });

  it('hears the story an unknown address tells, once with the page\'s own words for the same script', () => {
    const said = signalsFor('https://kuaidi-lipei.cn/', '理赔中心', [], '您的快递已丢失，我们将为您办理理赔。');
    expect(said.filter((x) => x.kind === 'scam-phrase')).toEqual([
      {
        kind: 'scam-phrase',
        phrase: 'parcel-lost-claim',
        reasons: [
          { code: 'scam-phrase', detail: '您的快递已丢失，我们将为您办理理赔' },
          { code: 'scam-phrase-in-address', detail: 'kuaidi-lipei' },
        ],
      },
    ]);
    expect(signalsFor('https://kuaidi-lipei.cn/', '理赔中心', [], '').map((x) => [x.kind, x.phrase])).toEqual([
      ['scam-phrase', 'parcel-lost-claim'],
    ]);
  });

  it('finds the claim and the script when invisible characters split their words', () => {
    // A person reads 支付宝退款中心 and 质量问题; a page hoping to slip past word lists writes zero-width spaces
    // and soft hyphens between the characters.
    const s = signalsFor(
      'https://refund-center.example.net/',
      '支\u200b付\u200b宝退款中心',
      ['\ufeff支付\u00ad宝'],
      '您购买的商品存在质\u200b量\u200c问\u200d题，我们将为您办理退款。',
    );
    expect(s.filter((x) => x.kind === 'brand-claim').map((x) => x.brand)).toEqual(['alipay']);
    expect(s.filter((x) => x.kind === 'scam-phrase').map((x) => x.phrase)).toContain('refund-quality-problem');
  });

  it('finds the claim and the script when spaces split their words', () => {
    // A page that puts each character in an element of its own, or types a space between them, reads the same to a
    // person: 支 付 宝, 您 的 快 递 丢 失 了.
    const s = signalsFor(
      'https://refund-center.example.net/',
      '支 付 宝 退 款 中 心',
      [],
      '您 的 快 递 丢 失 了 ， 我 们 给 您 三 倍 赔 偿 ， 请 在 本 页 面 填 写 银 行 卡 号 和 验 证 码 。',
    );
    expect(s.filter((x) => x.kind === 'brand-claim').map((x) => x.brand)).toEqual(['alipay']);
    expect(s.filter((x) => x.kind === 'scam-phrase').map((x) => x.phrase)).toEqual(['parcel-lost-claim', 'refund-asks-secret']);
  });

  it('finds the claim and the script in full-width letters and look-alike radicals', () => {
    // ＥＴＣ is how a full-width input method types ETC; ⽀ (a Kangxi radical) draws as 支.
    const s = signalsFor('https://etc-renzheng.example.net/', '\u2f40付宝', [], '您的ＥＴＣ已失效，请点击链接认证。');
    expect(s.filter((x) => x.kind === 'brand-claim').map((x) => x.brand)).toEqual(['alipay']);
    expect(s.filter((x) => x.kind === 'scam-phrase').map((x) => x.phrase)).toEqual(['etc-expired']);
  });

  it('finds the script when braille blanks or middle dots split its words', () => {
    // The red-team review spaced a story with U+2800 (drawn empty) and with 您·的·…: "!" instead of "!!".
    const said = (text: string) => signalsFor('https://after-sale.example.net/', '', [], text).map((x) => x.phrase);
    expect(said('您⠀的⠀包⠀裹⠀在⠀运⠀输⠀途⠀中⠀丢⠀失⠀了⠀，⠀我⠀们⠀为⠀您⠀办⠀理⠀三⠀倍⠀理⠀赔')).toEqual(['parcel-lost-claim']);
    expect(said('您·的·包·裹·在·运·输·途·中·丢·失·了·，·我·们·为·您·办·理·三·倍·理·赔')).toEqual(['parcel-lost-claim']);
    expect(said('您•的•包•裹•在•运•输•途•中•丢•失•了，我们为您办理三倍理赔')).toEqual(['parcel-lost-claim']);
  });

  // The red-team review's fake refund page quoted its own script as a chat bubble above its card form: "!" instead
  // of "!!". A news report quoting the same script above its comment box (phone + SMS code) must stay quiet.
  describe('a quoted script', () => {
    const url = 'https://after-sale.example.net/';
    const bubble = '在线客服阿杰：“亲，您买的衣服有质量问题，我们给您办理双倍退款，请提供收款卡号。”';
    const field = (kind: FieldKind, index = 0): FieldFinding => ({ index, kind, id: null, name: null, reasons: [] });
    const scripts = (fields: FieldFinding[], text = bubble, around?: { title: string; headings: string[]; text: string }) =>
      pageSignals({ url, title: '售后服务', headings: [], text, fields, around }, assessDomain(url, []))
        .filter((x) => x.kind === 'scam-phrase')
        .map((x) => [x.phrase, x.reasons[0]?.detail]);

    it.each<[string, FieldKind[]]>([
      ['a card number', ['card-number', 'phone', 'otp']],
      ['a card password', ['card-pin']],
    ])('counts on a page that asks for %s', (_name, kinds) => {
      expect(scripts(kinds.map((k, i) => field(k, i)))).toEqual([['refund-quality-problem', '您买的衣服有质量问题']]);
    });

    it.each<[string, FieldKind[]]>([
      ['nothing', []],
      ['a phone and an SMS code (a comment box)', ['phone', 'otp']],
      ['a card expiry or security code alone', ['card-expiry', 'card-cvv']],
    ])('does not count on a page that asks for %s', (_name, kinds) => {
      expect(scripts(kinds.map((k, i) => field(k, i)))).toEqual([]);
    });

    it('counts in the page around a frame that asks for the card', () => {
      const around = { title: '售后服务', headings: [], text: bubble };
      expect(scripts([field('card-number')], '收款卡号', around)).toEqual([['refund-quality-problem', '您买的衣服有质量问题']]);
      expect(scripts([field('otp')], '验证码', around)).toEqual([]);
    });

    it('does not count in a news report above a comment box', () => {
      const report = '上周，退休教师李老师接到陌生来电。“您好，您买的衣服有质量问题，我们给您办理双倍退款。”李老师按提示操作后损失两万元。';
      expect(scripts([field('phone'), field('otp', 1)], report)).toEqual([]);
    });
  });

  // The red-team review's news article set the scam call out as a transcript ("客服：…", no quotation marks) above its
  // comment box: danger. A kit does the same above its card form, and must keep counting there.
  describe('a transcript of the call', () => {
    const url = 'https://city-daily.example.org/news/1024';
    const transcript =
      '记者从派出所获悉，张大爷上月接到一通电话，以下为通话内容。客服：您好，这里是网店售后，您买的保温杯有质量问题，我们给您办理理赔。' +
      '张大爷：那我要做什么？客服：您按我说的操作就行。';
    const field = (kind: FieldKind, index = 0): FieldFinding => ({ index, kind, id: null, name: null, reasons: [] });
    const read = (kinds: FieldKind[], text = transcript) =>
      readPage({ url, title: '老人被骗两万元', headings: [], text, fields: kinds.map((k, i) => field(k, i)) }, assessDomain(url, []));
    const ids = (signals: PageSignal[]) => signals.filter((x) => x.kind === 'scam-phrase').map((x) => x.phrase);

    it('does not count above a comment box, and is kept as reported', () => {
      const page = read(['phone', 'otp']);
      expect(ids(page.signals)).toEqual([]);
      expect(ids(page.reported)).toEqual(['refund-quality-problem']);
    });

    it('counts on a page that asks for the card, where nothing is reported', () => {
      const kit = '客服小美：亲，您买的保温杯有质量问题，我们给您办理理赔，请在下方填写收款银行卡。';
      const page = read(['card-number', 'phone', 'otp'], kit);
      expect(ids(page.signals)).toContain('refund-quality-problem');
      expect(page.reported).toEqual([]);
    });
  });

  // Red-team round 8, A1: a fake online-bank login quoted its refund script and was spared as an article. B1: a blog
  // retelling the call with its own site's login in the header must stay spared.
  describe('a quoted script beside a password', () => {
    const url = 'https://kefu-peichang.example.net/';
    const quoted = '“亲，您买的电饭煲有质量问题，我们给您办理三倍赔偿，请登录网银领取。”';
    const password = (labels: string[]): FieldFinding => ({ index: 1, kind: 'password', id: null, name: null, reasons: [], labels });
    const read = (labels: string[]) => readPage({ url, title: '赔偿领取', headings: [], text: quoted, fields: [password(labels)] }, assessDomain(url, []));
    const ids = (signals: PageSignal[]) => signals.filter((x) => x.kind === 'scam-phrase').map((x) => x.phrase);

    it('counts where the password is an online bank\'s login', () => {
      expect(ids(read(['手机银行登录密码']).signals)).toEqual(['refund-quality-problem']);
      expect(ids(read(['網上銀行密碼']).signals)).toEqual(['refund-quality-problem']);
    });

    it('is reported only where the password is a site\'s own login', () => {
      const page = read(['密码']);
      expect(ids(page.signals)).toEqual([]);
      expect(ids(page.reported)).toEqual(['refund-quality-problem']);
    });
  });

  // Red-team round 9, A1: a fake bank login says 网银 in its title or heading only, over a box labelled "登录密码". The blog
  // of round 8 (B1) has its story for a title and its own site's login: it stays spared.
  describe('a password under a bank login\'s title or heading', () => {
    const url = 'https://tuikuan-banli.example.net/';
    const told = '您买的电饭煲有质量问题，我们给您办理三倍赔偿，请登录网银领取。';
    const password: FieldFinding = { index: 1, kind: 'password', id: null, name: null, reasons: [], labels: ['登录密码'] };
    const read = (title: string, headings: string[], text: string) => readPage({ url, title, headings, text, fields: [password] }, assessDomain(url, []));
    const ids = (signals: PageSignal[]) => signals.filter((x) => x.kind === 'scam-phrase').map((x) => x.phrase);

    it.each<[string, string[]]>([
      ['网银登录 - 在线办理', []],
      ['赔偿领取', ['个人网银登录']],
    ])('is a bank login under %j %j, and its quoted script counts', (title, headings) => {
      const page = read(title, headings, `“${told}”`);
      expect(page.bankLogin).toBe(true);
      expect(ids(page.signals)).toEqual(['refund-quality-problem']);
    });

    it('is no bank login under a story\'s title', () => {
      const page = read('记一次退款电话 - 我的博客', ['我的博客'], `对方一开口就是：“${told}”`);
      expect(page.bankLogin).toBe(false);
      expect(ids(page.signals)).toEqual([]);
    });
  });

  // Red-team round 9, A4: the desk named by a heading, not the title.
  it('counts a customer service line under a desk heading', () => {
    const url = 'https://dingdan-xiangqing.example.net/';
    const line = '—客服小美：亲，您买的电饭煲有质量问题，我们给您办理三倍赔偿，请输入验证码领取。';
    const field = (kind: FieldKind, index = 0): FieldFinding => ({ index, kind, id: null, name: null, reasons: [] });
    const ids = (headings: string[]) =>
      readPage({ url, title: '订单详情', headings, text: line, fields: [field('phone'), field('otp', 1)] }, assessDomain(url, []))
        .signals.filter((x) => x.kind === 'scam-phrase')
        .map((x) => x.phrase);
    expect(ids(['订单详情', '\u3000', '售后服务中心'])).toEqual(['refund-quality-problem']);
    expect(ids(['订单详情', '今日快讯', '电饭煲退款骗局又有新花样', '在线客服'])).toEqual([]);
  });

  // Red-team round 8, A4: a refund desk's kit speaks through "客服某某：" above its phone and code. A news transcript
  // above a comment box is titled for its story (the transcript tests above) and stays reported.
  describe('a customer service line on a page titled as a desk', () => {
    const url = 'https://shouhou-banli.example.net/';
    const line = '——客服阿杰：亲，您买的电饭煲有质量问题，我们给您办理三倍赔偿，请输入验证码领取。';
    const field = (kind: FieldKind, index = 0): FieldFinding => ({ index, kind, id: null, name: null, reasons: [] });
    const ids = (title: string) =>
      readPage({ url, title, headings: [], text: line, fields: [field('phone'), field('otp', 1)] }, assessDomain(url, []))
        .signals.filter((x) => x.kind === 'scam-phrase')
        .map((x) => x.phrase);

    it.each([['赔偿办理'], ['售后服务中心 | 在线']])('counts under the title %j', (title) => {
      expect(ids(title)).toEqual(['refund-quality-problem']);
    });

    it.each([['电饭煲退款骗局又有新花样 - 晚报'], ['我的博客']])('does not count under the title %j', (title) => {
      expect(ids(title)).toEqual([]);
    });
  });

  it.each<[FieldKind[], boolean]>([
    [['card-number', 'otp'], true],
    [['card-number', 'phone', 'otp'], true],
    [['card-pin'], true],
    [['card-number'], false],
    [['card-number', 'card-expiry', 'card-cvv'], false],
    [['phone', 'otp'], false],
    [[], false],
  ])('countsReportedAround %j → %s', (kinds, yes) => {
    expect(countsReportedAround(kinds.map((kind, index) => ({ index, kind, id: null, name: null, reasons: [] })))).toBe(yes);
  });

  it('countsReportedAround a frame that asks for an online bank\'s login, not a site\'s', () => {
    const password = (labels: string[]): FieldFinding => ({ index: 0, kind: 'password', id: null, name: null, reasons: [], labels });
    expect(countsReportedAround([password(['个人网银登录密码'])])).toBe(true);
    expect(countsReportedAround([password(['密码'])])).toBe(false);
  });

  it('reads the page around a framed form: its title claims, its text tells the story', () => {
    // The kit's top page says who it is and why; the frame holds only the fields and says nothing.
    const around = { title: '中国人民银行 | 银行卡安全升级', headings: ['安全升级'], text: '您的账户涉嫌洗钱案件，请配合资金清查。' };
    const url = 'https://card-upgrade.example.net/form.html';
    const framed = pageSignals({ url, title: '', headings: [], text: '银行卡号 短信验证码', around }, assessDomain(url, []));
    expect(framed.filter((x) => x.kind === 'brand-claim').map((x) => x.brand)).toEqual(['pboc']);
    expect(framed.filter((x) => x.kind === 'scam-phrase').map((x) => x.phrase)).toEqual(['police-investigation']);
    // The frame alone says nothing.
    expect(signalsFor(url, '', [], '银行卡号 短信验证码')).toEqual([]);
  });

  it('keeps one claim per brand when the frame and the page around it both claim it', () => {
    const url = 'https://refund-center.example.net/';
    const around = { title: '支付宝退款中心', headings: [], text: '' };
    const s = pageSignals({ url, title: '支付宝 - 退款', headings: [], text: '', around }, assessDomain(url, []));
    expect(s.filter((x) => x.kind === 'brand-claim').map((x) => x.brand)).toEqual(['alipay']);
  });

  it('finds the brand a password field is named for, with the names the knowledge base keeps for accounts', () => {
    const password = (labels: string[]) => ({ index: 1, kind: 'password' as const, id: null, name: null, reasons: [], labels });
    const claims = (url: string, labels: string[]) =>
      pageSignals({ url, title: '会员中心', headings: [], text: '', fields: [password(labels)] }, assessDomain(url, [])).map((s) => [
        s.brand,
        s.reasons.map((r) => r.code),
      ]);
    // Bare QQ and 微信 are not aliases (honest headings carry them), but a password named for them is Tencent's.
    expect(claims('https://vip-center.example.net/', ['请输入QQ密码'])).toEqual([['tencent', ['claim-password-for']]]);
    expect(claims('https://vip-center.example.net/', ['微信密码'])).toEqual([['tencent', ['claim-password-for']]]);
    expect(claims('https://vip-center.example.net/', ['淘寶帳號密码'])).toEqual([['taobao', ['claim-password-for']]]);
    expect(claims('https://vip-center.example.net/', ['Steam password'])).toEqual([['steam', ['claim-password-for']]]);
    // A mailbox named by its address's domain: the classic "your mailbox is full, sign in again" page.
    expect(claims('https://mail-upgrade.example.net/', ['163邮箱密码'])).toEqual([['netease', ['claim-password-for']]]);
    expect(claims('https://vip-center.example.net/', ['请输入微博密码'])).toEqual([['weibo', ['claim-password-for']]]);
    // Tencent's own site asks for it by right.
    expect(claims('https://ssl.zc.qq.com/', ['QQ密码'])).toEqual([]);
  });

  it('finds a meeting-join link from its URL alone', () => {
    expect(signalsFor('https://meeting.tencent.com/dm/Xy12ab', '', [], '')).toMatchObject([{ kind: 'meeting-join', brand: 'tencent-meeting' }]);
  });

  it('finds no claim on the brand’s own site', () => {
    expect(signalsFor('https://www.alipay.com/', '支付宝', ['支付宝'], '').filter((x) => x.kind === 'brand-claim')).toEqual([]);
  });

  // Cost is the benchmark's business, not a timed unit test's: this guards against a pattern that backtracks
  // without end on a long page (the test would not finish within its timeout), and against a false signal.
  it('reads 50,000 characters of an honest shop’s text and finds no signal', () => {
    const text = '本店商品均为正品，支持七天无理由退货，退款将在三个工作日内原路退回。'.repeat(1500).slice(0, 50_000);
    expect(signalsFor('https://shop.example.net/', 'Shop', ['Goods'], text)).toEqual([]);
  }, 10_000);
});
