// Should-match / should-not-match tables for every scam-phrase group. The sentences are our own:
// scam lines written the way the scripts in the two cases go, and honest shop, courier, bank and
// subscription help text that must stay quiet.

import { describe, expect, it } from 'vitest';
import { SCAM_PHRASES } from './scam-phrases';

/** Which groups fire on a text, compiled the way the engine uses them (case-insensitive). */
function groupsFiring(text: string, flags = 'i'): string[] {
  return SCAM_PHRASES.filter((g) => g.patterns.some((p) => new RegExp(p, flags).test(text))).map((g) => g.id);
}

const SHOULD_MATCH: Record<string, string[]> = {
  'cancel-membership': [
    '您好，由于我们工作人员操作失误，您被列入了我们的VIP代理商，需要您配合取消。',
    '系统显示您误开通了百万医疗保障，请尽快处理。',
    '请立即取消VIP代理资格，否则每月将自动扣费500元。',
    '您需要关闭百万保障服务，否则会每月扣款。',
    '您的百万保障已开通，每月扣费500元，请尽快关闭。',
    '您开通的百万医疗保障下月起将自动续费，请立即取消。',
    '您开通了百万保障，如不关闭将每月自动扣费。',
    '系统显示您的百万保障如果不取消，会影响个人征信。',
    '关闭百万保障',
    '百万医疗保障取消中心',
    'You were mistakenly enrolled as a VIP agent and must cancel today.',
  ],
  'card-frozen-upgrade': [
    '您的银行卡已过期，请立即登录更新信息。',
    '尊敬的客户：您的信用卡已被冻结，请点击下方链接完成认证解冻。',
    '您的储蓄卡将于今日24点停用，请立即登录完成升级。',
    '银行卡需尽快升级认证，否则将被冻结。',
    'Your credit card has been temporarily suspended, please verify your details to unlock it.',
  ],
  'credit-limit-raise': [
    '恭喜您获得信用卡提额资格，请填写卡号、有效期和卡背面安全码完成提额。',
    '尊敬的客户，您已获得本行信用卡提额名额，最高可提升至8万元。',
    '您的信用卡可免费提额至5万元，请输入收到的短信验证码。',
    // 可 and 额 before the offer itself (可用额度): a gap that stopped at either would miss it.
    '您的可用额度可免费提额至5万元，请输入短信验证码。',
    '银行内部通道，秒提额，额度最高可提升到10万。',
    '提额专员将为您办理，请保持电话畅通。',
    'Your credit limit increase is approved: enter your card number and CVV to activate it.',
  ],
  'credit-record': [
    '请在今天内注销您的学生账户，否则会影响您的个人征信。',
    '您名下有校园贷账户未注销，系统将上报征信。',
    '您的征信记录异常，需要注销网贷账户后才能恢复。',
    '您的金条额度已开通，如不关闭将影响征信。',
    'You must close this loan account today, otherwise your credit record will be damaged.',
  ],
  'credit-repair': [
    '专业征信修复，逾期记录三天消除。',
    '我们可以帮您消除逾期记录，不成功不收费。',
    '修复征信需先缴纳服务费1000元。',
  ],
  'etc-expired': [
    '【ETC服务】您的ETC已失效，请点击链接重新认证。',
    '尊敬的车主：您的ETC卡即将停用，请在24小时内完成认证。',
    '请于24小时内激活认证您的ETC，逾期将无法通行。',
    'Your ETC card has expired. Update your details now.',
  ],
  'fee-to-release': [
    '您的理赔款已冻结，需要先缴纳500元保证金才能到账。',
    '退款金额被冻结，请按指引转账激活后领取。',
    '需要您转账验资，转账后才能获得理赔。',
    'Please pay a small deposit to release your refund.',
    '您的贷款已审批通过，因卡号填写错误资金被冻结，需缴纳解冻金2000元后方可放款到账。',
  ],
  'flight-cancelled': [
    '您预订的航班因机械故障已取消，办理改签可获得300元补偿，请输入银行卡号和验证码。',
    '领取补偿金前需要验证您的银行卡余额。',
    'Your flight was cancelled, so to receive your compensation please enter your card number.',
  ],
  'insurance-card-expired': [
    '【医保局】您的医保卡即将失效，请点击链接完成电子医保认证。',
    '您的社保卡因信息不全已被冻结，请登录认证后解冻。',
    '电子社保卡需在24小时内完成认证，逾期停用。',
  ],
  'investment-sure-profit': [
    '本平台稳赚不赔，日收益高达3%。',
    '零风险，高收益，名额有限。',
    '导师免费带单，跟着买就赚。',
    '老师一对一带单，保证收益翻倍。',
  ],
  'loan-no-credit-check': [
    '极速放款，无视征信，黑户可贷，最快10分钟到账。',
    '我们不看征信，只要有身份证就能借。',
    '包下款，审核通过后当天放款。',
    '百分百下款，额度最高20万。',
  ],
  'parcel-lost-claim': [
    '您的快递在运输途中丢失，我们将为您办理理赔。',
    '您的包裹因检测呈阳性已被销毁，现为您进行赔偿。',
    '请填写理赔金收款的银行卡号。',
    'Your parcel has been lost and you are entitled to compensation.',
    'Your package tested positive at customs and was destroyed.',
  ],
  'parcel-redelivery-fee': [
    '您的包裹因地址不详无法派送，请更新地址并支付2元补派送费。',
    '【中通】您的快件派送失败，地址信息不完整，请在24小时内补交运费3元。',
    '您的包裹已退回仓库。请支付1.5元重新派送费。',
    'Your package is on hold. Please pay the $1.99 redelivery fee within 24 hours.',
  ],
  'refund-quality-problem': [
    '您好，您购买的商品存在质量问题，我们将主动为您退款。',
    '您购买的婴儿奶粉被检测出质量问题，我们将给您退款。',
    '您在本店购买的商品已被召回下架，现给您三倍赔偿。',
    '经检测发现您购买的面霜有质量问题，已为您申请理赔。',
    '您好，您的订单商品存在质量问题，我们将为您办理退款。',
    '您的宝贝经质检有严重质量问题，平台主动赔付。',
    '因商品质量问题，平台给您双倍赔偿。',
    '由于质量问题退款，请在下方填写银行卡号和验证码。',
    'We have detected a quality issue with your order and will refund you.',
    'You will receive double compensation; enter your bank card and verification code below.',
  ],
  'payment-account-frozen': [
    '您的支付宝账户已被限制使用，请尽快认证解除。',
    '您的微信支付功能已被冻结，请立即点击下方链接认证解冻。',
    '您的淘宝账号存在异常，为保障资金安全，请填写银行卡信息完成验证。',
    '微信支付功能已被冻结，请立即点击链接认证解冻。',
    '支付宝账户将被冻结，请尽快完成实名认证。',
    'Your Alipay account has been frozen, verify your bank card to unfreeze it.',
  ],
  'points-for-cash': [
    '尊敬的客户，您的积分即将清零，可兑换现金588元，请填写银行卡信息领取。',
    '您的账户积分已满足兑换现金条件，请于今日内办理。',
    '积分今日清零，立即兑换现金，当天到账。',
    '您的移动积分可兑换298元现金，请尽快办理。',
    'Your reward points will expire tonight, redeem them now for cash worth $300.',
  ],
  'police-investigation': [
    '这里是市公安局，您的银行卡涉嫌一起洗钱案件，请配合我们调查。',
    '您名下的账户卷入非法集资案，需要做资金核查。',
    '账户资金清查结束后，资金将原路返还到您的卡上。',
    'Your bank account was used in a money laundering case and you must cooperate with the investigation.',
  ],
  'prize-claim': [
    '恭喜您被抽中为场外幸运观众，获得二等奖奖金58000元。',
    '恭喜你中奖了！奖金28800元，请填写银行卡信息领取。',
    '您已荣获本次活动一等奖，奖金188000元及笔记本电脑一台，请在24小时内登记领取。',
    '尊敬的幸运用户，您的手机号码获得了现金大奖50000元。',
    '领取奖金需先缴纳个人所得税3600元。',
    '领取大奖前请先支付公证费。',
    'Congratulations, you have won $5,000 in cash! Enter your bank card to claim it.',
  ],
  'refund-asks-secret': [
    '为了给您退款，请输入银行卡密码进行验证。',
    '请填写银行发来的短信验证码，理赔金马上到账。',
    'To receive your compensation, enter your card PIN below.',
  ],
  'safe-account': [
    '请立即将资金转入安全账户，以免被冻结。',
    '把钱汇到国家监管账户进行核查。',
    '我们已为您开通安全账户，请马上转账过去。',
    'Transfer your savings to a safe account today.',
  ],
  'screen-share-meeting': [
    '客服需要您加入腾讯会议，按指导进行退款操作。',
    '为了办理退款，请打开屏幕共享。',
    '请进入会议，我们会一步步教您完成理赔。',
    'Our customer service agent will ask you to share your screen to process the refund.',
    'To receive your refund, start screen sharing so we can guide you.',
  ],
  'subsidy-claim': [
    '您有一笔2026年度职业技能补贴待领取，金额1860元。',
    '您有一份退役军人补贴待领取，请尽快办理。',
    '您的补贴1860元请于今日内完成领取，逾期作废。',
    '尊敬的用户，您名下有个人所得税退税款尚未领取，请尽快办理。',
    '社保补贴请于今日内完成申领，逾期作废。',
  ],
  'task-rebate': [
    '刷单返利，日结佣金，新人首单立返。',
    '点赞关注，日赚300元，多劳多得。',
    '做任务一单赚20元，随时提现到银行卡。',
    '完成任务需先充值，任务完成后返还本金和佣金。',
    '连单任务请先垫付，完成后本金加佣金一起返还。',
  ],
};

/** Honest text: returns policies, courier FAQs, subscription and loan terms, meeting help. */
const SHOULD_NOT_MATCH = [
  '贷款审批会查询您的个人征信报告，请保持良好的信用记录。',
  '请勿相信无视征信、黑户可贷之类的广告，这些都是骗局。',
  '我们不承诺百分百下款，审批结果以银行审核为准。',
  '警惕包下款的贷款中介，正规贷款放款前不收费。',
  '征信不良可能影响您的贷款审批结果。',
  '小额贷款不上征信吗？逾期记录都会报送征信系统。',
  'Your tax refund is pending: we will email you when the IRS accepts your return.',
  '驾校一次包过，学员考试通过率100%通过。',
  '资金100%到账，转账手续费全免。',
  '符合条件的参保职工可申请技能提升补贴，请通过当地人社部门官方平台办理。',
  '个人所得税年度汇算的退税，请通过个人所得税App申请，税务部门不会发短信让您点链接。',
  '如您有补贴未领取，请携带身份证到社区服务中心办理。',
  '补贴申领时间为每年3月至6月，逾期可在下一年度补报。',
  'You may be eligible for a tax refund if you paid too much tax last year.',
  '如您符合提额条件，可在手机银行提交申请，提交时需核对卡号。',
  '您可以在手机银行申请提额，提交后1个工作日内审核。',
  '您可以申请提额，银行不会向您索要安全码或验证码。',
  '信用卡快速提额的五个方法：按时还款，多刷卡消费。',
  '您的提额申请已受理，审核结果将以短信通知。',
  '您是否符合提额资格？可在手机银行首页查询。',
  '如何判断您已经获得提额资格？看账单上的额度变化。',
  'We will never ask for your CVV or a verification code during a credit limit increase.',
  'A credit limit increase does not require your card number or CVV.',
  '正规贷款在放款前不会收取任何解冻金、保证金或手续费。',
  '七天无理由退货：签收后7天内，商品完好可申请退货退款。',
  '如您购买的商品存在质量问题，请在签收后15天内联系客服申请退换货。',
  '如果您购买的商品有质量问题，运费由卖家承担。',
  '经核实确属质量问题的，退货运费由商家承担。',
  '如果您的快递在运输中丢失，可以申请理赔。',
  '您的包裹若丢失，我们将按保价金额赔偿。',
  '如不小心开通了自动续费会员，可联系客服退款。',
  '如您误开通会员，可在7天内申请退款。',
  '百万医疗保障首月0元，次月起每月扣费，可随时取消。',
  '百万保障每月自动续费，如需取消，请及时关闭自动续费。',
  '会员到期后将自动续费，如不取消将按月扣费。',
  '如何关闭百万保障？在支付宝里搜索“百万保障”即可。',
  '百万保障怎么关闭',
  '您可以随时关闭百万保障。',
  'If you accidentally subscribed to VIP, cancel within 14 days for a refund.',
  '首付款将存入银行资金监管账户，保障交易安全。',
  '申请退款后将无法进入会议直播间。',
  '亲，您购买的宝贝如果有质量问题，可以直接申请退货。',
  '您购买的商品存在质量问题的话，请在7天内联系我们。',
  '您购买的商品出现质量问题时，可以申请换货。',
  '万一您的商品存在质量问题，请及时联系客服。',
  '您的商品如存在质量问题，可在7天内申请退换。',
  '您的订单商品出现质量问题时，可申请售后。',
  '您的商品有质量问题吗？请描述您遇到的情况。',
  '快递丢失如何理赔？请登录官网提交理赔申请，并上传相关凭证。',
  '若快件丢失或破损，可在寄件后30天内申请理赔。',
  '您的快件已签收，感谢使用。',
  '会员将在到期后自动续费，您可以随时在设置中取消自动续费。',
  '如需取消会员自动续费，请在到期前24小时关闭，否则将自动扣费。',
  '如不按时还款，逾期记录将影响个人征信。',
  '保持良好的信用记录，按时还款。',
  '我们为您的账户安全提供多重保护，请妥善保管密码。',
  '入住时需支付押金，退房后原路退还。',
  '提现时需支付0.1%手续费，手续费扣除后即可到账。',
  '本店支持假一赔三。',
  '您预订的航班已取消，请通过航空公司官网或App免费改签或退票。',
  '航班延误险：延误超过2小时即可获得理赔，理赔款打入原支付账户。',
  'If your flight is cancelled, you may be entitled to compensation under EU rules.',
  'Your flight was cancelled and the compensation goes to the card you paid with, shipping included.',
  '恭喜您获得一张20元优惠券，下单立减。',
  '恭喜你获得现金红包0.5元，已存入余额。',
  '幸运用户将获得50元优惠券。',
  '中奖名单将在官网公布，奖品将于7个工作日内寄出。',
  '如您中奖，工作人员会通过站内信联系您，不会索要银行卡密码。',
  '中奖者领取奖金需缴纳20%的个人所得税，由彩票机构代扣代缴。',
  '体彩大乐透开奖：本期一等奖奖金1000万元。',
  '幸运用户专享\n本期奖金池1000元',
  "Congratulations, you've won a $10 coupon for your next order.",
  '申请退款时请输入图形验证码。',
  '您的包裹因地址不详无法派送，请联系快递员确认地址，到付运费12元。',
  '如因地址错误导致包裹退回，重新派送费用由买家承担。',
  '派送失败的包裹将在3天后退回寄件人。',
  'Pay the delivery fee at checkout.',
  'Your package could not be delivered. We will try again tomorrow.',
  '您购买的商品已下架，订单款项将原路退回。',
  '如不按时还款，将影响个人征信。',
  '您的银行卡已过期，请携带身份证到网点换卡。',
  '货到付款订单的退款，请填写收款银行卡号和开户行。',
  '理赔款将打入您提供的银行账户。',
  'Refunds go back to your original payment method within 5 days.',
  '缴纳保证金后才能开店，保证金可在退店时申请退回。',
  '订单取消后，退款将在1-3个工作日内原路退回。',
  '您的订单已发货，可在“我的订单”查看物流。',
  '所有包裹出库前都经过检测，请放心购买。',
  '开通会员可享受免运费，会员费按月扣费，可随时取消。',
  '如何在会议中开启屏幕共享：点击底部工具栏的“共享屏幕”。',
  '如遇问题请联系客服，加入会议失败时请检查网络。',
  'ETC用户可在高速服务区享受通行费优惠。',
  '如您涉嫌违规操作，平台有权冻结账户并配合有关部门调查。',
  '您的账号涉嫌违规，已被限制登录，如有疑问请联系客服。',
  '警方提醒：公检法机关不会通过电话要求转账，也没有所谓的安全账户。',
  '年度资产清查结束后，借用的设备请归还。',
  '如您的账户涉嫌洗钱，银行将依法冻结并配合公安机关调查。',
  'If your account is involved in suspicious activity, we may ask you to verify your identity.',
  'Returns: items can be returned within 30 days for a full refund.',
  'If your parcel is lost or damaged, you can file a claim with the carrier.',
  'If your item has a quality issue, contact us within 14 days and we will arrange a refund.',
  'Cancel anytime. Your subscription renews every month unless you cancel.',
  'Late payments may affect your credit score.',
  'Pens, pencils, paper, etc. have expired from our catalogue.',
  '如您的银行卡被冻结，请本人携带身份证到网点办理解冻。',
  '银行卡冻结后，需本人到柜台解冻。',
  '您的信用卡已激活，可以在App里查看额度。',
  '信用卡到期前一个月，银行会寄出新卡，收到后请激活。',
  'If your card is lost or stolen, call us to block it. We never ask you to verify it through a link.',
  '第一代社保卡即将失效，请尽快到银行网点更换第三代社保卡。',
  '社保卡冻结后，请携带身份证到服务网点办理解冻。',
  '如果您的医保卡过期，请到参保地医保经办机构办理。',
  '医保电子凭证激活后，看病买药可以扫码支付。',
  '如您的积分即将过期，可在积分商城兑换礼品。',
  '您的积分可兑换现金券，下单时抵扣。',
  '积分将于12月31日清零，请尽快兑换商品。',
  '每100积分可抵扣1元现金。',
  '您的积分可以在App里兑换话费。',
  '您的信用卡积分可按1000:1兑换现金，抵扣账单。',
  '积分将于年底清零，可兑换现金抵扣账单。',
  'Your points expire on 31 December; redeem them for cashback or gift cards.',
  'To share your screen in a meeting, click Share Screen in the toolbar.',
  '如果您的支付宝账户被限制，请在支付宝App中按提示认证。',
  '支付宝账户被冻结后，请在App中完成身份验证。',
  '微信账号已被封禁的用户，请在微信内申请解封。',
  '您的支付宝账户存在安全风险时，系统会提示您验证身份。',
  '我们可能会冻结存在风险的账户，您可以在App中申请解除。',
  'If your PayPal account is limited, log in to paypal.com to resolve it.',
  'Your account has been locked after too many attempts. Verify it with the code we sent you.',
  'Your account has been locked after too many attempts, verify it with the code we sent you.',
  '警惕刷单返利类诈骗，凡是要求垫付的都是诈骗。',
  '刷单返利是诈骗，千万不要相信。',
  '凡是需要先垫付本金的刷单都是骗局。',
  '点赞日赚300元，这是诈骗。',
  '打击刷单炒信行为，维护公平交易。',
  '骑手抢单，多劳多得，日结工资200元。',
  '淘宝联盟：分享商品赚佣金。',
  '完成新手任务可获得100积分。',
  '退货运费需买家先垫付，确认收货后返还。',
  '首充任务：充值满100元返利20元。',
  '看视频每天能赚0.5元。',
  '兼职日结200元，工作地点在市区。',
  '点赞关注\n日赚300元',
  '天下没有稳赚不赔的投资。',
  '警惕“导师带单”骗局。',
  '所谓“稳赚不赔”都是骗局。',
  '哪有稳赚不赔的好事，请提高警惕。',
  '稳赚不赔的投资都是诈骗。',
  '本产品不保本，不承诺收益，投资有风险。',
  '大额存单保本保息，安全可靠。',
  '零风险试用30天，不满意全额退款。',
  '股票分析师点评：本周市场震荡。',
  '零风险\n高收益',
  '不存在所谓的征信修复。',
  '征信修复都是骗局，不要相信。',
  '警惕“征信修复”诈骗。',
  '任何机构都无权删除不良记录。',
  '没人能帮你删除逾期记录。',
  '逾期记录在还清后保留5年，5年后自动删除。',
  '如征信报告有误，可向征信中心提出异议申请。',
  '信用修复：行政处罚信息可按规定申请信用修复。',
  '清除浏览记录和缓存。',
  '消除\n逾期记录',
];

describe('scam phrases', () => {
  it('describes every group as a clause that follows a colon: English in lower case, or a quoted name', () => {
    const capitalised = SCAM_PHRASES.filter((g) => !/^(?:[a-z]|"[A-Z])/.test(g.description.en)).map((g) => g.id);
    expect(capitalised).toEqual([]);
  });

  it('has examples for every group', () => {
    expect(Object.keys(SHOULD_MATCH).sort()).toEqual(SCAM_PHRASES.map((g) => g.id));
  });

  for (const [id, sentences] of Object.entries(SHOULD_MATCH)) {
    it.each(sentences)(`${id} fires on: %s`, (text) => {
      expect(groupsFiring(text)).toContain(id);
      expect(groupsFiring(text, 'iu')).toContain(id);
    });
  }

  it.each(SHOULD_NOT_MATCH)('stays quiet on honest text: %s', (text) => {
    expect(groupsFiring(text)).toEqual([]);
    expect(groupsFiring(text, 'iu')).toEqual([]);
  });

  it('every pattern of every group fires on at least one example', () => {
    const all = Object.values(SHOULD_MATCH).flat();
    for (const group of SCAM_PHRASES) {
      for (const source of group.patterns) {
        const re = new RegExp(source, 'i');
        expect(all.some((t) => re.test(t)), `${group.id}: ${source}`).toBe(true);
      }
    }
  });
});
