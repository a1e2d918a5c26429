// Couriers, rail, telecom operators, government, the central bank and ETC, sorted by id.
//
// Government (`gov-cn`): in the Public Suffix List `gov.cn` is itself a public suffix, so tldts gives
// `www.gov.cn` → `www.gov.cn`, `www.beijing.gov.cn` → `beijing.gov.cn`, and `gov.cn` → no domain at all.
// No single registrable domain stands for "the government", so the brand carries the suffix `gov.cn`
// instead: `officialBrandFor('beijing.gov.cn')` finds it through the suffix map (see index.ts), and
// only a registrable domain directly under `gov.cn` matches (`gov.cn.evil.com` → `evil.com`, no match).
//
// ETC (`china-etc`): ETC cards are issued by provincial operators and by banks, mostly through apps and
// WeChat/Alipay mini programs; the national operator runs on gov.cn. We know of no national ETC domain we
// are sure of; the one issuer site we are sure of is Beijing's (bjetc.cn, 速通卡), so 速通卡 is an alias. The other
// provinces' cards (粤通卡, 苏通卡 …) are their own issuers' names, whose sites we do not know: `issuers`, so that a
// province's own sign-up (card + SMS code, the normal way a tag is bound to a card) is not said to impersonate the
// national brand. A fake "your 粤通卡 has expired" page still tells the etc-expired story (scam-phrases.ts), and a page
// that names the issuer as a service desk or a verification ("粤通卡ETC服务中心 - 在线认证") claims the brand, by the
// issuer's name too: no issuer's sign-up is titled so (brand-claims.ts `issuersOwnPage`, red team 8). The brand
// exists mainly so that a page claiming to be an ETC service is recognised as a claim. Its aliases never use bare "ETC",
// which is English "etc.", and `etc` is no host token (etc.example.edu, etc-group.com are ordinary).
//
// Short courier codes: `zto` and `yto` are not words and stay; `sto` (Sto SE, Scandinavian words) and
// `ems` (emergency medical services) are ordinary labels and are left out; `sf` is too short.

import type { Brand } from '../types';
import { OWN_SITE, v2fly } from '../sources';

export const SERVICE_BRANDS: Brand[] = [
  {
    id: 'cainiao',
    category: 'courier',
    name: { zh: '菜鸟', en: 'Cainiao' },
    aliases: ['Cainiao', '菜鸟网络', '菜鸟裹裹', '菜鸟驿站'],
    checkoutNames: ['Cainiao', '菜鸟网络', '菜鸟裹裹', '菜鸟驿站'],
    hostTokens: ['cainiao'],
    // 裹裹 is guoguo, and so is 果果 (a fruit shop's, a child's name): alone in a host it is anybody's.
    pairedHostTokens: ['guoguo'],
    domains: [
      { domain: 'cainiao-inc.com', source: v2fly('cainiao') },
      { domain: 'cainiao.com', source: v2fly('cainiao') },
      { domain: 'cainiao.com.cn', source: v2fly('cainiao') },
      { domain: 'cainiaoyizhan.com', source: v2fly('cainiao') },
      { domain: 'guoguo-app.com', source: v2fly('cainiao') },
    ],
  },
  {
    id: 'china-etc',
    category: 'etc',
    name: { zh: 'ETC 高速通行服务', en: 'ETC highway toll service' },
    aliases: ['ETC卡', 'ETC服务', 'ETC认证', '中国ETC', '速通卡', '高速ETC'],
    issuers: ['沪通卡', '粤通卡', '苏通卡', '鲁通卡'],
    hostTokens: ['bjetc'],
    pairedHostTokens: ['etc'],
    domains: [
      {
        domain: 'bjetc.cn',
        source: "Beijing ETC issuer 速通科技 (速通卡): the brand's own site, called by public ETC client code (www.bjetc.cn/etc-rest)",
      },
    ],
  },
  {
    id: 'china-mobile',
    category: 'telecom',
    name: { zh: '中国移动', en: 'China Mobile' },
    aliases: ['10086', 'China Mobile', '中国移动', '和包支付'],
    hostTokens: ['10086', 'chinamobile'],
    // 移动: beside 积分 or 客服 it is China Mobile ("your points expire" pages).
    pairedHostTokens: ['yidong'],
    domains: [
      { domain: '10086.cn', source: v2fly('chinamobile') },
      { domain: '139.com', source: v2fly('chinamobile') },
      { domain: 'chinamobile.com', source: v2fly('chinamobile') },
      { domain: 'chinamobileltd.com', source: v2fly('chinamobile') },
      { domain: 'cmpay.com', source: v2fly('chinamobile') },
    ],
  },
  {
    id: 'china-post',
    category: 'courier',
    name: { zh: '中国邮政 / EMS', en: 'China Post / EMS' },
    // Not bare "EMS": emergency medical services.
    aliases: ['China Post', 'EMS快递', '中国邮政', '邮政EMS', '邮政快递'],
    checkoutNames: ['China Post', 'EMS快递', '中国邮政', '邮政EMS', '邮政快递'],
    hostTokens: ['11183', '11185', 'chinapost'],
    pairedHostTokens: ['ems', 'youzheng'],
    domains: [
      // Sites on the service numbers, which are also host tokens (without them China Post's own mall would be a
      // "lookalike" of China Post).
      {
        domain: '11183.com.cn',
        source:
          "EMS's own site on its service number 11183: parcel tracking (www.11183.com.cn/ems/order) and its open platform " +
          '(eis.11183.com.cn)',
      },
      {
        domain: '11185.cn',
        source:
          "China Post's own sites on its service number 11185: its mall (mall.11185.cn), 邮生活 (youshenghuo.11185.cn), " +
          'stamps (jiyou.11185.cn), international mail (intmail.11185.cn)',
      },
      { domain: 'chinapost.com.cn', source: OWN_SITE },
      { domain: 'ems.com.cn', source: OWN_SITE },
    ],
  },
  {
    id: 'china-railway-12306',
    category: 'transport',
    name: { zh: '中国铁路 12306', en: 'China Railway 12306' },
    aliases: ['12306', 'China Railway', '中国铁路', '铁路12306'],
    hostTokens: ['12306'],
    domains: [
      { domain: '12306.cn', source: OWN_SITE },
      { domain: 'china-railway.com.cn', source: OWN_SITE },
    ],
  },
  {
    id: 'china-telecom',
    category: 'telecom',
    name: { zh: '中国电信', en: 'China Telecom' },
    // Not its number 10000: "10000 steps", "¥10000".
    aliases: ['China Telecom', '中国电信', '翼支付'],
    hostTokens: ['chinatelecom'],
    // Its number domain (189.cn) and 电信 (dianxin is also 点心): a name only beside a customer-service word.
    pairedHostTokens: ['189', 'dianxin'],
    domains: [
      { domain: '189.cn', source: v2fly('chinatelecom') },
      { domain: 'bestpay.cn', source: v2fly('chinatelecom') },
      { domain: 'bestpay.com.cn', source: v2fly('chinatelecom') },
      { domain: 'chinatelecom.com.cn', source: v2fly('chinatelecom') },
    ],
  },
  {
    id: 'china-unicom',
    category: 'telecom',
    name: { zh: '中国联通', en: 'China Unicom' },
    aliases: ['10010', 'China Unicom', '中国联通'],
    hostTokens: ['10010', 'chinaunicom'],
    domains: [
      { domain: '10010.com', source: v2fly('chinaunicom') },
      { domain: '10010.com.cn', source: v2fly('chinaunicom') },
      // Provincial branches' own sites on the service number, which is also a host token: bill, balance and top-up
      // pages that sign in with an SMS code (without them, the branch's own page would be a "lookalike").
      {
        domain: '10010hb.net',
        source: "Hubei Unicom's own site: its WeChat and mobile service (wap.10010hb.net: fee packages, balance, monthly sign-in)",
      },
      {
        domain: '10010js.com',
        source: "Jiangsu Unicom's own site: its WeChat service and mini-program pages (weixin.10010js.com: charges, balance, activities)",
      },
      {
        domain: '10010nm.com',
        source: "Inner Mongolia Unicom's own site: self-service pages that China Unicom's app opens (10010nm.com/automaticSecurity)",
      },
      { domain: 'chinaunicom.com', source: v2fly('chinaunicom') },
      { domain: 'chinaunicom.com.cn', source: v2fly('chinaunicom') },
      { domain: 'wo.com.cn', source: v2fly('chinaunicom') },
    ],
  },
  {
    id: 'deppon',
    category: 'courier',
    name: { zh: '德邦快递', en: 'Deppon Express' },
    // Not bare 德邦: 德邦证券 and 德邦基金 are other companies. 德邦 in pinyin (debang) counts only beside a
    // customer-service word.
    aliases: ['Deppon', '德邦快递', '德邦物流'],
    checkoutNames: ['Deppon', '德邦快递', '德邦物流'],
    hostTokens: ['deppon'],
    pairedHostTokens: ['debang'],
    domains: [
      { domain: 'deppon.com', source: v2fly('deppon') },
      { domain: 'deppon.com.cn', source: v2fly('deppon') },
      { domain: 'dpma.cc', source: v2fly('deppon') },
    ],
  },
  {
    id: 'gov-cn',
    category: 'government',
    name: { zh: '中国政府网站', en: 'Chinese government sites' },
    namedByAlias: true,
    // Government services that scam pages copy: tax refunds, medical insurance, traffic fines; and the
    // authorities the 冒充公检法 script names (procuratorate, court, financial regulator).
    // National bodies only: a city's police or court may run its booking site outside gov.cn with an SMS login.
    aliases: [
      '个人所得税', '中国政府网', '交管12123', '公安部', '国务院', '国家医保服务平台', '国家反诈中心', '国家政务服务平台',
      '国家税务总局', '国家金融监督管理总局', '最高人民检察院', '最高人民法院', '银保监会',
    ],
    hostTokens: ['govcn'],
    domains: [],
    suffixes: [
      {
        suffix: 'gov.cn',
        source: 'CNNIC: .gov.cn is reserved for government bodies; a public suffix in the Public Suffix List',
      },
    ],
  },
  {
    id: 'jd-logistics',
    category: 'courier',
    name: { zh: '京东物流', en: 'JD Logistics' },
    aliases: ['JD Logistics', '京东快递', '京东物流'],
    checkoutNames: ['JD Logistics', '京东快递', '京东物流'],
    hostTokens: [],
    domains: [{ domain: 'jdl.com', source: OWN_SITE }],
  },
  {
    id: 'jt-express',
    category: 'courier',
    name: { zh: '极兔速递', en: 'J&T Express' },
    aliases: ['J&T Express', '极兔', '极兔快递', '极兔速递'],
    checkoutNames: ['J&T Express', '极兔', '极兔快递', '极兔速递'],
    hostTokens: ['jtexpress'],
    // 极兔 in pinyin, and J&T's two letters: only beside a customer-service word (jitu is an everyday
    // Indonesian word, "spot on").
    pairedHostTokens: ['jitu', 'jt'],
    // Its group's domains, Best Express (百世, bxexpress) included, which J&T took over in China.
    domains: [
      { domain: 'bxexpress.com.cn', source: v2fly('jtexpress') },
      { domain: 'cr-cts.com', source: v2fly('jtexpress') },
      { domain: 'crscm.com', source: v2fly('jtexpress') },
      { domain: 'jet-ego.com', source: v2fly('jtexpress') },
      { domain: 'jet-logistics.com', source: v2fly('jtexpress') },
      { domain: 'jetlogistic.com', source: v2fly('jtexpress') },
      { domain: 'jnt-express.com.cn', source: v2fly('jtexpress') },
      { domain: 'jtexpress.cn', source: v2fly('jtexpress') },
      { domain: 'jtexpress.com', source: v2fly('jtexpress') },
      { domain: 'jtexpress.com.cn', source: v2fly('jtexpress') },
      { domain: 'jtexpress.top', source: v2fly('jtexpress') },
      { domain: 'jtfulfillment.cn', source: v2fly('jtexpress') },
      { domain: 'jtfulfillment.com', source: v2fly('jtexpress') },
      { domain: 'jtg2g.com', source: v2fly('jtexpress') },
      { domain: 'jtjms-ae.com', source: v2fly('jtexpress') },
      { domain: 'jtjms-br.com', source: v2fly('jtexpress') },
      { domain: 'jtjms-eg.com', source: v2fly('jtexpress') },
      { domain: 'jtjms-mx.com', source: v2fly('jtexpress') },
      { domain: 'jtjms-sa.com', source: v2fly('jtexpress') },
      { domain: 'upfos.cn', source: v2fly('jtexpress') },
      { domain: 'upfos.com', source: v2fly('jtexpress') },
      { domain: 'yl-scm.com', source: v2fly('jtexpress') },
    ],
  },
  {
    id: 'pboc',
    category: 'government',
    name: { zh: '中国人民银行', en: "People's Bank of China" },
    // Fake central-bank pages sell "card security upgrades" and "credit repair" (征信修复). The bank's credit
    // reference centre (征信中心) runs outside gov.cn, on pbccrc.org.cn, and checks who you are with a bank
    // card and an SMS code, so that domain is listed as official too.
    aliases: ["People's Bank of China", '中国人民银行'],
    hostTokens: ['pbccrc'],
    domains: [
      { domain: 'pbc.gov.cn', source: OWN_SITE },
      { domain: 'pbccrc.org.cn', source: OWN_SITE },
    ],
  },
  {
    id: 'sf-express',
    category: 'courier',
    name: { zh: '顺丰速运', en: 'SF Express' },
    // Not bare 顺丰 or 顺丰快递: "顺丰包邮", "顺丰快递发货" are ordinary shop headings.
    aliases: ['SF Express', '顺丰速运'],
    checkoutNames: ['SF Express', '顺丰速运'],
    hostTokens: ['95338', 'sf-express', 'sfexpress', 'shunfeng'],
    pairedHostTokens: ['sf'],
    domains: [
      { domain: 'sf-express.com', source: v2fly('sf-express') },
      { domain: 'sf-international.com', source: v2fly('sf-express') },
      { domain: 'sf.cn', source: v2fly('sf-express') },
    ],
  },
  {
    id: 'sto-express',
    category: 'courier',
    name: { zh: '申通快递', en: 'STO Express' },
    aliases: ['STO Express', '申通快递'],
    checkoutNames: ['STO Express', '申通快递'],
    hostTokens: ['95543', 'shentong'],
    pairedHostTokens: ['sto'],
    domains: [{ domain: 'sto.cn', source: OWN_SITE }],
  },
  {
    id: 'yto-express',
    category: 'courier',
    name: { zh: '圆通速递', en: 'YTO Express' },
    aliases: ['YTO', 'YTO Express', '圆通快递', '圆通速递'],
    checkoutNames: ['YTO', 'YTO Express', '圆通快递', '圆通速递'],
    hostTokens: ['95554', 'yto', 'yuantong'],
    domains: [{ domain: 'yto.net.cn', source: OWN_SITE }],
  },
  {
    id: 'yunda',
    category: 'courier',
    name: { zh: '韵达快递', en: 'Yunda Express' },
    aliases: ['Yunda', '韵达', '韵达快递'],
    checkoutNames: ['Yunda', '韵达', '韵达快递'],
    hostTokens: ['95546', 'yunda', 'yundaex'],
    domains: [{ domain: 'yundaex.com', source: OWN_SITE }],
  },
  {
    id: 'zto-express',
    category: 'courier',
    name: { zh: '中通快递', en: 'ZTO Express' },
    // Not bare 中通: it sits inside 会议中通过 and similar phrases.
    aliases: ['ZTO', 'ZTO Express', '中通快递'],
    checkoutNames: ['ZTO', 'ZTO Express', '中通快递'],
    hostTokens: ['95311', 'zto'],
    // zhongtong is also 中通客车 (a bus maker) and any 中通/众通 firm: alone in a host it is anybody's.
    pairedHostTokens: ['zhongtong'],
    domains: [{ domain: 'zto.com', source: OWN_SITE }],
  },
];
