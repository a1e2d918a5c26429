// Airlines and travel agencies, sorted by id: "your flight is cancelled, claim your
// compensation" is one of the commonest fake customer-service stories.
//
// Aliases use the full names: bare 国航 sits inside 中国航天 / 中国航空, 南航 is also a university, and
// 东航 sits inside 华东航线. Host tokens: `ceair` and `csair` are one letter from `chair`, `ctrip` from
// `strip`, and the engine flags one-letter near misses, so only `airchina` stays. The short names and the
// pinyin (国航, 东航, 南航, 携程) count only beside a customer-service word (Brand.pairedHostTokens), where
// no near miss is tried: ceair-tuipiao.com, csair-gaiqian.cn, xiecheng-kefu.com.

import type { Brand } from '../types';
import { OWN_SITE, v2fly } from '../sources';

export const TRAVEL_BRANDS: Brand[] = [
  {
    id: 'air-china',
    category: 'transport',
    name: { zh: '中国国际航空', en: 'Air China' },
    aliases: ['Air China', '中国国航', '中国国际航空', '国航客服'],
    hostTokens: ['airchina'],
    pairedHostTokens: ['guohang'],
    domains: [
      { domain: 'airchina.cn', source: v2fly('airchina') },
      { domain: 'airchina.com', source: v2fly('airchina') },
      { domain: 'airchina.com.cn', source: v2fly('airchina') },
      { domain: 'phoenixmiles.com', source: v2fly('airchina') },
    ],
  },
  {
    id: 'china-eastern',
    category: 'transport',
    name: { zh: '中国东方航空', en: 'China Eastern Airlines' },
    aliases: ['China Eastern', '东方航空', '东航客服'],
    hostTokens: [],
    pairedHostTokens: ['ceair', 'donghang'],
    domains: [{ domain: 'ceair.com', source: OWN_SITE }],
  },
  {
    id: 'china-southern',
    category: 'transport',
    name: { zh: '中国南方航空', en: 'China Southern Airlines' },
    aliases: ['China Southern', '南方航空', '南航客服'],
    hostTokens: [],
    pairedHostTokens: ['csair', 'nanhang'],
    domains: [{ domain: 'csair.com', source: OWN_SITE }],
  },
  {
    id: 'ctrip',
    category: 'transport',
    name: { zh: '携程', en: 'Trip.com / Ctrip' },
    aliases: ['Ctrip', 'Trip.com', '携程', '携程旅行'],
    hostTokens: [],
    // 携程; xiecheng is also 协程 (a coroutine), so a name only beside a customer-service word.
    pairedHostTokens: ['ctrip', 'xiecheng'],
    domains: [
      { domain: 'ctrip.cn', source: v2fly('ctrip') },
      { domain: 'ctrip.com', source: v2fly('ctrip') },
      { domain: 'trip.com', source: v2fly('ctrip') },
      { domain: 'tripcdn.com', source: v2fly('ctrip') },
    ],
  },
  {
    id: 'hainan-airlines',
    category: 'transport',
    name: { zh: '海南航空', en: 'Hainan Airlines' },
    // Not bare 海航 (the HNA group, and inside 上海航运). `hnair` is one letter from `hair`, so only beside a
    // customer-service word, like 海航's pinyin.
    aliases: ['Hainan Airlines', '海南航空', '海航客服'],
    hostTokens: [],
    pairedHostTokens: ['haihang', 'hnair'],
    domains: [{ domain: 'hnair.com', source: OWN_SITE }],
  },
  {
    id: 'juneyao-air',
    category: 'transport',
    name: { zh: '吉祥航空', en: 'Juneyao Air' },
    // 吉祥 (jixiang, "lucky") is an everyday word: only beside a customer-service word.
    aliases: ['Juneyao Air', '吉祥航空'],
    hostTokens: ['juneyao'],
    pairedHostTokens: ['jixiang'],
    domains: [{ domain: 'juneyaoair.com', source: OWN_SITE }],
  },
  {
    id: 'qunar',
    category: 'transport',
    name: { zh: '去哪儿', en: 'Qunar' },
    // Not bare 去哪儿 ("where to?"). `qunar` is one letter from `lunar`: only beside a customer-service word.
    aliases: ['Qunar', '去哪儿客服', '去哪儿旅行', '去哪儿网'],
    hostTokens: [],
    pairedHostTokens: ['qunar'],
    domains: [{ domain: 'qunar.com', source: OWN_SITE }],
  },
  {
    id: 'shenzhen-airlines',
    category: 'transport',
    name: { zh: '深圳航空', en: 'Shenzhen Airlines' },
    aliases: ['Shenzhen Airlines', '深圳航空', '深航客服'],
    hostTokens: ['shenzhenair'],
    pairedHostTokens: ['shenhang'],
    domains: [{ domain: 'shenzhenair.com', source: OWN_SITE }],
  },
  {
    id: 'sichuan-airlines',
    category: 'transport',
    name: { zh: '四川航空', en: 'Sichuan Airlines' },
    aliases: ['Sichuan Airlines', '四川航空', '川航客服'],
    hostTokens: ['sichuanair'],
    pairedHostTokens: ['chuanhang'],
    domains: [{ domain: 'sichuanair.com', source: OWN_SITE }],
  },
  {
    id: 'spring-airlines',
    category: 'transport',
    name: { zh: '春秋航空', en: 'Spring Airlines' },
    // Its site is ch.com. 春秋 (chunqiu, the classic and any "spring and autumn") only beside a customer-service word.
    aliases: ['Spring Airlines', '春秋航空'],
    hostTokens: [],
    pairedHostTokens: ['chunqiu'],
    domains: [{ domain: 'ch.com', source: OWN_SITE }],
  },
  {
    id: 'tongcheng',
    category: 'transport',
    name: { zh: '同程旅行', en: 'Tongcheng Travel' },
    // Not bare 同程, and not `tongcheng` in a host: 同城 ("same city", 58同城) is spelt the same in pinyin.
    // 艺龙 (eLong, merged into it) only beside a customer-service word: `elong` is one letter from along.
    aliases: ['同程旅游', '同程旅行', '同程艺龙', '艺龙旅行'],
    hostTokens: [],
    pairedHostTokens: ['elong'],
    domains: [
      { domain: '17u.cn', source: v2fly('tongcheng') },
      { domain: '17u.net', source: v2fly('tongcheng') },
      { domain: '17usoft.com', source: v2fly('tongcheng') },
      { domain: '17usoft.net', source: v2fly('tongcheng') },
      { domain: '40017.cn', source: v2fly('tongcheng') },
      { domain: 'elong.com', source: v2fly('tongcheng') },
      { domain: 'elongstatic.com', source: v2fly('tongcheng') },
      { domain: 'ly.com', source: v2fly('tongcheng') },
    ],
  },
  {
    id: 'xiamen-airlines',
    category: 'transport',
    name: { zh: '厦门航空', en: 'Xiamen Airlines' },
    // Its own notice on fake "flight cancelled" texts names www.xiamenair.com as the place to check; xiamenair.com.cn
    // serves its staff sign-in.
    aliases: ['Xiamen Airlines', '厦航客服', '厦门航空'],
    hostTokens: ['xiamenair'],
    pairedHostTokens: ['xiahang'],
    domains: [
      { domain: 'xiamenair.com', source: OWN_SITE },
      { domain: 'xiamenair.com.cn', source: OWN_SITE },
    ],
  },
];
