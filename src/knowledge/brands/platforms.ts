// Chinese payment, card-network and shopping platforms, sorted by id.
//
// Domains that host pages anyone can publish are left out on purpose, even when the company owns them,
// because "official" switches the warnings off: wxcloudrun.com (WeChat cloud-hosted mini-program
// back ends). Known gap: qq.com still carries docs.qq.com forms made by anyone.
//
// Aliases skip short forms that are everyday words or units (`tb` = terabyte); `pdd` is the short form
// victims and scripts use for Pinduoduo.

import type { Brand } from '../types';
import { IANA_BRAND_TLD, OWN_SITE, v2fly } from '../sources';

export const PLATFORM_BRANDS: Brand[] = [
  {
    id: 'alipay',
    category: 'payment',
    name: { zh: '支付宝', en: 'Alipay' },
    aliases: ['Alipay', 'zhifubao', '借呗', '支付宝', '花呗', '蚂蚁集团'],
    checkoutNames: ['Alipay', '支付宝', '花呗'],
    hostTokens: ['95188', 'alipay', 'zhifubao'],
    domains: [
      { domain: 'alipay-eco.com', source: v2fly('alibaba') },
      { domain: 'alipay.cn', source: v2fly('alibaba') },
      { domain: 'alipay.com', source: v2fly('alibaba') },
      { domain: 'alipay.com.cn', source: v2fly('alibaba') },
      { domain: 'alipay.hk', source: v2fly('alibaba') },
      { domain: 'alipayobjects.com', source: v2fly('alibaba') },
      { domain: 'alipayplus.com', source: v2fly('alibaba') },
      { domain: 'antfin.com', source: v2fly('alibaba') },
      { domain: 'antgroup.com', source: v2fly('alibaba') },
    ],
    suffixes: [{ suffix: 'alipay', source: `${IANA_BRAND_TLD}; ${v2fly('alibaba')}` }],
  },
  {
    id: 'douyin',
    category: 'shop',
    name: { zh: '抖音', en: 'Douyin' },
    aliases: ['Douyin', '字节跳动', '抖音', '抖音商城', '抖音支付'],
    hostTokens: ['bytedance', 'douyin'],
    domains: [
      { domain: 'bytedance.com', source: v2fly('bytedance') },
      { domain: 'douyin.com', source: v2fly('bytedance') },
      { domain: 'douyinpic.com', source: v2fly('bytedance') },
      { domain: 'douyinstatic.com', source: v2fly('bytedance') },
      { domain: 'iesdouyin.com', source: v2fly('bytedance') },
      { domain: 'snssdk.com', source: v2fly('bytedance') },
    ],
  },
  {
    id: 'jd',
    category: 'shop',
    name: { zh: '京东', en: 'JD.com' },
    // Not bare "JD": JD Sports, John Deere and law degrees use it.
    aliases: ['JD Pay', 'JD.com', 'jingdong', '京东', '京东商城', '京东支付', '京东白条', '京东金融'],
    checkoutNames: ['JD Pay', '京东支付', '京东白条'],
    hostTokens: ['360buy', 'jdpay', 'jingdong'],
    domains: [
      { domain: '3.cn', source: v2fly('jd') },
      { domain: '360buy.com', source: v2fly('jd') },
      { domain: '360buyimg.com', source: v2fly('jd') },
      { domain: 'baitiao.com', source: v2fly('jd') },
      { domain: 'chinabank.com.cn', source: v2fly('jd') },
      { domain: 'jd.cn', source: v2fly('jd') },
      { domain: 'jd.com', source: v2fly('jd') },
      { domain: 'jd.com.cn', source: v2fly('jd') },
      { domain: 'jd.hk', source: v2fly('jd') },
      { domain: 'jdpay.com', source: OWN_SITE },
    ],
  },
  {
    id: 'kuaishou',
    category: 'shop',
    name: { zh: '快手', en: 'Kuaishou' },
    // Not bare 快手: "快手菜" (quick dishes) is an everyday recipe heading.
    aliases: ['Kuaishou', '快手客服', '快手小店', '快手支付', '快手电商'],
    hostTokens: ['kuaishou'],
    domains: [
      { domain: 'gifshow.com', source: v2fly('kuaishou') },
      { domain: 'kuaishou.cn', source: v2fly('kuaishou') },
      { domain: 'kuaishou.com', source: v2fly('kuaishou') },
      { domain: 'kuaishoupay.com', source: v2fly('kuaishou') },
      { domain: 'kwaicdn.com', source: v2fly('kuaishou') },
    ],
  },
  {
    id: 'meituan',
    category: 'shop',
    name: { zh: '美团', en: 'Meituan' },
    aliases: ['Meituan', '大众点评', '美团', '美团外卖'],
    hostTokens: ['dianping', 'meituan'],
    domains: [
      { domain: 'dianping.com', source: v2fly('meituan') },
      { domain: 'meituan.com', source: v2fly('meituan') },
      { domain: 'meituan.net', source: v2fly('meituan') },
      { domain: 'sankuai.com', source: OWN_SITE },
    ],
  },
  {
    id: 'pinduoduo',
    category: 'shop',
    name: { zh: '拼多多', en: 'Pinduoduo' },
    aliases: ['PDD', 'Pinduoduo', '拼多多'],
    // `pdd` is three letters but not an English word or a common label; phishing hosts use it (pdd-tk.cn).
    hostTokens: ['pdd', 'pinduoduo', 'yangkeduo'],
    domains: [
      { domain: 'pddpic.com', source: v2fly('pinduoduo') },
      { domain: 'pinduoduo.com', source: v2fly('pinduoduo') },
      { domain: 'pinduoduo.net', source: v2fly('pinduoduo') },
      { domain: 'yangkeduo.com', source: v2fly('pinduoduo') },
    ],
  },
  {
    id: 'taobao',
    category: 'shop',
    name: { zh: '淘宝 / 天猫', en: 'Taobao / Tmall' },
    // Not `tb`: "1 TB" is a disk size in shop headings.
    aliases: ['Alibaba', 'Taobao', 'Tmall', '天猫', '淘宝', '淘宝网', '闲鱼', '阿里巴巴'],
    // Not `1688` (Alibaba's wholesale site): a lucky number found in many unrelated Chinese hosts. Not `tmall`:
    // one letter from `small` (and a near-miss check would flag every small-… host).
    hostTokens: ['alibaba', 'taobao'],
    domains: [
      { domain: '1688.com', source: v2fly('alibaba') },
      { domain: 'alibaba-inc.com', source: v2fly('alibaba') },
      { domain: 'alibaba.com', source: v2fly('alibaba') },
      { domain: 'alibabagroup.com', source: v2fly('alibaba') },
      { domain: 'aliexpress.com', source: v2fly('alibaba') },
      { domain: 'goofish.com', source: v2fly('alibaba') },
      { domain: 'taobao.com', source: v2fly('alibaba') },
      { domain: 'taobao.net', source: v2fly('alibaba') },
      { domain: 'tb.cn', source: v2fly('alibaba') },
      { domain: 'tmall.com', source: v2fly('alibaba') },
      { domain: 'tmall.hk', source: v2fly('alibaba') },
    ],
    suffixes: [
      { suffix: 'alibaba', source: `${IANA_BRAND_TLD}; ${v2fly('alibaba')}` },
      { suffix: 'taobao', source: `${IANA_BRAND_TLD}; ${v2fly('alibaba')}` },
      { suffix: 'tmall', source: `${IANA_BRAND_TLD}; ${v2fly('alibaba')}` },
    ],
  },
  {
    id: 'tencent',
    category: 'payment',
    name: { zh: '腾讯 / 微信支付', en: 'Tencent / WeChat Pay' },
    // Not bare 微信 / WeChat / QQ: honest Chinese sites carry "关注微信公众号", "Follow us on WeChat" and
    // "QQ 登录" headings. The names a fake page uses to speak as Tencent stay.
    aliases: ['QQ安全中心', 'QQ钱包', 'Tencent', 'Tenpay', 'WeChat Pay', 'WeChat Team', '微信团队', '微信安全中心', '微信客服', '微信支付', '腾讯', '腾讯客服', '财付通'],
    checkoutNames: ['WeChat Pay', '微信支付'],
    // Not `qq`: two letters, found in countless unrelated hosts.
    hostTokens: ['95017', 'tencent', 'tenpay', 'wechat', 'wechatpay', 'weixin'],
    domains: [
      { domain: 'foxmail.com', source: v2fly('tencent') },
      { domain: 'qq.com', source: v2fly('tencent') },
      { domain: 'servicewechat.com', source: v2fly('tencent') },
      { domain: 'tencent.cn', source: v2fly('tencent') },
      { domain: 'tencent.com', source: v2fly('tencent') },
      { domain: 'tenpay.com', source: v2fly('tencent') },
      { domain: 'wechat.com', source: v2fly('tencent') },
      { domain: 'wechatpay.cn', source: v2fly('tencent') },
      { domain: 'weixin.com', source: v2fly('tencent') },
      { domain: 'weiyun.com', source: v2fly('tencent') },
    ],
  },
  {
    id: 'unionpay',
    category: 'card-network',
    name: { zh: '中国银联', en: 'UnionPay' },
    aliases: ['UnionPay', '中国银联', '云闪付', '银联'],
    checkoutNames: ['UnionPay', '中国银联', '云闪付', '银联'],
    hostTokens: ['95516', 'chinaunionpay', 'unionpay', 'yunshanfu'],
    domains: [
      { domain: '95516.com', source: v2fly('unionpay') },
      { domain: '95516.net', source: v2fly('unionpay') },
      { domain: 'chinapay.com', source: v2fly('unionpay') },
      { domain: 'chinaums.com', source: v2fly('unionpay') },
      { domain: 'chinaunionpay.com', source: v2fly('unionpay') },
      { domain: 'cup.com.cn', source: v2fly('unionpay') },
      { domain: 'unionpay.com', source: v2fly('unionpay') },
      { domain: 'unionpayintl.com', source: v2fly('unionpay') },
      { domain: 'unionpaysecure.com', source: v2fly('unionpay') },
    ],
  },
  {
    id: 'vipshop',
    category: 'shop',
    name: { zh: '唯品会', en: 'Vipshop' },
    aliases: ['Vipshop', '唯品会'],
    // Not `vip`: the commonest word in fake "cancel your VIP" hosts, and in countless honest ones.
    hostTokens: ['vipshop'],
    domains: [{ domain: 'vip.com', source: OWN_SITE }],
  },
];
