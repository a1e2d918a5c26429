// Customer-service words in pinyin that fake refund and claim sites put in their host names: 客服 (kefu, kf),
// 退款 (tuikuan), 退费, 退货, 售后, 理赔 (lipei), 赔付, 赔偿, 取消, 注销, and 认证 (renzheng: "your ETC or card
// must be re-verified"). Beside a brand's short name in one label
// they make the name a lure (`jd-kefu.com`, `zfb-tuikuan.cn`: see Brand.pairedHostTokens); alone they are
// nobody's. Pinyin only: English words (refund, claims, support) sit beside two-letter names in ordinary
// businesses' hosts (`sf-claims`, a San Francisco firm), pinyin ones speak to Chinese customers.
// Sorted. `kf` is the one short word: it counts as a hyphen token only, never glued to a name.

export const SERVICE_HOST_WORDS: readonly string[] = [
  'kefu', 'kf', 'lipei', 'peichang', 'peifu', 'quxiao', 'renzheng', 'shouhou', 'tuifei', 'tuihuo', 'tuikuan', 'zhuxiao',
];
