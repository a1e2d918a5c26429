// Customer-service words in pinyin that fake refund and claim sites put in their host names: 客服 (kefu, kf),
// 退款 (tuikuan), 退费, 退货, 售后, 理赔 (lipei), 赔付, 赔偿, 取消, 注销, and 认证 (renzheng: "your ETC or card
// must be re-verified"), 退票 and 改签 (tuipiao, gaiqian: "your flight is cancelled") and 积分 (jifen, jf: "your
// points expire, cash them in"). Beside a brand's short name in one label
// they make the name a lure (`jd-kefu.com`, `zfb-tuikuan.cn`: see Brand.pairedHostTokens); alone they are
// nobody's. Pinyin only: English words (refund, claims, support) sit beside two-letter names in ordinary
// businesses' hosts (`sf-claims`, a San Francisco firm), pinyin ones speak to Chinese customers.
// Sorted. The short words (`kf`, `jf`) count as hyphen tokens only, never glued to a name.

import type { HostStory } from './types';

export const SERVICE_HOST_WORDS: readonly string[] = [
  'gaiqian', 'jf', 'jifen', 'kefu', 'kf', 'lipei', 'peichang', 'peifu', 'quxiao', 'renzheng', 'shouhou', 'tuifei',
  'tuihuo', 'tuikuan', 'tuipiao', 'zhuxiao',
];

/** Scam stories told by a registered name (HostStory), one per scam script. */
export const HOST_STORIES: readonly HostStory[] = [
  // 包裹, 快递, 快件, 物流 + 理赔, 赔偿, 赔付.
  { phrase: 'parcel-lost-claim', subjects: ['baoguo', 'kuaidi', 'kuaijian', 'wuliu'], actions: ['lipei', 'peichang', 'peifu'] },
  // 订单, 商品, 质量 + 理赔, 赔偿, 赔付, 退款.
  {
    phrase: 'refund-quality-problem',
    subjects: ['dingdan', 'shangpin', 'zhiliang'],
    actions: ['lipei', 'peichang', 'peifu', 'tuikuan'],
  },
  // 百万保障, 代理, 会员, VIP + 关闭, 取消, 注销.
  { phrase: 'cancel-membership', subjects: ['baiwanbaozhang', 'daili', 'huiyuan', 'vip'], actions: ['guanbi', 'quxiao', 'zhuxiao'] },
  // 航班, 机票 + 改签, 理赔, 赔偿, 赔付, 退款, 退票.
  {
    phrase: 'flight-cancelled',
    subjects: ['hangban', 'jipiao'],
    actions: ['gaiqian', 'lipei', 'peichang', 'peifu', 'tuikuan', 'tuipiao'],
  },
  // 征信 + 关闭, 取消, 注销: "close it or your credit record suffers".
  { phrase: 'credit-record', subjects: ['zhengxin'], actions: ['guanbi', 'quxiao', 'zhuxiao'] },
];
