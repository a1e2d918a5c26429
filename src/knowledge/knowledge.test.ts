// The knowledge base tested as data: every file parses with its schema, ids are unique, references
// resolve, lists are sorted, domains are registrable, and every pattern is pinned by examples.

import { getDomain, getPublicSuffix } from 'tldts';
import { describe, expect, it } from 'vitest';
import {
  ADVICE,
  BRANDS,
  CASES,
  MEETING_PROVIDERS,
  SCAM_PHRASES,
  adviceById,
  brandById,
  caseById,
  officialBrandFor,
} from './index';
import { BRAND_LISTS } from './brands';
import {
  adviceListSchema,
  brandsSchema,
  casesSchema,
  meetingProvidersSchema,
  scamPhrasesSchema,
} from './schema';

const TLDTS = { allowPrivateDomains: true } as const;

/** Plain code-unit order, the order `Array.prototype.sort()` gives. */
function isSorted(values: readonly string[]): boolean {
  return values.every((v, i) => i === 0 || values[i - 1]! < v);
}

/** Levenshtein distance ≤ 1 (one letter added, dropped or changed). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe('schemas', () => {
  it.each([
    ['BRANDS', brandsSchema, BRANDS],
    ['MEETING_PROVIDERS', meetingProvidersSchema, MEETING_PROVIDERS],
    ['SCAM_PHRASES', scamPhrasesSchema, SCAM_PHRASES],
    ['ADVICE', adviceListSchema, ADVICE],
    ['CASES', casesSchema, CASES],
  ] as const)('%s parses with its schema', (_name, schema, data) => {
    const result = schema.safeParse(data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('rejects a brand with a bad id, an upper-case domain and an unknown key', () => {
    const bad = [{ ...BRANDS[0]!, id: 'Bad_Id', domains: [{ domain: 'ICBC.com.cn', source: 'x' }], extra: 1 }];
    const result = brandsSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['0.id', '0.domains.0.domain', '0']));
  });

  it('rejects a scam pattern that does not compile and a meeting pattern that is not anchored', () => {
    expect(scamPhrasesSchema.safeParse([{ ...SCAM_PHRASES[0]!, patterns: ['(unclosed'] }]).success).toBe(false);
    expect(
      meetingProvidersSchema.safeParse([{ brand: 'zoom', joinUrlPatterns: ['zoom\\.us/j/'] }]).success,
    ).toBe(false);
  });
});

describe('schema errors name what is wrong', () => {
  const wuhan = CASES.find((c) => c.id === 'wuhan-2021-meeting-refund')!;
  it.each([
    ['a date that is not ISO', { ...wuhan, date: '29/03/2021' }, 'date'],
    ['an unknown field kind', { ...wuhan, askedFor: ['card-number', 'bank-secret'] }, 'askedFor.1'],
    ['an empty summary', { ...wuhan, summary: { zh: ' ', en: 'x' } }, 'summary.zh'],
  ])('a case with %s', (_what, bad, path) => {
    const result = casesSchema.safeParse([bad]);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toContain(`0.${path}`);
  });

  it('a brand with an unknown category or a host token with a dot', () => {
    const result = brandsSchema.safeParse([{ ...BRANDS[0]!, category: 'casino', hostTokens: ['ali.pay'] }]);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['0.category', '0.hostTokens.0']));
  });
});

describe('cases', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s: the summary is two sentences in each language', (_id, c) => {
    expect(c.summary.zh.match(/。/g)?.length).toBe(2);
    expect(c.summary.en.match(/[.!?](?=\s|$)/g)?.length).toBe(2);
  });

  it('the meeting case says to stop sharing and never join a meeting; the parcel case says never share the code', () => {
    expect(caseById('wuhan-2021-meeting-refund')!.advice.slice(0, 2)).toEqual(['no-meeting', 'stop-screen-share']);
    expect(caseById('hangzhou-2022-parcel-claim')!.advice).toContain('never-share-code');
  });
});

describe('ids and references', () => {
  it.each([
    ['brands', BRANDS.map((b) => b.id)],
    ['meeting providers', MEETING_PROVIDERS.map((m) => m.brand)],
    ['scam phrase groups', SCAM_PHRASES.map((g) => g.id)],
    ['advice', ADVICE.map((a) => a.id)],
    ['cases', CASES.map((c) => c.id)],
  ])('%s: ids are unique and sorted', (_name, ids) => {
    expect(duplicates(ids)).toEqual([]);
    expect(isSorted(ids)).toBe(true);
  });

  it('has exactly the advice ids other modules code against', () => {
    expect(ADVICE.map((a) => a.id)).toEqual([
      'call-96110',
      'check-address',
      'hang-up-verify',
      'if-typed',
      'never-share-code',
      'no-card-password',
      'no-meeting',
      'no-transfer',
      'official-only',
      'stop-screen-share',
    ]);
  });

  it('has the two case ids from the police reports', () => {
    expect(CASES.map((c) => c.id)).toEqual(['hangzhou-2022-parcel-claim', 'wuhan-2021-meeting-refund']);
  });

  it('meeting providers point at brands of category meeting, one provider per brand', () => {
    for (const provider of MEETING_PROVIDERS) {
      expect(brandById(provider.brand)?.category, provider.brand).toBe('meeting');
    }
    const meetingBrands = BRANDS.filter((b) => b.category === 'meeting').map((b) => b.id);
    expect(MEETING_PROVIDERS.map((m) => m.brand)).toEqual(meetingBrands);
  });

  it('case advice ids resolve to ADVICE', () => {
    for (const c of CASES) {
      for (const a of c.advice) expect(adviceById(a), `${c.id} → ${a}`).toBeDefined();
      expect(duplicates(c.advice)).toEqual([]);
    }
  });

  it('scam phrase case ids resolve to CASES, and each case has at least one phrase group', () => {
    for (const g of SCAM_PHRASES) {
      for (const c of g.cases) expect(caseById(c), `${g.id} → ${c}`).toBeDefined();
    }
    for (const c of CASES) {
      expect(SCAM_PHRASES.some((g) => g.cases.includes(c.id)), c.id).toBe(true);
    }
  });

  it('lookups return undefined for unknown ids', () => {
    expect(brandById('no-such-brand')).toBeUndefined();
    expect(adviceById('no-such-advice')).toBeUndefined();
    expect(caseById('no-such-case')).toBeUndefined();
  });
});

describe('brands', () => {
  it.each(Object.entries(BRAND_LISTS))('the %s list is sorted by id', (_name, list) => {
    expect(isSorted(list.map((b) => b.id))).toBe(true);
  });

  it.each(BRANDS.map((b) => [b.id, b] as const))('%s: aliases, host tokens, domains and suffixes are sorted and unique', (_id, brand) => {
    for (const list of [
      brand.aliases,
      brand.checkoutNames ?? [],
      brand.hostTokens,
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
    ];
    expect(required.filter((id) => !brandById(id))).toEqual([]);
  });

  // Ordinary host labels and English words that the engine's near-miss (one edit, 5+ letters) and
  // inside-a-label (6+ letters) checks must never tie to a brand.
  const COMMON_LABELS = [
    'amazing', 'cloud', 'critic', 'email', 'funds', 'mailbox', 'online', 'payment', 'secure',
    'shoppingand', 'shippingand', 'small', 'support', 'tickets', 'tracking', 'unions', 'update', 'verify', 'wallet',
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
    '民生新闻', '兴业路店', '渤海湾海鲜', '华夏文明', '浙商大会', '顺丰包邮', 'Sign-ups are open',
    'Economic Outlook 2025', 'Fresh apples', 'Start-ups, etc.', 'Meta description tips', 'Camera zoom lenses',
    'Join our teams', 'Steam cleaning', 'Telegraph news',
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
  ])('the heading %s claims %s', (heading, brand) => {
    expect(aliasHits(heading).map((h) => h.brand)).toContain(brand);
  });

  it('host tokens are never ordinary words or labels we decided against', () => {
    const tokens = new Set(BRANDS.flatMap((b) => b.hostTokens));
    for (const word of ['abc', 'apple', 'chase', 'citic', 'ems', 'etc', 'gmail', 'gov', 'icloud', 'meet', 'pingan', 'qq', 'sto', 'teams', 'tmall', 'ups', 'zoom', '1688']) {
      expect(tokens.has(word), word).toBe(false);
    }
  });
});

describe('officialBrandFor', () => {
  it.each([
    ['icbc.com.cn', 'icbc'],
    ['95588.com', 'icbc'],
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

describe('meeting join patterns', () => {
  const EXAMPLES: Record<string, { join: string[]; notJoin: string[] }> = {
    dingtalk: {
      join: ['https://meeting.dingtalk.com/j/aBcD1234ef'],
      notJoin: ['https://meeting.dingtalk.com/', 'https://www.dingtalk.com/download', 'https://meeting.dingtalk.com.evil.cn/j/abc'],
    },
    feishu: {
      join: ['https://vc.feishu.cn/j/123456789', 'https://vc.larksuite.com/j/987654321'],
      notJoin: ['https://vc.feishu.cn/', 'https://www.feishu.cn/product/vc', 'https://vc.larksuite.com/help'],
    },
    'google-meet': {
      join: ['https://meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij?authuser=0', 'https://meet.google.com/lookup/ab12cd'],
      notJoin: ['https://meet.google.com/', 'https://meet.google.com/landing', 'https://meet.google.com/abc-defg-hijk'],
    },
    'microsoft-teams': {
      join: [
        'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
        'https://teams.microsoft.com/meet/2345678901234?p=AbCdEf',
        'https://teams.live.com/meet/9876543210987',
      ],
      notJoin: ['https://teams.microsoft.com/v2/', 'https://teams.live.com/', 'https://teams.live.com/meet/'],
    },
    'tencent-meeting': {
      join: [
        'https://meeting.tencent.com/dm/Ab3dEf6hIj',
        'https://meeting.tencent.com/p/1234567890',
        'https://meeting.tencent.com/s/aBcDeFgH',
        'https://voovmeeting.com/dm/Xy12Zw',
        'https://www.voovmeeting.com/p/5551234567',
        'https://intl.voovmeeting.com/dm/Qw3Er5Ty',
        'https://meeting.tencent.com/crm/Ab12Cd34Ef',
      ],
      notJoin: [
        'https://meeting.tencent.com/',
        'https://meeting.tencent.com/download/',
        'https://meeting.tencent.com/l/Ab12Cd34Ef',
        'https://meeting.tencent.com/cw/Ab12Cd34Ef',
        'https://meeting.tencent.com/v2/cloud-record/share?id=1234',
        'https://meeting.tencent.com.evil.cn/dm/abc',
        'https://evil.cn/meeting.tencent.com/dm/abc',
        'http://voovmeeting.com.example/dm/abc',
      ],
    },
    webex: {
      join: [
        'https://acme.webex.com/meet/jane.doe',
        'https://acme.webex.com/join/jdoe',
        'https://acme.webex.com/acme/j.php?MTID=m0123456789abcdef',
        'https://meetings.webex.com.cn/meet/zhang',
        'https://acme.webex.com/wbxmjs/joinservice/sites/acme/meeting/download/0123abcd',
      ],
      notJoin: ['https://www.webex.com/pricing/index.html', 'https://acme.webex.com/', 'https://webex.com.evil.cn/meet/x'],
    },
    zoom: {
      join: [
        'https://zoom.us/j/1234567890',
        'https://us02web.zoom.us/j/81234567890?pwd=abc',
        'https://acme.zoom.us/w/98765432101',
        'https://app.zoom.us/wc/join/1234567890',
        'https://zoom.us/wc/1234567890/join?pwd=x',
        'https://zoom.com/j/123456789',
        'https://zoom.us/my/jane.doe',
        'https://acme.zoomgov.com/j/1609876543',
      ],
      notJoin: [
        'https://zoom.us/',
        'https://zoom.us/pricing',
        'https://zoom.us/j/',
        'https://zoom.us/j/123',
        'https://evilzoom.us/j/1234567890',
        'https://zoom.us.evil.cn/j/1234567890',
        'https://zoom.com/signin',
      ],
    },
  };

  it('has examples for every provider', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(MEETING_PROVIDERS.map((m) => m.brand));
  });

  for (const provider of MEETING_PROVIDERS) {
    const regexes = provider.joinUrlPatterns.map((p) => new RegExp(p));
    const matches = (url: string) => regexes.some((r) => r.test(url));
    const examples = EXAMPLES[provider.brand] ?? { join: [], notJoin: [] };

    it.each(examples.join)(`${provider.brand}: %s is a join link`, (url) => {
      expect(matches(url)).toBe(true);
    });
    it.each(examples.notJoin)(`${provider.brand}: %s is not a join link`, (url) => {
      expect(matches(url)).toBe(false);
    });
    it(`${provider.brand}: every pattern matches at least one example`, () => {
      for (const r of regexes) expect(examples.join.some((u) => r.test(u)), r.source).toBe(true);
    });
  }
});
