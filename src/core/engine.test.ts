import { describe, expect, it } from 'vitest';
import { evaluateFindings, evaluatePage } from './engine';
import type { ControlSnapshot, FieldFinding, FieldKind, PageFacts } from './types';
import { control as makeControl } from './fields/control-factory';

const field = (kind: FieldKind, index: number): FieldFinding => ({ index, kind, id: null, name: null, reasons: [{ code: 'test' }] });
const page = (url: string, kinds: FieldKind[], extra: Partial<PageFacts> = {}): PageFacts => ({
  url,
  title: '',
  headings: [],
  text: '',
  fields: kinds.map((k, i) => field(k, i)),
  ...extra,
});

describe('evaluateFindings', () => {
  // Red-team round 9, A1: the page names itself the bank's login; its one box says only 登录密码.
  it('passes a bank login named by the page\'s heading on to the policy', () => {
    const v = evaluateFindings(
      page('https://tuikuan-banli.example.net/', ['password'], {
        title: '退款办理',
        headings: ['个人网银登录'],
        text: '您买的电饭煲有质量问题，我们给您办理三倍赔偿，请登录网银领取。',
      }),
      { trusted: [] },
    );
    expect(v.rules.map((r) => r.code)).toContain('password-with-scam-script');
  });

  it('warns hard on a fake Alipay refund page asking for card and SMS code', () => {
    const v = evaluateFindings(
      page('http://alipay-refund.cn/claim', ['card-number', 'otp'], {
        title: '支付宝退款中心',
        text: '尊敬的用户，您购买的商品存在质量问题，我们将为您办理退款，请填写银行卡号和验证码。',
      }),
      { trusted: [] },
    );
    expect(v.level).toBe('danger');
    expect(v.domain).toMatchObject({ kind: 'lookalike', brand: 'alipay', insecure: true });
    expect(v.signals.map((s) => s.kind)).toEqual(expect.arrayContaining(['brand-claim', 'scam-phrase']));
    expect(v.cases).toContain('wuhan-2021-meeting-refund');
    expect(v.advice).toContain('never-share-code');
  });

  it('warns hard on a page that asks for a QQ password and says nothing else about who it is', () => {
    const qq: FieldFinding = { index: 1, kind: 'password', id: null, name: 'pwd', reasons: [{ code: 'input-type', detail: 'password' }], labels: ['请输入QQ密码'] };
    const facts = page('https://vip-gift.example.net/login', [], { title: '会员领取', fields: [qq] });
    const v = evaluateFindings(facts, { trusted: [] });
    expect(v.level).toBe('danger');
    expect(v.rules).toEqual([{ code: 'password-with-sign-in-claim' }]);
    expect(v.signals).toEqual([{ kind: 'brand-claim', brand: 'tencent', reasons: [{ code: 'claim-password-for', detail: 'QQ' }] }]);
    // The same field named only "密码" is any site's own sign-in.
    expect(evaluateFindings({ ...facts, fields: [{ ...qq, labels: ['请输入密码'] }] }, { trusted: [] }).level).toBe('none');
    // A site the person trusts claims nothing.
    expect(evaluateFindings(facts, { trusted: ['example.net'] }).level).toBe('none');
  });

  it('judges a frame of another origin with what its top page claimed (context.topSignals)', () => {
    const frame = page('https://form-host.example.net/f', ['card-number', 'otp']);
    const claim = { kind: 'brand-claim' as const, brand: 'pboc', reasons: [{ code: 'claim-title', detail: '中国人民银行' }] };
    expect(evaluateFindings(frame, { trusted: [] }).level).toBe('caution');
    const v = evaluateFindings(frame, { trusted: [], topSignals: [claim] });
    expect(v.level).toBe('danger');
    expect(v.signals).toEqual([claim]);
    // A meeting link of the top page is the top page's own business, not the frame's.
    const meeting = { kind: 'meeting-join' as const, brand: 'tencent-meeting', reasons: [] };
    expect(evaluateFindings(frame, { trusted: [], topSignals: [meeting] }).signals).toEqual([]);
  });

  // The red-team review: a fake host quoting its refund story as a chat bubble, the card form in another fake host's
  // frame: "!" where the same page in one document is "!!". A news site quoting a script around a payment provider's
  // card frame must not become danger by that alone.
  describe('a frame of another site under a top page that only quotes its story', () => {
    const quoted = { kind: 'scam-phrase' as const, phrase: 'refund-quality-problem', reasons: [{ code: 'scam-phrase', detail: '您买的衣服有质量问题' }] };

    it('the top page keeps the quoted story apart in its verdict, counted nowhere', () => {
      const top = page('https://after-sale.example.net/', [], { text: '在线客服阿杰：“亲，您买的衣服有质量问题，我们给您办理双倍退款。”' });
      const v = evaluateFindings(top, { trusted: [] });
      expect(v.signals).toEqual([]);
      expect(v.reported?.map((s) => s.phrase)).toEqual(['refund-quality-problem']);
      // Nothing reported, no key: the scan command's output is as before on other pages.
      expect(evaluateFindings(page('https://after-sale.example.net/', []), { trusted: [] })).not.toHaveProperty('reported');
    });

    it('counts it in a frame that asks for the card and the code', () => {
      const frame = page('https://form-host.example.com/f', ['card-number', 'phone', 'otp']);
      expect(evaluateFindings(frame, { trusted: [] }).level).toBe('caution');
      const v = evaluateFindings(frame, { trusted: [], topReported: [quoted] });
      expect(v.level).toBe('danger');
      expect(v.signals).toEqual([quoted]);
      expect(v.rules.map((r) => r.code)).toContain('card-and-code-with-scam-script');
    });

    it.each<[string, FieldKind[]]>([
      ['a payment provider\'s card form (number, expiry, security code)', ['card-number', 'card-expiry', 'card-cvv']],
      ['a card number alone', ['card-number']],
      ['a login (phone and code)', ['phone', 'otp']],
    ])('does not count it in %s', (_name, kinds) => {
      const frame = page('https://pay.example-psp.com/card', kinds);
      const v = evaluateFindings(frame, { trusted: [], topReported: [quoted] });
      expect(v.signals).toEqual([]);
      expect(v.level).toBe(evaluateFindings(frame, { trusted: [] }).level);
    });
  });

  it('warns hard on a claim page that tells the lost-parcel story and asks only for the card number (the code comes next)', () => {
    const story = page('https://claims-desk.example.net/', ['card-number'], {
      title: '理赔登记',
      text: '您的包裹在中转时丢失，我们将按订单金额为您赔付。请填写收款银行卡号。',
    });
    const v = evaluateFindings(story, { trusted: [] });
    expect(v.level).toBe('danger');
    expect(v.rules.map((r) => r.code)).toEqual(['card-field-with-scam-script', 'card-field-on-unknown-site']);
    expect(v.cases).toContain('hangzhou-2022-parcel-claim');
    // The same card box without the story is an ordinary checkout's.
    expect(evaluateFindings({ ...story, text: '请填写银行卡号完成支付。' }, { trusted: [] }).level).toBe('caution');
  });

  it('warns hard on a card box whose address tells the lost-parcel story, when the page itself says nothing', () => {
    const quiet = page('https://kuaijian-peifu.cn/', ['card-number'], { title: '登记', text: '请填写银行卡号。' });
    const v = evaluateFindings(quiet, { trusted: [] });
    expect(v.level).toBe('danger');
    expect(v.rules.map((r) => r.code)).toEqual(['card-field-with-scam-script', 'card-field-on-unknown-site']);
    expect(v.signals).toEqual([
      { kind: 'scam-phrase', phrase: 'parcel-lost-claim', reasons: [{ code: 'scam-phrase-in-address', detail: 'kuaijian-peifu' }] },
    ]);
    expect(v.cases).toContain('hangzhou-2022-parcel-claim');
    // The same words on an address that tells nothing: an ordinary checkout's card box.
    expect(evaluateFindings({ ...quiet, url: 'https://shop.example.net/' }, { trusted: [] }).level).toBe('caution');
  });

  it('names first the case of the story the page tells: a "cancel your 百万保障" page is the Wuhan case', () => {
    const form = page('https://service-center.example.net/', ['card-number', 'otp'], {
      title: '关闭百万保障',
      text: '您开通了百万保障，如不关闭将每月自动扣费。请填写银行卡号和验证码。',
    });
    const v = evaluateFindings(form, { trusted: [] });
    expect(v.level).toBe('danger');
    expect(v.signals.map((s) => s.phrase)).toEqual(['cancel-membership']);
    // The card-and-code rule names the parcel case; the story names Wuhan, and the popup shows the first.
    expect(v.rules.map((r) => r.code)).toContain('card-and-code-with-scam-script');
    expect(v.cases[0]).toBe('wuhan-2021-meeting-refund');
    // A lost-parcel page keeps the parcel case first.
    const parcel = evaluateFindings({ ...form, title: '理赔登记', text: '您的快递在运输途中丢失，我们将为您办理理赔。请填写银行卡号和验证码。' }, { trusted: [] });
    expect(parcel.cases).toEqual(['hangzhou-2022-parcel-claim']);
  });

  it('names the case a lookalike address tells, besides the brand it imitates', () => {
    const quiet = page('https://jd-kuaidi-lipei.cn/', ['card-number', 'otp'], { title: '登记', text: '请填写银行卡号和验证码。' });
    const v = evaluateFindings(quiet, { trusted: [] });
    expect(v.level).toBe('danger');
    expect(v.domain).toMatchObject({ kind: 'lookalike', brand: 'jd' });
    expect(v.signals.map((s) => s.phrase)).toEqual(['parcel-lost-claim']);
    expect(v.cases).toEqual(['hangzhou-2022-parcel-claim']);
    // The story's advice: no transfer "to release the compensation".
    expect(v.advice).toContain('no-transfer');
    // A lookalike whose name tells no story names no case.
    expect(evaluateFindings({ ...quiet, url: 'https://jd-kefu.cn/' }, { trusted: [] }).cases).toEqual([]);
  });

  it('warns hard on a "close your student account or your credit suffers" page that asks for the ID number', () => {
    const form = page('https://xueji-zhuxiao.cn/', ['phone', 'id-number'], {
      title: '账户注销',
      text: '您的学生账户还没有注销，请今天内注销，否则将影响您的个人征信。请填写身份证号和手机号。',
    });
    const v = evaluateFindings(form, { trusted: [] });
    expect(v.level).toBe('danger');
    expect(v.rules.map((r) => r.code)).toEqual(['id-number-with-scam-script']);
    // The story's own advice leads: a credit record is not fixed by phone or on a web page.
    expect(v.advice[0]).toBe('credit-not-by-phone');
    // Neither of our cases is this story, so none is shown; a lost-parcel desk asking for the ID number shows the parcel case.
    expect(v.cases).toEqual([]);
    const desk = evaluateFindings({ ...form, text: '您的快递在运输途中丢失，我们将为您办理理赔。请填写身份证号。' }, { trusted: [] });
    expect(desk.rules.map((r) => r.code)).toEqual(['id-number-with-scam-script']);
    expect(desk.cases).toEqual(['hangzhou-2022-parcel-claim']);
    // Only the phone number asked for yet: caution, the code comes next.
    const phoneStep = evaluateFindings({ ...form, fields: [field('phone', 0)] }, { trusted: [] });
    expect(phoneStep.level).toBe('caution');
    expect(phoneStep.rules.map((r) => r.code)).toEqual(['phone-with-scam-script']);
    // The same form without the story is an ordinary real-name form.
    expect(evaluateFindings({ ...form, text: '请填写身份证号和手机号完成实名登记。' }, { trusted: [] }).level).toBe('none');
  });

  it('stays quiet on an anti-fraud article that quotes the scripts, under the site\'s own SMS login', () => {
    const article = page('https://www.chenbao-news.cn/2026/1121.html', ['phone', 'otp'], {
      title: '警方提醒：接到这些电话马上挂断',
      text:
        '王女士接到自称客服的电话：“您购买的商品存在质量问题，我们给您双倍赔偿。”另一位市民听到的是：' +
        '“您的快递在运输途中丢失了，我们为您理赔。”民警说，这些都是骗子的话术，遇到请拨打 96110。',
    });
    expect(evaluateFindings(article, { trusted: [] })).toMatchObject({ level: 'none', signals: [] });
    // The same words said to the reader, unquoted, are the script.
    const fake = { ...article, text: '您购买的商品存在质量问题，我们给您双倍赔偿。请先登录。' };
    expect(evaluateFindings(fake, { trusted: [] }).level).toBe('danger');
  });

  it('stays quiet on an anti-fraud article that tells the scripts as a crook\'s words, unquoted, under the site\'s SMS login', () => {
    const article = page('https://www.chenbao-news.cn/2026/1122.html', ['phone', 'otp'], {
      title: '这几种电话，接到就挂',
      text:
        '骗子会冒充电商客服，说您的商品有质量问题，要给您双倍赔偿。也有不法分子谎称您的快递丢失了，可以为您理赔，' +
        '再诱导您下载会议软件共享屏幕。遇到这类电话，请拨打 96110。',
    });
    expect(evaluateFindings(article, { trusted: [] })).toMatchObject({ level: 'none', signals: [] });
    // The page's own voice between the crook and the script: the script is said to the reader.
    const fake = { ...article, text: '近期有不法分子冒充我司客服，请认准本页，您的快递丢失了，我们为您理赔，请先登录。' };
    expect(evaluateFindings(fake, { trusted: [] }).level).toBe('danger');
  });

  it('keeps a shop checkout at caution when its anti-fraud notice states the scripts as rules', () => {
    const checkout = page('https://pay.example-shop.com/checkout', ['card-number', 'card-expiry', 'card-cvv'], {
      title: '确认订单',
      text:
        '防骗提示：凡是自称客服要您下载会议软件并教您操作退款的，都是诈骗。说您的快递丢失要给您理赔，' +
        '让您填写银行卡号和验证码的，一律是骗子。请填写银行卡信息完成付款。',
    });
    const v = evaluateFindings(checkout, { trusted: [] });
    expect(v.level).toBe('caution');
    expect(v.signals).toEqual([]);
    // The same scripts said to the reader are danger.
    const fake = { ...checkout, text: '客服要您下载会议软件，我们教您操作退款。您的快递丢失，我们为您理赔，请填写银行卡号。' };
    const said = evaluateFindings(fake, { trusted: [] });
    expect(said.signals.map((s) => s.phrase)).toEqual(['parcel-lost-claim', 'screen-share-meeting']);
    expect(said.level).toBe('danger');
  });

  it('stays quiet on the bank’s own site', () => {
    const v = evaluateFindings(page('https://mybank.icbc.com.cn/', ['card-number', 'card-pin', 'otp'], { title: '中国工商银行' }), { trusted: [] });
    expect(v).toMatchObject({ level: 'none', domain: { kind: 'official', brand: 'icbc' }, signals: [] });
  });

  it('cautions on a meeting-join link, with the meeting advice', () => {
    const v = evaluateFindings(page('https://meeting.tencent.com/dm/AbCd1234', []), { trusted: [] });
    expect(v.level).toBe('caution');
    expect(v.signals).toMatchObject([{ kind: 'meeting-join', brand: 'tencent-meeting' }]);
    expect(v.advice[0]).toBe('no-meeting');
  });

  it('cautions at the first step of a fake login: a phone box under "登录 - 支付宝" off Alipay', () => {
    const step1 = page('https://account-safe.cn/login', ['phone'], { title: '登录 - 支付宝' });
    const v = evaluateFindings(step1, { trusted: [] });
    expect(v.level).toBe('caution');
    expect(v.rules.map((r) => r.code)).toEqual(['phone-with-sign-in-claim']);
    expect(v.advice[0]).toBe('stop-if-phone-sent-you');
    // The same phone box on a page that only mentions Alipay (a payment option) says nothing.
    expect(evaluateFindings(page('https://account-safe.cn/login', ['phone'], { title: '会员登录', headings: ['支持支付宝付款'] }), { trusted: [] }).level).toBe('none');
    // The next step, the SMS code, is danger (code-with-brand-claim).
    expect(evaluateFindings(page('https://account-safe.cn/login', ['phone', 'otp'], { title: '登录 - 支付宝' }), { trusted: [] }).level).toBe('danger');
  });

  it('lets the user’s trust silence a shop, and screen sharing raise a code field', () => {
    const shop = page('https://pay.example-shop.com/checkout', ['card-number', 'card-cvv']);
    expect(evaluateFindings(shop, { trusted: [] }).level).toBe('caution');
    expect(evaluateFindings(shop, { trusted: ['example-shop.com'] }).level).toBe('none');
    const login = page('https://www.example-shop.com/login', ['phone', 'otp']);
    expect(evaluateFindings(login, { trusted: [] }).level).toBe('none');
    expect(evaluateFindings(login, { trusted: [], screenShared: true }).level).toBe('danger');
  });
});

describe('evaluatePage', () => {
  // Each example control is a row of its own, as the sensor gives a lone control.
  const control = (over: Partial<ControlSnapshot>): ControlSnapshot => makeControl({ rowKey: 0, ...over });

  it('classifies the controls, then decides', () => {
    const v = evaluatePage(
      {
        url: 'https://shop.example.org/pay',
        title: 'Checkout',
        headings: [],
        text: '',
        controls: [
          control({ index: 0, id: 'cc', autocomplete: 'cc-number', rowKey: 1 }),
          control({ index: 1, id: 'csc', autocomplete: 'cc-csc', rowKey: 2 }),
        ],
      },
      { trusted: [] },
    );
    expect(v.fields.map((f) => [f.index, f.kind])).toEqual([
      [0, 'card-number'],
      [1, 'card-cvv'],
    ]);
    expect(v.level).toBe('caution');
  });

  it('reads a password field’s names from the snapshot (the scan command’s path)', () => {
    const snapshot = {
      url: 'https://followers.example.org/',
      title: 'Free followers',
      headings: ['Get free followers'],
      text: '',
      controls: [control({ index: 0, placeholder: 'Username', rowKey: 1 }), control({ index: 1, type: 'password', placeholder: 'Instagram Password', rowKey: 2 })],
    };
    const v = evaluatePage(snapshot, { trusted: [] });
    expect(v.fields).toMatchObject([{ index: 1, kind: 'password', labels: ['Instagram Password'] }]);
    expect(v.level).toBe('danger');
    expect(v.signals.map((s) => s.brand)).toEqual(['instagram']);
  });

  // Red team 7: a regional bank's own 个人网上银行 login (card or account number, 网银登录密码) was "!!": its host was a
  // "lookalike" (hzbank ~ czbank, ebank ~ webank) and its login password a card PIN.
  describe('a bank the guard does not know, on its own online-banking login', () => {
    const login = (url: string, passwordLabel: string, extra: { title?: string; text?: string } = {}) => ({
      url,
      title: extra.title ?? '个人网上银行登录',
      headings: ['个人网上银行'],
      text: extra.text ?? '温馨提示：本行工作人员不会向您索要密码。',
      controls: [
        control({ index: 0, labelText: '卡号/账号', maxLength: 19, rowKey: 1 }),
        control({ index: 1, type: 'password', placeholder: passwordLabel, maxLength: 20, rowKey: 2 }),
      ],
    });

    it.each([
      'https://www.bosc.cn/login.html',
      'https://www.hzbank.com.cn/login.html',
      'https://ebank.bankofbeijing.com.cn/login.html',
      'https://www.hebbank.com/login.html',
    ])('%s with 网银登录密码 is caution (a card field on a site we do not know), not danger', (url) => {
      const v = evaluatePage(login(url, '请输入网银登录密码'), { trusted: [] });
      expect(v.fields.map((f) => f.kind)).toEqual(['card-number', 'password']);
      expect(v.domain.kind).toBe('unknown');
      expect(v.level).toBe('caution');
      expect(v.rules).toEqual([{ code: 'card-field-on-unknown-site' }]);
    });

    it('a lookalike host, or the card PIN itself, is still danger', () => {
      expect(evaluatePage(login('https://weebank.com/login.html', '请输入网银登录密码'), { trusted: [] }).level).toBe('danger');
      expect(evaluatePage(login('https://czbamk.com/login.html', '请输入网银登录密码'), { trusted: [] }).level).toBe('danger');
      const pin = evaluatePage(login('https://www.bosc.cn/login.html', '请输入6位取款密码'), { trusted: [] });
      expect(pin.level).toBe('danger');
      expect(pin.rules.map((r) => r.code)).toContain('card-pin-off-official');
    });
  });
});
