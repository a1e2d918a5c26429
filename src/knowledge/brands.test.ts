// Brands as data: sorted, unique, registrable domains, safe host tokens and aliases, and the
// official-domain lookup (including the gov.cn and brand-TLD suffixes).

import { getDomain, getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import { BRANDS, brandById, officialBrandFor, SERVICE_HOST_WORDS } from './index';
import { BRAND_LISTS } from './brands';
import { duplicates, isSorted, withinOneEdit } from './test-helpers';

const TLDTS = { allowPrivateDomains: true } as const;

describe('brands', () => {
  it.each(Object.entries(BRAND_LISTS))('the %s list is sorted by id', (_name, list) => {
    expect(isSorted(list.map((b) => b.id))).toBe(true);
  });

  it.each(BRANDS.map((b) => [b.id, b] as const))('%s: aliases, host tokens, domains and suffixes are sorted and unique', (_id, brand) => {
    for (const list of [
      brand.aliases,
      brand.checkoutNames ?? [],
      brand.accountNames ?? [],
      brand.issuers ?? [],
      brand.hostTokens,
      brand.pairedHostTokens ?? [],
      brand.domains.map((d) => d.domain),
      (brand.suffixes ?? []).map((s) => s.suffix),
    ]) {
      expect(duplicates(list)).toEqual([]);
      expect(isSorted(list), list.join(' ')).toBe(true);
    }
  });

  it('checkout names are aliases of their brand', () => {
    for (const brand of BRANDS) {
      for (const name of brand.checkoutNames ?? []) expect(brand.aliases, brand.id).toContain(name);
    }
  });

  it('issuers are not aliases too (a line naming one claims that issuer, not the brand)', () => {
    for (const brand of BRANDS) {
      for (const name of brand.issuers ?? []) expect(brand.aliases.map((a) => a.toLowerCase()), brand.id).not.toContain(name.toLowerCase());
    }
  });

  it('account names are not aliases too (they are read in password fields only)', () => {
    for (const brand of BRANDS) {
      for (const name of brand.accountNames ?? []) expect(brand.aliases, brand.id).not.toContain(name);
    }
  });

  it('the payment names honest Chinese checkouts show are marked as checkout names', () => {
    const checkout = new Set(BRANDS.flatMap((b) => b.checkoutNames ?? []));
    for (const name of ['支付宝', '微信支付', '银联', '云闪付', '中国工商银行', '招商银行', 'PayPal', 'Apple Pay']) {
      expect(checkout.has(name), name).toBe(true);
    }
    // …and a brand's plain name is not, where it is not a way to pay.
    for (const name of ['淘宝', '京东', 'Google', 'Apple ID', '腾讯']) expect(checkout.has(name), name).toBe(false);
  });

  it('every domain is a registrable domain per tldts (private domains on)', () => {
    const wrong = BRANDS.flatMap((b) => b.domains)
      .map((d) => d.domain)
      .filter((d) => getDomain(d, TLDTS) !== d);
    expect(wrong).toEqual([]);
  });

  it('every suffix is a public suffix per tldts, and has no registrable domain of its own', () => {
    for (const { suffix } of BRANDS.flatMap((b) => b.suffixes ?? [])) {
      expect(getPublicSuffix(suffix, TLDTS), suffix).toBe(suffix);
      expect(getDomain(suffix, TLDTS), suffix).toBeNull();
    }
  });

  it('no domain or suffix belongs to two brands', () => {
    expect(duplicates(BRANDS.flatMap((b) => b.domains.map((d) => d.domain)))).toEqual([]);
    expect(duplicates(BRANDS.flatMap((b) => (b.suffixes ?? []).map((s) => s.suffix)))).toEqual([]);
  });

  it('no host token belongs to two brands', () => {
    expect(duplicates(BRANDS.flatMap((b) => b.hostTokens))).toEqual([]);
  });

  it('a short name beside a service word belongs to one brand and is no host token (which would count alone)', () => {
    const paired = BRANDS.flatMap((b) => b.pairedHostTokens ?? []);
    expect(duplicates(paired)).toEqual([]);
    const tokens = new Set(BRANDS.flatMap((b) => b.hostTokens));
    expect(paired.filter((t) => tokens.has(t))).toEqual([]);
  });

  it("the customer-service words are sorted lower-case pinyin and nobody's name", () => {
    expect(isSorted([...SERVICE_HOST_WORDS])).toBe(true);
    expect(duplicates([...SERVICE_HOST_WORDS])).toEqual([]);
    for (const word of SERVICE_HOST_WORDS) expect(word).toMatch(/^[a-z]{2,}$/);
    const names = new Set(BRANDS.flatMap((b) => [...b.hostTokens, ...(b.pairedHostTokens ?? [])]));
    expect(SERVICE_HOST_WORDS.filter((w) => names.has(w))).toEqual([]);
  });

  it('no alias belongs to two brands (case-insensitively)', () => {
    expect(duplicates(BRANDS.flatMap((b) => b.aliases.map((a) => a.toLowerCase())))).toEqual([]);
  });

  // Brands whose pages live under a parent company's registrable domain, or under gov.cn. Every other
  // brand must own at least one domain.
  const WITHOUT_OWN_DOMAINS = ['gov-cn', 'google-meet', 'microsoft-teams'];
  it('every brand owns a domain or a suffix, except the documented few', () => {
    const without = BRANDS.filter((b) => b.domains.length === 0 && !b.suffixes).map((b) => b.id);
    expect(without).toEqual(WITHOUT_OWN_DOMAINS.filter((id) => id !== 'gov-cn'));
  });

  it('covers the brands the product promises', () => {
    const required = [
      // six large state banks, twelve joint-stock banks
      'abc', 'boc', 'bocom', 'ccb', 'icbc', 'psbc',
      'bohai-bank', 'ceb', 'cgb', 'cib', 'citic', 'cmb', 'cmbc', 'czb', 'hengfeng-bank', 'huaxia-bank',
      'ping-an-bank', 'spdb',
      'unionpay', 'alipay', 'tencent', 'jd', 'taobao', 'pinduoduo', 'douyin', 'meituan',
      'sf-express', 'jd-logistics', 'china-post', 'zto-express', 'yto-express', 'sto-express', 'yunda', 'cainiao',
      'china-railway-12306', 'gov-cn', 'china-etc',
      'tencent-meeting', 'zoom', 'dingtalk', 'feishu', 'microsoft-teams', 'webex', 'google-meet',
      'paypal', 'apple', 'microsoft', 'google', 'amazon', 'facebook', 'instagram', 'whatsapp', 'netflix',
      // commonly phished consumer apps (social, mail, games, streaming, delivery, rides, Indian apps)
      'reddit', 'pinterest', 'snapchat', 'vk', 'yandex', 'roblox', 'twitch', 'aol', 'uber', 'zomato', 'hotstar',
      'paytm', 'flipkart', 'swiggy', 'playstation', 'proton',
      // Chinese couriers, shops, takeaway, travel and video memberships that fake customer service names too
      'jt-express', 'deppon', 'suning', 'dewu', 'eleme', 'tongcheng', 'iqiyi', 'youku', 'mango-tv',
      // airlines and Qunar, whose names the "flight cancelled" story borrows
      'hainan-airlines', 'xiamen-airlines', 'sichuan-airlines', 'shenzhen-airlines', 'spring-airlines', 'juneyao-air', 'qunar',
    ];
    expect(required.filter((id) => !brandById(id))).toEqual([]);
  });

  // Ordinary host labels and English words that the engine's near-miss (one edit, 5+ letters) and
  // inside-a-label (6+ letters) checks must never tie to a brand.
  const COMMON_LABELS = [
    'amazing', 'cloud', 'critic', 'email', 'funds', 'mailbox', 'online', 'payment', 'secure',
    'shoppingand', 'shippingand', 'small', 'support', 'tickets', 'tracking', 'unions', 'update', 'verify', 'wallet',
    'strip', 'chair', 'weber', 'bloom', 'share', 'store', 'shops', 'login', 'admin', 'money', 'banks', 'cards',
    'switch', 'interest', 'tomato', 'shoppe', 'never', 'finance', 'credit', 'index', 'venue',
  ];
  it.each(COMMON_LABELS)('no host token is one edit from, or inside, the ordinary label %s', (label) => {
    const clash = BRANDS.flatMap((b) => b.hostTokens).filter(
      (t) => ((t.match(/[a-z]/g)?.length ?? 0) >= 5 && withinOneEdit(t, label)) || (t.length >= 6 && label.includes(t)),
    );
    expect(clash).toEqual([]);
  });

  // Headings an honest page may carry. Aliases are matched the way the claim signal matches them:
  // Chinese as substrings, ASCII case-insensitively between word boundaries.
  const ORDINARY_HEADINGS = [
    '食品加工行业报告', '新建行政楼启用', '外交行为准则', '途中行驶安全', '空中信号覆盖', '发扬光大',
    '提案在会议中通过', '关注我们的微信公众号', '推广发布会', '菜鸟入门教程', '新鲜苹果到货', '平安夜特惠',
    '民生新闻', '兴业路店', '10道家常快手菜', '中国航天日', '中国航空博物馆', '华东航线图', '渤海湾海鲜', '华夏文明', '浙商大会', '顺丰包邮', 'Sign-ups are open',
    'Economic Outlook 2025', 'Fresh apples', 'Start-ups, etc.', 'Meta description tips', 'Camera zoom lenses',
    'Join our teams', 'Steam cleaning', 'Telegraph news', '移动硬盘 1 TB 特价', 'JD Sports checkout', 'EMS training courses',
    'Proton therapy centre', 'Origin of species', 'Grab a coffee', 'Epic games night', 'WordPress themes', 'EA sports news',
    '人民银行路支行', '人民法院报',
    // 得物, 德邦, 苏宁, 饿了么 and 同程 inside everyday words and other companies' names
    '觉得物流很快', '获得物品清单', '德邦证券研究报告', '江苏宁沪高速公告', '你饿了么？今晚吃什么', '58同城招聘', '陪同程度评估',
    // 海航, 去哪儿, 春秋 and 吉祥 in everyday words
    '上海航运交易所', '你去哪儿了？', '春秋战国史话', '吉祥如意贺卡',
  ];
  const aliasHits = (text: string) =>
    BRANDS.flatMap((b) => b.aliases.map((alias) => ({ brand: b.id, alias }))).filter(({ alias }) =>
      /[^\x20-\x7e]/.test(alias)
        ? text.toLowerCase().includes(alias.toLowerCase())
        : new RegExp(`(?<![\\p{L}\\p{N}])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text),
    );
  it.each(ORDINARY_HEADINGS)('no brand alias fires on the ordinary heading %s', (heading) => {
    expect(aliasHits(heading)).toEqual([]);
  });
  it.each([
    ['支付宝客服中心', 'alipay'],
    ['中国工商银行 网上银行', 'icbc'],
    ['淘宝退款中心', 'taobao'],
    ['拼多多售后理赔', 'pinduoduo'],
    ['腾讯会议', 'tencent-meeting'],
    ['PayPal: Log in', 'paypal'],
    ['ETC认证中心', 'china-etc'],
    ['Log in to Reddit', 'reddit'],
    ['Sign in to VK', 'vk'],
    ['Uber Eats', 'uber'],
    ['Disney+ Hotstar', 'hotstar'],
    ['网易邮箱登录', 'netease'],
    ['中国人民银行征信中心', 'pboc'],
    ['最高人民检察院 资金清查', 'gov-cn'],
    ['国家金融监督管理总局', 'gov-cn'],
    ['极兔速递理赔中心', 'jt-express'],
    ['德邦快递客服', 'deppon'],
    ['苏宁易购售后服务', 'suning'],
    ['得物App客服中心', 'dewu'],
    ['饿了么外卖 食品安全赔付', 'eleme'],
    ['同程旅行 航班改签', 'tongcheng'],
    ['爱奇艺会员中心', 'iqiyi'],
    ['优酷VIP会员取消', 'youku'],
    ['芒果TV会员自动续费', 'mango-tv'],
    ['海南航空 航班取消理赔', 'hainan-airlines'],
    ['厦门航空客服中心', 'xiamen-airlines'],
    ['四川航空 退票改签', 'sichuan-airlines'],
    ['深圳航空官方客服', 'shenzhen-airlines'],
    ['春秋航空 航班延误补偿', 'spring-airlines'],
    ['吉祥航空会员中心', 'juneyao-air'],
    ['去哪儿网 机票退改', 'qunar'],
  ])('the heading %s claims %s', (heading, brand) => {
    expect(aliasHits(heading).map((h) => h.brand)).toContain(brand);
  });

  it('host tokens are never ordinary words or labels we decided against', () => {
    const tokens = new Set(BRANDS.flatMap((b) => b.hostTokens));
    for (const word of ['ceair', 'csair', 'ctrip', 'webex', 'abc', 'apple', 'chase', 'citic', 'ems', 'etc', 'gmail', 'gov', 'icloud', 'meet', 'pingan', 'qq', 'sto', 'teams', 'tmall', 'ups', 'zoom', '1688', 'youku', 'suning', 'poizon', 'tongcheng', 'elong', 'jitu', 'jt', 'hnair', 'qunar', 'chunqiu', 'jixiang', 'guoguo', 'zhongtong']) {
      expect(tokens.has(word), word).toBe(false);
    }
  });
});

describe('officialBrandFor', () => {
  it.each([
    ['icbc.com.cn', 'icbc'],
    ['95588.com', 'icbc'],
    ['pbccrc.org.cn', 'pboc'],
    ['pbc.gov.cn', 'pboc'],
    ['spp.gov.cn', 'gov-cn'],
    ['alipay.com', 'alipay'],
    ['taobao.com', 'taobao'],
    ['tmall.com', 'taobao'],
    ['yangkeduo.com', 'pinduoduo'],
    ['95516.com', 'unionpay'],
    ['tencent.com', 'tencent'],
    ['qq.com', 'tencent'],
    ['voovmeeting.com', 'tencent-meeting'],
    ['zoom.us', 'zoom'],
    ['12306.cn', 'china-railway-12306'],
    ['ICBC.COM.CN', 'icbc'],
    ['icbc.com.cn.', 'icbc'],
    // suffix brands: gov.cn and brand TLDs
    ['www.gov.cn', 'gov-cn'],
    ['beijing.gov.cn', 'gov-cn'],
    ['mps.gov.cn', 'gov-cn'],
    ['www.icbc', 'icbc'],
    ['bank.citic', 'citic'],
    ['blog.google', 'google'],
    ['reddit.com', 'reddit'],
    ['ubereats.com', 'uber'],
    ['twitch.tv', 'twitch'],
    ['163.com', 'netease'],
    ['cash.app', 'cash-app'],
    ['jtexpress.com.cn', 'jt-express'],
    ['deppon.com', 'deppon'],
    ['suning.com', 'suning'],
    ['suningbank.com', 'suning'],
    ['dewu.com', 'dewu'],
    ['ele.me', 'eleme'],
    ['ly.com', 'tongcheng'],
    ['iqiyi.com', 'iqiyi'],
    ['youku.com', 'youku'],
    ['mgtv.com', 'mango-tv'],
    ['hnair.com', 'hainan-airlines'],
    ['xiamenair.com', 'xiamen-airlines'],
    ['xiamenair.com.cn', 'xiamen-airlines'],
    ['sichuanair.com', 'sichuan-airlines'],
    ['shenzhenair.com', 'shenzhen-airlines'],
    ['ch.com', 'spring-airlines'],
    ['juneyaoair.com', 'juneyao-air'],
    ['qunar.com', 'qunar'],
  ])('%s → %s', (domain, brand) => {
    expect(officialBrandFor(domain)?.id).toBe(brand);
  });

  it('works on the registrable domain tldts computes for a gov.cn host', () => {
    expect(officialBrandFor(getDomain('www.beijing.gov.cn', TLDTS)!)?.id).toBe('gov-cn');
    expect(getDomain('gov.cn', TLDTS)).toBeNull();
  });

  it.each([
    'icbc-refund.cn',
    'alipay.com.evil.cn',
    'evilalipay.com',
    'gov.cn.evil.com',
    'evil-gov.cn',
    'gov.cn',
    'www.beijing.gov.cn', // a host, not a registrable domain: fail safe
    'example.com',
    'icbc',
    '',
    '.',
  ])('%s → no brand', (domain) => {
    expect(officialBrandFor(domain)).toBeUndefined();
  });
});
