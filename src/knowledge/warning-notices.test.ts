// Anti-fraud notices in our own words, of the kind shops and banks put on their own card and payment pages (防骗提示)
// and news pages print: each describes a script closely enough that a knowledge pattern matches its words, and the
// signal must still not report it, because the sentence quotes it, calls it a scam, tells it as a crook's words or
// names it a pretext (core/signals/warned-of.ts). Honest pages with a card form and such a notice must stay "caution".

import { describe, expect, it } from 'vitest';
import { buildPhraseMatchers, scamPhrases } from '../core/signals/scam-phrases';
import { SCAM_PHRASES } from './scam-phrases';

const NOTICES = [
  '防骗提醒：近期有不法分子冒充电商客服，以商品质量问题需要退款为由，诱导您在陌生页面填写银行卡号和验证码，请提高警惕。',
  '谨防诈骗：客服不会以快递丢失、三倍赔偿为由，让您提供银行卡号和验证码。',
  '安全提示：骗子常冒充银行，称您的银行卡已被冻结，需要点击链接认证解冻，请勿轻信。',
  '不法分子冒充公检法人员，称您的账户涉嫌洗钱，要求将资金转入安全账户，这是诈骗。',
  '近期有骗子冒充社保局工作人员，称您的社保卡即将失效，要求在网页上认证，请勿上当。',
  '警惕“刷单返利”：先垫付、后返佣金的兼职都是骗局。',
  '有人冒充航空公司，称您的航班取消，要给您改签补偿，让您提供银行卡号和验证码，请立即挂断。',
  '风险提示：不法分子假冒ETC客服，发送“您的ETC已失效，请点击链接认证”的短信，骗取银行卡信息。',
  '不法分子会冒充医保局，称您的医保卡被他人盗刷，要求您提供银行卡号和密码冻结。',
  '近期出现冒充京东金融客服的诈骗，骗子称您的白条利率过高、不符合国家政策，需要关闭。',
  '谨防冒充保险公司的诈骗：骗子称您的保单有分红可以领取，让您输入银行卡号和密码。',
  '骗子谎称您的贷款审批通过，但银行卡号填错导致资金冻结，需要缴纳解冻金，千万不要转账。',
  '犯罪分子冒充警察，称您名下的银行卡涉嫌洗钱，要您下载会议软件配合调查。',
  '不法分子伪造“数字人民币红包”链接，诱导您绑定银行卡并输入验证码。',
  '骗子冒充抖音客服，说您的抖音月付利息过高要关闭，否则影响征信。',
  '提醒广大市民：骗子冒充房管局，称房贷利率可以下调，要求您在网页填写银行卡号和验证码。',
  '案例：王女士接到自称淘宝客服的电话，对方称她购买的衣服有质量问题，可以三倍赔偿，让她在网页上填写银行卡号和验证码。',
  '防骗知识：有人打电话说您的快递丢失要给您理赔，并让您提供验证码，这种情况一定是诈骗。',
  '近日，李先生收到短信称其ETC已失效，点击链接后输入了银行卡号和验证码，被骗2万元。',
  '骗子的话术通常是：您的银行卡涉嫌洗钱，需要把资金转到安全账户。',
  '一旦对方要求您加入腾讯会议共享屏幕办理退款，马上挂断。',
  '警惕！“您的医保卡即将失效，请点击链接认证”，收到这类短信请直接删除。',
  '如遇到有人称您的贷款已审批通过、需要先缴纳保证金才能放款，请不要转账。',
  '防诈小课堂：冒充电商客服诈骗，骗子称您的商品有质量问题，给您办理退款。',
  '遇到“退款需要提供银行卡号和验证码”的说法，请立即挂断电话。',
  '小心这类骗局：说您的信用卡被盗刷，要您提供卡号和验证码冻结。',  // Set out in sentences, as a fake page sets the script out (the patterns that read a claim and the next sentence's ask).
  '常见骗局：您的ETC卡已失效。请在本页面输入银行卡号和验证码。以上都是诈骗短信。',
  '骗子会发短信说：您的医保卡即将失效。请填写银行卡号和密码认证。千万不要相信。',
  '防骗提示：收到“您的ETC已停用。请在本页面填写银行卡号和验证码”这样的短信，请直接删除。',
  '诈骗短信示例：您的信用卡已被冻结。请在下方输入卡号、有效期和安全码解冻。请勿点击此类链接。',
  '骗子常说：您的征信存在异常。请在本页面填写银行卡号和验证码核实。这都是骗局。',
  '警惕积分兑换诈骗。短信称：您的积分即将清零。请在本页面填写银行卡号和验证码领取现金。',
  '有人冒充银行客服说：您的储蓄卡将被停用。请在下方输入卡号和密码。这是诈骗。',
  '典型诈骗短信：您的社保卡已被冻结。请在本页面输入银行卡号和取款密码解冻。收到请勿理会。',
  '诈骗分子发来的短信往往是这样的：您的ETC即将失效！请在下方填写银行卡号和验证码。',
  '反诈中心提醒：您的信用卡已被冻结。请输入卡号、有效期和安全码。此类短信均为诈骗。',
  '骗局原文：您的积分今天过期！请在本页面输入卡号、有效期和安全码兑换现金。',
  '小王收到的短信内容如下：您的医保卡即将失效。认证需填写本人银行卡号和密码。这是典型的诈骗。',
  '案例回顾：短信中说，您的个人征信存在异常记录。请在本页面填写银行卡号和验证码进行核实。受害人照做后被骗3万元。',
  '请注意，骗子发送的短信会写：您的储蓄卡将被停用。请在下方输入卡号、密码和短信验证码。',
  '近日有市民收到“积分清零”短信。短信称您的积分即将清零。请在本页面填写银行卡号和验证码领取现金。这些都是诈骗。',
  // A news report: the victim told the script, a kind of scam named before the crook's words, the verdict after a dash.
  '受害人被告知其补贴待领取，需要点击链接填写银行卡号和验证码。',
  '受害人被告知其航班已取消，可获得补偿，需在页面填写银行卡号和验证码。',
  '事主被告知其有一笔退税款可领取，需在链接中填写银行卡号及验证码。',
  '退税诈骗中，骗子会发送短信称您有一笔退税款待领取，请点击链接填写银行卡号。',
  '警方提示：您的航班取消，可获赔偿，请点击链接填写银行卡号——此类短信均为诈骗。',
  // Retold: a membership cancelled in a meeting, a payout's code by another name, a refund's card expiry, an insurance card's text
  // message quoted, a loan's fee first.
  '骗子称您的会员即将扣费，要求下载会议软件，由客服指导关闭，这是诈骗。',
  '如果有人说您的会员要扣费，让您下载腾讯会议关闭，请立即挂断。',
  '受害人被告知其会员每月扣除600元，需要取消就下载腾讯会议，由客服指导操作。',
  '骗子称有退税款待领取，诱导受害人填写银行卡号，并输入收到的短信码。',
  '事主被告知其医保报销款已审批，需登记银行卡号和短信校验码。',
  '骗子谎称要给您退款，要求报出信用卡有效期和背面三位数。',
  '不法分子冒充客服，称快递丢失可以赔偿，要您提供信用卡有效期和安全码。',
  '警方提醒：不法分子群发“医保卡将于明日停用，请点击链接激活”的短信，收到请直接删除。',
  '骗子称贷款审核已通过，但放款需要先交3000元保证金，千万不要转账。',
];

const matchers = buildPhraseMatchers(SCAM_PHRASES);

describe('anti-fraud notices', () => {
  it.each(NOTICES)('the patterns match the words of: %s', (text) => {
    expect(SCAM_PHRASES.some((g) => g.patterns.some((p) => new RegExp(p, 'i').test(text)))).toBe(true);
  });

  it.each(NOTICES)('but no story is reported: %s', (text) => {
    expect(scamPhrases(text, matchers)).toEqual([]);
  });
});
