import { describe, expect, it } from 'vitest';
import type { Brand } from '../../knowledge/types';
import type { DomainAssessment, DomainKind } from '../types';
import { aliasMatcher, brandClaims, buildAliasMatchers, deskTitle, headingClaims, signInHeading, signInTitle, titleClaims, titlePartClaims } from './brand-claims';

const brand = (id: string, aliases: string[], category: Brand['category'] = 'bank'): Brand => ({
  id,
  category,
  name: { zh: aliases[0]!, en: id },
  aliases,
  hostTokens: [],
  domains: [],
});
const matchers = buildAliasMatchers([
  brand('alipay', ['支付宝', 'Alipay'], 'payment'),
  brand('boc', ['中国银行', 'BOC', 'Bank of China']),
  brand('chase', ['Chase']),
  brand('sf-express', ['SF Express', '顺丰速运'], 'courier'),
  brand('amex', ['American Express', 'Amex'], 'card-network'),
  brand('google', ['Google'], 'global'),
]);
const domain = (kind: DomainKind, brandId?: string): DomainAssessment => ({
  host: 'h.example',
  registrableDomain: 'h.example',
  kind,
  ...(brandId ? { brand: brandId } : {}),
  insecure: false,
  reasons: [],
});
const claimed = (title: string, headings: string[], kind: DomainKind = 'unknown') =>
  brandClaims(title, headings, domain(kind), matchers).map((s) => s.brand);

describe('brandClaims', () => {
  it.each([
    ['支付宝 退款中心', [], ['alipay']],
    ['American Express - verify your card', [], ['amex']],
    ['Refund', ['SF Express'], ['sf-express']],
    ['', ['Sign in to Google'], ['google']],
    ['', ['顺丰速运理赔中心'], ['sf-express']],
    ['BOC e-banking', [], ['boc']],
    ['中国银行网上银行', ['SF Express logo'], ['boc', 'sf-express']],
    // A way to pay claims in a heading only as a service desk: a checkout shows its name, never its 客服 or 理赔.
    ['退款中心', ['支付宝退款理赔'], ['alipay']],
    ['', ['中国银行客服中心'], ['boc']],
    ['', ['Alipay refund center'], ['alipay']],
    ['', ['Alipay refunds'], ['alipay']],
    ['Log in to Facebook | Google', [], ['google']],
  ])('%j / %j claims %j', (title, headings, brands) => {
    expect(claimed(title, headings)).toEqual(brands);
  });

  it.each([
    ['Checkout', ['American Express', 'Amex', 'PayPal logo', '支付宝', '中国银行', 'Chase']],
    ['Checkout', ['Google Pay', 'Google Wallet', 'Google 支付']],
    ['Yahoo to be sold, and Google to buy a courier - Daily News', []],
    ['Login', ['Login with Google', 'Continue with Google']],
    ['Login', ['使用支付宝登录', '通过中国银行付款']],
    ['Checkout', ['支付宝', '中国银行', '支付宝付款', '中国银行信用卡分期', 'American Express card']],
    ['Help', ['使用支付宝退款', '通过中国银行退款到账']],
    ['Daily News', ['Bank of China to raise rates as exports slow down']],
    ['Offers', ['Send it with SF Express this weekend and save']],
  ])('%j / %j mentions brands without claiming them', (title, headings) => {
    expect(claimed(title, headings)).toEqual([]);
  });

  it.each([
    ['Google', 'Google', true],
    ['Microsoft account symbol', 'Microsoft', true],
    ['中国工商银行官方网站', '中国工商银行', true],
    ['Log in to BT Yahoo Mail today', 'Yahoo', false],
    ['Pay via Chase', 'Chase', false],
  ])('headingClaims(%j, %j) → %s', (heading, alias, claims) => {
    expect(headingClaims(heading, alias)).toBe(claims);
  });

  it.each([
    ['Bocconi University news', []],
    ['Your purchased items', ['Purchase history']],
    ['Alipayment gateway demo', []],
    ['', []],
  ])('%j / %j claims nothing (word boundaries)', (title, headings) => {
    expect(claimed(title, headings)).toEqual([]);
  });

  it('says where the claim was found and which alias', () => {
    const [signal] = brandClaims('Login', ['顺丰速运理赔中心'], domain('unknown'), matchers);
    // A service desk (理赔中心) is the brand's own page: it reads as one, as a sign-in does.
    expect(signal).toEqual({
      kind: 'brand-claim',
      brand: 'sf-express',
      reasons: [
        { code: 'claim-in-heading', detail: '顺丰速运' },
        { code: 'claim-sign-in-page', detail: '顺丰速运理赔中心' },
      ],
    });
  });

  it('counts a claim on a lookalike host (the host is not the brand’s)', () => {
    expect(brandClaims('支付宝', [], domain('lookalike', 'alipay'), matchers)).toHaveLength(1);
  });

  it.each<DomainKind>(['official', 'trusted'])('claims nothing on a %s site', (kind) => {
    expect(claimed('支付宝 Bank of China', ['Chase'], kind)).toEqual([]);
  });

  it('matches Chinese aliases as substrings and ASCII aliases case-insensitively', () => {
    expect(aliasMatcher('支付宝')('登录支付宝账户')).toBe(true);
    expect(aliasMatcher('Alipay')('alipay')).toBe(true);
    expect(aliasMatcher('Alipay')('myalipay')).toBe(false);
  });
});

describe('signInTitle', () => {
  it.each([
    ['Login - Google', 'Google', true],
    ['Google', 'Google', true],
    ['Verified Badges • Google', 'Google', true],
    ['Google · Where things are found', 'Google', true],
    ['中国银行账户验证', '中国银行', true],
    ['Google Pixel 8 - Example Shop', 'Google', false],
    ['Buy Google Play gift cards', 'Google', false],
  ])('%j reads as a sign-in page of %s: %s', (title, alias, expected) => {
    expect(signInTitle(title, alias)).toBe(expected);
  });

  it('adds the sign-in reason to a title claim only when the title reads as a sign-in page', () => {
    const [login] = brandClaims('Sign in - Google', [], domain('unknown'), matchers);
    expect(login?.reasons.map((r) => r.code)).toEqual(['claim-in-title', 'claim-sign-in-page']);
    const [product] = brandClaims('Google Pixel 8', [], domain('unknown'), matchers);
    expect(product?.reasons.map((r) => r.code)).toEqual(['claim-in-title']);
    // With the shop's own name in another part, the product part claims nothing (titleClaims).
    expect(brandClaims('Google Pixel 8 - Example Shop', [], domain('unknown'), matchers)).toEqual([]);
  });

  it.each([
    ['淘宝退款中心', '淘宝', true],
    ['京东客服 - 在线服务', '京东', true],
    ['Amazon Customer Service', 'Amazon', true],
    ['Telegram Web', 'Telegram', true],
    ['京东自营 iPhone 15', '京东', false],
  ])('%j is the page of %s itself (its service desk, or the brand with one more word): %s', (title, alias, expected) => {
    expect(signInTitle(title, alias)).toBe(expected);
  });
});

// Red-team round 7: a news article titled "国家反诈中心提醒：…" or "个人所得税汇算清缴 - 今日财经", a driving school's
// "交管12123学法减分 - 某驾校" and a travel agency's "中国国航特价机票 | 途游旅行网" were each said to pose as the brand.
describe('titleClaims: the site-name part or the whole title', () => {
  it.each([
    // A title of one part is the site's name as a whole.
    ['中国工商银行退款中心', '中国工商银行', true],
    ['支付宝提醒您：账户存在风险', '支付宝', true],
    ['支付宝提醒：您的账户存在风险', '支付宝', true],
    // …unless the brand is the subject of a report.
    ['国家反诈中心提醒：这些骗局要当心', '国家反诈中心', false],
    ['央行发布新规 个人账户将有变化', '央行', false],
    ['PayPal warns of fake refund emails', 'PayPal', false],
    // Several parts: the brand is a part alone (or with one more word), or a sign-in line of it.
    ['支付宝 - 退款中心', '支付宝', true],
    ['退款中心｜支付宝', '支付宝', true],
    ['Sign in to your Google account - Mail', 'Google', true],
    ['个人所得税汇算清缴 - 今日财经', '个人所得税', false],
    ['个人所得税汇算清缴_今日财经', '个人所得税', false],
    ['交管12123学法减分-某驾校', '交管12123', false],
    ['中国国航特价机票 | 途游旅行网', '中国国航', false],
    ['京东自营 iPhone 15 - 数码商城结算', '京东', false],
    // A part that names the brand's service desk is the desk's own page, though it has two words besides the brand.
    ['中国工商银行退款中心 - 在线办理', '中国工商银行', true],
    ['在线服务｜支付宝客服中心', '支付宝', true],
    ['淘宝售后维权攻略 - 今日财经', '淘宝', false],
    ['支付宝售后服务中心 - 质量问题退款', '支付宝', true],
    ['京东售后服务网点查询 - 某生活网', '京东', false],
  ])('%j claims %s: %s', (title, alias, expected) => {
    expect(titleClaims(title, alias)).toBe(expected);
  });

  it('a heading that reports what the brand did claims nothing either', () => {
    expect(headingClaims('国家反诈中心提醒', '国家反诈中心')).toBe(false);
    expect(headingClaims('国家反诈中心', '国家反诈中心')).toBe(true);
  });
});

// Red-team round 7: a province's ETC issuer (粤通卡, 苏通卡) signing people up was said to impersonate the national brand.
describe('issuers under a brand', () => {
  const etc: Brand = { ...brand('china-etc', ['ETC服务', 'ETC认证', '速通卡'], 'etc'), issuers: ['粤通卡', '苏通卡'] };
  const etcMatchers = buildAliasMatchers([etc]);
  const claimsEtc = (title: string, headings: string[] = []) => brandClaims(title, headings, domain('unknown'), etcMatchers).map((c) => c.brand);

  it.each([
    ['粤通卡ETC服务', []],
    ['苏通卡 - 官方ETC办理', []],
    ['在线办理', ['粤通卡ETC服务']],
    ['ETC服务 - 在线办理', ['苏通卡', 'ETC服务']],
  ])('a page whose title or a heading names an issuer (%j, %j) claims the issuer, not the brand', (title, headings) => {
    expect(claimsEtc(title, headings)).toEqual([]);
  });

  it('still claims the brand by its own names', () => {
    expect(claimsEtc('ETC认证中心')).toEqual(['china-etc']);
    expect(claimsEtc('速通卡ETC服务')).toEqual(['china-etc']);
  });

  // Red-team round 8, A7: a kit named the province's card in its desk title to shed the ETC claim.
  it.each([
    ['苏通卡ETC服务中心 - 信息核验', []],
    ['苏通卡 - ETC实名认证', []],
    ['在线认证', ['粤通卡ETC客服中心']],
    ['苏通卡ETC认证', []],
  ])('a desk or a verification under an issuer\'s name (%j, %j) claims the brand', (title, headings) => {
    expect(claimsEtc(title, headings)).toEqual(['china-etc']);
  });
});

// Red-team round 8, A1 and A4: "<brand>提醒" is a headline's subject, except beside a part that only signs in or serves.
describe('a brand\'s reminder beside a sign-in or desk line', () => {
  it.each([
    ['中国银行提醒 | 手机银行登录', 'boc'],
    ['中国银行提示 - 身份认证', 'boc'],
    ['支付宝提醒 - 赔付办理', 'alipay'],
    ['支付宝提醒 | 售后服务中心', 'alipay'],
  ])('%j claims %s as its sign-in or desk', (title, id) => {
    const [claim] = brandClaims(title, [], domain('unknown'), matchers);
    expect(claim?.brand).toBe(id);
    expect(claim?.reasons.map((r) => r.code)).toEqual(['claim-in-title', 'claim-sign-in-page']);
  });

  it.each([
    ['中国银行提醒：谨防冒充客服退款诈骗 | 今日财经'],
    ['中国银行提醒 | 今日财经'],
    ['中国银行提醒 | 验证码千万不要告诉任何人'],
    ['支付宝提醒 - 警惕退款骗局的新花样'],
  ])('%j claims nothing (a headline)', (title) => {
    expect(claimed(title, [])).toEqual([]);
  });
});

// Red-team round 9, A1: the same reminder as 温馨提醒 or 提醒您, or set apart by brackets or a colon.
describe('a brand\'s reminder in other words and marks', () => {
  it.each([
    ['中国银行温馨提醒 | 网银登录'],
    ['中国银行提醒您 | 网银登录'],
    ['中国银行提醒 | 个人网银登录入口'],
    ['【中国银行提醒】网银登录'],
    ['中国银行提醒：网银登录'],
    ['中国银行重要提示：退款办理'],
  ])('%j claims the bank', (title) => {
    const [claim] = brandClaims(title, [], domain('unknown'), matchers);
    expect(claim?.brand).toBe('boc');
  });

  it.each([
    ['中国银行提醒：这些骗局要当心'],
    ['【中国银行提醒】谨防冒充客服退款诈骗'],
    ['中国银行温馨提醒：网银登录要注意这几点'],
    ['中国银行提醒您：验证码不要告诉任何人 | 今日财经'],
  ])('%j claims nothing (a headline)', (title) => {
    expect(claimed(title, [])).toEqual([]);
  });
});

describe('deskTitle', () => {
  it.each([['退款办理'], ['售后服务中心'], ['理赔中心 | 某平台'], ['在线客服']])('%j names a desk', (title) => {
    expect(deskTitle(title)).toBe(true);
  });
  it.each([['警惕“商品质量问题退款”诈骗 - 今日快讯'], ['我的博客 - 记一次诈骗电话'], ['反诈经验交流 - 某某论坛'], ['客服退款诈骗新套路']])(
    '%j names no desk',
    (title) => {
      expect(deskTitle(title)).toBe(false);
    },
  );
});

describe('sign-in titles', () => {
  it('gives a heading that names a service desk of a brand that is no way to pay the sign-in reason', () => {
    const shop = buildAliasMatchers([brand('taobao', ['淘宝'], 'shop')]);
    const [desk] = brandClaims('Welcome', ['淘宝退款理赔'], domain('unknown'), shop);
    expect(desk?.reasons.map((r) => r.code)).toEqual(['claim-in-heading', 'claim-sign-in-page']);
    const [store] = brandClaims('Welcome', ['淘宝精选好物推荐'], domain('unknown'), shop);
    expect(store?.reasons.map((r) => r.code)).toEqual(['claim-in-heading']);
  });
});

describe('sign-in headings', () => {
  it.each([
    [['Google'], true],
    [['Google logo'], true],
    [['Sign in to Google'], true],
    [['Sign in with your Google Account'], true],
    [['Google account help'], false],
    // A way to pay's service desk claims the brand, but is not its sign-in page.
    [['支付宝退款'], false],
  ])('%j heads a sign-in page: %s', (headings, signIn) => {
    const [claim] = brandClaims('Welcome', headings, domain('unknown'), matchers);
    expect(claim?.reasons.some((r) => r.code === 'claim-sign-in-page')).toBe(signIn);
  });
});

describe('title parts', () => {
  it.each([
    ['Search everything - Google', 'Google', true],
    ['Restaurants in Paris | Google France', 'Google', true],
    ['Google to buy a courier firm for two billion - Daily News', 'Google', false],
    ['Pixel 8 Pro review: Google camera tests | Tech Blog', 'Google', false],
  ])('%j: a part claims %s: %s', (title, alias, expected) => {
    expect(titlePartClaims(title, alias)).toBe(expected);
  });

  it('makes a long title with a brand part a claim, and a sign-in page', () => {
    const [claim] = brandClaims('Search everything and more every day - Google', [], domain('unknown'), matchers);
    expect(claim?.reasons.map((r) => r.code)).toEqual(['claim-in-title', 'claim-sign-in-page']);
  });
});

describe('sign-in headings', () => {
  it.each([
    ['Sign in to Google', true],
    ['Log in to your Google account', true],
    ['Login to Google.', true],
    ['Sign in with your Google Account', true],
    ['Sign in with Google', false],
    ['Log in with your Google', false],
    ['Sign in to Google Drive to attach your files', false],
    ['Log in with your email', false],
    ['Google', false],
  ])('signInHeading(%j, Google) → %s', (heading, expected) => {
    expect(signInHeading(heading, 'Google')).toBe(expected);
  });

  it.each([
    ['登录顺丰速运', true],
    ['顺丰速运账号登录', true],
    ['使用顺丰速运登录', false],
    ['登录后查看顺丰速运的运单和理赔进度', false],
  ])('signInHeading(%j, 顺丰速运) → %s', (heading, expected) => {
    expect(signInHeading(heading, '顺丰速运')).toBe(expected);
  });

  it.each([
    ['My Account', ['My Account', 'Sign in with Google', 'Continue with Google']],
    ['World News', ['Google fined over Android by the EU', 'Follow us on Google', 'Share on Google']],
    ['关于我们', ['关注我们的顺丰速运']],
  ])('benign page %j / %j claims nothing', (title, headings) => {
    expect(claimed(title, headings)).toEqual([]);
  });
});

describe('sign-in from any claiming line', () => {
  const codes = (title: string, headings: string[], m = matchers) =>
    brandClaims(title, headings, domain('unknown'), m).map((c) => c.reasons.map((r) => r.code));

  it('adds the sign-in reason from a bare logo when the title claims without it', () => {
    expect(codes('Google News - Welcome to Google', ['Google'])).toEqual([['claim-in-title', 'claim-sign-in-page']]);
    expect(codes('Google News - Welcome to Google', ['Top stories'])).toEqual([['claim-in-title']]);
  });

  it('adds it from a later alias of the same brand', () => {
    const two = buildAliasMatchers([brand('google', ['Gmail', 'Google'], 'global')]);
    expect(codes('Document', ['to continue to Gmail', 'Google'], two)).toEqual([['claim-in-heading', 'claim-sign-in-page']]);
    expect(codes('Document', ['to continue to Gmail'], two)).toEqual([['claim-in-heading']]);
  });

  it('takes a multi-word alias that ends in "account" whole', () => {
    expect(signInHeading('Sign in with your Example Account', 'Example Account')).toBe(true);
    expect(signInHeading('Sign in to Google:', 'Google')).toBe(true);
  });
});

describe('checkout names', () => {
  const withCheckout = buildAliasMatchers([
    { ...brand('apple', ['Apple ID', 'Apple Pay'], 'global'), checkoutNames: ['Apple Pay'] },
    { ...brand('sf-express', ['SF Express', '顺丰速运'], 'courier'), checkoutNames: ['SF Express', '顺丰速运'] },
  ]);
  const claims = (title: string, headings: string[]) => brandClaims(title, headings, domain('unknown'), withCheckout).map((c) => c.brand);

  it.each([
    ['Checkout', ['Apple Pay']],
    ['Checkout', ['Apple Pay logo', 'SF Express']],
    ['Shipping', ['顺丰速运']],
  ])('%j / %j: a payment or shipping option alone claims nothing', (title, headings) => {
    expect(claims(title, headings)).toEqual([]);
  });

  it.each([
    ['Refund', ['顺丰速运理赔中心'], ['sf-express']],
    ['Apple Pay - verify your card', [], ['apple']],
    ['Welcome', ['Apple ID'], ['apple']],
  ])('%j / %j still claims %j (more words, the title, or another alias)', (title, headings, brands) => {
    expect(claims(title, headings)).toEqual(brands);
  });
});
