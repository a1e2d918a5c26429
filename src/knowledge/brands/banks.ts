// Chinese banks: the six large state banks, the twelve national joint-stock banks and WeBank (微粒贷, a
// favourite of "cancel your student loan account" scripts), sorted by id.
//
// Aliases: full Chinese names and English names. Two-character short forms are left out where they sit
// inside everyday words, because aliases are matched as substrings of titles and headings:
// 工行 (加工行业), 建行 (新建行政楼), 交行 (外交行为), 中行 (途中行驶), 中信 (空中信号), 光大 (发扬光大),
// 民生, 兴业, 平安, 华夏, 渤海 (ordinary words), 广发 (推广发布), 浙商 (浙商 = Zhejiang merchants).
// 招行, 邮储 and 浦发 do not collide and stay.
//
// Host tokens: the bank's domain label (icbc, abchina, bankcomm …) and its 955xx customer-service number,
// which fake pages put into host names (95588-icbc.cn). ABC, BoCom and CGB also run their own sites on the
// number (95599.cn, 95559.com.cn, 95508.com, the last in CGB's own text messages): those are in their domains,
// or the bank's own page would be a "lookalike" of itself. Other 955xx domains stay lookalikes: we found no
// first-party use of them. Three-letter codes are kept only when they are not ordinary English labels: ccb,
// boc, cmb, hxb stay; abc (ABC News, abc.xyz), cib (CIB Egypt, other "CIB" banks), ceb and cgb (common
// abbreviations, no phishing use seen) are left out. abc, cib and cgb are paired tokens instead: they count beside a
// customer-service word (cib-kefu, abc.tuikuan.top) or glued to "bank" (abcbank, cibbank), never alone. Note that
// `icbc` is also the Insurance Corporation of British Columbia (icbc.com), which is not ICBC's: the
// engine will call it a lookalike. `citic` is left out (one letter from `critic`; `citicbank` stays), and
// `pingan` too: the engine also matches 6+ letter tokens inside a label, and `shoppingand…` contains it.

import type { Brand } from '../types';
import { IANA_BRAND_TLD, OWN_SITE, v2fly } from '../sources';

/**
 * A bank's own payment gateway or online banking, as merchants' public payment code addresses it. ABC and BoCom run
 * these on their 955xx number (95599.cn, 95559.com.cn), which is also a host token: without the domain here, the bank's
 * own card-payment page would be called a lookalike of itself.
 */
const BANK_PAYMENT_GATEWAY = (hosts: string): string => `the bank's own payment gateway / online banking (${hosts})`;

export const BANK_BRANDS: Brand[] = [
  {
    id: 'abc',
    category: 'bank',
    name: { zh: '中国农业银行', en: 'Agricultural Bank of China' },
    aliases: ['Agricultural Bank of China', '中国农业银行', '农业银行'],
    checkoutNames: ['Agricultural Bank of China', '中国农业银行', '农业银行'],
    hostTokens: ['95599', 'abchina', 'nongyeyinhang'],
    pairedHostTokens: ['abc', 'nonghang'],
    domains: [
      {
        domain: '95599.cn',
        source: BANK_PAYMENT_GATEWAY('easyabc.95599.cn/b2c/trustpay, the online banking at easyabc.95599.cn/commbank'),
      },
      { domain: 'abchina.com', source: v2fly('category-bank-cn') },
    ],
  },
  {
    id: 'boc',
    category: 'bank',
    name: { zh: '中国银行', en: 'Bank of China' },
    aliases: ['BOC', 'Bank of China', '中国银行'],
    checkoutNames: ['BOC', 'Bank of China', '中国银行'],
    hostTokens: ['95566', 'bank-of-china', 'bankofchina', 'boc', 'zhongguoyinhang'],
    domains: [
      { domain: 'bank-of-china.com', source: v2fly('boc') },
      { domain: 'bankofchina.com', source: v2fly('boc') },
      { domain: 'boc.cn', source: v2fly('boc') },
      { domain: 'boccfc.cn', source: v2fly('boc') },
      { domain: 'bochk.com', source: v2fly('boc') },
      { domain: 'bocichina.com', source: v2fly('boc') },
      { domain: 'bocim.com', source: v2fly('boc') },
    ],
  },
  {
    id: 'bocom',
    category: 'bank',
    name: { zh: '交通银行', en: 'Bank of Communications' },
    aliases: ['Bank of Communications', 'BoCom', '交通银行'],
    checkoutNames: ['Bank of Communications', 'BoCom', '交通银行'],
    hostTokens: ['95559', 'bankcomm', 'bocom', 'jiaotongyinhang'],
    pairedHostTokens: ['jiaohang'],
    domains: [
      {
        domain: '95559.com.cn',
        source: BANK_PAYMENT_GATEWAY('pbank.95559.com.cn/netpay, ebank.95559.com.cn/corporbank; wap.95559.com.cn'),
      },
      { domain: 'bankcomm.cn', source: v2fly('category-bank-cn') },
      { domain: 'bankcomm.com', source: v2fly('category-bank-cn') },
    ],
  },
  {
    id: 'bohai-bank',
    category: 'bank',
    name: { zh: '渤海银行', en: 'China Bohai Bank' },
    aliases: ['China Bohai Bank', '渤海银行'],
    checkoutNames: ['China Bohai Bank', '渤海银行'],
    hostTokens: ['95541', 'cbhb'],
    domains: [{ domain: 'cbhb.com.cn', source: OWN_SITE }],
  },
  {
    id: 'ccb',
    category: 'bank',
    name: { zh: '中国建设银行', en: 'China Construction Bank' },
    aliases: ['CCB', 'China Construction Bank', '中国建设银行', '建设银行'],
    checkoutNames: ['CCB', 'China Construction Bank', '中国建设银行', '建设银行'],
    hostTokens: ['95533', 'ccb', 'jiansheyinhang'],
    pairedHostTokens: ['jianhang'],
    domains: [
      { domain: 'ccb-life.com.cn', source: v2fly('ccb') },
      { domain: 'ccb.cn', source: v2fly('ccb') },
      { domain: 'ccb.com', source: v2fly('ccb') },
      { domain: 'ccb.com.cn', source: v2fly('ccb') },
      { domain: 'ccbfund.cn', source: v2fly('ccb') },
      { domain: 'ccbfund.com', source: v2fly('ccb') },
      { domain: 'ccbfutures.com', source: v2fly('ccb') },
      { domain: 'ccbleasing.com', source: v2fly('ccb') },
      { domain: 'ccbtrust.com.cn', source: v2fly('ccb') },
    ],
  },
  {
    id: 'ceb',
    category: 'bank',
    name: { zh: '中国光大银行', en: 'China Everbright Bank' },
    aliases: ['China Everbright Bank', '中国光大银行', '光大银行'],
    checkoutNames: ['China Everbright Bank', '中国光大银行', '光大银行'],
    hostTokens: ['95595', 'cebbank'],
    domains: [{ domain: 'cebbank.com', source: v2fly('category-bank-cn') }],
  },
  {
    id: 'cgb',
    category: 'bank',
    name: { zh: '广发银行', en: 'China Guangfa Bank' },
    aliases: ['China Guangfa Bank', '广发银行'],
    checkoutNames: ['China Guangfa Bank', '广发银行'],
    hostTokens: ['95508', 'cgbchina'],
    pairedHostTokens: ['cgb', 'guangfa'],
    domains: [
      {
        domain: '95508.com',
        source:
          "CGB's own links on its service number: the short links in its card text messages (95508.com/…, n.95508.com) " +
          "and its app's static files (static.95508.com)",
      },
      { domain: 'cgbchina.com.cn', source: v2fly('category-bank-cn') },
    ],
  },
  {
    id: 'cib',
    category: 'bank',
    name: { zh: '兴业银行', en: 'Industrial Bank' },
    aliases: ['Industrial Bank', '兴业银行'],
    checkoutNames: ['Industrial Bank', '兴业银行'],
    hostTokens: ['95561'],
    pairedHostTokens: ['cib'],
    domains: [{ domain: 'cib.com.cn', source: v2fly('category-bank-cn') }],
  },
  {
    id: 'citic',
    category: 'bank',
    name: { zh: '中信银行', en: 'China CITIC Bank' },
    aliases: ['CITIC', '中信银行'],
    checkoutNames: ['CITIC', '中信银行'],
    hostTokens: ['95558', 'citicbank'],
    domains: [
      { domain: 'citicbank.com', source: v2fly('citic') },
      { domain: 'cncbinternational.com', source: v2fly('citic') },
      { domain: 'ecitic.com', source: v2fly('citic') },
    ],
    suffixes: [
      { suffix: 'citic', source: `${IANA_BRAND_TLD}; ${v2fly('citic')}` },
      { suffix: 'xn--fiq64b', source: `${IANA_BRAND_TLD} (.中信); ${v2fly('citic')}` },
    ],
  },
  {
    id: 'cmb',
    category: 'bank',
    name: { zh: '招商银行', en: 'China Merchants Bank' },
    aliases: ['CMB', 'China Merchants Bank', '招商银行', '招行'],
    checkoutNames: ['CMB', 'China Merchants Bank', '招商银行', '招行'],
    hostTokens: ['95555', 'cmb', 'cmbchina', 'zhaoshangyinhang'],
    pairedHostTokens: ['zhaohang'],
    domains: [
      { domain: '8008205555.com', source: v2fly('cmb') },
      { domain: 'cmb-leasing.com', source: v2fly('cmb') },
      { domain: 'cmbchina.biz', source: v2fly('cmb') },
      { domain: 'cmbchina.cn', source: v2fly('cmb') },
      { domain: 'cmbchina.com', source: v2fly('cmb') },
      { domain: 'cmbimg.com', source: v2fly('cmb') },
      { domain: 'cmbwinglungbank.com', source: v2fly('cmb') },
      { domain: 'cmfchina.com', source: v2fly('cmb') },
    ],
  },
  {
    id: 'cmbc',
    category: 'bank',
    name: { zh: '中国民生银行', en: 'China Minsheng Bank' },
    aliases: ['CMBC', 'China Minsheng Bank', '中国民生银行', '民生银行'],
    checkoutNames: ['CMBC', 'China Minsheng Bank', '中国民生银行', '民生银行'],
    hostTokens: ['95568', 'cmbc'],
    domains: [{ domain: 'cmbc.com.cn', source: v2fly('category-bank-cn') }],
  },
  {
    id: 'czb',
    category: 'bank',
    name: { zh: '浙商银行', en: 'China Zheshang Bank' },
    aliases: ['China Zheshang Bank', '浙商银行'],
    checkoutNames: ['China Zheshang Bank', '浙商银行'],
    hostTokens: ['95527', 'czbank'],
    domains: [{ domain: 'czbank.com', source: OWN_SITE }],
  },
  {
    id: 'hengfeng-bank',
    category: 'bank',
    name: { zh: '恒丰银行', en: 'Hengfeng Bank' },
    aliases: ['Hengfeng Bank', '恒丰银行'],
    checkoutNames: ['Hengfeng Bank', '恒丰银行'],
    hostTokens: ['95395', 'hfbank'],
    domains: [{ domain: 'hfbank.com.cn', source: OWN_SITE }],
  },
  {
    id: 'huaxia-bank',
    category: 'bank',
    name: { zh: '华夏银行', en: 'Hua Xia Bank' },
    aliases: ['Hua Xia Bank', 'Huaxia Bank', '华夏银行'],
    checkoutNames: ['Hua Xia Bank', 'Huaxia Bank', '华夏银行'],
    hostTokens: ['95577', 'hxb'],
    domains: [{ domain: 'hxb.com.cn', source: v2fly('category-bank-cn') }],
  },
  {
    id: 'icbc',
    category: 'bank',
    name: { zh: '中国工商银行', en: 'Industrial and Commercial Bank of China' },
    aliases: ['ICBC', 'Industrial and Commercial Bank of China', '中国工商银行', '工商银行'],
    checkoutNames: ['ICBC', 'Industrial and Commercial Bank of China', '中国工商银行', '工商银行'],
    hostTokens: ['95588', 'gongshangyinhang', 'icbc'],
    pairedHostTokens: ['gonghang'],
    domains: [
      { domain: '95588.com', source: v2fly('icbc') },
      { domain: '95588.com.cn', source: v2fly('icbc') },
      { domain: 'dccnet.com.cn', source: v2fly('icbc') },
      { domain: 'icbc-uk.com', source: v2fly('icbc') },
      { domain: 'icbc-us.com', source: v2fly('icbc') },
      { domain: 'icbc.com.cn', source: v2fly('icbc') },
      { domain: 'icbcasia.com', source: v2fly('icbc') },
      { domain: 'icbccs.com.cn', source: v2fly('icbc') },
    ],
    suffixes: [{ suffix: 'icbc', source: `${IANA_BRAND_TLD}; ${v2fly('icbc')}` }],
  },
  {
    id: 'ping-an-bank',
    category: 'bank',
    name: { zh: '平安银行', en: 'Ping An Bank' },
    aliases: ['Ping An Bank', '中国平安', '平安银行'],
    checkoutNames: ['Ping An Bank', '中国平安', '平安银行'],
    hostTokens: ['95511', 'pinganbank'],
    pairedHostTokens: ['pingan'],
    domains: [
      { domain: 'pingan.com', source: v2fly('pingan') },
      { domain: 'pingan.com.cn', source: v2fly('pingan') },
      { domain: 'pingan.com.hk', source: v2fly('pingan') },
    ],
  },
  {
    id: 'psbc',
    category: 'bank',
    name: { zh: '中国邮政储蓄银行', en: 'Postal Savings Bank of China' },
    aliases: ['PSBC', 'Postal Savings Bank of China', '中国邮政储蓄银行', '邮储', '邮储银行', '邮政储蓄'],
    checkoutNames: ['PSBC', 'Postal Savings Bank of China', '中国邮政储蓄银行', '邮储', '邮储银行', '邮政储蓄'],
    hostTokens: ['95580', 'psbc', 'youchuyinhang', 'youzhengyinhang'],
    domains: [{ domain: 'psbc.com', source: v2fly('category-bank-cn') }],
  },
  {
    id: 'spdb',
    category: 'bank',
    name: { zh: '上海浦东发展银行', en: 'Shanghai Pudong Development Bank' },
    aliases: ['SPDB', 'Shanghai Pudong Development Bank', '上海浦东发展银行', '浦发', '浦发银行'],
    checkoutNames: ['SPDB', 'Shanghai Pudong Development Bank', '上海浦东发展银行', '浦发', '浦发银行'],
    hostTokens: ['95528', 'spdb', 'spdbccc'],
    pairedHostTokens: ['pufa'],
    domains: [
      { domain: 'spdb.com.cn', source: v2fly('category-bank-cn') },
      {
        domain: 'spdbccc.com.cn',
        source:
          "SPDB's credit card centre (浦发银行信用卡中心): its card statements come from it, and its card site and app pages " +
          'run on it (cardsonline., ecentre., mbank.spdbccc.com.cn)',
      },
    ],
  },
  {
    id: 'webank',
    category: 'bank',
    name: { zh: '微众银行', en: 'WeBank' },
    aliases: ['WeBank', '微众银行', '微粒贷'],
    checkoutNames: ['微众银行'],
    hostTokens: ['webank'],
    domains: [
      { domain: 'webank.com', source: v2fly('category-bank-cn') },
      { domain: 'webankcdn.net', source: v2fly('category-bank-cn') },
    ],
  },
];
