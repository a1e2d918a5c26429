// Chinese video-streaming services, sorted by id. Their VIP memberships are what the "you were signed up
// for a membership by mistake, cancel it or be charged every month" caller names, and resellers sell
// their membership cards openly, so they are shops to the policy (a claim of one is no money claim).

import type { Brand } from '../types';
import { v2fly } from '../sources';

export const VIDEO_BRANDS: Brand[] = [
  {
    id: 'iqiyi',
    category: 'shop',
    name: { zh: '爱奇艺', en: 'iQIYI' },
    aliases: ['iQIYI', '爱奇艺'],
    hostTokens: ['iqiyi'],
    domains: [
      { domain: '71.am', source: v2fly('iqiyi') },
      { domain: '71edge.com', source: v2fly('iqiyi') },
      { domain: 'iq.com', source: v2fly('iqiyi') },
      { domain: 'iqiyi.com', source: v2fly('iqiyi') },
      { domain: 'iqiyipic.com', source: v2fly('iqiyi') },
      { domain: 'pps.tv', source: v2fly('iqiyi') },
      { domain: 'ppsimg.com', source: v2fly('iqiyi') },
      { domain: 'qiyi.com', source: v2fly('iqiyi') },
      { domain: 'qiyipic.com', source: v2fly('iqiyi') },
      { domain: 'qy.net', source: v2fly('iqiyi') },
    ],
  },
  {
    id: 'mango-tv',
    category: 'shop',
    name: { zh: '芒果TV', en: 'Mango TV' },
    aliases: ['MGTV', 'Mango TV', '芒果TV'],
    hostTokens: ['hunantv', 'mangguotv', 'mgtv'],
    // 芒果 (mangguo) is the fruit: only beside a customer-service word (mangguo-kefu, mangguo-tuikuan).
    pairedHostTokens: ['mangguo'],
    domains: [
      { domain: 'hifuntv.com', source: v2fly('hunantv') },
      { domain: 'hitv.com', source: v2fly('hunantv') },
      { domain: 'hnbntv.com', source: v2fly('hunantv') },
      { domain: 'hunaniptv.com', source: v2fly('hunantv') },
      { domain: 'hunantv.com', source: v2fly('hunantv') },
      { domain: 'imgo.tv', source: v2fly('hunantv') },
      { domain: 'mgtv.com', source: v2fly('hunantv') },
    ],
  },
  {
    id: 'youku',
    category: 'shop',
    name: { zh: '优酷', en: 'Youku' },
    aliases: ['Youku', '优酷'],
    // `youku` is one letter from `youtu` (youtu.be, YouTube's short links), and the engine flags one-letter
    // near misses: so only beside a customer-service word (youku-kefu.cn).
    hostTokens: [],
    pairedHostTokens: ['youku'],
    // Not Alibaba's shared analytics (mmstat.com) nor the DNS host in the same list.
    domains: [
      { domain: 'kumiao.com', source: v2fly('youku') },
      { domain: 'soku.com', source: v2fly('youku') },
      { domain: 'tudou.com', source: v2fly('youku') },
      { domain: 'ykimg.com', source: v2fly('youku') },
      { domain: 'youku.com', source: v2fly('youku') },
      { domain: 'youku.tv', source: v2fly('youku') },
      { domain: 'youkuhonor.com', source: v2fly('youku') },
      { domain: 'youkuplay.com', source: v2fly('youku') },
    ],
  },
];
