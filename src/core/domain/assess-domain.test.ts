import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAIN_KINDS } from '../types';
import { assessDomain, registrableDomainOf } from './assess-domain';

describe('assessDomain', () => {
  it.each([
    ['https://www.icbc.com.cn/', 'icbc.com.cn', 'icbc'],
    ['https://mybank.icbc.com.cn/login', 'icbc.com.cn', 'icbc'],
    ['https://www.alipay.com/', 'alipay.com', 'alipay'],
    ['https://item.jd.com/100.html', 'jd.com', 'jd'],
    ['https://WWW.ALIPAY.COM./', 'alipay.com', 'alipay'],
    // Banks' own card-payment gateways on their 955xx number, which is also a host token (knowledge data).
    ['https://easyabc.95599.cn/b2c/trustpay/ReceiveMerchantIERequestServlet', '95599.cn', 'abc'],
    ['https://pbank.95559.com.cn/netpay/MerPayB2C', '95559.com.cn', 'bocom'],
    ['https://cardsonline.spdbccc.com.cn/icard/', 'spdbccc.com.cn', 'spdb'],
    ['https://95508.com/7V', '95508.com', 'cgb'],
    // China Post's own mall and EMS's tracking on their service numbers.
    ['https://mall.11185.cn/web/searchJy', '11185.cn', 'china-post'],
    ['https://www.11183.com.cn/ems/order/singleQuery_t', '11183.com.cn', 'china-post'],
    // China Unicom's provincial branches on its number.
    ['https://wap.10010hb.net/zinfo/front/user/findFeePackage', '10010hb.net', 'china-unicom'],
    ['https://weixin.10010js.com/app/charge/qryRealFee', '10010js.com', 'china-unicom'],
    // Red team 7: the listed companies' own sites abroad and for investors (v2fly data/icbc, data/chinamobile).
    ['https://www.icbc-us.com/', 'icbc-us.com', 'icbc'],
    ['https://www.icbc-uk.com/', 'icbc-uk.com', 'icbc'],
    ['https://www.chinamobileltd.com/', 'chinamobileltd.com', 'china-mobile'],
  ])('%s is official (%s, %s)', (url, domain, brand) => {
    const a = assessDomain(url, []);
    expect(a).toMatchObject({ kind: 'official', registrableDomain: domain, brand, insecure: false });
    expect(a.reasons[0]).toMatchObject({ code: 'official-domain' });
  });

  it.each([
    ['https://alipay-refund.cn/claim', 'alipay', 'embedded'],
    ['https://www.jd.com.vip-cancel.cc/', 'jd', 'embedded'],
    ['https://icbc-cn.vip/', 'icbc', 'embedded'],
    ['https://аlipay.com/', 'alipay', 'homoglyph'],
    ['https://xn--lipay-3ve.com/', 'alipay', 'homoglyph'],
    ['https://a1ipay.com/', 'alipay', 'edit-distance'],
    ['https://alipey.com/', 'alipay', 'edit-distance'],
    ['https://alipay-refund.github.io/', 'alipay', 'embedded'],
    // Big banks spelt out in pinyin, and WeChat Pay's short name (knowledge data).
    ['https://zhongguoyinhang.top/', 'boc', 'embedded'],
    ['https://gongshangyinhang-kf.com/', 'icbc', 'embedded'],
    ['https://jiansheyinhang.vip/', 'ccb', 'embedded'],
    ['https://www.youzhengyinhang95580.cn/', 'psbc', 'embedded'],
    ['https://wxpay-refund.com/', 'tencent', 'embedded'],
    // The number of a bank whose own site runs on it, anywhere else (knowledge data).
    ['https://95599-abc.cn/', 'abc', 'embedded'],
    ['https://www.95559.com.cn.jiedong.top/', 'bocom', 'embedded'],
    ['https://spdbccc-kefu.com/', 'spdb', 'embedded'],
    ['https://95508-kefu.com/', 'cgb', 'embedded'],
    ['https://11185-youzheng.cn/', 'china-post', 'embedded'],
    ['https://10010-kefu.net/', 'china-unicom', 'embedded'],
    // Tencent and Tencent Meeting in pinyin (腾讯, 腾讯会议): the Wuhan case's meeting app.
    ['https://tengxun-kefu.com/', 'tencent', 'embedded'],
    ['https://tengxunhuiyi.com.cn/', 'tencent-meeting', 'embedded'],
    ['https://tengxunhuiyi-download.cn/', 'tencent-meeting', 'embedded'],
    // A short name beside a customer-service word in pinyin (knowledge data).
    ['https://jd-kefu.com/', 'jd', 'embedded'],
    ['https://zfb-tuikuan.cn/', 'alipay', 'embedded'],
    ['https://qqkefu.com/', 'tencent', 'embedded'],
    ['https://sf-lipei.cn/', 'sf-express', 'embedded'],
    ['https://ems-lipei.com/', 'china-post', 'embedded'],
    ['https://gonghang-kefu.com/', 'icbc', 'embedded'],
    ['https://etc-renzheng.cn/', 'china-etc', 'embedded'],
    // Airlines, a travel agency, telecom points and couriers by short name or pinyin beside a service word.
    ['https://ceair-tuipiao.com/', 'china-eastern', 'embedded'],
    ['https://csair-gaiqian.cn/', 'china-southern', 'embedded'],
    ['https://xiecheng-kefu.com/', 'ctrip', 'embedded'],
    ['https://189-jf.cn/', 'china-telecom', 'embedded'],
    ['https://189jifen.com/', 'china-telecom', 'embedded'],
    ['https://yidong-jifen.cn/', 'china-mobile', 'embedded'],
    ['https://sto-peifu.cn/', 'sto-express', 'embedded'],
    ['https://cgb-kefu.cn/', 'cgb', 'embedded'],
    ['https://ysf-kefu.com/', 'unionpay', 'embedded'],
    ['https://xhs-kefu.com/', 'xiaohongshu', 'embedded'],
    // A short name and a service word in two labels, one of them the registered name.
    ['https://jd.tuikuan.top/', 'jd', 'embedded'],
    ['https://m.zfb.tuikuan.cc/', 'alipay', 'embedded'],
    ['https://kefu.jd-vip.cn/', 'jd', 'embedded'],
    ['https://sf.lipei-fuwu.cn/', 'sf-express', 'embedded'],
    // An official domain with hyphens for its dots.
    ['https://www.jd-com.cn/', 'jd', 'embedded'],
    ['https://vip-com.top/', 'vipshop', 'embedded'],
    ['https://m-qq-com.cc/', 'tencent', 'embedded'],
    // Couriers, shops, takeaway, travel and video memberships of China beyond the cases' own brands.
    ['https://jitu-lipei.cn/', 'jt-express', 'embedded'],
    ['https://jt-peifu.com/', 'jt-express', 'embedded'],
    ['https://jtexpress-claim.top/', 'jt-express', 'embedded'],
    ['https://debang-lipei.cn/', 'deppon', 'embedded'],
    ['https://deppon-claim.com/', 'deppon', 'embedded'],
    ['https://suning-kefu.cn/', 'suning', 'embedded'],
    ['https://suningyigou-vip.com/', 'suning', 'embedded'],
    ['https://dewu-tuikuan.com/', 'dewu', 'embedded'],
    ['https://eleme-peifu.cn/', 'eleme', 'embedded'],
    ['https://elong-tuipiao.com/', 'tongcheng', 'embedded'],
    ['https://www.ly.com.gaiqian.top/', 'tongcheng', 'embedded'],
    ['https://iqiyi-kefu.com/', 'iqiyi', 'embedded'],
    ['https://www.iqiyi.com.tuikuan.top/', 'iqiyi', 'embedded'],
    ['https://iqiyl.com/', 'iqiyi', 'edit-distance'],
    ['https://youku-tuikuan.cn/', 'youku', 'embedded'],
    ['https://mgtv-vip.cn/', 'mango-tv', 'embedded'],
    ['https://mangguo-kefu.cn/', 'mango-tv', 'embedded'],
    ['https://mangguotv-vip.com/', 'mango-tv', 'embedded'],
    // More airlines and Qunar: "your flight is cancelled, claim here".
    ['https://hnair-tuipiao.com/', 'hainan-airlines', 'embedded'],
    ['https://haihang-gaiqian.cn/', 'hainan-airlines', 'embedded'],
    ['https://xiamenair-refund.com/', 'xiamen-airlines', 'embedded'],
    ['https://www.sichuanair.com.tuipiao.top/', 'sichuan-airlines', 'embedded'],
    ['https://shenzhenair-lipei.cn/', 'shenzhen-airlines', 'embedded'],
    ['https://chunqiu-gaiqian.top/', 'spring-airlines', 'embedded'],
    ['https://juneyao-vip.com/', 'juneyao-air', 'embedded'],
    ['https://qunar-kefu.cn/', 'qunar', 'embedded'],
  ])('%s imitates %s (%s)', (url, brand, how) => {
    const a = assessDomain(url, []);
    expect(a).toMatchObject({ kind: 'lookalike', brand, how });
    expect(a.reasons.length).toBeGreaterThan(0);
  });

  it('does not call evilicbc.com.cn a lookalike: a short token needs a label or hyphen boundary', () => {
    expect(assessDomain('https://evilicbc.com.cn/', [])).toMatchObject({ kind: 'unknown', registrableDomain: 'evilicbc.com.cn' });
  });

  it.each([
    'https://jdsports.com/',
    'https://jd-sports.cn/',
    'https://qq-fans.net/',
    'https://kefu-online.cn/',
    'https://apple-farm.com/',
    // 客服中心: zhongxin is 中心 as often as 中信, so it is nobody's short name.
    'https://kefu-zhongxin.com/',
    'https://iso-renzheng.cn/',
    'https://xiecheng-blog.dev/',
    'https://189-hotel.com/',
    'https://dianxin-shop.com/',
    'https://sto-jfk.com/',
    // Both in subdomains of somebody else's registered name: a customer-service tool's tenant page.
    'https://jd.kefu.example.com/',
    'https://www.tuikuan.top/',
    'https://jd.example.com/',
    // YouTube's short links are one letter from youku; 孙宁 in pinyin one letter from suning; jitu is Indonesian
    // for "spot on"; 同城 (same city) is tongcheng in pinyin; poizon is one letter from poison.
    'https://youtu.be/',
    'https://sunning.co.uk/',
    'https://suning-vip.cn/',
    'https://jitu-prediksi.com/',
    'https://tongcheng-kefu.com/',
    'https://poison-ivy.com/',
    'https://jt-group.com/',
    // hnair is one letter from hair, qunar from lunar; 春秋 (chunqiu) and 吉祥 (jixiang) are everyday words.
    'https://hair.com/',
    'https://hnair.org/',
    'https://lunar-calendar.com/',
    'https://chunqiu.org/',
    'https://jixiang-hotel.com/',
    // 芒果 is the fruit.
    'https://mangguo-shop.com/',
  ])(
    '%s is no lookalike: a short name needs a customer-service word beside it',
    (url) => {
      expect(assessDomain(url, []).kind).toBe('unknown');
    },
  );

  it.each([
    // 3.cn is JD's short-link domain: a one-character name spelt with hyphens is any number beside a word.
    'https://web-3-cn.com/',
    'https://jd-community.org/',
  ])('%s is no lookalike: hyphens spell an official domain only as whole labels with a real name', (url) => {
    expect(assessDomain(url, []).kind).toBe('unknown');
  });

  it('never treats a private suffix as a brand: github.io itself is nobody', () => {
    expect(assessDomain('https://someone.github.io/', [])).toMatchObject({ kind: 'unknown', registrableDomain: 'someone.github.io' });
  });

  it.each([
    ['http://192.168.1.10/pay', 'host-ipv4', true],
    ['https://8.8.8.8/', 'host-ipv4', false],
    ['http://0x7f.1/', 'host-ipv4', true],
    ['https://[2001:db8::1]:8443/x', 'host-ipv6', false],
  ])('%s is an ip host', (url, code, insecure) => {
    const a = assessDomain(url, []);
    expect(a).toMatchObject({ kind: 'ip', registrableDomain: null, insecure });
    expect(a.reasons[0]?.code).toBe(code);
  });

  it('trusting example.com trusts its subdomains, not evilexample.com', () => {
    expect(assessDomain('https://shop.example.com/', ['example.com']).kind).toBe('trusted');
    expect(assessDomain('https://evilexample.com/', ['example.com']).kind).toBe('unknown');
    expect(assessDomain('https://example.com.evil.net/', ['example.com']).kind).toBe('unknown');
  });

  it('treats co.uk as a suffix: trusting shop.co.uk does not trust other.co.uk', () => {
    expect(assessDomain('https://www.shop.co.uk/', ['shop.co.uk']).kind).toBe('trusted');
    expect(assessDomain('https://other.co.uk/', ['shop.co.uk']).kind).toBe('unknown');
    expect(assessDomain('https://other.co.uk/', ['co.uk']).kind).toBe('unknown');
  });

  it('marks plain http as insecure, with a reason', () => {
    const a = assessDomain('http://shop.example.org/', []);
    expect(a).toMatchObject({ kind: 'unknown', insecure: true });
    expect(a.reasons.map((r) => r.code)).toContain('insecure-http');
    expect(assessDomain('https://shop.example.org/', []).insecure).toBe(false);
  });

  it.each([
    ['', 'url-invalid'],
    ['not a url', 'url-invalid'],
    ['about:blank', 'no-host'],
    ['https://com.cn/', 'no-registrable-domain'],
  ])('answers %j with unknown (%s)', (url, code) => {
    expect(assessDomain(url, [])).toMatchObject({ kind: 'unknown', reasons: [{ code }] });
  });

  it('answers any string, never throwing', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (url, trusted) => {
        const a = assessDomain(url, trusted);
        expect(DOMAIN_KINDS).toContain(a.kind);
        expect(a.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('answers any URL-shaped string, never throwing', () => {
    const hostish = fc.stringMatching(/^[a-z0-9\-.\u0430-\u044f\u4e00-\u4e10]{0,30}$/);
    fc.assert(
      fc.property(fc.constantFrom('http://', 'https://', 'ftp://', ''), hostish, fc.webPath(), (scheme, host, path) => {
        const a = assessDomain(`${scheme}${host}${path}`, [host]);
        expect(DOMAIN_KINDS).toContain(a.kind);
      }),
    );
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(DOMAIN_KINDS).toContain(assessDomain(url, []).kind);
      }),
    );
  });
});

describe('registrableDomainOf', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['Shop.Example.CO.UK.', 'example.co.uk'],
    ['co.uk', null],
    ['1.2.3.4', null],
    ['', null],
  ])('%s → %s', (host, domain) => expect(registrableDomainOf(host)).toBe(domain));
});

// Red-team round 7, findings 1 and 2, with the real knowledge: banks' own online banking, other firms' everyday
// pinyin, and the kits that still imitate.
describe('assessDomain: honest banks and everyday pinyin are not lookalikes (red team 7)', () => {
  it.each([
    'https://ebank.bankofbeijing.com.cn/login.html',
    'https://ebank.wzbank.cn/login.html',
    'https://ebank.jsrcu-demo.com/login.html',
    'https://www.hzbank.com.cn/login.html',
    'https://www.tzbank.com/login.html',
    'https://www.lzbank.com/login.html',
    'https://www.gzbank.com.cn/',
    'https://www.jzbank.com/',
    'https://www.hebbank.com/',
    'https://www.hxbank.com.cn/',
    'https://zhongtong.com/',
    'https://guoguo-fruit.cn/',
    'https://beidou-weixing.cn/',
    'https://alipey.campus-news.com/',
  ])('%s is unknown, not a lookalike', (url) => {
    expect(assessDomain(url, [])).toMatchObject({ kind: 'unknown' });
  });

  it.each([
    ['https://webank-kefu.top/', 'webank', 'embedded'],
    ['https://weebank.com/', 'webank', 'edit-distance'],
    ['https://czbamk.com/', 'czb', 'edit-distance'],
    ['https://cebbank-refund.cn/', 'ceb', 'embedded'],
    ['https://zhongtong-lipei.cn/', 'zto-express', 'embedded'],
    ['https://guoguo-tuikuan.top/', 'cainiao', 'embedded'],
    ['https://cainiao-guoguo-refund.top/', 'cainiao', 'embedded'],
    ['https://alipey.kefu-center.top/', 'alipay', 'edit-distance'],
    ['https://weixin-kefu.cn/', 'tencent', 'embedded'],
  ])('%s imitates %s (%s)', (url, brand, how) => {
    expect(assessDomain(url, [])).toMatchObject({ kind: 'lookalike', brand, how });
  });
});

// Red-team round 8 (A6, B3), with the real knowledge: the kit's hosts are lookalikes, a regional bank's is not.
describe('assessDomain: red team 8 lookalike hosts', () => {
  it.each([
    ['https://lcbcbank.com/', 'icbc', 'homoglyph'],
    ['https://1cbcbank.com/', 'icbc', 'homoglyph'],
    ['https://ccb.kefu-tk.top/', 'ccb', 'embedded'],
    ['https://boc.tuikuan-center.top/', 'boc', 'embedded'],
    ['https://cmb.kefu-zx.top/', 'cmb', 'embedded'],
    ['https://cz-bank-kefu.com/', 'czb', 'embedded'],
    ['https://we-bank-kf.top/', 'webank', 'embedded'],
    ['https://citic-bank-tk.top/', 'citic', 'embedded'],
    ['https://ceb-bank-kefu.cn/', 'ceb', 'embedded'],
    ['https://abcbank-kf.com/', 'abc', 'embedded'],
    ['https://bankabc.top/', 'abc', 'embedded'],
    ['https://cibbank.top/', 'cib', 'embedded'],
    ['https://cib-kefu.com/', 'cib', 'embedded'],
    ['https://aliapy-refund.com/', 'alipay', 'edit-distance'],
    ['https://taboao-tk.com/', 'taobao', 'edit-distance'],
    ['https://wecaht-pay.com/', 'tencent', 'edit-distance'],
    ['https://tencnet-kefu.com/', 'tencent', 'edit-distance'],
  ])('%s imitates %s (%s)', (url, brand, how) => {
    expect(assessDomain(url, [])).toMatchObject({ kind: 'lookalike', brand, how });
  });

  it.each([
    'https://www.ccabchina.com/login.html',
    'https://www.hkbchina.com/',
    'https://www.jsbchina.cn/',
    'https://www.bank-abc.com/',
    'https://cibo-cafe.com/',
    'https://www.cibeg.com/',
    'https://ccb.partner-shop.com/',
    'https://applied-science.com/',
    'https://venom-shop.com/',
  ])('%s is unknown, not a lookalike', (url) => {
    expect(assessDomain(url, [])).toMatchObject({ kind: 'unknown' });
  });

  it.each(['https://www.cib.com.cn/', 'https://www.abchina.com/', 'https://www.czbank.com/', 'https://www.webank.com/'])(
    '%s stays official',
    (url) => {
      expect(assessDomain(url, [])).toMatchObject({ kind: 'official' });
    },
  );
});
