import { describe, expect, it } from 'vitest';
import { isPretextNamed, isToldOfScammer, isWarnedAfterQuote, isWarningRule } from './warned-of';

/** isWarningRule for a match that is `script`, followed by `rest`. */
const ruleAfter = (script: string, rest: string): boolean => isWarningRule(script + rest, script.length);

describe('isWarningRule', () => {
  it.each([
    ['the script as the subject of a verdict', '客服让你进会议共享屏幕', '来退款的，都是诈骗。'],
    ['no comma, 一律', '要你点链接填银行卡领取补贴', '的一律是骗局'],
    ['a comma and 均为, no 的', '以理赔为名索要验证码', '，均为诈骗'],
    ['属于, with words between', '说你的快递丢了要双倍赔偿', '的，属于典型的电信诈骗'],
    ['骗子 as the verdict', '说能代办停息挂账', '的，都是骗子！'],
    ['what to do, as a rule', '凡是自称客服要你共享屏幕', '的，请立即挂断电话。'],
    ['what not to do, as a rule', '收到短信称你的ETC已失效需要点链接认证', '的，不要点击。'],
    ['to be on guard, as a rule', '遇到说你的快递丢失要理赔', '的，一定要提高警惕。'],
    ['to be wary, as a rule', '自称客服说能帮你注销校园贷', '的，要警惕。'],
    ['a clause pointing back: 这是', '客服要你下载会议软件办理退款', '，这是典型的诈骗手法。'],
    ['a clause pointing back: 此类', '要你把钱转到安全账户', '，此类都是骗局'],
    ['a clause pointing back after a dash', '您的航班取消，可获赔偿，请点击链接', '填写银行卡号——此类短信均为诈骗。'],
    ['English', 'Anyone who asks you to share your screen for a refund', ' is a scammer.'],
    ['English, plural', 'People who offer to refund your child\'s game spending for a fee', ' are always fraudsters.'],
    ['the next sentence points back: 以上都是', '您的ETC卡已失效。请在本页面输入银行卡号和验证码', '。以上都是诈骗短信。'],
    ['the next sentence points back: 这都是', '您的征信存在异常。请在本页面填写银行卡号和验证码核实', '。这都是骗局。'],
    ['the next sentence points back: 此类…均为', '您的信用卡已被冻结。请输入卡号、有效期和安全码', '！此类短信均为诈骗'],
  ])('a warning: %s', (_name, script, rest) => {
    expect(ruleAfter(script, rest)).toBe(true);
  });

  it.each([
    ['the script reassures: 这不是诈骗', '请下载会议软件共享屏幕办理退款', '，这不是诈骗，请放心。'],
    ['the script calls itself anti-fraud: 防诈骗', '请下载会议软件共享屏幕办理退款', '，这是防诈骗安全验证。'],
    ['反诈骗 as a name', '请在本页填写银行卡号领取理赔', '，这是反诈骗中心的专用通道'],
    ['a precaution: 防止骗子', '您的商品存在质量问题，为您退款', '，这是为了防止骗子冒领。'],
    ['a precaution: 避免', '您的商品存在质量问题，为您退款', '，这是为了避免骗子盗刷'],
    ['a precaution: 被', '请在本页填写银行卡号', '，此类操作可以防范账户被骗子盗用'],
    ['a denial: 并不是', '请下载会议软件共享屏幕办理退款', '，这种情况并不是诈骗'],
    ['a denial: 没有', '请进入会议共享屏幕领取理赔款', '，这种操作没有诈骗风险'],
    ['a denial: 并非', '请进入会议共享屏幕领取理赔款', '，这是官方流程并非诈骗'],
    ['a precaution: 以免被骗子', '您的包裹丢失，为您理赔', '，请填写银行卡号，以免被骗子冒领。'],
    ['"we are not crooks"', '您的包裹丢失了，为您理赔', '，我们不是骗子。'],
    ['a clause of its own that is no verdict', '需要退款', '的，请填写银行卡号和验证码。'],
    ['what a fake page says of others', '需要理赔', '的，请勿把验证码告诉他人，只在本页填写。'],
    ['the verdict in the next sentence', '客服要你共享屏幕办理退款', '。凡是这样的，都是诈骗。'],
    ['the next sentence denies it: 这不是', '请在本页面填写银行卡号和验证码', '。这不是诈骗，请放心。'],
    ['the next sentence, anti-fraud as a name', '请在本页面填写银行卡号和验证码', '。这是反诈骗中心的专用通道。'],
    ['the sentence after next points back', '请在本页面填写银行卡号和验证码', '。请勿告诉他人。以上都是诈骗短信。'],
    ['the verdict too far on (over 60 characters)', '客服要你共享屏幕办理退款', `并${'啊'.repeat(60)}的，都是诈骗`],
    ['English denial', 'Please share your screen for the refund', '. This is not a scam.'],
    ['English: "scam-free"', 'Share your screen and we refund you; our service', ' is scam-free'],
  ])('no warning: %s', (_name, script, rest) => {
    expect(ruleAfter(script, rest)).toBe(false);
  });

  it('reads only what follows the match', () => {
    const text = '凡是这样的都是诈骗。客服要你共享屏幕办理退款。';
    expect(isWarningRule(text, text.indexOf('退款') + 2)).toBe(false);
    expect(isWarningRule(text, text.indexOf('凡是') + 4)).toBe(true);
  });
});

/** isToldOfScammer for a match that is `script`, after `before`. */
const toldBefore = (before: string, script: string): boolean => isToldOfScammer(before + script, before.length);

describe('isToldOfScammer', () => {
  it.each([
    ['a crook who says it', '骗子会冒充客服，说', '您的商品有质量问题要给您退款'],
    ['a crook who lies', '不法分子谎称', '您的快递丢失，可以双倍赔偿'],
    ['the caller in a report', '对方冒充客服称', '您的订单存在质量问题'],
    ['a suspect', '犯罪嫌疑人冒充京东金融客服，称', '您的学生账户需要注销'],
    ['a crook who uses a pretext', '诈骗分子通常以退款为由，称', '可以为您开通借呗验证流水'],
    ['a crook who will have you do it', '骗子会让您', '把钱转到安全账户'],
    ['someone posing, without a crook named', '近期有人冒充京东客服，称', '您开通了京东金条，会影响征信'],
    ['a trick described', '常见骗术：冒充电商客服，称', '您的订单存在质量问题'],
    ['a crook who forges', '不法分子伪造“', '数字人民币红包”链接，诱导您绑定银行卡并输入验证码'],
    ['a label over tricks: 这类骗局', '小心这类骗局：说', '您的信用卡被盗刷，要您提供卡号和验证码冻结'],
    ['a label over tricks, the script right after it', '常见诈骗话术：', '您的快递丢失了，我们给您三倍赔偿'],
    ['after a reminder: 请注意', '请注意：骗子会冒充客服，说', '您的商品有质量问题要给您退款'],
    ['after a reminder: 我们提醒您', '我们提醒您：不法分子谎称', '您的快递丢失，可以双倍赔偿'],
    ['beware of: 谨防', '谨防骗子冒充客服说', '您的快递丢失要给您理赔'],
    ['a stranger', '陌生人说', '您的商品存在质量问题要退款'],
    ['a fake agent', '假客服会说', '您的订单存在质量问题'],
    ['someone, in a supposition', '若有人要求', '您下载会议软件共享屏幕办理退款'],
    ['a call received, then what it says', '接到自称快递客服的电话，说', '您的包裹丢失要给您理赔'],
    ['a message received', '收到短信称', '您的ETC已失效需要点击链接认证'],
    ['the victim of a report, told it', '受害人被告知其', '补贴待领取，需要点击链接填写银行卡号'],
    ['the victim of a report, asked', '事主被要求', '在页面填写银行卡号和验证码领取补偿'],
    ['the message as the teller', '警惕积分诈骗。短信称：', '您的积分即将清零'],
    ['the call as the teller', '来电中说', '您的银行卡已被冻结'],
    ['a label over one trick: 诈骗短信示例', '诈骗短信示例：', '您的信用卡已被冻结'],
    ['a label over one trick: 骗局原文', '骗局原文：', '您的积分今天过期'],
    ['English', 'Scammers often pretend to be a courier and say ', 'your parcel is lost and you will be compensated'],
    ['English: the caller', 'The caller claimed ', 'your order had a quality problem and offered a refund'],
  ])('told of a crook: %s', (_name, before, script) => {
    expect(toldBefore(before, script)).toBe(true);
  });

  it.each([
    ['the page tells you to trust it: 请', '近期有不法分子冒充客服，请您放心，', '您的商品存在质量问题'],
    ['the page speaks: 我们', '尊敬的用户，有骗子冒充，我们确认', '您的订单存在质量问题'],
    ['the page speaks: 我司', '有人冒充客服，我司确认', '您的包裹丢失可以理赔'],
    ['the page speaks: 本页', '有人冒充客服，本页为官方通道，', '您的包裹丢失可以理赔'],
    ['the page speaks: 本平台', '有人冒充客服，本平台核实', '您的包裹丢失可以理赔'],
    ['the page speaks: 本站', '有人冒充客服，本站核实', '您的包裹丢失可以理赔'],
    ['the page greets you: 尊敬的', '骗子冒充客服猖獗，尊敬的用户，', '您的包裹丢失可以理赔'],
    ['a precaution: 防', '为防止骗子冒充客服，', '您的包裹丢失理赔款需要验证银行卡'],
    ['a precaution: 防范', '防范他人冒充，', '您的包裹丢失理赔款需要验证银行卡'],
    ['a precaution: 免', '以免被不法分子冒充，', '您的快递丢失理赔需填写银行卡号'],
    ['"we are no crooks"', '我们不是骗子会为您办好，', '您的包裹丢失了，为您理赔'],
    ['"we never pose"', '官方客服从不冒充他人，', '您的包裹丢失了，为您理赔'],
    ['"we will not pose"', '官方客服不会冒充他人，', '您的包裹丢失了，为您理赔'],
    ['a crook named, but no telling', '您好，对方已确认', '您的包裹丢失，为您理赔'],
    ['the crook in the sentence before', '骗子说过这些话。', '您的包裹丢失了，为您理赔'],
    ['the crook too far back (over 60 characters)', `骗子说${'啊'.repeat(60)}，`, '您的包裹丢失了，为您理赔'],
    ['the page speaks before the crook: 我们', '我们收到您的信息，称', '您的包裹丢失，为您办理理赔'],
    ['the message you got, named by the page', '您好，您收到的短信称', '您的包裹丢失，为您理赔'],
    ['someone posing as you: a pretext', '经核实，有人冒充', '您的身份开通了百万保障，不取消将每月扣费'],
    ['someone acting in your name: a pretext', '经系统检测，有人以', '您的名义开通了京东金条，需要立即注销'],
    ['a scam named, but no label over a list', '这类骗局已经很少，', '您的包裹丢失了，为您理赔'],
    ['a label with a colon, but no scam named', '以下内容：', '您的包裹丢失了，为您理赔'],
    ['a fake page\'s own heading: 谨防诈骗：', '谨防诈骗：', '您的包裹丢失了，为您理赔'],
    ['a fake page\'s own heading: 防诈骗短信：', '防诈骗短信：', '您的包裹丢失了，为您理赔'],
    ['a fake page\'s own heading: 拒绝诈骗：', '拒绝诈骗：', '您的包裹丢失了，为您理赔'],
    ['a fake page\'s own heading: 反诈骗示例：', '反诈骗示例：', '您的包裹丢失了，为您理赔'],
    ['the page names the message it sent: 的短信', '系统发给您的短信称', '您的包裹丢失，为您理赔'],
    ['有人工客服 is no stranger', '有人工客服会处理，', '您的商品存在质量问题'],
    ['没有人 is no stranger', '放心，没有人会看到，', '您的包裹丢失了，为您理赔'],
    ['说明 is no saying', '收到此短信说明', '您的包裹丢失，为您理赔'],
    ['a victim who speaks, not told: a fake police page', '经核实，受害人称', '您的银行卡涉嫌洗钱'],
    ['名称 is no saying', '收到短信，商品名称与订单不符，', '您的商品存在质量问题'],
    ['English: the page speaks', 'Scammers say many things, but we confirm ', 'your parcel is lost and you will be compensated'],
    ['English: please', 'Scammers may call you, so please note ', 'your parcel is lost'],
  ])('said to you: %s', (_name, before, script) => {
    expect(toldBefore(before, script)).toBe(false);
  });
});

/** isPretextNamed for a match that is `script`, after `before`. */
const pretextAround = (before: string, script: string): boolean => isPretextNamed(before + script, before.length);

describe('isPretextNamed', () => {
  it.each([
    ['denied: 不会以…为由', '客服不会以快递丢失、', '三倍赔偿为由，让您提供银行卡号和验证码'],
    ['a crook', '骗子以', '退款为由索要验证码'],
    ['no one named', '以', '注销校园贷账户为由要求转账的，均为诈骗'],
  ])('a pretext: %s', (_name, before, script) => {
    expect(pretextAround(before, script)).toBe(true);
  });

  it.each([
    ['以 in 可以', '您可以', '申请退款，提供验证码为由'],
    ['以 in 所以', '所以', '退款为由'],
    ['以 in 可以, twenty characters back', `您可以${'办'.repeat(20)}`, '退款为由'],
    ['no 为由', '我们将以', '短信方式为您退款，请提供验证码'],
    ['为由 after the clause ends', '以', '退款，请提供验证码为由'],
    ['以 in an earlier clause', '以免麻烦，', '退款为由'],
  ])('no pretext: %s', (_name, before, script) => {
    expect(pretextAround(before, script)).toBe(false);
  });
});

// Red-team round 9, B1: a bank's 防骗提示 quotes the script and then says what it is.
describe('isWarnedAfterQuote', () => {
  /** Whether the words after the first closing mark call the quotation a scam. */
  const warned = (text: string): boolean => isWarnedAfterQuote(text, text.search(/[”」』"]/));

  it.each([
    ['the next sentence', '“您的商品有质量问题，请登录网银退款。”本店提醒您：这是诈骗，请立即挂断。'],
    ['after a dash', '“您的商品有质量问题，请登录网银退款”——接到这种电话请挂断，并拨打96110。'],
    ['right after the mark', '“您的商品有质量问题，请登录网银退款”是骗子的说法，请勿相信。'],
    ['a sentence end after the mark', '“您的商品有质量问题，请登录网银退款”。这是骗局。'],
    ['the hotline, about such calls', '「您的商品有质量问题」，此类电话请拨打96110核实。'],
    ['a warning not to fill in here', '“您的商品有质量问题。”这是诈骗，请勿在此处填写。'],
    // Red team 10, B1: a regional bank's own login; checking with the bank about such a call is its verdict.
    ['a check with the bank about such calls', '温馨提示：“您的商品有质量问题，请登录网银完成退款。”如接到此类电话，请第一时间向本行客服核实。'],
    ['the quotation as the subject', '“您的商品有质量问题。”以上内容均为骗子的话术。'],
    ['"don\'t believe it", right after the mark', '“您的商品有质量问题”，请勿相信！'],
  ])('reads a verdict %s', (_name, text) => {
    expect(warned(text)).toBe(true);
  });

  it.each([
    ['a denial', '“您的商品有质量问题，请登录网银退款。”这不是诈骗，请放心办理。'],
    ['a question', '“您的商品有质量问题，请登录网银退款。”怎么会是诈骗呢？请放心。'],
    ['"don\'t hang up"', '“您的商品有质量问题，请登录网银退款”，办理期间请勿挂断。'],
    ['a precaution', '“您的商品有质量问题，请登录网银退款。”为防诈骗，请核对姓名。'],
    ['"beware of scams" as a fake page says it', '“您的商品有质量问题。”谨防诈骗，请在本页登录网银。'],
    ['a verdict two sentences on', '“您的商品有质量问题。”请登录网银。请注意：这是诈骗。'],
    ['nothing', '“您的商品有质量问题，请登录网银退款。”请在下方登录。'],
    ['a hang-up that goes on', '“您的商品有质量问题。”请挂断电话后登录网银。'],
    ['a hang-up of other calls', '“您的商品有质量问题。”请立即挂断其他电话，专心办理。'],
    ['a hang-up, then an ask here', '“您的商品有质量问题。”请挂断电话，在下方登录网银办理。'],
    // Red team 10, A2: verdicts about someone else, which a victim reads as "this page is the safe one".
    ['a scam named as someone else\'s', '“您的商品有质量问题。”——冒充公检法的才是诈骗。'],
    ['"the rest are scams"', '“您的商品有质量问题。”以上为本平台唯一官方通知，其余均为诈骗。'],
    ['a bare hotline', '“您的商品有质量问题。”如对退款有疑问，可拨打平台热线或96110咨询。'],
    ['a bare hotline, right after the mark', '「您的商品有质量问题」，请拨打96110核实。'],
    ['"don\'t believe other channels"', '“您的商品有质量问题。”请勿相信其他渠道的退款信息，认准本站办理。'],
    ['a hang-up of other numbers', '“您的商品有质量问题。”如接到其他号码来电，请立即挂断。'],
    ['"all who … are crooks"', '“您的商品有质量问题。”凡是让您转账到安全账户的都是骗子。'],
    ['a check with the bank about nothing', '“您的商品有质量问题。”请向本行客服核实身份后办理。'],
    ['the verdict asked', '“您的商品有质量问题。”这是诈骗吗？不是！'],
    ['an ask to act on this site', '“您的商品有质量问题。”这是真实通知，可能有骗子冒充，请到本站办理。'],
  ])('reads no verdict in %s', (_name, text) => {
    expect(warned(text)).toBe(false);
  });
});
