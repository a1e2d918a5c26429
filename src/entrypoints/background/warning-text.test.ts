import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decide } from '@/core/verdict/decide';
import type { DomainKind, FieldKind, PageSignal } from '@/core/types';
import { KNOWLEDGE } from './knowledge-lookups';
import { brandById } from '@/knowledge';
import type { Bilingual } from '@/knowledge/types';
import type { MessageKey } from './message-keys';
import { domain, finding, translatorFrom, verdict } from './test-factories';
import { actionCandidates, buildWarningPlan, chooseReason, type KnowledgeLookups, type Translate } from './warning-text';

const messages = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const zh: Translate = translatorFrom(messages('zh_CN'));
const en: Translate = translatorFrom(messages('en'));

const table = <T extends string>(entries: Record<T, Bilingual>) => (id: string) => (entries as Record<string, Bilingual>)[id];
const knowledge: KnowledgeLookups = {
  brandName: table({ alipay: { zh: '支付宝', en: 'Alipay' }, jd: { zh: '京东', en: 'JD.com' } }),
  adviceText: table({
    'hang-up-verify': { zh: '先挂断电话，再自己拨打平台的官方客服电话核实。', en: 'Hang up and call the official customer service yourself.' },
    'check-address': { zh: '看一看地址栏。', en: 'Look at the address bar.' },
    'official-only': { zh: '退款只在官方网站办理。', en: 'Refunds only on the official site.' },
  }),
  caseSummary: table({ 'wuhan-2021': { zh: '武汉有人被假客服拉进会议，输了五张卡的密码。', en: 'In Wuhan a fake agent had a woman type five cards’ passwords in a meeting.' } }),
  phraseDescription: table({ 'refund-quality': { zh: '说商品有质量问题要给你退款', en: 'says your item has a quality problem and offers a refund' } }),
  accountName: (brand, name) => (brand === 'jd' && name === '京东' ? name : undefined),
  claimName: (brand, alias) => (brand === 'gov-cn' && alias === '个人所得税' ? alias : undefined),
};

describe('chooseReason: the most telling reason wins', () => {
  it.each<[string, Parameters<typeof chooseReason>[0], MessageKey]>([
    ['lookalike host', verdict({ domain: domain({ kind: 'lookalike', brand: 'alipay' }), signals: [{ kind: 'scam-phrase', phrase: 'refund-quality', reasons: [] }] }), 'warnWhyLookalike'],
    ['lookalike host whose name also tells a story', verdict({ domain: domain({ kind: 'lookalike', brand: 'jd' }), signals: [{ kind: 'scam-phrase', phrase: 'parcel-lost-claim', reasons: [{ code: 'scam-phrase-in-address', detail: 'jd-kuaidi-lipei' }] }] }), 'warnWhyLookalike'],
    ['a code page after the same site’s card page (before a claim on the page itself)', verdict({ rules: [{ code: 'code-after-card-step' }], signals: [{ kind: 'brand-claim', brand: 'jd', reasons: [] }] }), 'warnWhyAfterCardStep'],
    ['a code page after the same site’s story step (before a claim on the page itself)', verdict({ rules: [{ code: 'code-after-story-step' }], signals: [{ kind: 'brand-claim', brand: 'jd', reasons: [] }] }), 'warnWhyAfterStoryStep'],
    ['a code page after a fake card page of another site (before a claim on the page itself)', verdict({ rules: [{ code: 'code-after-fake-card-page-elsewhere' }], signals: [{ kind: 'brand-claim', brand: 'jd', reasons: [] }] }), 'warnWhyAfterFakeCardPage'],
    ['brand claim on an unknown host', verdict({ signals: [{ kind: 'scam-phrase', phrase: 'x', reasons: [] }, { kind: 'brand-claim', brand: 'jd', reasons: [] }] }), 'warnWhyBrandClaim'],
    ['IP address', verdict({ domain: domain({ kind: 'ip', registrableDomain: null }) }), 'warnWhyIp'],
    ['meeting-join page', verdict({ signals: [{ kind: 'meeting-join', brand: 'tencent-meeting', reasons: [] }] }), 'warnWhyMeeting'],
    ['scam phrase only', verdict({ signals: [{ kind: 'scam-phrase', phrase: 'refund-quality', reasons: [] }] }), 'warnWhyScamPhrase'],
    ['scam phrase told only by the address', verdict({ signals: [{ kind: 'scam-phrase', phrase: 'parcel-lost-claim', reasons: [{ code: 'scam-phrase-in-address', detail: 'kuaidi-lipei' }] }] }), 'warnWhyScamPhraseInAddress'],
    ['scam phrase told by the page and its address', verdict({ signals: [{ kind: 'scam-phrase', phrase: 'parcel-lost-claim', reasons: [{ code: 'scam-phrase', detail: '您的快递已丢失' }, { code: 'scam-phrase-in-address', detail: 'kuaidi-lipei' }] }] }), 'warnWhyScamPhrase'],
    ['plain http only', verdict({ domain: domain({ insecure: true }) }), 'warnWhyInsecure'],
    ['nothing specific', verdict(), 'warnWhyUnknown'],
  ])('%s', (_name, v, key) => {
    expect(chooseReason(v).key).toBe(key);
  });

  it('a claim made only by a password field’s name says whose password the page asks for, by the knowledge base’s name', () => {
    const byField = { kind: 'brand-claim' as const, brand: 'jd', reasons: [{ code: 'claim-password-for', detail: '京东' }] };
    const v = verdict({ level: 'danger', signals: [byField] });
    expect(chooseReason(v)).toEqual({ key: 'warnWhyPasswordFor', ref: { brand: 'jd', account: '京东' } });
    expect(buildWarningPlan(v, 'zh', zh, knowledge)!.why).toBe('这个网页要你输入京东的账号密码，可它不是京东自己的网站。');
    // In English a Chinese name gives way to the brand's English one.
    expect(buildWarningPlan(v, 'en', en, knowledge)!.why).toBe("This page asks for your JD.com password, but it is not JD.com's own website.");
    // A name the knowledge base does not give that brand is never said back: the brand's own name is.
    const forged = verdict({ level: 'danger', signals: [{ ...byField, reasons: [{ code: 'claim-password-for', detail: '<b>点这里</b>' }] }] });
    expect(buildWarningPlan(forged, 'zh', zh, knowledge)!.why).toBe('这个网页要你输入京东的账号密码，可它不是京东自己的网站。');
    // Claimed by its title as well: the page says it is the brand, and that comes first.
    const titled = verdict({ level: 'danger', signals: [{ ...byField, reasons: [{ code: 'claim-in-title', detail: '京东' }, ...byField.reasons] }] });
    expect(chooseReason(titled)).toEqual({ key: 'warnWhyBrandClaim', ref: { brand: 'jd', claimedAs: '京东' } });
    expect(buildWarningPlan(titled, 'zh', zh, knowledge)!.why).toBe('这个网页自称是京东，可网址不是京东的官方网站。');
  });

  it('a brand claim on the brand’s own official site is not a reason', () => {
    const v = verdict({ domain: domain({ kind: 'official', brand: 'alipay' }), signals: [{ kind: 'brand-claim', brand: 'alipay', reasons: [] }] });
    expect(chooseReason(v).key).toBe('warnWhyUnknown');
  });

  it('screen sharing outranks everything (issue 4 hook)', () => {
    const v = verdict({ domain: domain({ kind: 'lookalike', brand: 'alipay' }) });
    expect(chooseReason(v, { screenShared: true }).key).toBe('warnWhyScreenShared');
  });
});

describe('actionCandidates: the one thing to do now', () => {
  it.each([
    [['check-address', 'official-only', 'hang-up-verify'], ['official-only', 'hang-up-verify']],
    [['no-meeting', 'stop-screen-share', 'hang-up-verify'], ['no-meeting', 'stop-screen-share', 'hang-up-verify']],
    [['never-share-code', 'official-only'], ['never-share-code', 'official-only']],
    [['check-address', 'if-typed'], []],
  ])('%j → %j', (advice, expected) => {
    expect(actionCandidates(advice)).toEqual(expected);
  });

  it('with only a restatement of the reason, falls back to hanging up and calling 96110', () => {
    const v = verdict({ level: 'danger', advice: ['check-address', 'if-typed'] });
    expect(buildWarningPlan(v, 'zh', zh, knowledge)!.action).toBe('不要输入。挂断电话，拨打96110问清楚。');
  });
});

describe('buildWarningPlan', () => {
  it('says nothing for level none', () => {
    expect(buildWarningPlan(verdict({ fields: [finding(0, 'otp')] }), 'zh', zh, knowledge)).toBeUndefined();
  });

  it('a danger lookalike page: what the field is, why, and the one thing to do — in Chinese', () => {
    const v = verdict({
      level: 'danger',
      domain: domain({ kind: 'lookalike', brand: 'alipay' }),
      fields: [finding(3, 'otp'), finding(1, 'card-number'), finding(2, 'phone')],
      advice: ['check-address', 'unknown-advice', 'hang-up-verify', 'official-only'],
      cases: ['wuhan-2021'],
    });
    const plan = buildWarningPlan(v, 'zh', zh, knowledge)!;
    expect(plan.level).toBe('danger');
    expect(plan.title).toBe('危险：这很可能是诈骗网页');
    expect(plan.fields).toEqual([
      { index: 1, kind: 'card-number', what: '这是“银行卡号”栏。' },
      { index: 3, kind: 'otp', what: '这是“短信验证码”栏。' },
    ]);
    expect(plan.why).toBe('这个网址不是支付宝的官方网站，只是名字像。');
    expect(plan.action).toBe('不要输入。先挂断电话，再自己拨打平台的官方客服电话核实。');
    expect(plan.story).toBe('武汉有人被假客服拉进会议，输了五张卡的密码。');
    expect(plan.labels.dismiss).toBe('我知道了，本页不再提醒');
  });

  it('English with a brand claim and no known advice falls back to calling 96110', () => {
    const v = verdict({ level: 'caution', signals: [{ kind: 'brand-claim', brand: 'jd', reasons: [] }], fields: [finding(0, 'card-pin')] });
    const plan = buildWarningPlan(v, 'en', en, knowledge)!;
    expect(plan.title).toBe("Careful: don't fill this in yet");
    expect(plan.why).toBe("This page says it is JD.com, but the address is not JD.com's official website.");
    expect(plan.action).toContain('96110');
    expect(plan.fields).toEqual([{ index: 0, kind: 'card-pin', what: 'This box asks for your card or payment password.' }]);
    expect(plan.story).toBeUndefined();
  });

  it('a split-box finding warns on every one of its boxes, in page order', () => {
    const v = verdict({ level: 'caution', fields: [finding(6, 'otp'), { ...finding(1, 'card-number'), boxes: [1, 2, 3, 4] }] });
    const fields = buildWarningPlan(v, 'zh', zh, knowledge)!.fields;
    expect(fields.map((field) => [field.index, field.kind])).toEqual([
      [1, 'card-number'],
      [2, 'card-number'],
      [3, 'card-number'],
      [4, 'card-number'],
      [6, 'otp'],
    ]);
  });

  it('one control with two findings is warned once, as its first finding', () => {
    const v = verdict({ level: 'caution', fields: [finding(0, 'card-number'), finding(0, 'otp')] });
    expect(buildWarningPlan(v, 'zh', zh, knowledge)!.fields.map((field) => field.kind)).toEqual(['card-number']);
  });

  it('a box that takes what carries the secret is named for it: the card photos, the whole SMS (carriers.ts)', () => {
    const carried = (index: number, kind: FieldKind, code: string) => ({ ...finding(index, kind), reasons: [{ code }] });
    const v = verdict({
      level: 'danger',
      fields: [carried(0, 'card-number', 'card-photo'), carried(1, 'card-cvv', 'card-photo'), carried(2, 'otp', 'sms-message'), finding(3, 'otp')],
    });
    expect(buildWarningPlan(v, 'zh', zh, knowledge)!.fields.map((field) => field.what)).toEqual([
      '这里要你上传银行卡正面的照片，照片上有卡号。',
      '这里要你上传银行卡背面的照片，照片上有安全码。',
      '这里要你贴上收到的整条短信，短信里有验证码。',
      '这是“短信验证码”栏。',
    ]);
    expect(buildWarningPlan(v, 'en', en, knowledge)!.fields.map((field) => field.what)).toEqual([
      'This asks you to upload a photo of the front of your bank card, which shows the card number.',
      'This asks you to upload a photo of the back of your bank card, which shows the security code.',
      'This box asks for the whole text message you got, which has the code in it.',
      'This box asks for your SMS verification code.',
    ]);
  });

  it('a photo upload is told "do not upload", not "do not type" (the boxes one types into, and the banner, keep theirs)', () => {
    const carried = (index: number, kind: FieldKind, code: string) => ({ ...finding(index, kind), reasons: [{ code }] });
    const fields = [carried(0, 'card-number', 'card-photo'), carried(1, 'card-cvv', 'card-photo'), carried(2, 'otp', 'sms-message'), finding(3, 'otp')];
    const actions = (v: Parameters<typeof buildWarningPlan>[0], lang: 'zh' | 'en') => {
      const plan = buildWarningPlan(v, lang, lang === 'zh' ? zh : en, knowledge)!;
      return [plan.action, ...plan.fields.map((field) => field.action ?? plan.action)];
    };
    // With advice: the stop words go in front of it; hang up first where the caller is part of the scam.
    const advised = verdict({ level: 'danger', fields, advice: ['hang-up-verify', 'official-only'] });
    expect(actions(advised, 'zh')).toEqual([
      '不要输入。先挂断电话，再自己拨打平台的官方客服电话核实。',
      '不要上传。先挂断电话，再自己拨打平台的官方客服电话核实。',
      '不要上传。先挂断电话，再自己拨打平台的官方客服电话核实。',
      '不要输入。先挂断电话，再自己拨打平台的官方客服电话核实。',
      '不要输入。先挂断电话，再自己拨打平台的官方客服电话核实。',
    ]);
    const hangUp = verdict({ level: 'danger', fields, advice: ['official-only', 'hang-up-verify'] });
    expect(actions(hangUp, 'zh')[1]).toBe('不要上传，先挂断电话。退款只在官方网站办理。');
    expect(actions(hangUp, 'en')[1]).toBe("Don't upload anything, and hang up. Refunds only on the official site.");
    // No advice known: the fallback, in its upload words.
    const bare = verdict({ level: 'danger', fields });
    expect(actions(bare, 'zh')).toEqual([
      '不要输入。挂断电话，拨打96110问清楚。',
      '不要上传。挂断电话，拨打96110问清楚。',
      '不要上传。挂断电话，拨打96110问清楚。',
      '不要输入。挂断电话，拨打96110问清楚。',
      '不要输入。挂断电话，拨打96110问清楚。',
    ]);
    expect(actions(bare, 'en')[2]).toBe("Don't upload anything. Hang up and call 96110, the anti-fraud hotline.");
    // A caution says the advice alone, the same for every box: no action of its own on the field.
    const caution = buildWarningPlan(verdict({ level: 'caution', fields, advice: ['official-only'] }), 'zh', zh, knowledge)!;
    expect(caution.fields.map((field) => field.action)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('a brand id the knowledge base cannot name falls back to the general reason', () => {
    const v = verdict({ level: 'danger', domain: domain({ kind: 'lookalike', brand: 'no-such-brand' }) });
    expect(buildWarningPlan(v, 'zh', zh, knowledge)!.why).toBe('这个网站不是银行或平台自己的官方网站。');
  });

  it('fills the scam story from the knowledge base, never from the page', () => {
    const v = verdict({ level: 'caution', signals: [{ kind: 'scam-phrase', phrase: 'refund-quality', reasons: [{ code: 'phrase', detail: '<b>page text</b>' }] }] });
    expect(buildWarningPlan(v, 'zh', zh, knowledge)!.why).toBe('网页上的说法和常见骗局一样：说商品有质量问题要给你退款');
  });
});

describe('the one thing to do, on verdicts from the real policy and knowledge base', () => {
  const real = KNOWLEDGE;
  const page = (kind: DomainKind, kinds: FieldKind[], signals: PageSignal[] = []) =>
    decide({
      url: 'https://pay.example.cn/',
      domain: domain({ kind, host: 'pay.example.cn', registrableDomain: 'example.cn', ...(kind === 'lookalike' ? { brand: 'alipay' } : {}) }),
      fields: kinds.map((kind, index) => finding(index, kind)),
      signals,
      context: { trusted: [] },
    });
  const action = (v: ReturnType<typeof page>, lang: 'zh' | 'en') => buildWarningPlan(v, lang, lang === 'zh' ? zh : en, real)!.action;

  it('an honest-looking shop checkout (caution): stop if a caller sent you; nothing about refunds or a claimed company', () => {
    const v = page('unknown', ['card-number', 'card-expiry', 'card-cvv', 'otp']);
    expect(v.level).toBe('caution');
    expect(action(v, 'zh')).toBe('如果是电话里的人让你打开这个网页，马上停下，挂断电话。');
    expect(action(v, 'en')).toBe('If someone on the phone told you to open this page, stop now and hang up.');
    expect(v.advice).toEqual(['stop-if-phone-sent-you', 'never-share-code']);
  });

  it('a fake refund page on a lookalike host (danger): do not type, hang up, refunds only in the official app', () => {
    const v = page('lookalike', ['card-number', 'card-pin', 'otp'], [{ kind: 'brand-claim', brand: 'alipay', reasons: [] }, { kind: 'scam-phrase', phrase: 'refund-quality-problem', reasons: [] }]);
    expect(v.level).toBe('danger');
    expect(action(v, 'zh')).toBe('不要输入，先挂断电话。退款、理赔只在官方网站或官方 App 里办理。');
    expect(action(v, 'en')).toBe("Don't type anything, and hang up. Handle refunds and claims only in the company's official website or app.");
  });

  it('a lookalike page with no story (danger): do not type, hang up, and only the official site or app (no refund words)', () => {
    const v = page('lookalike', ['card-number', 'otp']);
    expect(v.level).toBe('danger');
    expect(v.advice).toContain('official-site-or-app');
    expect(v.advice).toContain('hang-up-verify');
    expect(action(v, 'zh')).toBe('不要输入，先挂断电话。只用这家公司的官方网站或官方 App。自己打开 App 或输入网址，不点别人发来的链接。');
    expect(action(v, 'en')).toMatch(/^Don't type anything, and hang up\. Use only the company's official website or app\./);
  });

  it('a fake sign-in page (danger): do not type, and sign in only on the official site or app (not a word about refunds)', () => {
    const claim: PageSignal = { kind: 'brand-claim', brand: 'tencent', reasons: [{ code: 'claim-in-title', detail: 'QQ安全中心' }, { code: 'claim-sign-in-page', detail: 'QQ安全中心 - 登录' }] };
    const v = page('unknown', ['password'], [claim]);
    expect(v.level).toBe('danger');
    expect(action(v, 'zh')).toBe('不要输入。只在官方网站或官方 App 里登录账号，密码不告诉任何人。');
    expect(action(v, 'en')).toBe("Don't type anything. Sign in only on the company's own website or app, and never tell anyone your password.");
    // The same on a lookalike host.
    expect(action(page('lookalike', ['password']), 'zh')).toBe('不要输入。只在官方网站或官方 App 里登录账号，密码不告诉任何人。');
  });

  it('a page that asks for a QQ password (danger): the warning names the account as the person knows it', () => {
    const claim: PageSignal = { kind: 'brand-claim', brand: 'tencent', reasons: [{ code: 'claim-password-for', detail: 'QQ' }] };
    const v = page('unknown', ['password'], [claim]);
    expect(v.level).toBe('danger');
    expect(buildWarningPlan(v, 'zh', zh, real)!.why).toBe('这个网页要你输入QQ的账号密码，可它不是QQ自己的网站。');
    expect(buildWarningPlan(v, 'en', en, real)!.why).toBe("This page asks for your QQ password, but it is not QQ's own website.");
  });

  it('a fake parcel-compensation page claiming a courier (danger): the same one instruction', () => {
    const v = page('unknown', ['id-number', 'card-number', 'otp'], [{ kind: 'brand-claim', brand: 'sf-express', reasons: [] }]);
    expect(v.level).toBe('danger');
    expect(action(v, 'zh')).toBe('不要输入，先挂断电话。退款、理赔只在官方网站或官方 App 里办理。');
  });

  it('a scam story goes on after the colon as the knowledge base writes it (English in lower case)', () => {
    const v = page('unknown', ['card-number', 'otp'], [{ kind: 'scam-phrase', phrase: 'parcel-redelivery-fee', reasons: [{ code: 'scam-phrase', detail: '请支付2元补派送费' }] }]);
    expect(buildWarningPlan(v, 'en', en, real)!.why).toBe(
      'This page tells a known scam story: says your parcel "cannot be delivered, the address is incomplete" and has you pay a small fee on a web page, to get your card and code.',
    );
    expect(buildWarningPlan(v, 'zh', zh, real)!.why).toBe('网页上的说法和常见骗局一样：说你的快递“地址不详、送不了”，叫你在网页上补地址、付几块钱运费，骗你的银行卡和验证码。');
  });

  it('a page claiming a government service is named by what it claims, not as "中国政府网站" (a family no page calls itself)', () => {
    const claim = (detail: string): PageSignal => ({ kind: 'brand-claim', brand: 'gov-cn', reasons: [{ code: 'claim-in-title', detail }] });
    const v = page('unknown', ['card-number', 'otp'], [claim('个人所得税')]);
    expect(buildWarningPlan(v, 'zh', zh, real)!.why).toBe('这个网页自称是个人所得税，可网址不是个人所得税的官方网站。');
    // By a heading too.
    const byHeading = page('unknown', ['card-number', 'otp'], [{ ...claim('交管12123'), reasons: [{ code: 'claim-in-heading', detail: '交管12123' }] }]);
    expect(buildWarningPlan(byHeading, 'zh', zh, real)!.why).toBe('这个网页自称是交管12123，可网址不是交管12123的官方网站。');
    // A detail that is not one of the brand's aliases (page text, markup) is never said back: the family's name is.
    expect(buildWarningPlan(page('unknown', ['card-number', 'otp'], [claim('<b>税务</b>')]), 'zh', zh, real)!.why).toBe('这个网页自称是中国政府网站，可网址不是中国政府网站的官方网站。');
    // A brand that is no family keeps its own name whatever alias the page used.
    const jd: PageSignal = { kind: 'brand-claim', brand: 'jd-logistics', reasons: [{ code: 'claim-in-title', detail: '京东快递' }] };
    expect(buildWarningPlan(page('unknown', ['card-number', 'otp'], [jd]), 'zh', zh, real)!.why).toBe(`这个网页自称是${brandById('jd-logistics')!.name.zh}，可网址不是${brandById('jd-logistics')!.name.zh}的官方网站。`);
  });

  it('a card password box on an ordinary site (danger): nobody needs your card password', () => {
    const v = page('unknown', ['card-pin']);
    expect(action(v, 'zh')).toBe('不要输入，先挂断电话。谁都不需要你的银行卡或支付密码，客服和商家也不需要。');
    expect(action(v, 'en')).toBe("Don't type anything, and hang up. Nobody needs your card or payment password: no shop, no customer service.");
  });

  it('a danger rule that does not involve a caller says "do not type" without "hang up"', () => {
    const v = verdict({ level: 'danger', advice: ['check-address', 'official-only', 'call-96110', 'if-typed'] });
    expect(buildWarningPlan(v, 'zh', zh, real)!.action).toBe('不要输入。退款、理赔只在官方网站或官方 App 里办理。');
  });
});
