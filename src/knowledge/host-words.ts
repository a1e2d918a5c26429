// Customer-service words in pinyin that fake refund and claim sites put in their host names: 客服 (kefu, kf),
// 退款 (tuikuan), 退费, 退货, 售后, 理赔 (lipei), 赔付, 赔偿, 取消, 注销, and 认证 (renzheng: "your ETC or card
// must be re-verified"), 退票 and 改签 (tuipiao, gaiqian: "your flight is cancelled") and 积分 (jifen, jf: "your
// points expire, cash them in"). Beside a brand's short name in one label
// they make the name a lure (`jd-kefu.com`, `zfb-tuikuan.cn`: see Brand.pairedHostTokens); alone they are
// nobody's. Pinyin only: English words (refund, claims, support) sit beside two-letter names in ordinary
// businesses' hosts (`sf-claims`, a San Francisco firm), pinyin ones speak to Chinese customers.
// Sorted. The short words (`kf`, `jf`) count as hyphen tokens only, never glued to a name.

export const SERVICE_HOST_WORDS: readonly string[] = [
  'gaiqian', 'jf', 'jifen', 'kefu', 'kf', 'lipei', 'peichang', 'peifu', 'quxiao', 'renzheng', 'shouhou', 'tuifei',
  'tuihuo', 'tuikuan', 'tuipiao', 'zhuxiao',
];
