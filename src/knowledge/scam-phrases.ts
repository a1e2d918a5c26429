// The scripts fake customer-service pages use, as regular-expression sources matched case-insensitively
// against a page's visible text (compiled with flag `i`; they also compile with `iu`). Sorted by id.
//
// Every pattern must say something an honest shop, courier or bank help page does not. Honest pages
// speak conditionally and generally ("如商品存在质量问题，可申请退货退款", "If your parcel is lost, you can
// file a claim"); scam pages assert something about YOUR order and tie it to money moving the wrong way
// (compensation that needs your card, a fee before a refund, a cancellation that threatens your credit).
// So most patterns pair two things within one sentence: `[^。！？.!?]{0,n}` is "later in the same
// sentence" and `[^，。！？,.!?]` keeps both halves in the same clause where a comma would join unrelated
// clauses. A script set out in short sentences is read with `thenAsked`: the claim, then an ask that opens one of the
// next two sentences. scam-phrases.test.ts holds a should-match / should-not-match table for every group.
//
// Anti-fraud articles that quote these scripts (“…”) do not count: core/signals/scam-phrases.ts skips quoted
// speech, and core/signals/warned-of.ts a script its sentence calls a scam as a rule ("…的，都是诈骗") or tells as a
// crook's words ("骗子会冒充客服，说…"). Known limit: an article that repeats a script in its own voice in any other
// way still matches. That is harmless on its own (a signal adds to a page that asks for a card or a code; it is not a
// verdict).
//
// Cost: the background runs each pattern as its own regex over the page's text (one alternation per group cost ten
// times as much: core/signals/scam-phrases.ts), and a guard at the very start of a pattern (a look-behind) may run at
// every position of that text. Where the cost probe showed it, back when each group was one alternation, the pattern
// finds its words first: a look-ahead for them goes before the guard (`guardedWords`, or "(?=\betc\s)…"), or the guard
// looks back over a two-character verb once it is found ("(?:注销|关闭…)(?<=GUARD..)"). Both match exactly what the
// guard-first form does; with the patterns run one by one, the two forms cost the same within the noise.

import type { ScamPhraseGroup } from './types';

/**
 * Not after one of `words` with at most `within` characters between them and here, none of them a `stops` character:
 * the lookbehind each guard below is built from. Each guard keeps the stops it was written with (the loan guard's
 * clause ignores line breaks and ASCII commas, the lapse guard's ASCII commas).
 */
const notAfter = (words: string, within: number, stops: string): string => `(?<!(?:${words})[^${stops}]{0,${within}})`;

/**
 * notAfter's mirror: not followed by one of `words` with at most `within` characters between here and them, none of
 * them a `stops` character. It ends a pattern whose words an honest page goes on to qualify ("…，已存入您的钱包").
 */
const notBefore = (words: string, within: number, stops: string): string => `(?![^${stops}]{0,${within}}(?:${words}))`;

/** The end of a sentence or a line. */
const SENTENCE_END = '。！？\\n';

/**
 * notBefore, looking one sentence further: not followed, within `within` characters of this sentence's end and then of
 * the next sentence's start, by one of `words`. An honest notice often qualifies its claim in the sentence after it
 * ("恭喜您获得奖金100元。奖金已存入账户余额", "您有一笔补贴待领取。请登录官方App申领").
 */
const notInNextSentence = (words: string, within: number): string =>
  `(?![^${SENTENCE_END}]{0,${within}}[。！][^${SENTENCE_END}]{0,${within}}(?:${words}))`;

/** A question after the words: "不上征信吗？", "会影响征信么". */
const QUESTION = '吗|么|？|\\?';

/**
 * Ends a pattern: the words are not named a scam later in the same line. Anti-fraud notices use a scam's own words
 * ("刷单返利类诈骗", "稳赚不赔的投资都是诈骗", "征信修复都是骗局"). `more`: further words that deny it in this one story.
 * 交通违法 (a traffic offence) names the fine story's subject, not a scam.
 */
const notNamedAScam = (...more: string[]): string =>
  notBefore(['诈骗', '骗局', '骗子', '(?<!交通)违法', '陷阱', '犯罪', ...more].join('|'), 10, SENTENCE_END);

/**
 * Goes right after a story's first words: they do not name a kind of scam ("退税诈骗中，骗子会…", "补贴类骗局"), as a news story
 * or a police notice that retells the script opens. The script's own words follow later, where warned-of.ts reads who tells them.
 */
const NOT_A_SCAM_KIND = '(?![类型]?(?:诈骗|骗局|骗术))';

/** Asking how or whether: "如何减免", "是否符合". A help page's question, not the script's claim. */
const HOW_OR_WHETHER = '如何|怎么|怎样|是否|能否';

/** A question or a denial inside a clause: "会不会影响征信", "是否需要注销", "也不会影响". */
const DOUBT = '会不会|是否|能否|不会|不影响|不再';

/** The end of a clause: a sentence end, a comma (full-width or ASCII), a line break. */
const CLAUSE_END = '。！？，,\\n';

/** Ends a pattern: not asked a few characters later in the clause ("…会影响征信吗？"). */
const NOT_A_QUESTION = notBefore(QUESTION, 4, CLAUSE_END);

/** Starts a loan pattern: not said in a warning against it earlier in the clause ("谨防…黑户可贷", "不要相信无视征信"). */
const NOT_WARNED_AGAINST = notAfter('不|勿|别|无法|谨防|警惕|小心|骗', 10, '，。！？');

/** Words that deny what follows them in a clause: the notices' "不会要求您…", "无需…", "切勿…". */
const DENIAL_WORDS = '不会|不需要|无需|无须|不用|切勿|请勿|绝不|从不|从来不|不得';

/**
 * Starts a claim ("您的订单存在质量问题", "转入安全账户"): not after a denial word in the same clause ("不会有人说您的订单…",
 * "公安机关不会要求您把钱转入安全账户"). Only whole words: a lone 不 is too common before a claim ("不好意思").
 */
const NOT_DENIED_CLAIM = notAfter(DENIAL_WORDS, 20, CLAUSE_END);

/**
 * Goes right before an ask ("填写银行卡号", "支付运费"): NOT_DENIED_CLAIM, and no 不, 无, 勿 or 别 a few characters before
 * it. Notices say what is never asked ("认证无需填写银行卡号", "不需要提供验证码"), and shops put such lines beside their
 * own card forms ("客服不会以退款、理赔为由要求您提供银行卡密码").
 */
const NOT_DENIED_ASK = notAfter('不|无|勿|别', 6, CLAUSE_END) + NOT_DENIED_CLAIM;

/**
 * Goes right before a lapse ("失效", "冻结"): the lapse is not denied a few characters before it, in the same clause.
 * Anti-fraud notices deny the script's claim in its own words ("您的医保卡不会因未认证而失效"). Not 未: the script
 * itself says "因未认证已失效", "因没有及时认证已被冻结".
 */
const NOT_DENIED_LAPSE = notAfter('不会|不可能|并不|并没有|并未|从未', 8, '。！？，\\n');

/** NOT_DENIED_ASK in English: "we will never ask you to share your screen", "we never ask you to transfer…". */
const EN_NOT_DENIED = notAfter("\\bnever\\b|\\bnot\\b|n't\\b|\\bno one\\b", 30, '.!?');

/**
 * Goes right before a claim an honest shop also makes as a promise: not said as a condition earlier in the clause
 * ("如有质量问题，三倍赔偿", "若商品存在质量问题…", "一旦发现质量问题…"). The script asserts; a guarantee supposes.
 */
const NOT_CONDITIONAL = notAfter('如|若|凡|万一|一旦|假如|倘若', 12, CLAUSE_END);

/**
 * A test the script says your purchase failed, beside its "quality problem": "甲醛超标", "检测不合格", "不合格产品".
 * Honest pages deny these ("甲醛不超标", "未超标") with words in between, which this does not match.
 */
const TEST_FAILED = '(?:质量不合格|(?:甲醛|重金属|有害物质|荧光剂|细菌|菌落)(?:含量)?超标|(?:检测|质检|抽检|(?<!未|没有?|无)检出)(?:结果)?不合格|不合格(?:产品|商品|批次))';

/** Not right after 如, 若, 如果 or 当: what follows is said, not supposed ("如您的…", "若公积金…", "当您…"). */
const NOT_SUPPOSED = '(?<![如若果当])';

/** Said to YOU, not supposed of you: "您的…", "你有…" (not "如您的…", "若你…", "当您…"). */
const YOU = `${NOT_SUPPOSED}(?:您|你)`;

/**
 * Up to `within` characters (at least `least`), none of them a `stops` character, and none of `words` starting among them:
 * the gap between two halves of a claim, kept free of the words that would undo it (a 补发 before the 理赔 makes a shop's
 * reshipment notice, a 可获 before the 双倍赔偿 a guarantee). With no words, any characters but the stops.
 */
const gapWithout = (words: string, within: number, stops: string, least = 0): string =>
  words ? `(?:(?!${words})[^${stops}]){${least},${within}}` : `[^${stops}]{${least},${within}}`;

/**
 * `words` with `guard` (a look-behind, or several) checked where they start. The words are looked for first, so the guard
 * runs only where they are found, not at every position of the text or of a gap before them: see "Cost" above. The same
 * matches as `${guard}${words}`.
 */
const guardedWords = (guard: string, words: string): string => `(?=${words})${guard}${words}`;

/**
 * Up to `within` characters, none of them a `stops` character, in which nothing supposes: "您的快递…丢失" asserts, and
 * "您的快递如果丢失" is an FAQ's condition.
 */
const withoutIf = (within: number, stops: string): string => gapWithout('如果|假如|万一|若|如', within, stops);

/**
 * Said of YOUR purchase, not supposed of one: "您购买的…", "您在拼多多买的…", "您近期购买的…" (not "如您购买的…").
 * When: 之前, 近期, 最近, 日前, 前几天, 上周, 上个月.
 */
const YOUR_PURCHASE = `${NOT_SUPPOSED}您(?:之前|近期|最近|日前|前几天|前些天|上周|上个?月)?(?:购买|所购|买|在[^，。！？]{0,10}(?:购买|买))的`;

/** A payout several times over, the refund script's bait: "双倍赔偿", "三倍退款", "十倍赔偿" (the food-safety law's sum). */
const MULTIPLE_PAYOUT = '(?:双倍|三倍|加倍|[2-9]倍|十倍)(?:赔偿|赔付|退款|理赔)';

/** Getting into a meeting or a screen share: "下载会议软件", "加入视频会议", "开启屏幕共享". */
const JOIN_MEETING = '(?:下载|安装|打开|加入|进入|开启)[^。！？\\n]{0,10}(?:会议|屏幕共享|共享屏幕)';

/** NOT_CONDITIONAL in English: "If your parcel is lost, …", "In case your package was destroyed, …". */
const EN_NOT_CONDITIONAL = notAfter('\\bif\\b|\\bwhen\\b|\\bin case\\b|\\bshould\\b|\\bwhether\\b', 12, '.!?,');

/**
 * A lower rate on a home loan: "房贷利率下调", "按揭可申请降低利率", "房贷符合降息条件". The same call is made of a car loan and of
 * "your loan" unnamed ("您的贷款利率可以下调"); a loan in general ("贷款利率下调" in the news) is no one's.
 */
const MORTGAGE_CUT = '(?:房贷|按揭|住房贷款|房屋贷款|车贷|汽车贷款|[您你]的(?:个人)?贷款)[^。！？\\n]{0,20}(?:下调|调低|降低|下降|降息|减免|利率调整|利率优惠)';

/** Money going back to the card it came from, or out to one: "原路退回", "打入", "到账". Honest refunds are paid so. */
const MONEY_TO_CARD = '原路|退回|返回|退还|(?:支付|划|转|汇|打|存|退|付|发)(?:至|到|入)|到账|发放';

/** A refund or a payout, the bait the refund stories open with: "退款", "理赔", "赔偿", "退保" (a policy's money back). */
const REFUND = '(?:退款|理赔|赔偿|赔付|退费|退保)';

/** REFUND, or the money "given back" (退还, 退给您) or made up for (补偿): the callers' other words for a refund. */
const MONEY_BACK = `(?:${REFUND}|补偿|退还|退给(?:您|你))`;

/** The same, or the money arriving, as a refund story's ask ends: "…理赔金马上到账". */
const REFUND_PAID = '(?:退款|理赔|赔偿|赔付|到账)';

/** What only the card's owner may know: its password, or the code the bank sent ("银行发来的短信验证码"). */
const BANK_SECRET = '(?:银行卡密码|取款密码|交易密码|卡密码|银行(?:发送|发来)?的?(?:短信)?验证码)';

/**
 * Handing someone the code you received: "提供银行卡号和验证码", "把收到的验证码告诉客服", "将验证码发给工作人员". A form asks you
 * to enter (输入, 填写) a code, an image captcha included; only a person asks to be given, told or sent one. Not
 * "为您提供" / "向您提供" / "告诉您" (a page that gives you a code; "告知您的验证码" still asks for yours), nor a 图片 / 图形验证码
 * (the captcha beside a query form).
 */
const GIVE_CODE =
  '(?:(?<!(?:为|向|给)(?:您|你))(?:提供|告知|告诉|报给|念给|读给)(?![您你](?!的))[^。！？，,\\n]{0,12}(?<!图片|图形)验证码' +
  '|(?:把|将)[^。！？，,\\n]{0,10}验证码[^。！？，,\\n]{0,4}(?:告诉|告知|发给|发送给|转发给|提供给|报给|念给|读给))';

/** What a card form asks that no limit raise needs: the card's number, expiry, security code, a code or a password. */
const CARD_DATA = '(?:卡号|有效期|安全码|cvv|cvn|卡背面|背面三位|验证码|交易密码|查询密码)';

/**
 * A platform's "pay later" credit line: "美团月付", "抖音月付". Only with the platform's name: a bare 月付 is also how a
 * subscription's price reads ("会员月付15元").
 */
const PAY_LATER = '(?:美团|抖音|京东|携程|滴滴|拼多多|快手|饿了么)月付';

/** Credit you can draw in a few taps: "借呗", "花呗", "备用金", a loan app's line. */
const CREDIT_LINE = `(?:借呗|花呗|备用金|微粒贷|网贷|金条|白条|贷款(?:额度)?|信用额度|信用贷|${PAY_LATER})`;

/** Goes before "开通": not a state or a supposition ("已开通", "如您开通了"), which a refund rule describes. */
const NOT_OPENED = notAfter('已|已经|如|若|如果', 3, CLAUSE_END);

/** A link to open, the way a text message sends people to a fake page: "点击链接", "打开以下网址". */
const OPEN_LINK = '(?:点击|打开|访问)[^。！？\\n]{0,4}(?:链接|网址|网页)';

/** "This page": "本页", "此页面", "此网页". */
const THIS_PAGE = '(?:本|此|该)(?:网页|页面?)';

/** On this page, the next words said of it at once: "本页填写", "本页面上缴纳" (not "本页面查看缴费网点"). */
const ON_THIS_PAGE = `${THIS_PAGE}(?:上|中|内)?`;

/**
 * Paying on the page itself: "请在本页缴纳", "此页面查询并支付". Not a page that tells where or how to pay ("请在本页面查看缴费网点",
 * "本页缴费方式说明").
 */
const PAY_HERE = `${THIS_PAGE}[^。！？\\n]{0,4}(?:缴纳|缴费|支付|处理)(?!网点|地点|方式|渠道|指南|流程|说明|须知)`;

/**
 * Typed into this page or behind a link: "请在本页面输入", "在此网页填写", "点击链接填写", "请在页面上填写" (the script's own "the
 * page", with 在 before it so that a page named in passing does not count).
 */
const TYPED_HERE = `(?:${OPEN_LINK}[^。！？，,\\n]{0,4}|在?${ON_THIS_PAGE}|在页面(?:上|中|内)?)(?:填写|输入|提供)`;

/**
 * TYPED_HERE, not denied ("请勿在本页面填写", "无需点击链接输入"). The step is looked for first, so the denial guard (a
 * look-behind) runs only where a step starts: see "Cost" above. The same matches as NOT_DENIED_ASK then TYPED_HERE.
 */
const ASKED_HERE = guardedWords(NOT_DENIED_ASK, TYPED_HERE);

/** TYPED_HERE, or into the form below: "请在下方填写", "在页面下面输入" (the refund scripts point at the fields). */
const TYPED_HERE_OR_BELOW = `(?:${TYPED_HERE}|在?(?:页面)?(?:下方|下面)(?:填写|输入|提供|提交))`;

/**
 * Goes right after a lapse ("被冻结", "已失效"): not the subject of an FAQ's heading or question ("…被冻结的原因",
 * "…被冻结了吗", "…冻结后怎么办", "…冻结时如何解冻").
 */
const ASKED_ABOUT = '的|时|后|了?[吗么]|怎么|怎样|如何';
const NOT_ASKED_ABOUT = `(?!${ASKED_ABOUT})`;

/**
 * What the cancel-membership script says you were signed up for by mistake: a membership, a "VIP agent", wholesaler or
 * streamer status, Alipay's 百万保障 cover, or a card's instalments or automatic payments ("您的信用卡被误开通了分期业务").
 */
const SIGNED_UP_FOR = '(?:vip|会员|代理|批发商|百万(?:医疗)?保障|保险|主播|直播|分期|自动扣款|自动扣费|自动续费)';

/**
 * Ends a pattern: the sign-up is not asked about ("…误开通了自动续费？") nor said undone later in the sentence ("…我们已为您取消并
 * 退款", "…该笔分期已撤销"), as a platform's apology says.
 */
const STILL_SIGNED_UP = notBefore(QUESTION, 6, CLAUSE_END) + notBefore('已(?:为您|经|自动)?(?:取消|关闭|退款|退还|注销|撤销|撤回)', 20, SENTENCE_END);

/**
 * An account the credit-record script says you must close: a credit line (白条, 借呗 …) or a "student account" of the
 * campus-loan days ("您的学生账户不符合国家政策，需要注销").
 */
const CREDIT_ACCOUNT = `(?:白条|金条|借呗|花呗|微粒贷|备用金|信用账户|贷款账户|网贷账户|学生账户|校园贷|放心借|安逸花|360借条|${PAY_LATER})`;

/**
 * "Someone used your identity": the pretext for a membership or a credit line you must cancel now ("有人冒用您的身份开通了百万
 * 保障", "有人以您的名义开通了京东金条"). Said as a fact, not supposed ("如果有人冒用…", "一旦…": NOT_CONDITIONAL where used) and
 * not after a precaution ("防止有人冒用…").
 */
const IDENTITY_MISUSED =
  '(?<!防止|防范|谨防|避免)有人(?:冒充|冒用|盗用|借用|使用|以)(?:您|你)的?(?:身份(?:信息|证)?|名义|账户|账号|个人信息|信息)';

/** Ends a sign-up: no relative clause ("…开通会员的，请立即修改密码" is a rule for anyone it happened to). */
const NOT_A_RULE = notBefore('的\\s*[，,]', 6, CLAUSE_END);

/** Not reported as someone's claim: a warning says "声称可代办…的，都是诈骗", "所谓包成功…". */
const NOT_CLAIMED = notAfter('声称|号称|自称|谎称|所谓', 8, CLAUSE_END);

/** A refund of what a child spent, as the game-refund agents offer it: "未成年人游戏充值退款", "孩子打赏退款". */
const CHILD_SPENDING_REFUND = '(?:未成年|孩子|小孩)[^。！？\\n]{0,10}(?:游戏|充值|消费|打赏)[^。！？\\n]{0,6}(?:退款|退费|退回)';

/**
 * What a debt agent sells: 停息挂账 (what people call a bank's plan for a debt in arrears), 反催收 ("stopping the debt
 * collectors", never lawful), and 债务优化 ("optimising" your debts). The bank's own words (个性化分期, 协商还款) are not here.
 */
const DEBT_AGENT_OFFER = '(?:停息挂账|反催收|债务优化)';

/** What a fake employer charges before the job: "培训费", "服装费", "押金". Not a medical check (体检费), which new hires often pay. */
const JOB_FEE = '(?:培训费|服装费|工装费|工服费|押金|保证金|资料费|报名费|中介费|介绍费|建档费|办卡费)';

/** The job fee asked for, not denied nor asked about: "需要先缴纳500元培训费", "请先支付200元工装费" (not "无需缴纳", "要交押金吗"). */
const JOB_FEE_ASKED = `${guardedWords(NOT_DENIED_ASK, '(?:需要?|须|要|先|请)')}[^。！？\\n]{0,4}(?:缴纳|交纳?|缴|支付|付)[^。！？\\n]{0,8}${JOB_FEE}${NOT_A_QUESTION}${notNamedAScam()}`;

/** An official channel named: a courier's or an office's own app, mini program or site ("请在顺丰App中支付"). */
const OFFICIAL_CHANNEL = 'app|小程序|官网|官方';

/** A prize already paid into an account: nothing is left to claim ("现金红包10元已存入您的钱包"). */
const PRIZE_PAID = '已(?:存入|发放|到账|放入|转入|充入)';

/**
 * Where a sum said to be waiting is claimed honestly, named in the sentence after the claim ("请登录官方App申领", "请通过个人所得税App
 * 申请"). Narrower than the same sentence's list: a bare "app" in a sentence of its own is often the fake one to download.
 */
const CLAIM_OFFICE = '官方|官网|政务服务|个人所得税app|个税app|窗口|柜台|门店|营业厅|网点';

/**
 * What the ETC script says has happened to your toll card or tag: lapsed, expired, "out of date", invalid, stopped, frozen,
 * disabled, "lost its right of use", restricted ("您的ETC已过时", "…已经失去使用资格", "…处于禁用状态", "…受限制使用").
 */
const ETC_LAPSE = '失效|过期|过时|无效|停用|冻结|被?禁用|无法使用|失去(?:使用)?资格|受到?限制?|限制使用';

/** The ETC cards some provinces issue under their own names: Guangdong's, Shandong's, Jiangsu's, Shanghai's, Beijing's. */
const ETC_CARD = '粤通卡|鲁通卡|苏通卡|沪通卡|速通卡';

/** ETC by name, or by a province's card. */
const ETC = `(?:etc|${ETC_CARD})`;

/** The same, with "etc" not the end of a longer Latin word. */
const ETC_AS_WORD = `(?:(?<![a-z])etc|${ETC_CARD})`;

/** Where an ETC issuer really fixes a card or tag: its app or site, its service points and counters. */
const ETC_ISSUER = `${OFFICIAL_CHANNEL}|网点|服务点|营业厅|柜台`;

/** The fix the ETC script asks for: certify, verify, check, update, activate, unfreeze, bind again. */
const ETC_FIX = '认证|验证|核验|更新|激活|解冻|重新绑定|重新办理|点击';

/** What the insurance-card script says is yours: the card, the account, its data, its e-voucher ("您的医保资料", "参保账户"). */
const INSURANCE_THING =
  '(?:医保|社保|社会保障|医疗保险|参保)(?:卡|个人账户|账户|账号|资料|信息|凭证|电子凭证|报销卡)?';

/** What it says has happened: lapsed, paused, invalid, restricted, incomplete, no longer paying claims. */
const INSURANCE_LAPSE =
  '暂停使用|停止使用|停用|失效|过期|到期|冻结|作废|无效|受限|异常|缺失|不完整|(?:暂时)?(?:无法|不能)(?:正常)?(?:报销|使用)|(?:取消|清除)报销资格|未升级';

/** Its fix: certify, check, upgrade, update, complete, restore, activate. */
const INSURANCE_FIX = '认证|验证(?!码)|核查|核验|升级|更新|完善|恢复|激活|启用|解冻|点击|登录';

/** Where the offices really send you: their platform and apps, their halls and counters, a bank branch, 12345. */
const INSURANCE_OFFICE = `${OFFICIAL_CHANNEL}|服务平台|公众号|网点|柜台|窗口|携带|经办|大厅|12345|社保中心|医保中心|服务中心|政务中心|社保局|医保局|人社局`;

/** The ask before a credit line is "cleared": "需要把…", "请您尽快清空…". */
const CLEAR_LINE_ASK = '(?:需要?|须|必须|要|请)(?:您)?(?:尽快|立即|马上|先)?';

/** Not a claim reported: "说您的医保卡已失效…的短信", "谎称您的…". */
const NOT_REPORTED = notAfter('说|称|讲|表示', 3, CLAUSE_END);

/** Said of YOUR card or account, not reported nor supposed: "您名下的医保卡", "您的电子社保卡", "您的参保账户". */
const YOUR_INSURANCE_THING = `${NOT_REPORTED}${YOU}(?:名下)?的(?:电子)?${INSURANCE_THING}${withoutIf(15, SENTENCE_END)}`;

/** A bank card, as the card scripts name it: "您的银行卡", "您的信用卡", "储蓄卡", "借记卡". */
const BANK_CARD = '(?:银行卡|储蓄卡|信用卡|借记卡)';

/** Where a bank really asks for a card's data: its branches and counters (携带 what you bring there), its app and site. */
const BANK_OWN_CHANNEL = '网点|柜台|营业厅|携带|手机银行|网上银行|app|官方';

/**
 * Any account the "frozen account" script names: a platform's, a game's or an app's account (账户, 账号), a wallet's credit
 * (花呗, 借呗) or the bank's app (手机银行, 网银). Not a bank account: the card scripts read that.
 */
const ANY_ACCOUNT = '(?:(?:(?!银行)[^。！？，,\\n的]){0,8}(?:账户|账号|帐户|帐号)|花呗|借呗|手机银行|网上银行|网银)';

/**
 * What it says has happened to the account: frozen, limited, banned, locked, stopped, lapsed ("已被封号", "被限制交易"). A
 * short form only where no longer one stands (限制 not before 交易), so that what follows is looked at after the whole
 * word: "被封禁的原因" must not pass as 封 followed by 禁.
 */
const LIMITED = '交易|使用|登录|收款|支付|提现';
const ACCOUNT_LAPSE = `(?:冻结|限制(?:${LIMITED})|限制(?!${LIMITED})|封[禁停号]|封(?![禁停号])|锁定|停用|失效)`;

/** Said of YOUR account, not reported nor supposed, as a fact: "您的抖音账号因违规被封", "您的账户存在风险，已被限制交易". */
const YOUR_ACCOUNT_LIMITED = `${NOT_REPORTED}${YOU}的${ANY_ACCOUNT}${withoutIf(12, SENTENCE_END)}(?:已被|已经被|已|将被|即将被?|被)${ACCOUNT_LAPSE}${NOT_ASKED_ABOUT}`;

/** Where a wallet lifts its own limits: its app or site, its self-service, its hotline (Alipay's 95188, WeChat Pay's 95017). */
const WALLET_OWN_CHANNEL = `${OFFICIAL_CHANNEL}|自助|95188|95017`;

/**
 * Where an honest notice sends people to lift any account's limit: the wallet's own channels, or a branch. Not "客服":
 * the script sends people to its own ("请联系在线客服，并按提示填写银行卡号和验证码").
 */
const ACCOUNT_OWN_CHANNEL = `${WALLET_OWN_CHANNEL}|网点|柜台|营业厅|携带`;

/** What the card scripts say has happened to YOUR card: "已被冻结", "已停用", "将被注销", "已失效". */
const CARD_LAPSE = '(?:冻结|停用|注销|限制使用|锁定|失效|过期)';

/** A parcel, as the customs script names it: "您的包裹", "您的国际件". */
const PARCEL = '(?:包裹|快递|快件|邮件|邮包|国际件)';

/**
 * Adding a person's chat account: "添加客服QQ", "加专员微信". Airlines, couriers and shops pay out in their own apps; an official
 * account to follow (公众号, 小程序) is not a person, and "添加官方微信" names the company's own.
 */
const ADD_CONTACT = '(?:添加|加)(?:(?!官方)[^。！？，,\\n]){0,6}(?:qq|微信|vx|v信)(?!公众号|小程序|服务号)';

/**
 * The code a bank or a platform texts you, by any of its names: "验证码", "动态码", "短信码", "校验码", "动态口令" ("动态密码" is a
 * 密码). Not an image's 校验码 ("图形校验码"): a form's captcha.
 */
const SMS_CODE = '(?:验证码|动态码|短信码|(?<!图片|图形)校验码|动态口令)';

/**
 * A card's number and, in the same ask, what only its owner knows: "银行卡号和短信验证码", "验证码、卡号", "卡号和余额", "银行卡号
 * 及动态码". No comma between them: "请填写银行卡号，验证码请输入图中字符" asks for a card number and a captcha.
 */
const CARD_AND_SECRET = `(?:(?:银行卡|卡号)[^。！？，,\\n]{0,10}(?:${SMS_CODE}|密码|余额)|(?:${SMS_CODE}|密码)[^。！？，,\\n]{0,10}(?:银行卡|卡号))`;

/**
 * A card's number, then, after a comma, an ask for the code that was sent to you: "请填写银行卡号，并输入收到的短信码", "请输入储蓄卡
 * 卡号，再输入手机动态密码". Only a code said to be sent (收到, 手机, 短信, 动态): after a comma a bare 验证码 is often the form's
 * captcha ("请填写银行卡号，输入图形验证码后提交").
 */
const CARD_THEN_SENT_CODE =
  `(?:银行卡|储蓄卡|借记卡|信用卡|卡号)[^。！？，,\\n]{0,10}[，,]\\s*(?:并|再|然后|同时)?请?(?:输入|填写|录入|提供|提交|登记|告知)` +
  `[^。！？，,\\n]{0,6}(?:收到|手机|短信|动态)[^。！？，,\\n]{0,6}(?:${SMS_CODE}|密码)`;

/** The insurance card or account by name, as a text message names it with no 您的: "社保卡", "医保账户", "医保电子凭证". */
const INSURANCE_CARD = '(?:医保卡|社保卡|社会保障卡|医保账户|社保账户|医保电子凭证|医保凭证)';

/**
 * The insurance script's web step, not denied: a link to open (not to read: "点击链接查看解冻办法"), the bank card with the code sent
 * for it ("填写银行卡号和验证码", "…银行卡号，并输入收到的动态码"), or this page to certify on.
 */
const INSURANCE_WEB_ASK = guardedWords(
  NOT_DENIED_ASK,
  `(?:${OPEN_LINK}${notBefore('查看|了解|阅读|咨询|看', 4, CLAUSE_END)}|(?:填写|输入|提供|录入|登记)[^。！？，,\\n]{0,8}(?:${CARD_AND_SECRET}|${CARD_THEN_SENT_CODE})|在?${ON_THIS_PAGE}(?:认证|验证|激活|解冻|填写|输入))`,
);

/**
 * An account's name or number together with its password: "银行卡号和密码", "支付宝账号及密码", "微信账号和支付密码". Not the payment
 * password alone: a wallet's own refund screen asks for it ("退款前需输入支付密码").
 */
const ACCOUNT_AND_PASSWORD = '(?:支付宝|微信|银行卡号?|卡号)(?:账号|账户)?(?:和|及|与|、|以及)(?:银行卡|取款|交易|支付|登录)?密码';

/** A payout a page may offer: a subsidy, a grant, a reimbursement, a tax refund ("助学金", "医保报销款", "退税款"). */
const PAYOUT = '(?:补贴|补助|津贴|助学金|奖学金|报销|退税)(?:金|款)?';

/**
 * A return said to be guaranteed, at a rate no honest product pays: "保本保息，年化收益20%", "稳定收益，月收益15%". A deposit
 * is 保本保息 at 1 to 3 % a year; a rate of 10 % or more a year, or 5 % or more a month, week or day, is the bait.
 */
const SURE_HIGH_RETURN =
  '(?:保本保息|保本保收益|保本高收益|保证收益|保底收益|稳定收益|零风险)[^。！？\\n]{0,20}' +
  '(?:年化?(?:收益|回报|利率|利息)率?[^。！？\\n\\d]{0,4}(?:[1-9]\\d|\\d{3,})|每?[月日天周](?:收益|回报|利息|返利)率?[^。！？\\n\\d]{0,4}(?:[5-9]|\\d{2,}))(?:\\.\\d+)?%';

/**
 * Opens a sentence that asks for what a page's fields take: "请…", "您需要…", "需要您…", or the step it is for ("认证需…", "解冻须…").
 * Opening the sentence, no denial ("请勿…", "本页面不会要求您…") can come first.
 */
const ASK_OPENING = '(?:请您?|您需要?|需要您?|需您?)';
const STEP_OPENING = '(?:认证|验证|核验|核实|激活|解冻|领取|兑换|办理)(?:需要?|须)';

/** A sentence that opens with an ask to type something in here or below: "请在本页面输入…", "请在下方填写…". */
const ASK_HERE_OPENS_SENTENCE = `${ASK_OPENING}?${TYPED_HERE_OR_BELOW}`;

/** The same, or just "请填写…", "认证需填写…", "请录入…", "请登记…" (the fields follow). */
const ASK_OPENS_SENTENCE = `(?:${ASK_HERE_OPENS_SENTENCE}|(?:${ASK_OPENING}|${STEP_OPENING})(?:填写|输入|提供|录入|登记))`;

/**
 * Before a card's number in an ask, says it is not the card the story is about: another or a new one ("请输入其他卡号", "新卡的
 * 卡号": a checkout after a declined card), or a shop's own card ("会员卡号和密码", "储值卡号").
 */
const NOT_THE_BANK_CARD = '其他|另一|新|会员|储值|礼品|购物|加油';

/**
 * A claim's sentence ends, and the next sentence or the one after it (that one at most 30 characters) opens with `ask`,
 * which names `asked` before any stop: a fake page sets its script out in short sentences ("您的快递在运输途中丢失。根据相关规定，
 * 我们将为您办理三倍赔偿。请在下方填写银行卡号和短信验证码"). The fields' own labels come after the text's last stop, so they
 * cannot complete it. A question mark is no stop here: a claim asked about ("…冻结了吗？") is not told. `without`: words
 * that may not stand between the claim and the ask (an honest notice's branch or app: "请携带身份证到网点办理").
 */
const thenAsked = (asked: string, ask: string, without = ''): string =>
  `${gapWithout(without, 30, SENTENCE_END)}[。！](?:${gapWithout(without, 30, SENTENCE_END, 1)}[。！])?\\s*${ask}` +
  `${gapWithout(NOT_THE_BANK_CARD, 6, CLAUSE_END)}${asked}${notNamedAScam()}`;

/**
 * The card's number with its code or password (CARD_AND_SECRET), or with its expiry or security code: what a lapsed card's
 * "fix" asks for ("请输入卡号、有效期和安全码").
 */
const CARD_AND_CHECK = `(?:${CARD_AND_SECRET}|(?:银行卡|卡号)[^。！？，,\\n]{0,10}(?:有效期|安全码|cvv|cvn|卡背面|背面三位))`;

/**
 * Goes before the card in an ask: not an ask to pay or to look something up, later in the sentence: a bank's own repayment
 * form, a shop's checkout ("…输入卡号和验证码完成还款"), a top-up, a renewal, a policy bought, a query ("…输入卡号和验证码查询积分
 * 余额"). The scripts' asks "unfreeze", "verify", "cancel" or "claim". A payment password (支付密码) is no payment. Before
 * the card, not after it: the card's words may end on 余额 and leave the query behind them.
 */
const NOT_TO_PAY_OR_LOOK_UP = notBefore('还款|支付(?!密码)|付款|缴费|缴纳|购买|下单|结算|充值|续费|投保|查询|查看', 30, SENTENCE_END);

/**
 * How the stories read a claim told in sentences: thenAsked for the card with its code, password, expiry or security code,
 * asked in a sentence of its own (ASK_OPENS_SENTENCE), not to pay or look up. `without` as for thenAsked; `notFor`: more
 * look-aheads before the card, words the story's honest ask goes on to (a points shop's "兑换礼品").
 */
const thenAskedForCard = (without = '', notFor = ''): string =>
  thenAsked(NOT_TO_PAY_OR_LOOK_UP + notFor + CARD_AND_CHECK, ASK_OPENS_SENTENCE, without);

/**
 * Says a card is the one money is paid INTO, before it in the clause: "收款银行卡号", "收款人姓名和银行卡号", "开户行及卡号", "持卡人
 * 姓名、银行卡号". An honest payer (an airline's compensation form, an insurer's claim) asks for the card number with what a
 * transfer to it needs, the bank and the holder's name; it never needs the card's code or password.
 */
const PAYEE_BEFORE = '收款|开户|户名|持卡人|账户名';

/** The same after the card, or the money said to be paid into it: "…及开户行", "…将补偿款打入您的账户", "…汇入该卡", "…到账". */
const PAYEE_AFTER = `${PAYEE_BEFORE}|(?:打|转|汇|存|划|发放?|支付|付|退)(?:入|至|到)(?:您|你|该|此|上述|所填|本人)|到账`;

/**
 * A card's number asked as the account a payment goes into (PAYEE_BEFORE, PAYEE_AFTER in its sentence or the next one),
 * not said so: the card number alone, which a story about money owed to you reads as the script's first step. Its code or
 * password asked too is read before this (CARD_AND_CHECK).
 */
const CARD_NOT_AS_PAYEE = `${notAfter(PAYEE_BEFORE, 12, CLAUSE_END)}(?:银行卡号?|卡号)${notBefore(PAYEE_AFTER, 30, SENTENCE_END)}${notInNextSentence(PAYEE_AFTER, 30)}`;

/**
 * A transfer asked for, not how a payer pays you: "请先转账100元" (not "补偿款以银行转账方式发放", "通过转账支付至您的账户").
 */
const TRANSFER_ASKED = `转账${notBefore('方式|形式|发放|到账|(?:支付|打|汇|存|发)(?:至|到|入)', 8, CLAUSE_END)}`;

/**
 * Money to pay before a payout: a deposit or an "unfreezing" or "activation" fee ("缴纳500元保证金"), or any fee paid first
 * ("先转账100元手续费"). A payout takes its costs out of itself.
 */
const DEPOSIT = '(?:保证金|押金|解冻费|激活费|验证费|认证费)';
const FEE_FIRST =
  `(?:(?:缴纳|支付|交纳?|缴|转账?|充值|汇款|打款)[^。！？，,\\n]{0,8}${DEPOSIT}|${DEPOSIT}[^。！？，,\\n]{0,4}(?:转|汇|打|存)(?:入|到|至|给)` +
  '|先(?:行)?(?:缴纳|支付|交纳?|缴|转账?|充值|汇款|打款)[^。！？，,\\n]{0,8}(?:手续费|服务费|工本费|税费|费用))';

/** The card's own secrets, asked apart from its number: "…，再输入卡背面三位安全码", "取款密码". */
const CARD_SECRET_ALONE = `${BANK_SECRET}|安全码|cvv|cvn|卡背面|背面三位`;

/**
 * CARD_NOT_AS_PAYEE in English: a card number or bank card not asked as where money is paid in ("…will be paid into the
 * account you enter: account holder name, bank name and card number").
 */
const EN_PAYEE = "\\b(?:paid|credited|deposited|transferred)\\b|account holder|holder's name|bank name|sort code|\\biban\\b|\\bbranch\\b";
const EN_CARD_NOT_AS_PAYEE = `${notAfter(EN_PAYEE, 60, '.!?')}(?:card number|bank card)${notBefore(EN_PAYEE, 40, '.!?')}`;

/**
 * A card's expiry date or security code, said of the card: "信用卡有效期及CVV", "卡号、有效期和安全码", "卡片有效期", "卡背面三位数字". Not
 * the 有效期 of an ID card, a passport, a policy or a coupon ("身份证有效期", "保单有效期").
 */
const CARD_CHECK_NAMED =
  '(?:(?:信用卡|银行卡|储蓄卡|借记卡|卡片|卡号)[^。！？\\n]{0,8}(?:(?<!证|证件|护照|保单|合同|券)有效期|安全码|cvv|cvn|cvc|背面)|cvv|cvn|cvc|卡背面|背面三位)';

/** Money moved to a "safe account": "将卡内资金转入安全账户". */
const TO_SAFE_ACCOUNT = '(?:(?:转|汇|存|打)[^。！？，,\\n]{0,8})?安全(?:账户|帐户)';

export const SCAM_PHRASES: ScamPhraseGroup[] = [
  {
    id: 'borrow-to-refund',
    description: {
      zh: '说给你退款或理赔，却叫你先在借呗、花呗、备用金等上面借钱，说是“验证”，再把钱转给他。',
      en: 'offers a refund or compensation, but has you borrow first (Jiebei, Huabei, a loan app) "to verify", then send the money on.',
    },
    patterns: [
      // The refund is the bait and a loan the step: "系统检测到您的退款通道异常，需要开通借呗完成验证". An honest refund goes back
      // the way you paid ("退款将退回花呗", a 花呗 order): opening or drawing a credit line for it, to "verify" anything, is the scam.
      // Asked, not described: "已开通花呗的用户，退款将转入花呗" and "如您开通了花呗…" are a refund rule.
      `${REFUND}[^。！？\\n]{0,30}${NOT_DENIED_ASK}${NOT_OPENED}(?:开通|申请|借出|打开|激活)[^。！？\\n]{0,6}${CREDIT_LINE}(?!的)[^。！？，,\\n]{0,20}(?:验证|流水|测试|检测|核实|转账)${NOT_A_QUESTION}${notNamedAScam()}`,
      `${guardedWords(NOT_DENIED_ASK + NOT_OPENED, '(?:开通|申请|借出|打开|激活)')}[^。！？\\n]{0,6}${CREDIT_LINE}(?!的)[^。！？\\n]{0,20}(?:验证|流水|测试|检测|核实)[^。！？\\n]{0,20}(?:退款|理赔|赔偿|赔付|到账|收款)${NOT_A_QUESTION}${notNamedAScam()}`,
      // Or drawn inside it, to "prove" something: "为了帮您退款，需要您在借呗里借出一笔钱证明还款能力".
      `${REFUND}[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:在|从|用)${CREDIT_LINE}(?:里|中|上|里面)?(?:借出|借|贷出|套出|取出)[^。！？\\n]{0,20}(?:验证|证明|流水|测试|检测|核实)${NOT_A_QUESTION}${notNamedAScam()}`,
      // Or the credit line is what the refund "verifies": "退款需要验证您的借呗额度".
      `${REFUND}[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?<!如何|怎么|怎样|是否)(?:验证|测试)[^。！？\\n]{0,4}${CREDIT_LINE}${notBefore(QUESTION, 12, CLAUSE_END)}${notNamedAScam()}`,
      // Or the credit line is the verification itself: "退款需要您的支付宝备用金作为验证，请先借出备用金".
      `${REFUND}[^。！？\\n]{0,20}${CREDIT_LINE}[^。！？\\n]{0,6}(?:作为|用作|用于|来做?)(?:验证|测试|核实|流水)${NOT_A_QUESTION}${notNamedAScam()}`,
      // Or a credit line opened as the refund's first step: "退款需要先开通支付宝备用金，然后按照我说的操作". A refund opens nothing.
      `${REFUND}[^。！？\\n]{0,20}${guardedWords(NOT_DENIED_ASK, '(?:需要?|须|必须|得|要)')}先?(?:开通|申请|打开|激活)[^。！？\\n]{0,4}${CREDIT_LINE}(?!的|退款|账单|还款)${NOT_A_QUESTION}${notNamedAScam()}`,
      // The borrowed money sent on: "请将借出的钱转入指定账户". A loan is paid to your own card ("借款将转入您绑定的银行卡").
      `${NOT_DENIED_ASK}(?:借出|借到|贷出|贷到|借来)(?:来)?(?:的?(?:钱|资金|款项|金额|额度))?[^。！？\\n]{0,10}(?:转入|转到|转给|汇入|打入|转至|转账到)[^。！？\\n]{0,6}(?:指定|安全|对公|验证|核验|我们|客服|专员|以下|这个)${notNamedAScam()}`,
      `(?:refund|compensation)[^.!?\\n]{0,60}${EN_NOT_DENIED}(?:take out|apply for|open|borrow)[^.!?\\n]{0,20}(?:loan|credit line|cash advance)[^.!?\\n]{0,30}(?:verify|test|transfer)`,
    ],
    // Neither case got to a loan, so none is named. The refund advice is the story's own: only the platform's
    // official app or site handles a refund (the other-story rule would leave it out).
    cases: [],
    advice: ['no-loan-for-refund', 'official-only', 'no-transfer'],
  },
  {
    id: 'cancel-membership',
    description: {
      zh: '说你被“误开通”或被人冒名开通了会员、VIP代理、百万保障、信用卡分期或手机套餐，或说要扣年费，要你马上取消，否则扣钱。',
      en: 'claims you were signed up, by mistake or in your name, for a membership, a "VIP agent" plan, insurance, instalments or a phone plan, or owe a card fee, and must cancel now or be charged.',
    },
    patterns: [
      // "由于工作人员操作失误，您被列入VIP代理商": the mistake is theirs, done TO you. An honest FAQ speaks
      // of your own slip ("如您误开通会员，可申请退款"), so 您 must come after the mistake, or a system
      // must be reporting it ("系统显示您误开通了百万保障"), and not in a supposition ("如系统显示您误开通了…"). A platform's
      // apology has already undone the mistake ("由于系统失误，您被开通了自动扣款，我们已为您关闭并退款"), and its notice only
      // supposes one ("我们发现您可能误开通了自动扣费，如非本人操作…").
      `(?:失误|误操作|错误操作|工作疏忽|不小心)[^。！？]{0,10}(?:您|你)[^。！？]{0,6}(?:被|已被|已)?(?:开通|升级|成为|设置|列为|列入|办理|注册)(?:了|为|成)?[^。！？]{0,15}${SIGNED_UP_FOR}${STILL_SIGNED_UP}`,
      `${NOT_CONDITIONAL}(?:系统|后台|我们)(?:显示|检测到|发现)[^。！？]{0,6}(?:您|你)${gapWithout('可能|或许|也许|是否', 4, '。！？')}(?:误|错误地?)(?:开通|办理|注册|升级|设置)[^。！？]{0,10}${SIGNED_UP_FOR}${STILL_SIGNED_UP}`,
      // Or said of your account in the passive, as a fact: "您的淘宝账户被误开通了商家会员". The FAQ's "如您的账户被误开通…" supposes,
      // and a platform's own apology has already undone it ("…您被误开通了会员，我们已为您取消并退款").
      `${NOT_DENIED_CLAIM}${YOU}的?${withoutIf(10, CLAUSE_END)}被(?:误|错误地?)(?:开通|办理|注册|升级|设置|设|列)(?:了|为|成|入)?[^。！？\\n]{0,10}${SIGNED_UP_FOR}${STILL_SIGNED_UP}${notNamedAScam()}`,
      // Or in the active, as a done fact with its charge: "您误开通了京东金融会员，每月自动扣费". The FAQ supposes it ("如您误开通会员，
      // 可申请退款") and names no charge.
      `${guardedWords(NOT_CONDITIONAL + NOT_DENIED_CLAIM, YOU)}(?:的账户|的账号)?(?:误|错误地?)(?:开通|办理|注册|升级|设置)了[^。！？\\n]{0,10}${SIGNED_UP_FOR}[^。！？\\n]{0,15}(?:扣费|扣款|扣除|收费|征信)${STILL_SIGNED_UP}${notNamedAScam()}`,
      // Someone else signed you up, in your name: "有人冒用您的账户开通了会员自动续费，需要立即关闭". A platform that found it
      // has undone it already ("…我们已为您关闭并退款"); a bank's alert has you call it ("如非本人操作，请致电…") and names no
      // membership.
      `${NOT_CONDITIONAL}${IDENTITY_MISUSED}[^。！？\\n]{0,10}(?:开通|办理|注册|升级|申请)(?:了|为|成)?[^。！？\\n]{0,10}${SIGNED_UP_FOR}${NOT_A_RULE}${STILL_SIGNED_UP}${notNamedAScam()}`,
      // 取消VIP代理资格，否则每月扣费
      '(?:取消|关闭|注销|解除)[^。！？]{0,10}(?:vip|会员)?代理(?:商|人|资格|身份|权限)?[^。！？]{0,30}(?:扣费|扣款|收费|扣除)',
      '(?:取消|关闭|注销)[^。！？]{0,10}百万(?:医疗)?保障[^。！？]{0,30}(?:否则|不然|扣费|扣款|征信)',
      // The charge first, then the push to cancel: "您的百万保障已开通，每月扣费500元，请尽快关闭". Only for 百万保障
      // (Alipay's medical cover, which the script names): an honest shop's membership renews monthly too, and says
      // "可随时取消" or "如需取消" (a gap holding a condition does not count).
      `百万(?:医疗)?保障[^。！？]{0,40}(?:扣费|扣款|扣除|扣钱|续费|收费)${gapWithout('如需|如要|如果|若|可以|可', 20, '。！？')}(?:尽快|立即|马上|及时|立刻)(?:取消|关闭|注销|解除)`,
      // A title or heading that is the order itself: "关闭百万保障", "百万保障取消中心". Titles and headings are lines of
      // their own; body text is one line, so these hold for its start only. A how-to ("如何关闭百万保障") does not start so.
      // The line breaks are looked for, not matched, so the evidence quoted is the line itself.
      '(?<=^|\\n)(?:取消|关闭|注销|解除)百万(?:医疗)?保障',
      '(?<=^|\\n)百万(?:医疗)?保障(?:关闭|取消|注销|解除)(?:中心|入口|通道|专区|服务|申请|办理)?(?=$|\\n)',
      // A streamer or agent status "opened" on your account, to close or be charged: "您的淘宝账户开通了直播主播权限，需要关闭，
      // 否则每月扣除500元". Not a membership: a shop's own reminder says the same of auto-renewal ("请在到期前关闭，否则将自动扣费").
      '(?:开通|升级|成为|设置)(?:了|为|成)?[^。！？\\n]{0,10}(?:主播|直播|代理)[^。！？\\n]{0,15}(?<!如|若)(?:需要|需|请|要)(?:尽快|立即|马上)?(?:关闭|取消|注销|解除)[^。！？\\n]{0,10}(?:否则|不然)[^。！？\\n]{0,20}(?:扣费|扣款|扣除|收费)',
      // Or the threat as a condition: "您的淘宝账户开通了代理商权限，如不关闭将每月扣费". Not a programme's terms ("成为代理商后，
      // 如不关闭自动续费将每月扣费").
      '(?:开通|升级|成为|设置)(?:了|为|成)?[^。！？\\n]{0,10}(?:主播|直播|代理)(?!(?:商|人|权限|资格|身份)?(?:后|时|的))[^。！？\\n]{0,15}(?:如不|若不|如果不|不及时)(?:关闭|取消|注销|解除)[^。！？\\n]{0,20}(?:扣费|扣款|扣除|收费)',
      // Walked through closing it by the caller, under the threat: "请配合我们关闭，否则每月扣除600元". A shop's reminder asks no
      // one to cooperate ("请在到期前关闭，否则将自动扣费").
      `${NOT_DENIED_ASK}(?:配合|跟着|按照)(?:我们|客服|工作人员|专员|我)[^。！？\\n]{0,10}(?:关闭|取消|注销|解除)[^。！？\\n]{0,20}(?:否则|不然)[^。！？\\n]{0,20}(?:扣费|扣款|扣除|收费|征信)${notNamedAScam()}`,
      // Closed by typing the card with its code here: "您开通了百万医疗保障，下月起每月自动扣费800元，请在本页面输入银行卡号和验证码
      // 关闭". The cover is opened and closed inside the wallet's own app, never with a bank card's code on a web page.
      `百万(?:医疗)?保障[^。！？\\n]{0,40}${ASKED_HERE}[^。！？，,\\n]{0,6}${CARD_AND_SECRET}${notNamedAScam()}`,
      // The threat as a condition: "您开通了百万保障，如不关闭将每月自动扣费".
      '百万(?:医疗)?保障[^。！？]{0,30}(?:如不|若不|如果不|不及时)(?:取消|关闭|注销|解除)[^。！？]{0,30}(?:扣费|扣款|扣除|扣钱|续费|收费|征信)',
      // A card's annual fee "cancelled" once you type the card's code, password or expiry: "您的信用卡有一笔年费待扣，如需取消请填写卡号
      // 和验证码". A bank waives a fee in its own app or at its counter and needs none of them for it (a card number alone can be a
      // bank's own query: "请输入卡号查询退还进度"); its FAQ asks how or whether, or says what is never asked ("银行不会让您填写卡号
      // 和验证码").
      `年费${gapWithout(HOW_OR_WHETHER, 20, SENTENCE_END)}(?:取消|免除|减免|退还|退回)${gapWithout(DOUBT, 10, SENTENCE_END)}${NOT_DENIED_ASK}(?:填写|输入|提供|告知)[^。！？\\n]{0,10}(?:验证码|密码|有效期|安全码|cvv|cvn)${NOT_A_QUESTION}${notNamedAScam()}`,
      // YOUR 百万保障 "about to charge" or "charging": how the script opens ("您的抖音百万保障即将扣费，如需取消请联系客服"). Not
      // 续费: an insurer's own notice of its paid medical cover speaks of renewal ("您的百万医疗保障将于下月自动续费"). A help
      // page denies the charge ("百万保障不会扣费") or asks.
      `${YOU}的[^。！？\\n]{0,6}百万保障[^。！？\\n]{0,10}(?:即将|将会|将|已经|已|开始)(?:自动|开始|每月)?(?:扣费|扣款|收费|扣除)${NOT_A_QUESTION}${notNamedAScam()}`,
      // Or "opened" by you somewhere, with the charge to come: "您在抖音开通了百万保障服务，每月将扣费500元". Only 百万保障, the script's
      // name: an insurer's own medical cover is 百万医疗, and it speaks of renewal (续费), not charges.
      `${guardedWords(NOT_CONDITIONAL, YOU)}(?:在[^。！？，,\\n]{0,8})?(?:开通|办理)了?[^。！？\\n]{0,6}百万保障[^。！？\\n]{0,15}(?:每月|按月|即将|将会|将|自动)(?:自动)?(?:扣费|扣款|收费|扣除)${NOT_A_QUESTION}${notNamedAScam()}`,
      // "Customer service" who speaks first, of a membership you opened, a charge, and that it must go: "您好，我是快手客服，您开通的直播
      // 会员每月扣费800元，需要关闭". A platform's notice leaves it to you ("如不需要请在设置中关闭", "如需关闭请…").
      `我是[^。！？\\n，,]{0,10}客服[^。！？\\n]{0,20}${YOU}${gapWithout('如|若', 10, SENTENCE_END)}(?:开通|办理|注册)[^。！？\\n]{0,10}${SIGNED_UP_FOR}[^。！？\\n]{0,20}(?:扣费|扣款|扣除|收费)${gapWithout('如|若', 20, SENTENCE_END)}(?:需要|必须|须|要|请)(?:尽快|立即|马上|及时|立刻)?(?:关闭|取消|注销|解除)(?!的话)${STILL_SIGNED_UP}${notNamedAScam()}`,
      // The code handed to the "customer service" who cancels it: "您的会员即将自动续费，如需取消请联系客服并提供验证码". A platform
      // cancels in its own settings; a code you type there is yours, and no agent asks to be given one. The caller may speak for
      // himself, with no 客服 named: "…需要您配合取消，请告诉我收到的验证码", "…每笔收款会扣除手续费，需要您配合关闭，请告诉我…".
      `(?:${SIGNED_UP_FOR}|扣费|扣款|扣除)[^。！？\\n]{0,30}(?:取消|关闭|注销|解除)[^。！？\\n]{0,20}(?:(?:客服|专员|工作人员)[^。！？\\n]{0,10}${NOT_DENIED_ASK}${GIVE_CODE}|${NOT_DENIED_ASK}(?:告诉|告知|报给|念给|读给|发给)我们?[^。！？，,\\n]{0,8}验证码)${notNamedAScam()}`,
      // The threat first, then the caller's steps: "您的备用金已开通，不关闭将每月扣费，请按客服指引操作". A shop's reminder points to
      // its settings page ("如不取消将自动扣费，可在设置中关闭").
      `(?:如不|若不|不)(?:及时)?(?:关闭|取消|注销|解除)(?:的话)?[^。！？\\n]{0,20}(?:扣费|扣款|扣除|收费)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:按照?|跟着|配合|听从)(?:客服|工作人员|专员|我们)${notNamedAScam()}`,
      // Or the demand to close first, then the threat and the caller's steps: "…开通了先用后付，需要关闭，否则每月扣费，请配合客服操作".
      `(?:需要?|须|必须|请)(?:尽快|立即|马上|及时)?(?:关闭|取消|注销|解除)[^。！？\\n]{0,4}(?:否则|不然)[^。！？\\n]{0,20}(?:扣费|扣款|扣除|收费)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:按照?|跟着|配合|听从)(?:客服|工作人员|专员|我们)${notNamedAScam()}`,
      // A phone plan or add-on "upgraded" on you, and unsubscribing takes a bank card with its code typed here: "您的5G套餐将自动升级，
      // 每月多扣98元，如需退订请在本页面填写银行卡号和验证码". A carrier unsubscribes by SMS, its app or its shop, never by bank card.
      `(?:套餐|流量包|增值业务|增值服务|彩铃)[^。！？\\n]{0,30}(?:退订|取消|关闭)[^。！？\\n]{0,10}${ASKED_HERE}[^。！？，,\\n]{0,4}${CARD_AND_SECRET}${notNamedAScam()}`,
      '(?:you (?:were|have been|are)|your account (?:was|has been))[^.!?]{0,20}(?:accidentally|mistakenly|by mistake|in error)[^.!?]{0,30}(?:enrolled|registered|upgraded|subscribed|signed up|added)[^.!?]{0,40}(?:vip|agent|premium member)',
      // Told in sentences: "您在抖音开通了百万医疗保障。下月起每月自动扣费800元。请在下方输入银行卡号和验证码取消。"
      `${guardedWords(NOT_CONDITIONAL, '百万(?:医疗)?保障')}(?=[^\\n]{0,40}(?:扣费|扣款|收费|扣除))${thenAskedForCard()}`,
    ],
    cases: ['wuhan-2021-meeting-refund'],
  },
  {
    id: 'card-frozen-upgrade',
    description: {
      zh: '说你的银行卡、信用卡、网银U盾或电子密码器“被冻结、被盗刷、要停用、要升级、已过期”，或有一笔“不是你本人”的消费，叫你在网页上认证，或把卡号和验证码告诉他。',
      en: 'says your bank card, credit card, online-banking key or password device is "frozen", "stolen", "being stopped", "expired" or "due for an upgrade", or that a charge "you did not make" is pending, and has you verify it on a web page or read out the card number and code.',
    },
    patterns: [
      // Said of YOUR card as a fact and tied to a step on the page: "您的信用卡已被冻结，请点击链接认证解冻".
      // A bank's FAQ speaks conditionally ("如您的银行卡被冻结，请携带身份证到网点办理") or of afterwards ("冻结后").
      // A shop or a subscription whose saved card expired asks for a new payment method ("请更新支付方式"), not the card's
      // verification: 更新 counts only when it is not of the payment method. A bank's own freeze notice sends people to
      // repay, to a branch or to its own app ("请尽快还款后联系客服解冻", "请携带身份证到网点激活", "新卡已寄出，收到后请在手机银行
      // 激活"): a step after those does not count. Nor
      // does an FAQ's heading or question ("您的银行卡被冻结的原因及解冻方法", "…被冻结了吗？如何解冻"), nor a
      // state given as the reason ("…已停用，原因是长期未激活，如需使用请到网点办理").
      `${YOU}的(?:${BANK_CARD}|银行账户)${withoutIf(15, '。！？')}(?:已被|已经被|已|将被|即将被?|被|将于[^。！？]{0,10})${CARD_LAPSE}${NOT_ASKED_ABOUT}${gapWithout('网点|柜台|营业厅|携带|还款|还清|手机银行|网上银行', 30, '。！？')}(?<!未|没)(?:升级|认证|验证|解冻|激活|更新(?!(?:您的)?(?:支付|付款)(?:方式|信息|卡))|登录|点击)`,
      // The online-banking key the same way: "您的网银U盾证书已过期，请点击链接更新", "您的U盾已失效，请在本页面填写卡号和密码完成认证",
      // or the bank's one-time-password device: "您的电子密码器即将过期，请登录页面输入卡号和取款密码更新".
      // A bank's own notice sends people to its own channel ("请登录网上银行进行证书更新", "请携带身份证到网点办理"), so only a
      // link, this page, or card details typed in count as the step.
      `${YOU}的(?:网银|网上银行|手机银行)?(?:u盾|k宝|网银盾|u-?key|usb-?key|电子密码器|动态令牌|动态口令卡|(?:网银|网上银行|手机银行)(?:数字)?证书)(?:证书)?${withoutIf(10, SENTENCE_END)}${NOT_DENIED_LAPSE}(?:已经|已|将|即将)?(?:过期|失效|到期|停用|冻结)(?!的话|时|后)[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:${OPEN_LINK}|登录(?:网址|网站|网页|页面|链接)|${THIS_PAGE}[^。！？\\n]{0,4}(?:更新|升级|认证|验证|激活)|(?:填写|输入|提供)[^。！？\\n]{0,8}(?:银行卡|卡号|密码|验证码))${notNamedAScam()}`,
      // Or "must be activated again", the card's data typed in or a link opened: "由于系统升级，您的银行卡需要重新激活，请输入卡号和
      // 密码", "…需要重新认证，请点击链接". A new card is activated once, in the bank's app or at a branch; a shop that wants a card
      // checked again says 验证, which is not here.
      `${YOU}的${BANK_CARD}${withoutIf(15, SENTENCE_END)}(?:需要?|必须|须|要|请)(?:尽快|立即|马上|及时)?(?:重新|再次)(?:激活|认证|升级)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}|(?:填写|输入|提供)[^。！？\\n]{0,8}(?:卡号|密码|验证码|有效期|安全码|cvv))${notNamedAScam()}`,
      // Or its data "incomplete", to be completed or the card is frozen: "您的银行卡信息不完整，请尽快完善，否则将被冻结". A bank asks
      // for a lapsed ID at its branch or in its app ("请携带身份证到网点更新").
      `${YOU}的${BANK_CARD}${withoutIf(10, SENTENCE_END)}(?:信息|资料)(?:不完整|不全|缺失|有误|异常)${gapWithout(BANK_OWN_CHANNEL, 20, SENTENCE_END)}(?:完善|更新|补充|补全|认证|验证(?!码))${gapWithout(BANK_OWN_CHANNEL, 15, SENTENCE_END)}(?:否则|不然|逾期)[^。！？\\n]{0,8}(?:冻结|停用|注销|限制|锁定)${notNamedAScam()}`,
      // Or stopped, and its data typed into this page or a link: "您在本行的信用卡已被停用，…请在此页面输入卡号和取款密码重新启用". A bank
      // restarts a card at its counter or in its app.
      `${YOU}(?:在[^。！？，,\\n]{0,8})?的${BANK_CARD}${withoutIf(15, SENTENCE_END)}(?:已被|已经被|已|将被|即将被?|被)${CARD_LAPSE}${NOT_ASKED_ABOUT}${gapWithout('网点|柜台|营业厅|携带|还款|还清', 30, SENTENCE_END)}${ASKED_HERE}[^。！？，,\\n]{0,8}(?:卡号|密码|验证码|有效期|安全码|cvv)${notNamedAScam()}`,
      // Told in sentences: "您的信用卡已被冻结。请点击下方按钮进行解冻认证。请输入卡号、有效期和安全码。" Not expired (a shop whose
      // saved card expired asks for a new one), not to pay or repay ("…请尽快还款。请在本页面输入卡号和验证码完成还款"), not another
      // card ("支付失败：您的银行卡已被冻结。请使用其他银行卡。").
      `${YOU}(?:在[^。！？，,\\n]{0,8})?的${BANK_CARD}${withoutIf(15, SENTENCE_END)}(?:已被|已经被|已|将被|即将被?|被)(?:冻结|停用|注销|限制使用|锁定)${NOT_ASKED_ABOUT}${thenAskedForCard('网点|柜台|营业厅|携带|还款|还清|其他|另一|更换|支付失败|发卡行')}`,
      // An "annual review" of YOUR card: "您的银行卡需要进行年审，请点击链接输入卡号和密码". Bank cards have none.
      `${YOU}的${BANK_CARD}${withoutIf(10, SENTENCE_END)}${NOT_DENIED_ASK}(?:需要?|须|必须|要|请|应)(?:尽快|立即|及时)?(?:进行|办理|完成)?(?:年审|年检)${NOT_A_QUESTION}${notNamedAScam()}`,
      // Your card "stolen from", and its number with the code handed over "to freeze it": "您的卡片被盗刷了，需要您提供卡号和验证码进行
      // 冻结". A bank freezes a card when you call it, and never asks for the code it sent.
      `(?:盗刷|盗用|异常消费|异常交易|被盗)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:(?:提供|告知|告诉|报给|念给|读给|发送)[^。！？，,\\n]{0,8}${CARD_AND_SECRET}|${GIVE_CODE})${notNamedAScam()}`,
      // A charge "you did not make", stopped once the card's data is typed here: "如果不是本人操作，请在本页面输入卡号和验证码立即取消",
      // "您的信用卡存在异常交易，请点击链接填写卡号、有效期和背面三位数进行核实". A bank stops a charge when you call the number on the
      // card; its own risk check may ask for the code it sent, never for the card's number, expiry or password again.
      `(?:盗刷|异常消费|异常交易|可疑交易|非本人操作|不是(?:您|你)?本人(?:操作|消费|交易))[^。！？\\n]{0,20}${ASKED_HERE}[^。！？，,\\n]{0,8}(?:卡号|有效期|安全码|cvv|cvn|卡背面|背面三位|密码)${notNamedAScam()}`,
      // 银行卡需尽快升级认证，否则将被冻结
      `${BANK_CARD}[^。！？]{0,10}(?:需要|需|必须|请)(?:尽快|立即|马上|及时)?(?:升级|认证|更新)[^。！？]{0,20}(?:否则|不然|逾期)[^。！？]{0,20}(?:冻结|停用|注销|扣费|无法使用)`,
      'your (?:bank |credit |debit )?card (?:has been|was|is|will be) (?:temporarily )?(?:frozen|suspended|locked|blocked|deactivated)[^.!?]{0,60}(?:verify|update|upgrade|unlock|reactivate|confirm)',
    ],
    cases: [],
    advice: ['card-with-bank'],
  },
  {
    id: 'credit-limit-raise',
    description: {
      zh: '说你“能提额”“有提额资格”，或说你的额度“要被降低”，叫你在网页上填卡号、有效期、安全码或验证码。',
      en: 'offers to raise your credit card limit, says you "qualify" for it, or says your limit "is about to be cut", and has you type the card number, expiry date, security code or SMS code into a web page.',
    },
    patterns: [
      // YOU are told you qualify: "恭喜您获得本行信用卡提额资格". A bank's help text speaks conditionally ("如您符合
      // 提额条件…") or asks ("您是否符合提额资格？", "如何判断您已获得…"), and a bank tells its own customers in its own app
      // (a line that sends you there, "请在手机银行中确认", is the bank's).
      `${NOT_DENIED_CLAIM}[您你](?<![如若果当][您你])(?<!(?:${HOW_OR_WHETHER})[^。！？]{0,6}[您你])${gapWithout(HOW_OR_WHETHER, 12, '。！？')}(?:获得|符合|享有|开通)(?:了)?[^。！？]{0,10}(?:提额|提升额度|额度提升|提高额度|调高额度)(?:资格|名额|机会|权限)${notBefore('手机银行|网上银行|app|网点|柜台', 15, SENTENCE_END)}`,
      // An offer to YOU tied to card data: "您的信用卡可免费提额至5万元，请输入验证码". Help text names its own channels
      // ("您可以在手机银行申请提额"), no card data, or card data only to say it is never asked for ("不会索要验证码").
      `${NOT_DENIED_CLAIM}[您你](?<![如若果当][您你])[^。！？]{0,10}(?:可享|可以|可)[^。！？]{0,6}(?:提额|提升额度|额度提升|提高额度|调高额度)${gapWithout('不|勿|别|谨防|骗', 30, '。！？')}${CARD_DATA}`,
      // An agent's offer: only the bank raises a limit, so "内部通道" and "代办提额" are the scam's own words.
      // The same offer with the limit as subject: "您的信用卡额度可提升至5万元，请输入卡号、有效期和安全码".
      `${NOT_DENIED_CLAIM}[您你](?<![如若果当][您你])[^。！？]{0,14}额度(?:可|可以|能|将)?(?:免费)?(?:提升|提高|调高|上调|翻倍)${gapWithout('不|勿|别|谨防|骗', 30, '。！？')}${CARD_DATA}`,
      // Or YOU "meet the standard" for it, and card data is asked at once: "您的信用卡已达到提额标准，可申请提升至8万元额度，请在下方输入卡号、
      // 有效期和背面三位数字". A bank that tells you so sends you to its own app, where a code it sends is honest.
      `${NOT_DENIED_CLAIM}[您你](?<![如若果当][您你])${gapWithout(HOW_OR_WHETHER, 12, '。！？')}(?:达到|符合|满足)了?(?:提额|提升额度|额度提升|提高额度|调高额度)(?:标准|条件|要求)${gapWithout('不|勿|别|谨防|骗|手机银行|网上银行|app|网点|柜台', 40, '。！？')}${CARD_DATA}`,
      // The same lure turned round, YOUR limit about to be cut, and card data typed here or behind a link to keep it: "您的信用卡额度即将
      // 被降低，如需保持额度，请在此页面输入卡号、有效期和验证码". A bank that cuts a limit says so in its app and asks nothing.
      `${YOU}的${BANK_CARD}?额度${withoutIf(10, SENTENCE_END)}(?:即将|将|已经?)?被?(?:降低|下调|调低|冻结|取消|清零|降为)${NOT_ASKED_ABOUT}[^。！？\\n]{0,30}${ASKED_HERE}[^。！？，,\\n]{0,4}${CARD_DATA}${notNamedAScam()}`,
      '(?:内部|代办?|包|秒)提额|提额(?:专员|内部通道|特殊通道|绿色通道)',
      `(?:your )?credit limit (?:increase|raise|upgrade|boost)${gapWithout("never|\\bnot\\b|n't", 60, '.!?')}(?:card number|cvv|cvc|security code|expiry date|verification code|one-time code|\\botp\\b)`,
      // Told in sentences: "您的信用卡额度可以提升至10万元。请在本页面填写卡号、有效期和安全码完成提额。" A bank raises a limit in its own
      // app ("…请登录手机银行申请"), where a code it sends is honest.
      `${NOT_DENIED_CLAIM}[您你](?<![如若果当][您你])[^。！？\\n]{0,14}额度(?:可|可以|能|将)?(?:免费)?(?:提升|提高|调高|上调|翻倍)${thenAskedForCard('手机银行|网上银行|app|官网|官方|网点|柜台')}`,
    ],
    cases: [],
    advice: ['limit-with-bank'],
  },
  {
    id: 'credit-record',
    description: {
      zh: '说你的征信“有异常”“不处理就受影响”，或说你的贷款账户“不符合国家政策”，逼你注销账户、关闭服务、转账，或在网页上填银行卡和验证码。',
      en: 'says your credit record "shows a problem" or will suffer, or that a credit line breaks the rules, unless you close an account, cancel a service, move money or type your card and code into a web page.',
    },
    patterns: [
      // 请注销您的学生账户，否则会影响个人征信
      // Not when the condition is a debt ("注销账户前，请确认没有未还款项，否则将影响征信", "…关闭自动扣款，记得手动还，否则逾期会影响征信"):
      // that is the honest rule; nor the advice to keep something ("自动还款不要关闭，否则…").
      `(?:注销|关闭|关掉|取消|解除|清空)(?<=${NOT_DENIED_ASK}..)${gapWithout('前|还款|欠款|结清|未还', 25, '。！？')}(?:否则|不然|如不|若不|不处理)${gapWithout('逾期|还款|欠款|未还', 20, '。！？')}(?:影响|损害|上报|降低|拉低)[^。！？]{0,6}征信${notNamedAScam()}`,
      // The condition first: "您的金条额度已开通，如不关闭将影响征信". Honest terms tie the record to repaying
      // ("如不按时还款，将影响征信"), never to closing something.
      '(?:如不|若不|如果不|不及时)(?:注销|关闭|取消|解除)[^。！？]{0,20}(?:影响|损害|上报|降低|拉低)[^。！？]{0,6}征信',
      // Not yet closed, so your record suffers: "您的京东白条未关闭将影响征信", "学生账户尚未注销，会影响您的征信". Honest terms tie
      // the record to a debt or a fee ("未注销前如有欠款未还…", "可能产生年费，逾期未缴…"), or deny it ("未注销不会影响征信").
      `${NOT_DENIED_CLAIM}${NOT_CONDITIONAL}(?:未|没有|没|尚未)(?:及时)?(?:注销|关闭|取消|解除)${gapWithout('前|还款|欠款|结清|未还|年费|逾期|未缴|如|若|可能', 12, SENTENCE_END)}(?<!不|不会|不再)(?:将|会|就会|将会)?(?:影响|损害|上报|降低|拉低)[^。！？\\n]{0,6}征信${NOT_A_QUESTION}`,
      // The student-loan script ("您的学生账户未注销，会影响您的征信"). Not a question ("学生账户未注销会不会影响征信？") nor a denial
      // ("学生账户不注销，也不会影响您的征信"): help pages answer both.
      `(?:校园贷|学生贷|学生账户|学生身份)${gapWithout(DOUBT, 30, '。！？')}(?:注销|关闭|清除)${gapWithout(DOUBT, 30, '。！？')}征信${NOT_A_QUESTION}${notNamedAScam()}`,
      '征信(?:记录)?[^。！？]{0,6}(?:异常|受损|有污点|不良)[^。！？]{0,30}(?:注销|转账|验资|清空额度)',
      // The line "cleared" to save the record: "您的个人信用存在问题，需要把贷款额度清零", "需要清空贷款额度以免影响征信". The caller has you draw
      // the whole line and send it on; no lender clears a line for your record. The ask is looked back at from 把, 将 or 清空, so
      // that the group's patterns are not all tried at every 请 of a page (the evidence quoted starts there).
      `(?:(?:把|将)(?<=${NOT_DENIED_ASK}${CLEAR_LINE_ASK}(?:把|将))[^。！？，,\\n]{0,6}额度(?:全部)?(?:清零|清空|降为零|降到零)|清空(?<=${NOT_DENIED_ASK}${CLEAR_LINE_ASK}清空)[^。！？，,\\n]{0,6}(?:贷款|借款|信用)额度)${NOT_A_QUESTION}${notNamedAScam()}`,
      // YOUR credit line "abnormal" or "at risk", to be sorted out or your record suffers: "您的支付宝花呗额度异常，请联系客服处理，否则
      // 影响征信". A lender ties the record to repaying ("…已逾期，请尽快还款，否则将影响征信"), not to an "abnormality".
      `${NOT_CONDITIONAL}${YOU}的[^。！？\\n]{0,10}(?:${CREDIT_LINE}|${CREDIT_ACCOUNT})[^。！？\\n]{0,6}(?:异常|存在风险|有风险|存在违规|违规)${NOT_ASKED_ABOUT}${gapWithout('还款|欠款|结清|未还|逾期', 30, SENTENCE_END)}(?:否则|不然|如不|若不)[^。！？\\n]{0,20}(?<!不|不会|不再)(?:影响|损害|上报|降低|拉低)[^。！？\\n]{0,6}征信${NOT_A_QUESTION}${notNamedAScam()}`,
      // A credit line "against policy" that you must close: "您的京东金条利率过高，不符合国家政策，需要关闭". The platform itself
      // changes a product's terms in its own app; it never has a caller walk you through closing it.
      `${NOT_CONDITIONAL}${CREDIT_ACCOUNT}${gapWithout(DOUBT, 20, SENTENCE_END)}(?:不符合(?:国家|监管)?(?:政策|规定|要求)|利率过高|利息过高|违规开通)${gapWithout(DOUBT, 20, SENTENCE_END)}(?<!如|若|如果)(?:需要|需|必须|请|要)(?:您)?(?:尽快|立即|马上|及时)?(?:关闭|注销|取消|清空)${NOT_A_QUESTION}${notNamedAScam()}`,
      // "The rules" as the reason, without the threat: "根据国家规定，您的学生账户需要注销". Rules bind lenders ("根据国家规定，网贷平台不得
      // 向在校大学生发放贷款"); none makes a borrower close an account, and the platform would not phone about it. A help page
      // says it need not be closed ("您的学生账户无需注销") or asks.
      // The account closed in a meeting with the caller: "您的京东金融学生账户需要注销，请下载会议软件共享屏幕操作".
      `${CREDIT_ACCOUNT}${gapWithout(DOUBT, 20, SENTENCE_END)}(?:注销|关闭|清空)[^。！？\\n]{0,20}${NOT_DENIED_ASK}${JOIN_MEETING}${notNamedAScam()}`,
      // Closing it "needs the line cleared first": "您的京东金条为您自动开通了，利息很高，关闭需要先清空额度". Closing a credit line needs only
      // its debt repaid; to "clear" the line is to draw it and hand the money over.
      `(?:${CREDIT_LINE}|${CREDIT_ACCOUNT})[^。！？\\n]{0,30}(?:关闭|注销|取消)[^。！？\\n]{0,10}${NOT_DENIED_ASK}(?:需要?|须|必须|要|请|得)?先?清空(?:${CREDIT_LINE})?的?(?:额度|借款额度|信用额度)${NOT_A_QUESTION}${notNamedAScam()}`,
      `${NOT_CONDITIONAL}(?:根据|按照|依据|依照)(?:国家|监管|银保监会?|金融监管(?:总局|部门)|央行|人民银行)[^。！？\\n]{0,10}(?:规定|要求|政策|文件)[^。！？\\n]{0,10}${YOU}的?[^。！？\\n]{0,10}${CREDIT_ACCOUNT}${gapWithout(DOUBT, 10, SENTENCE_END)}${NOT_DENIED_ASK}(?:需要|需|必须|要|应)(?:您)?(?:尽快|立即|马上|及时)?(?:注销|关闭|清空)${NOT_A_QUESTION}${notNamedAScam()}`,
      // Someone opened a credit line in your name, and you must close it or your record suffers: "有人以您的名义开通了京东金条，
      // 会影响您的征信，需要立即注销". Not denied ("…不需要注销，请直接报警", "不会影响征信"), not asked.
      `${NOT_CONDITIONAL}${IDENTITY_MISUSED}[^。！？\\n]{0,10}(?:开通|办理|注册|申请)了?[^。！？\\n]{0,10}(?:${CREDIT_LINE}|${CREDIT_ACCOUNT})${NOT_A_RULE}[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:需要|需|必须|请|要|否则|不然|会|将)[^。！？\\n]{0,10}(?:注销|关闭|清空|影响[^。！？\\n]{0,4}征信|上报征信)${NOT_A_QUESTION}${notNamedAScam()}`,
      // Your credit record named, then borrow the whole line out: "为避免影响征信，请按指引把借款额度全部提出来再还回去". No lender asks
      // you to draw a line you did not want to fix a record; the money goes on to the caller. A bank's cash-withdrawal FAQ
      // ("可以把信用卡额度取出来") names no record.
      `(?:征信|信用记录|借款记录|贷款记录)[^。！？\\n]{0,30}${guardedWords(NOT_DENIED_ASK, '(?:把|将)')}[^。！？\\n]{0,6}(?:${CREDIT_LINE}|${CREDIT_ACCOUNT}|额度|借款)[^。！？\\n]{0,6}(?:全部|都|全都)?(?:提|借|取|套|贷)出来${NOT_A_QUESTION}${notNamedAScam()}`,
      // YOUR record "abnormal", then the card with its code "to check it": "您的个人征信存在异常记录。如不及时处理，将影响您的贷款。请在本页面
      // 填写银行卡号和验证码进行核实。" A record is checked and disputed with the credit reference centre by your ID, never by a card's code.
      // Not asked about ("…出现不良记录后，…", NOT_ASKED_ABOUT past the 记录).
      `${YOU}的(?:个人)?(?:征信|信用记录|信用报告)(?:报告|记录)?${withoutIf(10, SENTENCE_END)}(?:存在|出现|有)[^。！？，,\\n]{0,4}(?:异常|不良|污点)(?!(?:记录|信息)?(?:${ASKED_ABOUT}))${thenAskedForCard('还款|还清|结清|异议|查询')}`,
      '(?:cancel|close|deactivate)[^.!?]{0,60}(?:otherwise|or else|failing which)[^.!?]{0,40}credit (?:record|score|report|rating)',
      // Told in sentences, a credit line opened and "against the rules": "您开通了京东金条。该服务利率过高，不符合国家规定。请在本页面填写银行
      // 卡号和验证码进行关闭。" Closing a credit line needs its debt repaid, in its own app, never a card's code typed elsewhere.
      `${YOU}${gapWithout('如|若', 6, CLAUSE_END)}(?:开通|办理)了?[^。！？\\n]{0,6}${CREDIT_ACCOUNT}(?=[^\\n]{0,40}(?:不符合(?:国家|监管)?(?:政策|规定|要求)|利率过高|利息过高|违规开通|影响征信))${thenAskedForCard()}`,
    ],
    cases: [],
    advice: ['credit-not-by-phone', 'no-transfer'],
  },
  {
    id: 'credit-repair',
    description: {
      zh: '说能“修复征信”“消除逾期记录”，叫你先交钱，或者在网页上填银行卡和验证码。',
      en: 'offers to "repair" your credit record or wipe out late payments, for a fee paid first or your card and code typed into a page.',
    },
    patterns: [
      // No pattern crosses a line, and none fires where the offer is denied or named a scam: "不存在所谓的征信修复",
      // "征信修复都是骗局". The lawful way is a dispute (征信异议) with the credit reference centre or the bank, and
      // "信用修复" is an official procedure for public credit records, so neither is in the list.
      `(?<!(?:警惕|谨防|所谓的?|不存在|没有|不能|无法|不可能|不会)[“"「]?)(?:征信修复|修复征信|征信洗白|洗白征信|征信清理|清理征信|征信铲单)${notNamedAScam('不存在')}`,
      // "帮您消除逾期记录": nobody may delete a true record ("任何机构都无权删除", "逾期记录5年后自动删除").
      `(?<!(?:无法|不能|不可能|无权|没人能|谁也不能|不会)[帮替]?[您你]?)(?:消除|删除|洗白|铲除|抹掉|去掉|清除)[^。！？\\n]{0,6}(?:逾期记录|不良记录|征信记录|征信黑名单|失信记录)${notNamedAScam('不存在')}`,
    ],
    cases: [],
    advice: ['credit-no-repair'],
  },
  {
    id: 'customs-duty',
    description: {
      zh: '说你的包裹被海关扣了，或者说里面有违禁品，要你在网页上交“关税”、罚款或保证金才放行，骗你的银行卡和验证码。',
      en: 'says your parcel is held at customs or holds something forbidden, and is released only when you pay "duty", a fine or a deposit on a web page, to get your card and code.',
    },
    patterns: [
      // YOUR parcel said to be held, and a payment asked: "您的包裹被海关扣留，请缴纳关税后派送". A courier collects real duty in
      // its own app ("您的快件因需缴纳关税被海关暂扣，请在顺丰App中支付税费"), so nothing counts where an app or an official site
      // is named between the hold and the fee or later in the sentence ("…需补缴税款58元，请通过中国邮政App缴纳"); an FAQ supposes
      // ("如包裹被海关扣留，需缴纳关税后放行"), states who pays ("需缴纳关税的，由收件人承担"), or asks how or whether to pay
      // ("…被海关扣留如何缴纳关税？", "…需要缴纳关税吗？").
      `${NOT_CONDITIONAL}${PARCEL}${withoutIf(20, SENTENCE_END)}海关[^。！？\\n]{0,6}(?:扣留|扣押|滞留|查扣|拦截|暂扣|扣下)${NOT_ASKED_ABOUT}${gapWithout(OFFICIAL_CHANNEL, 30, SENTENCE_END)}${NOT_DENIED_ASK}(?:缴纳|支付|补缴|补交|交纳|缴|交)[^。！？\\n]{0,8}(?:关税|税费|税金|税款|进口税|罚款|罚金|保证金|清关费|报关费|押金)(?!的)${NOT_A_QUESTION}${notBefore(OFFICIAL_CHANNEL, 20, SENTENCE_END)}${notNamedAScam()}`,
      // A fine for what the parcel "holds": "您的快件含违禁品，需缴纳罚款，否则移交公安". Customs' own notices speak of goods
      // and the law ("携带违禁品入境，海关将依法处以罚款"), not of your parcel and a payment.
      `${NOT_CONDITIONAL}${PARCEL}${withoutIf(20, SENTENCE_END)}(?:违禁物?品|走私|申报不实|夹带)[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:缴纳|支付|补缴|补交|交纳)[^。！？\\n]{0,6}(?:关税|税费|罚款|罚金|保证金)(?!的)${notNamedAScam()}`,
      // Duty said to be owed on YOUR parcel and paid through a link: "您的国际包裹需补缴关税58元，请点击链接支付". A courier names its
      // app or site ("请在中国邮政App中缴纳"); an FAQ supposes, asks, or links to its rules ("…请点击链接查看缴税说明").
      `${NOT_CONDITIONAL}${YOU}的[^。！？\\n]{0,6}${PARCEL}${withoutIf(20, SENTENCE_END)}${NOT_DENIED_ASK}(?:需要?|须|应)?(?:补缴|缴纳|补交|支付|交纳)[^。！？\\n]{0,6}(?:关税|税费|税金|税款|进口税|清关费)(?!的)${gapWithout(OFFICIAL_CHANNEL, 20, SENTENCE_END)}${OPEN_LINK}${notBefore(`${OFFICIAL_CHANNEL}|查看|了解|说明|指南|规则`, 20, SENTENCE_END)}${notNamedAScam()}`,
      // "Your package is held at customs. Pay the customs duty of $2.99 via the link." A shop's FAQ supposes ("If your parcel is
      // held…") or says it may be ("Your order may be held by customs until duties are paid").
      `${EN_NOT_CONDITIONAL}your (?:parcel|package|shipment|item|delivery)(?: \\w+){0,3}? (?:is|was|has been|is being|have been|are) (?:currently |now )?(?:held|detained|stopped|retained|on hold|seized)[^!?\\n]{0,20}\\bcustoms\\b[^!?\\n]{0,60}${EN_NOT_DENIED}(?:pay|settle)(?:[^.!?\\n]|\\.(?=\\d)){0,30}\\b(?:duty|duties|fee|fees|charge|charges|tax|taxes)\\b(?![^.!?\\n]{0,40}\\b(?:official|app|account)\\b)`,
    ],
    cases: [],
    advice: ['customs-official-only'],
  },
  {
    id: 'debt-relief-agent',
    description: {
      zh: '自称能帮你跟银行“停息挂账”、协商还款、做“债务优化”或“反催收”，要你先交服务费，或在网页上填银行卡和验证码。',
      en: 'offers to get your card debt "paused", renegotiated or "optimised", or the debt collectors stopped, for a fee paid first or your card and code typed into a page.',
    },
    patterns: [
      // 停息挂账 is what people call a bank's instalment plan for a debt in arrears (个性化分期). The borrower asks the bank
      // for it, for nothing; an agent who "does it for you" takes a fee and the card. So the word counts only with an agent
      // speaking ("我们可以帮您办理停息挂账", "专业办理…停息挂账"), a fee first, or a promise, and never where a warning reports
      // the claim ("自称能帮您停息挂账的机构…", "号称能代办…") or names it a scam. The bank's own words (个性化分期) are not here.
      // 反催收 and 债务优化 are sold the same way (DEBT_AGENT_OFFER), but 债务优化 does not count in an agent's voice alone: a
      // firm may lawfully advise a company on it ("我们为企业提供债务优化咨询").
      // The agent's own voice: not a reminder, advice or a refusal in it ("我们提醒您：停息挂账请直接联系银行", "我们不办理停息挂账",
      // "专业人士提醒…"), nor the bank named as the one who does it ("我们建议您直接向银行申请停息挂账").
      `${NOT_CLAIMED}(?:我们|我司|本公司|本机构|本团队|专业|一对一)${gapWithout('提醒|建议|提示|不|勿|别|人士|银行|解读|介绍', 8, '。！？，,：:\\n')}(?:停息挂账|反催收)${NOT_A_QUESTION}${notNamedAScam()}`,
      // A fee first: "征信逾期可以协商停息挂账，我们代办，先付30%服务费". Asked ("…是否需要先付服务费？") it is a question.
      `${NOT_CLAIMED}${DEBT_AGENT_OFFER}[^。！？\\n]{0,30}${NOT_DENIED_ASK}先(?:交纳?|缴纳?|付|支付|转账?)[^。！？\\n]{0,10}(?:服务费|手续费|会员费|咨询费|定金|保证金|押金|费用|\\d+\\s*%)${NOT_A_QUESTION}${notNamedAScam()}`,
      // A promise no one can make for a bank's decision: "停息挂账包成功", "不成功不收费".
      `${NOT_CLAIMED}${DEBT_AGENT_OFFER}[^。！？\\n]{0,20}(?:包成功|包通过|百分之百|100%|保证成功|不成功不收费)${NOT_A_QUESTION}${notNamedAScam()}`,
    ],
    cases: [],
    advice: ['debt-plan-with-bank'],
  },
  {
    id: 'digital-rmb-bonus',
    description: {
      zh: '拿数字人民币做幌子，说开通钱包就送钱、有补贴，叫你在网页上填银行卡、密码和验证码。',
      en: 'uses the digital RMB (e-CNY) as bait: opening a wallet "pays a bonus" once you type your bank card, password and SMS code into a web page.',
    },
    patterns: [
      // Money for a wallet, then card details on the page: "数字人民币推广，开通钱包即送200元，请填写银行卡号和短信验证码". The official
      // app binds your card inside itself ("开通钱包需绑定本人银行卡，输入短信验证码") and offers no money for it, so its help stays quiet.
      // Nor does a page that sends you to an official channel for the money, or asks whether a card is needed.
      `${NOT_CONDITIONAL}数字人民币[^。！？\\n]{0,30}(?:送|补贴|红包|返现|奖励|奖金)${gapWithout(OFFICIAL_CHANNEL, 30, SENTENCE_END)}${NOT_DENIED_ASK}(?:填写|输入|提供|告知)[^。！？\\n]{0,10}(?:银行卡|卡号|验证码|密码)${NOT_A_QUESTION}${notNamedAScam()}`,
      // The same money behind a link: "数字人民币开通即领888元补贴，点击链接领取".
      `${NOT_CONDITIONAL}数字人民币[^。！？\\n]{0,30}(?:送|补贴|红包|返现|奖励|奖金)[^。！？\\n]{0,20}${NOT_DENIED_ASK}${OPEN_LINK}${notNamedAScam()}`,
      // A "promoter" who opens it for you: "我是数字人民币推广专员，帮您开通钱包，需要您提供银行卡号和验证码".
      `数字人民币[^。！？\\n]{0,10}(?:推广|工作人员|专员|客服)[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:提供|告知|告诉|发给|报给)[^。！？\\n]{0,10}(?:银行卡|卡号|验证码|密码)${notNamedAScam()}`,
      // Told in sentences: "您的数字人民币钱包已开通。可领取500元红包。请在本页面填写银行卡号和验证码绑定领取。" Its red packets go
      // into the wallet, in the official app.
      `${guardedWords(NOT_CONDITIONAL, '数字人民币')}(?=[^\\n]{0,60}(?:红包|补贴|奖励|奖金|返现|\\d+\\s*元))${thenAskedForCard(OFFICIAL_CHANNEL)}`,
    ],
    cases: [],
    advice: ['digital-rmb-official-app'],
  },
  {
    id: 'etc-expired',
    description: {
      zh: '冒充ETC服务（也会用粤通卡、苏通卡这些名字）说你的ETC“已失效、需在24小时内认证”，骗你填银行卡和验证码。',
      en: 'poses as an ETC toll service (or a province\'s ETC card, such as Yuetong or Sutong): your ETC "has expired, verify within 24 hours", to get your card and code.',
    },
    patterns: [
      // Not when the step is at the issuer's own place ("…已失效，原因是车辆信息变更，请到服务网点重新办理", its app), nor
      // supposed ("如您的ETC卡已失效，需要重新办理"), nor reported as a claim or named a scam before the fix or after it
      // ("所谓ETC失效需重新认证的短信均为诈骗", "ETC失效需要认证的短信都是骗局，请勿点击").
      `${guardedWords(NOT_CONDITIONAL + NOT_CLAIMED, ETC)}[^。！？]{0,15}${NOT_DENIED_LAPSE}(?:已|将|即将)?(?:${ETC_LAPSE}|异常)${gapWithout(`${ETC_ISSUER}|诈骗|骗`, 30, '。！？')}(?:${ETC_FIX})${notNamedAScam()}`,
      // The same told in two sentences, the second opening with the fix: "您的ETC通行卡已失效。为保证正常通行，请重新绑定认证！"
      // Not a fix at the issuer's place (before or after it), nor a warning against it ("…已失效？这是假的。请勿点击认证链接": a question
      // ends no claim, and a denial or a scam named in the second sentence stops it). Not the 验证 of a 验证码: the
      // second sentence may be the card ask, which the next pattern reads.
      `${guardedWords(NOT_CONDITIONAL, ETC_AS_WORD)}${withoutIf(15, SENTENCE_END)}${NOT_DENIED_LAPSE}(?:已经?|将|即将)?被?(?:${ETC_LAPSE})${NOT_ASKED_ABOUT}[^。！？\\n]{0,15}[。！]${gapWithout(`${ETC_ISSUER}|${DENIAL_WORDS}|不要|别|诈骗|骗`, 15, SENTENCE_END)}(?:${ETC_FIX})(?<!验证(?=码))${notBefore(`${ETC_ISSUER}|发卡行|发行方`, 20, SENTENCE_END)}${notNamedAScam()}`,
      // Locked, and unlocked with the card typed in: "您的ETC卡已被锁定，请在本页面输入银行卡号和验证码解锁".
      `${ETC}[^。！？\\n]{0,15}${NOT_DENIED_LAPSE}(?:已经?|将|即将)?被?(?:锁定|封停|限制使用)${NOT_ASKED_ABOUT}[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:填写|输入|提供)[^。！？\\n]{0,8}(?:银行卡|卡号|验证码|密码)${notNamedAScam()}`,
      // "Must be updated", then a link or this page with the card typed in: "您的ETC卡信息需要更新，否则…无法扣费，请点击链接输入银行卡号和有效期".
      // An issuer updates a tag at its service point or in its app.
      `${ETC}${withoutIf(15, SENTENCE_END)}(?:需要?|须|必须|请)(?:尽快|立即|及时)?(?:更新|认证|验证|激活|升级)${gapWithout(`${OFFICIAL_CHANNEL}|网点|营业厅|服务点`, 30, SENTENCE_END)}${ASKED_HERE}[^。！？，,\\n]{0,8}(?:银行卡|卡号|验证码|有效期|密码)${notNamedAScam()}`,
      // Told in sentences: "您的ETC卡已过期。为避免影响通行，请尽快完成认证。请在本页面输入银行卡号、有效期和验证码。" An issuer's notice
      // sends you to its outlet or app ("您的ETC卡已过期。请携带行驶证到服务网点更换。").
      `${guardedWords(NOT_CONDITIONAL, ETC_AS_WORD)}${withoutIf(15, SENTENCE_END)}${NOT_DENIED_LAPSE}(?:已经?|将|即将)?被?(?:${ETC_LAPSE}|锁定|封停)${NOT_ASKED_ABOUT}${thenAskedForCard(ETC_ISSUER)}`,
      `(?:24|48)\\s*小时内[^。！？]{0,15}(?:认证|验证|激活|更新)[^。！？]{0,20}${ETC}`,
      `${ETC}[^。！？]{0,30}(?:24|48)\\s*小时内[^。！？]{0,15}(?:认证|验证|激活|更新)`,
      `(?=\\betc\\s)${EN_NOT_DENIED}\\betc\\s+(?:card|account|tag|device)[^.!?]{0,40}(?:expired|suspended|deactivated|invalid)`,
    ],
    cases: [],
    advice: ['etc-with-issuer'],
  },
  {
    id: 'fee-to-release',
    description: {
      zh: '说退款、理赔金、贷款、提现或账户“冻结了”“流水不够”，要你先交保证金、解冻费、税费，或转账验资、“刷流水”，才能到账、恢复。',
      en: 'says your refund, compensation, loan, withdrawal or account is "frozen" or "lacks turnover", and you must first pay a deposit, a fee or a tax, or move money in to "prove funds" or "show turnover", to release it.',
    },
    patterns: [
      // A fee first, or a tax on what you are owed, before the money is yours: "需缴纳保证金才能到账", "需要缴纳20%的个人所得税才能提现
      // 本金和收益". Tax on income is withheld from it, never paid in first.
      `${NOT_DENIED_ASK}(?:缴纳|支付|交纳?|转)[^。！？]{0,8}(?:保证金|解冻费|解冻金|激活费|验资(?:金|费)?|认证费|个人所得税|个税|税费|税款)[^。！？]{0,20}(?:才能|方可)[^。！？]{0,10}(?:理赔|退款|赔偿|解冻|到账|放款|提现)${notNamedAScam()}`,
      // YOUR account "restored" for a deposit paid with the card and its code on this page: "您的淘宝账号涉嫌违规刷单，需要缴纳保证金才能
      // 恢复，请在本页面输入银行卡号和验证码". A platform takes a seller's deposit inside its own app (where nothing here runs); a
      // page of its own that wants the card's code for it is not the platform's.
      `(?:保证金|解冻费|解冻金)[^。！？\\n]{0,10}(?:才能|方可|后)[^。！？\\n]{0,4}(?:恢复|解除|解冻|解封)[^。！？\\n]{0,10}${ASKED_HERE}[^。！？，,\\n]{0,6}${CARD_AND_SECRET}${notNamedAScam()}`,
      // A fee to unfreeze, whatever was frozen (a withdrawal, a game account, a platform balance): "账户已冻结，需缴纳保证金解冻",
      // "请缴纳解冻费后提现". Nobody honest charges to unfreeze money; banks and courts never do.
      `${NOT_WARNED_AGAINST}${NOT_DENIED_ASK}(?:缴纳|支付|交纳?|缴|付|转账?|充值)${gapWithout('所谓', 8, SENTENCE_END)}(?:解冻费|解冻金|保证金(?:进行|用于|以|来)?(?:解冻|解除冻结))${notNamedAScam()}`,
      `(?:理赔|退款|赔偿)(?:金|款)?[^。！？]{0,20}(?:被冻结|已冻结|无法到账|未能到账)[^。！？]{0,30}${NOT_DENIED_ASK}(?:缴纳|支付|转账|转入)`,
      // The Hangzhou police's fifth step: "要求其转账才能获得理赔".
      `${NOT_DENIED_ASK}转账[^。！？]{0,10}(?:才能|方可)[^。！？]{0,10}(?:获得|领取|到账)?[^。！？]{0,4}(?:理赔|退款|赔偿|解冻)`,
      // Money "frozen" and a transfer to free it: "因银行卡号错误资金冻结，需转账解冻". No bank or lender unfreezes money for a transfer.
      `(?:贷款|借款|网贷|放款|下款|资金|款项|提现)[^。！？\\n]{0,30}冻结[^。！？\\n]{0,10}${NOT_DENIED_ASK}(?:需要?|请|须|必须)(?:先)?(?:转账|充值|汇款|转入)[^。！？\\n]{0,6}(?:才能|方可|即可|进行|来)?解冻${NOT_A_QUESTION}${notNamedAScam()}`,
      // Or your money moved to an account "to unfreeze" it: "您的花呗额度因违规被冻结，请把资金转到我们提供的账户进行解冻".
      `冻结${NOT_ASKED_ABOUT}[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:把|将)[^。！？\\n]{0,6}(?:资金|存款|余额|(?<!货)钱|款项)[^。！？\\n]{0,6}(?:转|汇|存)(?:入|到|至)[^。！？\\n]{0,12}(?:账户|账号|银行卡)[^。！？\\n]{0,6}(?:解冻|激活|验证|核验)${notNamedAScam()}`,
      // Money paid in "to show turnover" or "to raise your credit score" before a loan or a withdrawal: "您的信用分过低，无法提现，
      // 需要充值5000元刷流水". A lender reads the statements you have; no one honest has money moved in to make new ones.
      // A warning supposes it ("凡是以充值刷流水为由要求转账的，都是诈骗").
      `${NOT_WARNED_AGAINST}${NOT_CONDITIONAL}${NOT_DENIED_ASK}(?:充值|转账|转入|存入|缴纳|打款)[^。！？\\n]{0,10}(?:刷流水|做流水|刷银行流水|刷信用分?|提升信用分|提高信用分|恢复信用分)${NOT_A_QUESTION}${notNamedAScam()}`,
      // The refund first, then the fee to pay before it: "您之前购买的保健品可以办理全额退款，需先缴纳500元手续费" (a script aimed
      // at older people), "回购您的藏品，需先交鉴定费". An honest refund takes its fee out of the refund; it never asks for one first.
      `${NOT_DENIED_CLAIM}${NOT_CONDITIONAL}(?:退款|退费|赔偿|理赔|补偿|回购|追回)(?:金|款)?[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:需要?|要|须|必须|得|请)?先(?:行)?(?:缴纳|支付|交纳?|缴|付|转账?)[^。！？\\n]{0,10}(?:手续费|保证金|鉴定费|服务费|律师费|税费|个税|工本费|解冻费|激活费|押金)${notNamedAScam()}`,
      `${EN_NOT_DENIED}(?:pay|send|transfer)[^.!?]{0,30}(?:deposit|fee|tax)[^.!?]{0,40}(?:to|before|in order to)[^.!?]{0,20}(?:release|unlock|unfreeze)[^.!?]{0,20}(?:refund|compensation|funds|payment)`,
    ],
    cases: ['hangzhou-2022-parcel-claim'],
  },
  {
    id: 'flight-cancelled',
    description: {
      zh: '说你的航班或火车取消了、停运了，可以改签或领取补偿，却要你填银行卡、验证码或先转账。',
      en: 'says your flight or train was cancelled and offers rebooking or compensation, but wants your card, a code or a transfer first.',
    },
    patterns: [
      // Honest airline notices say the flight is cancelled and how to rebook; they never tie the
      // compensation to a card number, a code or a transfer. Delay insurance does ask for a card to pay a claim
      // into, and says so of a threshold or of itself ("航班延误2小时以上，可获赔偿…", "航班延误险"): not the script.
      // A fare or payout said to go back to the card ("退票款将原路退回至您的银行卡") is how an honest refund is paid, and
      // a condition ("如遇航班取消…") is a rule, not a claim: neither counts.
      // The card's number alone is asked by honest payers too, with the bank and the holder's name or where the money goes
      // ("请在下方填写收款银行卡号及开户行，我们将…将补偿款打入您的账户"): only the number not asked as a payee's (CARD_NOT_AS_PAYEE)
      // counts, and the card with its code, password or security code always does. So do the script's other asks: a code, a
      // transfer (not the payer's own "以转账方式发放"), a deposit or a fee first, a "safe account", a meeting app. Not denied
      // ("我们不会向您索要验证码"), not named a scam.
      `${NOT_CONDITIONAL}(?:航班|列车|车次|火车)[^。！？]{0,20}(?:取消|延误|停运)(?!险)${gapWithout('以上|超过', 40, '。！？')}(?:改签|退票|补偿|赔偿|理赔)${gapWithout(MONEY_TO_CARD, 30, '。！？')}${guardedWords(NOT_DENIED_ASK, `(?:${CARD_AND_CHECK}|${CARD_NOT_AS_PAYEE}|验证码|${CARD_SECRET_ALONE}|${TRANSFER_ASKED}|${FEE_FIRST}|${TO_SAFE_ACCOUNT}|${JOIN_MEETING}|备用金|流水)`)}${notNamedAScam()}`,
      '(?:改签|退票|补偿金|赔偿金)[^。！？]{0,20}(?:验证|证明)[^。！？]{0,10}(?:还款能力|银行卡余额|资金流水|账户余额)',
      // YOUR flight called off, compensation offered, and a link to claim it: "您的航班因天气原因取消，请点击链接办理退改签，可获得赔偿".
      // An airline sends you to its app or site, and the compensation it pays follows its rules ("符合条件的旅客可获补偿") or is
      // asked for ("如需赔偿请点击链接联系客服").
      `${YOU}(?:预订|购买|乘坐)?的(?:[a-z0-9]{2,8})?(?:航班|机票|列车|车次|火车票?)${withoutIf(20, SENTENCE_END)}(?:取消|停运)${NOT_ASKED_ABOUT}(?=${gapWithout('如|若|符合|按照|根据|依据|标准|规定', 40, SENTENCE_END)}(?:补偿|赔偿|理赔|赔付))${gapWithout(OFFICIAL_CHANNEL, 30, SENTENCE_END)}${NOT_DENIED_ASK}${OPEN_LINK}${notBefore(OFFICIAL_CHANNEL, 20, SENTENCE_END)}${notNamedAScam()}`,
      // Compensation for a flight called off or late, claimed through a person's QQ or WeChat: "您的航班延误，可获得300元补偿，请添加客服QQ
      // 办理". Airlines pay delay compensation in their own apps, and their notices say so.
      `${NOT_CONDITIONAL}(?:航班|列车|车次|机票)[^。！？\\n]{0,20}(?:取消|延误|停运)(?!险)[^。！？\\n]{0,30}(?:补偿|赔偿|理赔|赔付)[^。！？\\n]{0,20}${NOT_DENIED_ASK}${ADD_CONTACT}${notNamedAScam()}`,
      // Or the card with its code typed here first, the compensation after: "航班取消通知：请在下方填写银行卡号和验证码领取延误补偿金". Not
      // delay insurance (延误险), whose claim is the insurer's own.
      `${NOT_CONDITIONAL}${notAfter('险', 30, SENTENCE_END)}(?:航班|列车|车次)[^。！？\\n]{0,10}(?:取消|延误|停运)(?!险)[^。！？\\n]{0,20}${guardedWords(NOT_DENIED_ASK, TYPED_HERE_OR_BELOW)}[^。！？，,\\n]{0,6}${CARD_AND_SECRET}(?![^。！？\\n]{0,20}险)[^。！？\\n]{0,10}(?:补偿|赔偿|理赔|赔付)${notNamedAScam()}`,
      // The same in English: not supposed ("If your flight was cancelled, …"), nor the card asked as where the money is paid in.
      `${EN_NOT_CONDITIONAL}flight[^.!?]{0,40}cancel+ed[^.!?]{0,60}compensation[^.!?]{0,40}(?:${EN_CARD_NOT_AS_PAYEE}|verification code|\\bpin\\b)`,
    ],
    cases: [],
  },
  {
    id: 'game-refund-minor',
    description: {
      zh: '说能帮你退回孩子玩游戏充的钱，叫你在网页上填银行卡号和密码，或者先交服务费。',
      en: 'offers to get back what a child spent in a game, and has you type your bank card number and password into a web page, or pay a fee first.',
    },
    patterns: [
      // What a child paid into a game, "refundable", then card details asked: "您孩子在游戏中充值的金额可以全额退回，请提供银行卡号".
      // A game's refund for a minor goes back the way it was paid and asks for the guardian's ID and receipts, so its forms and
      // FAQs stay quiet; so does a line saying where the money goes ("款项将打到您填写的银行卡号上": MONEY_TO_CARD in the gap). No
      // bare 验证码: a game's own refund form asks for the code it sends to the guardian's phone. A game or a stream must be named: a
      // school refunds what is left on a canteen card to the parent's bank card ("孩子饭卡充值余额可以退回，请家长填写银行卡号").
      `(?:未成年|孩子|小孩|子女|儿子|女儿)[^。！？\\n]{0,20}(?:游戏|打赏|直播|主播|氪金)[^。！？\\n]{0,20}(?:退款|退回|退还|返还|追回)${gapWithout(MONEY_TO_CARD, 30, SENTENCE_END)}${NOT_DENIED_ASK}(?:填写|输入|提供|告知|发送)[^。！？\\n]{0,10}(?:银行卡号|卡号|支付密码|${BANK_SECRET})${NOT_A_QUESTION}${notNamedAScam()}`,
      // An agent who "gets it back" for you: "专业代办未成年人游戏充值退款，100%全额退回". Only the guardian applies, to the game
      // itself; a warning against such agents names them a scam ("不要相信代办…的广告，都是骗局") or reports their claim ("声称可代办…").
      `${NOT_WARNED_AGAINST}${NOT_CLAIMED}(?:代办|代理|代申请|代退|包退|包成功|保证退)[^。！？\\n]{0,10}${CHILD_SPENDING_REFUND}${NOT_A_QUESTION}${notNamedAScam()}`,
      `${NOT_CLAIMED}${CHILD_SPENDING_REFUND}[^。！？\\n]{0,10}(?:包成功|百分之百|100%|保证退回|保证成功)${NOT_A_QUESTION}${notNamedAScam()}`,
      // Any top-up of a child's, "refundable", and the card's password or the bank's code asked: "您孩子在王者荣耀充值的2000元可以全额退还，请家长
      // 提供银行卡号和支付密码" (a game's name, not the word 游戏). A school's refund asks the card number alone.
      `(?:未成年|孩子|小孩|子女|儿子|女儿)[^。！？\\n]{0,20}(?:充值|消费|打赏)[^。！？\\n]{0,20}(?:退款|退回|退还|返还|追回)[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:填写|输入|提供|告知|发送)[^。！？\\n]{0,10}(?:支付密码|${BANK_SECRET})${NOT_A_QUESTION}${notNamedAScam()}`,
      // "Your child's in-game purchases can be fully refunded. Enter your card number…": a store refunds to the way you paid.
      `(?:child|kid|son|daughter|minor)(?:'s)?[^.!?\\n]{0,30}(?:in-game|in-app|game) (?:purchases?|spending|top-?ups?|payments?)[^!?\\n]{0,60}refund${gapWithout('original|same (?:card|payment)', 60, '!?\\n')}${EN_NOT_DENIED}(?:enter|provide|type|give)[^.!?\\n]{0,15}(?:card number|card details|bank card|pin\\b|password)`,
      // Told in sentences: "您的孩子在游戏中充值了5000元。我们可以帮您全额退回。请在本页面填写银行卡号和支付密码。" A game refunds
      // the way it was paid ("款项将原路退回").
      `(?:未成年|孩子|小孩|子女|儿子|女儿)[^。！？\\n]{0,20}(?:游戏|打赏|直播|主播|氪金)[^。！？\\n]{0,10}(?:充值|消费|打赏|花了|花费)(?=[^\\n]{0,60}(?:退款|退回|退还|返还|追回))${thenAskedForCard('原路')}`,
    ],
    // Neither case is a game refund. The story's own advice already says where a refund is asked for, so the refund
    // advice "only on the official site" would repeat it.
    cases: [],
    advice: ['game-refund-official'],
  },
  {
    id: 'housing-fund',
    description: {
      zh: '冒充公积金中心，说你的公积金“可以一次性全部取出”，叫你点链接登记，骗你填银行卡、密码，或先交手续费。',
      en: 'poses as the housing fund centre: your housing fund "can all be withdrawn at once" through a link, to get your card, its password or a fee.',
    },
    patterns: [
      // YOUR fund said to be free to withdraw, sent to a link or a card form: "您的住房公积金可一次性全额提取，请点击链接办理".
      // The centres speak of who may withdraw ("符合条件的职工可申请…") and send people to their own app or office.
      `${YOU}的(?:住房)?公积金(?:账户)?${withoutIf(15, SENTENCE_END)}(?:可|能|可以)(?:申请)?(?:一次性)?(?:全额|全部)?(?:提取|取出|提现|套现)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}|填写[^。！？\\n]{0,6}(?:银行卡|卡号))${notNamedAScam()}`,
      // The text message names no one: "公积金可一次性提取，请点击链接填写银行卡号". A guide links to how it is done
      // ("离职后公积金可一次性提取，点击链接查看办理流程"), so the link must not be for reading.
      `${NOT_SUPPOSED}(?:住房)?公积金(?:账户)?${withoutIf(8, SENTENCE_END)}(?<!不)(?:可以|可|能)(?:申请)?一次性(?:全额|全部)?(?:提取|取出|提现|套现)(?!的|${QUESTION})[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}${notBefore('查看|了解|阅读|咨询|看', 4, CLAUSE_END)}|填写[^。！？\\n]{0,6}(?:银行卡|卡号))${notNamedAScam()}`,
      // The card's password: a withdrawal goes to your own card and needs its number, never its password.
      `公积金[^。！？\\n]{0,20}(?:提取|贷款|解冻|转移)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:填写|输入|提供|告知)[^。！？\\n]{0,8}(?:银行卡密码|取款密码|交易密码|支付密码|卡密码)${notNamedAScam()}`,
      // A fee first: "公积金贷款审核通过，需先缴纳手续费500元". The centres charge nothing for either.
      `公积金[^。！？\\n]{0,20}(?:提取|贷款|解冻)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:先|需|须|要)(?:缴纳|支付|交纳|交|转账?)[^。！？\\n]{0,6}(?:手续费|服务费|保证金|解冻费|工本费|费用)${notNamedAScam()}`,
      // Told in sentences: "您的公积金可以一次性提取。请在本页面填写银行卡号和交易密码办理。" The fund pays out through its own site,
      // app or counter.
      `${YOU}的(?:住房)?公积金(?:账户)?${withoutIf(15, SENTENCE_END)}(?<!不)(?:可|能|可以)(?:申请)?(?:一次性)?(?:全额|全部)?(?:提取|取出|提现|套现)(?!的)${thenAskedForCard(`${OFFICIAL_CHANNEL}|网点|柜台|窗口`)}`,
    ],
    cases: [],
    advice: ['housing-fund-official'],
  },
  {
    id: 'insurance-card-expired',
    description: {
      zh: '冒充社保、医保部门，说你的社保卡、医保卡“要失效、要注销、被冻结”“资料不全、要升级”“没激活”“要换新卡”或“余额要清零”，要你在网页上认证，骗你填银行卡、密码和验证码。',
      en: 'poses as the social or medical insurance office: your insurance card "is about to lapse or be closed, is frozen, has incomplete data, must be upgraded, is not activated, must be replaced" or "its balance will be cleared", and must be dealt with on a web page, to get your card, its password and the code.',
    },
    patterns: [
      // A medical insurance balance said to be free to cash out, through a link or a card form: "您的医保个人账户资金可提现，请点击链接
      // 填写银行卡号". It pays for care and medicine; the office says so in denials ("医保个人账户资金不可提现") and FAQs ask.
      `${NOT_SUPPOSED}医保(?:卡|个人账户|账户)${withoutIf(10, CLAUSE_END)}(?<!不)(?:可以|可|能)(?:申请)?(?:提现|取现|套现)(?!的|${QUESTION})[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}|(?:填写|输入|提供|绑定)[^。！？\\n]{0,6}(?:银行卡|卡号))${notNamedAScam('谣言')}`,
      // Said of YOUR card and tied to a web step: "您的医保卡即将失效，请点击链接完成认证". Real notices about
      // replacing old cards send people to a bank branch (办理, 更换), not to a "verification"; notices deny the step
      // ("…已冻结，不用点击任何链接") or call it a scam.
      `${YOU}的(?:电子)?(?:医保卡|社保卡|社会保障卡|医保账户|社保账户|医保电子凭证)${withoutIf(15, '。！？')}${NOT_DENIED_LAPSE}(?:失效|过期|冻结|停用|作废|异常)(?!的话|时|后)${gapWithout(`${DENIAL_WORDS}|不要|别`, 30, '。！？')}(?:认证|验证|解冻|点击|登录)${notNamedAScam('谣言')}`,
      // Or "to be closed", with a web step: "您的医保卡个人账户因长期未使用即将被注销，请在24小时内登录网页认证". An office closing an
      // account after a move sends you to its own platform or counter.
      `${YOU}的(?:医保|社保|社会保障)(?:卡|账户|卡个人账户|个人账户)${withoutIf(15, SENTENCE_END)}${NOT_DENIED_LAPSE}(?:即将被|将被|已被|被|即将|将)?注销(?!的话|时|后)${gapWithout(`${OFFICIAL_CHANNEL}|服务平台|网点|柜台|窗口|携带`, 20, SENTENCE_END)}${NOT_DENIED_ASK}(?:${OPEN_LINK}|登录网[页站]|在?${ON_THIS_PAGE}|(?:24|48)\\s*小时内)[^。！？\\n]{0,10}(?:认证|验证|激活|登录|填写|输入)${notNamedAScam('谣言')}`,
      '(?:医保|社保)[^。！？]{0,12}(?:24|48)\\s*小时内[^。！？]{0,15}(?:认证|验证|激活)',
      // The lapses and fixes the offices' warnings quote: the data "incomplete", the cover "paused", the claims "blocked" or
      // "cleared", fixed by an upgrade, a check or an update on the web ("您名下的医保卡已停用，请更新升级后再启用", "您的参保账户已
      // 失效，将被取消报销资格，请尽快更新医保凭证"). An office sends you to its own platform, its hall or 12345, never to a link.
      `${YOUR_INSURANCE_THING}${NOT_DENIED_LAPSE}(?:即将|将|已经?)?被?(?:${INSURANCE_LAPSE})${NOT_ASKED_ABOUT}${gapWithout(`${INSURANCE_OFFICE}|${DENIAL_WORDS}|不要|别`, 30, '。？\\n')}(?:${INSURANCE_FIX})${notBefore(INSURANCE_OFFICE, 20, SENTENCE_END)}${notNamedAScam('谣言')}`,
      // Or the fix first, the lapse as the threat: "您的电子社保卡需要升级，否则无法使用".
      `${YOUR_INSURANCE_THING}(?:需要?|必须|须|应)(?:尽快|立即|及时)?(?:升级|认证|更新|核验|核查)${gapWithout(`${INSURANCE_OFFICE}|${DENIAL_WORDS}`, 15, SENTENCE_END)}(?:否则|不然|逾期)[^。！？\\n]{0,10}(?:${INSURANCE_LAPSE})${notBefore(INSURANCE_OFFICE, 20, SENTENCE_END)}${notNamedAScam('谣言')}`,
      // YOUR card lapsed, and its "fix" typed into this page or a link: "您的社保卡已停用，请在本页输入银行卡号和密码重新激活". The offices
      // fix a card at their counters or in their apps, and ask nobody for a bank card's password.
      `${YOU}的(?:电子)?(?:医保卡|社保卡|社会保障卡|医保账户|社保账户)${withoutIf(15, SENTENCE_END)}${NOT_DENIED_LAPSE}(?:失效|过期|冻结|停用|作废|异常)${NOT_ASKED_ABOUT}[^。！？\\n]{0,10}${ASKED_HERE}[^。！？，,\\n]{0,10}(?:银行卡号|卡号|密码|验证码)${notNamedAScam()}`,
      // Told in sentences: "您的医保卡即将失效。请在24小时内完成认证。认证需填写本人银行卡号和密码。" The offices fix a card at their
      // counters or in their apps ("您的社保卡已过期。请携带身份证到银行网点办理换卡。").
      `${YOU}的(?:电子)?(?:医保卡|社保卡|社会保障卡|医保账户|社保账户|医保电子凭证|医保凭证)${withoutIf(15, SENTENCE_END)}${NOT_DENIED_LAPSE}(?:即将|将|已经?)?被?(?:失效|过期|冻结|停用|作废|注销)${NOT_ASKED_ABOUT}${thenAskedForCard(`${OFFICIAL_CHANNEL}|服务平台|网点|柜台|窗口|携带`)}`,
      // An "online activation" that wants the bank card's secrets: "您的社保卡金融功能未激活，请点击链接填写银行卡号和密码",
      // "社保卡在线激活：请输入银行卡号、取款密码和短信验证码". The card's bank account is activated at a branch of the bank
      // (where typing the card's password is honest: "到银行网点激活，输入银行卡密码"), so only online or by link.
      `(?:社保卡|社会保障卡|医保卡)[^。！？\\n]{0,10}(?:(?:在线|网上|线上)激活[^。！？\\n]{0,20}${NOT_DENIED_ASK}|激活[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}[^。！？，,\\n]{0,6}|在线|网上|线上|在?${ON_THIS_PAGE}))(?:填写|输入|提供)[^。！？，,\\n]{0,10}(?:银行卡号|卡号|密码|验证码)${notNamedAScam()}`,
      // A new card "applied for" with a bank card's password typed here: "第三代社保卡可以换领了，请点击链接填写银行卡号和密码完成申领".
      // The card is applied for at a bank or in the offices' apps; no application wants the password of a bank card.
      `(?:社保卡|社会保障卡|医保卡)[^。！？\\n]{0,20}(?:换领|换发|申领|升级|更换|补领|补办)[^。！？\\n]{0,20}${ASKED_HERE}[^。！？，,\\n]{0,6}(?:银行卡|储蓄卡|借记卡)号?[^。！？，,\\n]{0,10}密码${NOT_A_QUESTION}${notNamedAScam()}`,
      // YOUR card "must be upgraded or replaced", and a bank card with its code or password typed in for it: "您的社保卡需要升级为
      // 第三代社保卡，请填写银行卡号和验证码". The new card is applied for at a bank or in the offices' own apps, and no
      // application wants a bank card's code or password; the offices' notices send people there ("…请携带身份证到银行网点办理").
      `${YOUR_INSURANCE_THING}(?:需要?|必须|须|应)(?:尽快|立即|及时)?(?:升级|更换|换领|换发)${gapWithout(`${INSURANCE_OFFICE}|${DENIAL_WORDS}`, 20, SENTENCE_END)}${NOT_DENIED_ASK}(?:填写|输入|提供)${NOT_TO_PAY_OR_LOOK_UP}[^。！？，,\\n]{0,6}(?:银行卡|储蓄卡|借记卡)号?[^。！？，,\\n]{0,10}(?:验证码|密码)${notNamedAScam('谣言')}`,
      // The text message names no one: "【社保局】社保卡已冻结，需重新认证，请填写银行卡号和验证码", "医保卡将于明日停用，如需继续使用请点击
      // 链接激活". Said as a state (已, 将, 被 …) or found wrong (出现异常), not of afterwards nor asked about ("社保卡冻结后…", "社保卡停用
      // 的原因"), not reported ("骗子发短信称医保卡已冻结…") nor supposed; an office's notice sends people to its counters and apps
      // ("…请携带身份证到社保卡服务网点办理解冻").
      `${guardedWords(NOT_CONDITIONAL + NOT_REPORTED, INSURANCE_CARD)}${withoutIf(10, SENTENCE_END)}${NOT_DENIED_LAPSE}(?:(?:已经?被?|即?将(?:被|于[^。！？，,\\n]{0,8})?|被)(?:冻结|停用|失效|作废|注销|过期|暂停使用|停止使用)|(?:出现|存在|状态)异常)${NOT_ASKED_ABOUT}${gapWithout(INSURANCE_OFFICE, 20, SENTENCE_END)}${INSURANCE_WEB_ASK}${notBefore(INSURANCE_OFFICE, 20, SENTENCE_END)}${notNamedAScam('谣言|传言|不实')}`,
      // Or "must be certified again" or "activated", then the same step: "您的医保卡需重新认证，否则将停止报销，请点击链接办理", "您的电子医保卡需要
      // 重新认证，请点击以下链接填写…银行卡号和验证码". The offices certify and activate in their own apps and at their counters.
      `${guardedWords(NOT_CONDITIONAL + NOT_REPORTED, INSURANCE_CARD)}${withoutIf(10, SENTENCE_END)}(?<![不无]需?)(?:需要?|必须|须|要)(?:尽快|立即|及时|马上)?(?:重新|再次)?(?:认证|激活|验证(?!码)|核验)${gapWithout(INSURANCE_OFFICE, 20, SENTENCE_END)}${INSURANCE_WEB_ASK}${notBefore(INSURANCE_OFFICE, 20, SENTENCE_END)}${notNamedAScam('谣言|传言|不实')}`,
      // A balance "about to be cleared" that you must move out: "您的医保卡余额将于月底清零，请点击链接转入银行卡". A medical
      // account's balance carries over; notices deny the rumour ("不会清零", "清零是谣言").
      `(?:医保|社保)(?:卡|个人账户|账户)?[^。！？\\n]{0,8}余额[^。！？\\n]{0,10}${NOT_DENIED_LAPSE}清零${notBefore('谣言|假的|不实', 10, SENTENCE_END)}[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}|填写|输入|提供|转入|转出|提取|领取)${notNamedAScam('谣言')}`,
    ],
    cases: [],
    advice: ['insurance-by-hotline'],
  },
  {
    id: 'investment-sure-profit',
    description: {
      zh: '说投资“稳赚不赔”“有导师带单”，叫你在陌生平台开户、绑银行卡、往里转钱。',
      en: 'promises an investment that "cannot lose", or a "mentor" who picks the trades, and has you open an account on an unknown platform, link your card and pay in.',
    },
    patterns: [
      // No pattern crosses a line, and none fires where the words are denied or named a scam: "天下没有稳赚不赔的投资",
      // "警惕“导师带单”骗局". A licensed firm's own page must say the opposite ("投资有风险", "不保本").
      // "保本保息" is left out: a bank says it of deposits, truly.
      `(?<!(?:没有|不存在|不会|哪有|哪里有|警惕|谨防|所谓的?|不是|并非|不可能|不承诺|不得)[“"「]?)(?:稳赚不赔|只赚不赔|包赚不赔|零风险[^。！？\\n]{0,4}高(?:收益|回报))${notNamedAScam()}`,
      // A "mentor" trading for you: "导师免费带单，跟着买就赚". A broker's research desk publishes views, it does not 带单.
      `(?<!(?:警惕|谨防|所谓的?|不是|并非)[“"「]?)(?:导师|老师|专家|大师|分析师)(?:免费|一对一|亲自)?带单${notNamedAScam()}`,
      // A guaranteed return at a rate no honest product pays: "内部投资计划，保本保息，年化收益20%".
      `${NOT_WARNED_AGAINST}${NOT_CLAIMED}${SURE_HIGH_RETURN}${notNamedAScam()}`,
    ],
    cases: [],
    advice: ['no-sure-profit'],
  },
  {
    id: 'job-fee',
    description: {
      zh: '说你“被录用了”，上班前要先交培训费、服装费或押金，叫你在网页上填银行卡付钱。',
      en: 'says you "got the job", but must first pay a training fee, a uniform fee or a deposit, with your bank card on a web page.',
    },
    patterns: [
      // A fee before the job starts: "入职前需要先缴纳500元培训费和服装费". The law forbids an employer to take one (劳动合同法 art. 9),
      // so honest pages only deny it ("入职不收取任何费用", "用人单位不得要求劳动者缴纳押金"). A medical check is left out: new hires
      // often pay their own (入职体检).
      `(?:入职|上岗|录用|报到)(?:之?前)[^。！？\\n]{0,10}${JOB_FEE_ASKED}`,
      // Or YOU are hired, then the fee: "恭喜您被录用，请先缴纳300元服装费".
      `${YOU}(?:已经?)?(?:通过了?面试|被(?:我司|公司|我们)?录用|应聘成功)[^。！？\\n]{0,30}${JOB_FEE_ASKED}`,
    ],
    cases: [],
    advice: ['job-no-fee'],
  },
  {
    id: 'loan-no-credit-check',
    description: {
      zh: '说贷款“不看征信”“黑户也能贷”“百分百下款”，叫你填身份证、银行卡和验证码，接着再要你交钱才放款。',
      en: 'promises a loan that "ignores your credit record" or "always pays out", has you type your ID, bank card and SMS code, and then asks for a fee before paying.',
    },
    patterns: [
      // Words no licensed lender may use: every loan checks the credit record, and none can promise to pay out.
      // Said only to warn ("请勿相信无视征信的广告", "我们不承诺百分百下款") they do not count.
      // Loan words only: "包过" and "100%通过" are also a driving school's or an exam course's promise.
      // Nor asked: "小额贷款不上征信吗？".
      `${NOT_WARNED_AGAINST}(?:无视|不看|不查|不上|无需|不需要?|免查?)征信(?!报告|授权)${notBefore(QUESTION, 8, '，。！？')}`,
      `${NOT_WARNED_AGAINST}黑户(?:可贷|也能贷|也可贷|秒批|秒下|可下款)`,
      `${NOT_WARNED_AGAINST}(?:包下款|(?:百分百|100%)(?:下款|放款))`,
      // The loan "frozen" after approval, released for a fee: "因银行卡号填写错误资金被冻结，需缴纳解冻金". A lender takes
      // its fees out of the loan or with the repayments, never as a fee to unfreeze it.
      '(?:贷款|借款|放款|下款)[^。！？\\n]{0,30}(?:冻结|无法到账|未能到账|无法提现|不能提现)[^。！？\\n]{0,30}(?:缴纳|支付|交纳?|转账|转入|充值)[^。！？\\n]{0,10}(?:解冻金|解冻费|保证金|验资|会员费|工本费)',
      // Money first "to prove you can repay": "您的贷款已审批，需先转账验证还款能力". A lender checks repayment ability from records
      // it asks for (流水 statements, income proof), never from a transfer you make to it.
      `(?:贷款|借款|放款|下款)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:需要|需|请|要|必须)先[^。！？\\n]{0,6}(?:转账|转入|缴纳|支付|充值|存入)[^。！？\\n]{0,10}(?:验证|证明|核验)[^。！？\\n]{0,6}(?:还款能力|资金实力|流水)${notNamedAScam()}`,
      // The same, the check named first: "贷款额度已开通，为验证还款能力请先转账5000元". A lender reads bank statements
      // ("需提供近6个月银行流水证明还款能力"); it never has money moved to prove anything.
      `(?:贷款|借款|放款|下款)[^。！？\\n]{0,20}(?:验证|证明|核验)[^。！？\\n]{0,6}(?:还款能力|资金实力|流水)[^。！？\\n]{0,10}${NOT_DENIED_ASK}(?:需要|需|请|要|必须)先?[^。！？\\n]{0,6}(?:转账|转入|充值|存入)${NOT_A_QUESTION}${notNamedAScam()}`,
      // A fee before the loan is paid out: "您申请的网贷已审核通过，放款前需要缴纳首期还款能力证明金3000元". A lender may not charge before
      // it pays a loan out. A mortgage's registration or notary fee goes to that office, not to the lender.
      `(?:放款|下款|放贷)(?:之)?前[^。！？\\n]{0,6}${NOT_DENIED_ASK}(?:需要?|须|必须|要|请|得)先?(?:缴纳|支付|交纳?|缴|转账?|充值)${gapWithout('抵押|登记|公证|评估|过户', 12, SENTENCE_END)}(?:费|金(?!额))${NOT_A_QUESTION}${notNamedAScam()}`,
      // The same with no 前, the money asked first: "贷款审核通过，放款需要先交3000元保证金", "…因流水不足无法放款，需先转入5000元保证金". Not
      // after the loan is paid out ("放款后需先支付首期利息和服务费": a lender's own charges).
      `(?:放款|下款|放贷)(?![之前后])[^。！？\\n]{0,6}${guardedWords(NOT_DENIED_ASK, '(?:需要?|须|必须|要|请|得)先')}(?:缴纳|支付|交纳?|缴|转入?|转账|充值|存入)${gapWithout('抵押|登记|公证|评估|过户', 12, SENTENCE_END)}(?:保证金|押金|解冻金|解冻费|验资金|会员费|手续费|服务费|工本费)${NOT_A_QUESTION}${notNamedAScam()}`,
    ],
    cases: [],
    advice: ['loan-official-only', 'no-transfer'],
  },
  {
    id: 'mortgage-rate-cut',
    description: {
      zh: '冒充银行，说你的房贷、车贷利率可以下调，叫你点链接，在网页上填银行卡、密码和验证码。',
      en: 'poses as your bank: the rate on your mortgage or car loan can be lowered, so open a link and type your card, its password and the SMS code into a web page.',
    },
    patterns: [
      // A rate cut for YOUR mortgage, then a step on a page. Banks lower existing rates themselves ("由我行统一批量办理，
      // 客户无需申请") and say so without a card or a code; their own help asks for the app's login password, not the card's.
      // Warnings that retell the script ("骗子冒充银行称房贷利率可下调…") stay out through NOT_WARNED_AGAINST.
      `${NOT_WARNED_AGAINST}${NOT_CONDITIONAL}${MORTGAGE_CUT}[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:填写|输入|提供|验证)[^。！？\\n]{0,10}(?:银行卡|卡号|验证码|交易密码|取款密码|支付密码)`,
      `${NOT_WARNED_AGAINST}${NOT_CONDITIONAL}${MORTGAGE_CUT}[^。！？\\n]{0,30}${NOT_DENIED_ASK}${OPEN_LINK}`,
      // Told in sentences: "您的房贷可以申请降息。每月可少还800元。请在本页面填写银行卡号和验证码办理。" Banks lower rates themselves,
      // or in their own app or branch.
      `${NOT_WARNED_AGAINST}${NOT_CONDITIONAL}${MORTGAGE_CUT}${thenAskedForCard(`${OFFICIAL_CHANNEL}|手机银行|网上银行|网点|柜台|自动`)}`,
    ],
    cases: [],
    advice: ['mortgage-with-bank'],
  },
  {
    id: 'parcel-lost-claim',
    description: {
      zh: '说你的快递丢了、坏了、滞留了，或“检测阳性要销毁”，主动给你理赔。',
      en: 'says your parcel was lost, damaged, held up, or "tested positive and will be destroyed", and offers compensation.',
    },
    patterns: [
      // Asserted, not conditional: "如果您的快递丢失，可申请理赔" is an honest FAQ.
      // An honest shop's notice refunds the way the money came, or sends the item again ("已为您办理退款，款项将原路退回",
      // "我们将为您补发或退款"), and a courier's says the money is already back ("…已按保价金额赔付，款项已退回您的支付账户"): not
      // the script, which wants the card.
      `${NOT_SUPPOSED}您的(?:快递|包裹|快件|订单)${withoutIf(30, '。！？')}(?:丢失|丢件|遗失|弄丢|滞留|拒发|被销毁)(?!的话|时)${gapWithout('重新发货|补发', 30, '。！？')}(?:理赔|赔偿|赔付|退款)${notBefore('原路|原支付|重新发货|补发|已(?:退回|退还|转入|打入|存入)', 20, SENTENCE_END)}`,
      '(?:快递|包裹|快件)[^。！？]{0,20}(?:检测|检验|核酸)[^。！？]{0,6}阳性[^。！？]{0,20}(?:销毁|理赔|赔偿)',
      // Not the notice of money on its way to the card the customer gave ("理赔款将转入您提交申请时填写的银行卡").
      `理赔(?:金|款)${gapWithout(MONEY_TO_CARD, 20, '。！？')}(?:银行卡号?|卡号|验证码)`,
      // A claim nobody filed, offered to you, then the card: "现为您办理理赔，请填写银行卡号". An insurer's form asks for the
      // card of a claim the customer made, and does not say it is handling one for them.
      `(?:为|给)[您你](?:办理|进行|申请|安排)理赔[^。！？\\n]{0,20}(?:(?<!申)请|需要?|须)[^。！？\\n]{0,4}${NOT_DENIED_ASK}(?:填写|输入|提供)[^。！？\\n]{0,8}(?:银行卡号?|卡号|验证码)`,
      // YOUR parcel lost or damaged, a payout offered, and a person's chat account to claim it through: "您的快递在运输途中被挤压损坏，
      // 快递公司决定赔付您268元，请扫码添加理赔专员微信". Couriers pay claims in their own apps. A shop that resends the parcel, or
      // leaves the claim to you ("如需赔偿请添加客服微信"), is not offering one.
      `${NOT_SUPPOSED}您的${PARCEL}${withoutIf(30, SENTENCE_END)}(?:丢失|丢件|遗失|弄丢|损坏|破损|压坏|摔坏)(?!的话|时)${gapWithout('补发|重新发货|如|若', 30, SENTENCE_END)}(?:理赔|赔偿|赔付|补偿)[^。！？\\n]{0,20}${NOT_DENIED_ASK}${ADD_CONTACT}${notNamedAScam()}`,
      // The same in English, and as there, not supposed: "If your parcel is lost, you can file a claim".
      `${EN_NOT_CONDITIONAL}your (?:parcel|package|shipment) (?:has been|was|is) (?:lost|destroyed)[^.!?]{0,60}(?:compensat|refund)`,
      '(?:parcel|package|shipment)[^.!?]{0,40}tested positive',
    ],
    cases: ['hangzhou-2022-parcel-claim'],
  },
  {
    id: 'parcel-redelivery-fee',
    description: {
      zh: '说你的快递“地址不详、送不了”，叫你在网页上补地址、付几块钱运费，骗你的银行卡和验证码。',
      en: 'says your parcel "cannot be delivered, the address is incomplete" and has you pay a small fee on a web page, to get your card and code.',
    },
    patterns: [
      // The undeliverable parcel and the fee in one sentence: "您的包裹因地址不详无法派送，请更新地址并支付2元补派送费".
      // An honest courier asks you to call the courier, or collects 到付 at the door (付 alone is not a payment here).
      `(?:包裹|快递|快件|邮件|邮包)[^。！？\\n]{0,15}${NOT_DENIED_LAPSE}(?:地址不详|地址不全|地址信息不全|地址信息不完整|地址不完整|地址有误|地址错误|无法派送|无法投递|派送失败|投递失败)[^。！？\\n]{0,40}${NOT_DENIED_ASK}(?:支付|缴纳|补交|补缴|补付)[^。！？\\n]{0,8}(?:\\d+(?:\\.\\d+)?\\s*元|运费|派送费|配送费|手续费|补派费|重派费)`,
      // The fee asked on its own line: "请支付2元重新派送费". A shop's terms say who bears it ("重新派送费用由买家承担"), never "请支付".
      '(?:请|需要?|须)[^。！？\\n]{0,10}(?:支付|缴纳|补交|补缴|补付)[^。！？\\n]{0,8}(?:重新派送|再次派送|补派送|二次派送|重派|补派)(?:费|费用)',
      // Or a "disinfection fee" for YOUR parcel before it is delivered: "您的快递需要进行消杀处理，请支付15元消杀费". Couriers never
      // charged the receiver for it; where goods were disinfected, the sender's side paid. Not supposed ("如您的快递需要支付
      // 消杀费，请联系寄件人").
      `${guardedWords(NOT_CONDITIONAL, PARCEL)}${withoutIf(20, SENTENCE_END)}${guardedWords(NOT_DENIED_ASK, '(?:需要?|须|请)')}[^。！？\\n]{0,12}(?:支付|缴纳|补交|补缴|交纳?)[^。！？\\n]{0,8}(?:消杀|消毒)(?:费|费用)${NOT_A_QUESTION}${notNamedAScam()}`,
      // A price's decimal point ($1.99) is no sentence end.
      "(?:pay|settle)(?:[^.!?]|\\.(?=\\d)){0,20}\\bre-?delivery (?:fee|charge|cost)",
    ],
    cases: [],
    advice: ['parcel-fee-official-only'],
  },
  {
    id: 'payment-account-frozen',
    description: {
      zh: '说你的支付宝、微信、游戏或别的账户“被冻结、被限制、有风险、被封号”，叫你在网页上认证解冻，骗你填银行卡、密码和验证码。',
      en: 'says your Alipay, WeChat, game or other account is "frozen", "limited", "at risk" or "banned", and has you verify it on a web page, to get your card, its password and the code.',
    },
    patterns: [
      // Said of YOUR payment or shop account as a fact and tied to a step: "您的支付宝账户已被限制使用，请尽快认证解除".
      // A platform's terms speak conditionally ("如您涉嫌违规…冻结账户"), of afterwards ("冻结后"), or send you to its
      // service desk ("已被限制登录，如有疑问请联系客服"): no step on the page. An FAQ's heading or question is not the
      // claim either ("您的支付宝账户被冻结的原因及解冻方法", "…被冻结了吗？如何解冻").
      `${YOU}的(?:支付宝|微信|微信支付|财付通|淘宝|京东|拼多多|抖音|美团)${withoutIf(12, SENTENCE_END)}(?:已被|已经被|已|将被|即将被?|存在|被)(?:冻结|限制使用|限制交易|限制收款|限制支付|限制|封禁|封停|锁定|异常|风险|安全风险)${NOT_ASKED_ABOUT}${gapWithout(OFFICIAL_CHANNEL, 30, SENTENCE_END)}(?:认证|验证|解冻|解封|解除|激活|点击|填写)${notBefore(OFFICIAL_CHANNEL, 10, SENTENCE_END)}`,
      // The SMS form, without 您的: "微信支付功能已被冻结，请立即点击链接认证解冻".
      // Neither fires when the step is in the platform's own app ("…已被临时限制，请在支付宝App内完成身份验证"): that is
      // where an honest notice sends you.
      `(?:支付宝|微信支付|微信|财付通)[^。！？\\n，,]{0,8}(?:已被|已经被|将被|即将被)(?:冻结|限制|封禁|封停)(?![的后时])[^。！？\\n]{0,20}(?:请|需|须)(?:尽快|立即|马上|及时)?${gapWithout(OFFICIAL_CHANNEL, 10, SENTENCE_END)}(?:认证|验证|解冻|解封|激活)${notBefore(OFFICIAL_CHANNEL, 10, SENTENCE_END)}`,
      // Named: "your account has been locked … verify" alone is also an honest sign-in page after wrong passwords.
      `${EN_NOT_DENIED}your (?:paypal|alipay|wechat(?: pay)?|payment) (?:account|wallet) (?:has been|was|is|will be) (?:temporarily )?(?:frozen|suspended|limited|restricted|locked)[^.!?]{0,60}(?:verify|confirm|unlock|restore|reactivate|unfreeze)`,
      // Told in sentences: "您的支付宝账户存在异常。账户已被限制收款。请在本页面输入银行卡号和验证码解除限制。" A wallet lifts its
      // limits in its own app or by its hotline ("请联系支付宝客服95188").
      `${YOU}的(?:支付宝|微信|微信支付|财付通|云闪付)(?:账户|账号|钱包)?${withoutIf(12, SENTENCE_END)}(?:已被|已经被|已|将被|即将被?|被|存在)(?:冻结|限制|封停|封禁|停用|异常|风险)${NOT_ASKED_ABOUT}${thenAskedForCard(WALLET_OWN_CHANNEL)}`,
      // Any account frozen, limited or banned, and the card with its code or password typed in to lift it, in the same
      // sentence or the next: "您的抖音账号因违规被封，请填写银行卡号及验证码解封", "您的花呗因涉嫌套现被冻结，请输入银行卡号和验证码解冻",
      // "您的游戏账号已被冻结，需要进行资金验证才能解冻，请输入银行卡号和验证码". No platform lifts a limit for a bank card's number
      // and the code its bank sent; an honest notice sends people to the app or the hotline ("…请在App内完成验证"), and a
      // limit lifted by paying is a repayment form's ("…输入银行卡号和验证码完成还款").
      `${YOUR_ACCOUNT_LIMITED}${gapWithout(ACCOUNT_OWN_CHANNEL, 30, SENTENCE_END)}${NOT_DENIED_ASK}(?:填写|输入|提供)${NOT_TO_PAY_OR_LOOK_UP}[^。！？，,\\n]{0,8}${CARD_AND_SECRET}${notNamedAScam()}`,
      `${YOUR_ACCOUNT_LIMITED}${thenAskedForCard(ACCOUNT_OWN_CHANNEL)}`,
    ],
    cases: [],
    advice: ['account-in-own-app'],
  },
  {
    id: 'pension-certification',
    description: {
      zh: '冒充社保部门，说你的养老金“资格认证”到期了，不认证就停发，或说有一笔养老金“待领取”，骗你在网页上填银行卡和验证码，或先交钱。',
      en: 'poses as the social security office: your pension "eligibility check" is due and payments stop unless you verify on a web page, or that pension money is "waiting for you", to get your card, your code or a fee.',
    },
    patterns: [
      // The yearly check is real, free and done by a face scan in the offices' own apps or at a community centre. It never
      // asks for a bank card, a code or a fee, and the offices' notices say so ("认证无需填写银行卡号": NOT_DENIED_ASK).
      `(?:养老金|养老保险|退休金|社保待遇)(?:待遇)?(?:领取)?(?:资格)?(?:认证|核验)[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:填写|输入|提供|绑定|验证)[^。！？\\n]{0,8}(?:银行卡|卡号|验证码|取款密码|交易密码)${notNamedAScam()}`,
      // Or "certified again", the card typed in: "您的个人养老金账户需要重新认证，请输入银行卡号和密码". The yearly check is never redone
      // on a page.
      `(?:养老金|退休金|养老保险)[^。！？\\n]{0,10}(?:重新|再次)(?:认证|验证|激活|核验)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:填写|输入|提供|绑定)[^。！？\\n]{0,8}(?:银行卡|卡号|验证码|密码)${notNamedAScam()}`,
      // A fee before the pension moves: "您的退休金已上调，需缴纳手续费后补发". "认证不收取任何费用" is the honest opposite.
      `(?:养老金|退休金)[^。！？\\n]{0,20}(?:认证|激活|解冻|补发|上调)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:缴纳|支付|交纳|交|收取)[^。！？\\n]{0,6}(?:手续费|费用|保证金|工本费|服务费|认证费|激活费)${notNamedAScam()}`,
      // YOUR check sent to a link: "您的养老金资格认证已过期，请点击链接重新认证". The offices' notices name their apps.
      `${YOU}的(?:养老金|退休金|养老保险)(?:待遇)?(?:领取)?(?:资格)?(?:认证|核验)[^。！？\\n]{0,20}${NOT_DENIED_ASK}${OPEN_LINK}${notNamedAScam()}`,
      // Pension money "to collect" or "to be returned", the card or a code typed here or behind a link: "您的社保账户有一笔待返还的养老金，请在
      // 此网页填写银行卡号和验证码领取". A pension is paid into your social security card; nobody types a card in to get it.
      `(?:(?:养老金|退休金)[^。！？\\n]{0,10}(?:待返还|待领取|可领取|待发放|补发|返还)|(?:待返还|待领取|可领取|待发放|补发)的?(?:养老金|退休金))[^。！？\\n]{0,20}${ASKED_HERE}[^。！？，,\\n]{0,6}(?:银行卡|卡号|验证码|密码)${notNamedAScam()}`,
      // Told in sentences: "您的养老金资格认证即将到期。逾期将暂停发放。请在本页面输入银行卡号和取款密码认证。" The check is free, in
      // the social-insurance app or at a community office, and asks for no card. "(?![发放])": the lapse is the whole word, so
      // that NOT_ASKED_ABOUT reads what follows it ("暂停发放后" is not 暂停 or 停发 alone).
      `${YOU}的(?:养老金|养老保险|退休金|社保待遇)(?:待遇)?(?:领取)?(?:资格)?(?:认证|核验)?${withoutIf(10, CLAUSE_END)}(?:即将|将|已经?)?(?:到期|过期|失效|暂停发放|停止发放|暂停|停发|冻结)(?![发放])${NOT_ASKED_ABOUT}${thenAskedForCard(`${OFFICIAL_CHANNEL}|服务平台|网点|社区|窗口|柜台`)}`,
    ],
    cases: [],
    advice: ['pension-free-in-app'],
  },
  {
    id: 'phone-number-suspended',
    description: {
      zh: '冒充运营商，说你的手机号“没实名、要停机”，叫你点链接认证，骗你填银行卡和验证码。',
      en: 'poses as your phone carrier: your number "is not registered and will be cut off", so verify through a link, to get your card and code.',
    },
    patterns: [
      // Said of YOUR number and tied to a link or this page: "您的手机号因未完成实名认证，将于24小时内停机，请点击链接认证".
      // A carrier's own notice sends you to its shop or its app ("请携带身份证到营业厅办理"), or asks you to pay a bill
      // ("已欠费停机，请及时缴费"); neither is a link to type a card into. FAQ questions ("停机了怎么办") are not said of yours.
      `${YOU}的?(?:手机号码?|号码|手机卡|电话卡|sim卡)[^。！？\\n]{0,30}${NOT_DENIED_LAPSE}(?:停机|停用|封停|销号|注销)(?!的话|时|后|怎么|吗|保号)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}|${PAY_HERE}|(?:在线|网上)(?:认证|验证|核验))${notNamedAScam()}`,
      // Cut off, and the card with its code typed in here to top up: "您的手机号码已欠费停机，请在此网页输入银行卡号和验证码充值恢复".
      `${YOU}的?(?:手机号码?|号码|手机卡|电话卡|sim卡)[^。！？\\n]{0,30}${NOT_DENIED_LAPSE}(?:停机|停用|封停|销号|注销)(?!的话|时|后|怎么|吗|保号)[^。！？\\n]{0,20}${ASKED_HERE}[^。！？，,\\n]{0,4}${CARD_AND_SECRET}${notNamedAScam()}`,
      // Told in sentences: "您的手机号码将被停机。原因是实名信息不全。请在本页面填写银行卡号和验证码完成实名认证。" A carrier checks a
      // name by ID card at its shop or in its app; a bank card's code is asked only to top up ("…欠费。请在本页面输入银行卡号和验证码充值").
      `${YOU}的?(?:手机号码?|号码|手机卡|电话卡|sim卡)${withoutIf(15, CLAUSE_END)}${NOT_DENIED_LAPSE}(?:将被|已被|即将被?|将|已)?(?:停机|停用|封停|销号|注销)${NOT_ASKED_ABOUT}${thenAskedForCard(`${OFFICIAL_CHANNEL}|营业厅|欠费|充值|缴费|保号`)}`,
    ],
    cases: [],
    advice: ['carrier-official-only'],
  },
  {
    id: 'points-for-cash',
    description: {
      zh: '说你的积分“今天清零、可以换现金”，叫你在网页上领取，骗你填银行卡、有效期、安全码和验证码。',
      en: 'says your points "expire today and can be turned into cash", to be claimed on a web page, to get your card, its expiry date, security code and the SMS code.',
    },
    patterns: [
      // Said of YOUR points and paid out as cash, with an amount or a claim step: "您的积分可兑换现金588元",
      // "已满足兑换现金条件". Honest shops and banks offer goods, phone credit or vouchers for points (兑换礼品, 兑换话费,
      // 现金券), say that points expire, and a bank's points may be "兑换现金，抵扣账单" on its own site. Cash that stays in the
      // shop, spent at checkout or kept in the balance ("可兑换10元现金红包，可在下单时抵扣"), is theirs too.
      `${YOU}(?:的|账户|名下|获得|可用)[^。！？]{0,20}积分[^。！？]{0,30}(?:兑换|兑现|折现|提现|换成|换取)(?:[^。！？]{0,4}\\d+(?:\\.\\d+)?\\s*元(?:的)?(?:现金|人民币)|[^。！？]{0,6}现金(?![券卡]|抵用|抵扣|红包券|礼品卡)[^。！？]{0,20}(?:领取|到账|条件|\\d+(?:\\.\\d+)?\\s*元))${notBefore('下单|抵扣|抵用|余额|钱包', 20, SENTENCE_END)}`,
      '积分[^。！？]{0,10}(?:即将|将于|马上|今日|今天|今晚|当日|明日|明天)[^。！？]{0,10}(?:清零|过期|失效|作废|到期)[^。！？]{0,30}(?:兑换|兑现|领取|提现)[^。！？]{0,12}现金(?![券卡]|抵用|抵扣|红包券|礼品卡)',
      // A sum of money for the points, then the deadline: "您的积分已累计10800分，现可兑换108元，即日清零". Not a sum in goods,
      // phone credit or vouchers ("可兑换10元话费", "5元优惠券"), nor one spent at the shop's checkout ("…下单时抵扣").
      `积分[^。！？\\n]{0,20}(?:兑换|兑现|折现|提现|换成|换取)[^。！？\\n]{0,4}\\d+(?:\\.\\d+)?\\s*元(?:人民币|现金)?(?![^。！？，,\\n]{0,4}(?:话费|券|红包|流量|礼品|商品|积分))[^。！？\\n]{0,20}(?:即日|今日|今天|今晚|当日|明日|明天|逾期|即将|将于|马上)[^。！？\\n]{0,8}(?:清零|过期|失效|作废|到期)${notBefore('下单|抵扣|抵用|余额|钱包', 20, SENTENCE_END)}${notNamedAScam()}`,
      // Points "turned into cash", then the card's expiry, security code or a code typed in: "您的银行卡积分可以兑换话费和现金，请点击链接
      // 输入卡号、有效期和安全码". Cash for points goes to the card the bank knows; in its own app it may send you a code.
      `积分[^。！？\\n]{0,20}(?:兑换|兑现|换取|换成|折现|提现)[^。！？\\n]{0,10}现金(?![券卡]|抵用|抵扣|红包券|礼品卡)${gapWithout('手机银行|网上银行|app|官网|官方|网点|柜台', 20, SENTENCE_END)}${NOT_DENIED_ASK}(?:填写|输入|提供)[^。！？\\n]{0,8}(?:有效期|安全码|cvv|cvn|卡背面|背面三位|验证码|交易密码|取款密码)${notNamedAScam()}`,
      // Told in sentences: "您的积分即将清零。可兑换现金388元。请在本页面填写银行卡号、有效期和验证码领取。" A shop's or bank's points buy
      // goods it posts ("请在本页面选择礼品兑换") and its points page sends you to its app.
      `${guardedWords(NOT_CONDITIONAL, '积分')}${withoutIf(10, SENTENCE_END)}(?:即将|将于|马上|今日|今天|今晚|当日|明日|明天|将)[^。！？\\n]{0,10}(?:清零|过期|失效|作废)${NOT_ASKED_ABOUT}${thenAskedForCard('手机银行|网上银行|app|官网|官方|网点', notBefore('礼品|商品|里程|实物|收货', 30, SENTENCE_END))}`,
      'your (?:reward |bonus |loyalty |credit card )?points[^.!?]{0,40}(?:expire|expiring|will be (?:cleared|reset|lost))[^.!?]{0,40}(?:redeem|exchange|convert|claim)[^.!?]{0,20}\\bcash(?![- ]?back)\\b',
    ],
    cases: [],
    advice: ['points-in-official-app'],
  },
  {
    id: 'police-investigation',
    description: {
      zh: '冒充公安、海关、检察院或法院，说你的账户或包裹“涉嫌洗钱、走私”，或你的卡“被人盗用”，要你联系“办案民警”，配合“调查”“资金清查”。',
      en: 'poses as the police, customs, a prosecutor or a court: your account or parcel is "linked to a crime", or your card "was used by someone else", and you must call "the officer on the case" and help "investigate" or "check" your money.',
    },
    patterns: [
      // Said to YOU, as a fact, and tied to something you must do: "您的银行卡涉嫌洗钱案件，请配合清查".
      // An honest platform notice speaks of rules broken (违规), not crimes, and a conditional ("如您涉嫌…")
      // is a terms page; both stay quiet. The customs version says your parcel was seized for smuggling
      // ("您的包裹涉嫌走私被海关扣押，请配合调查") and hands you to the "police" next.
      `${YOU}(?:的|名下的?)?[^。！？如若]{0,12}(?:涉嫌|涉及|牵涉|卷入)[^。！？]{0,15}(?:洗钱|诈骗|犯罪|刑事|案件|非法集资|贩毒|走私|违禁品)[^。！？]{0,30}(?:配合|清查|核查|审查|调查|资金)`,
      // A meeting app to "help the investigation": "您已被列为洗钱案嫌疑人，请下载会议软件配合调查". Police question people in
      // person, never in a meeting app.
      `${NOT_DENIED_ASK}${JOIN_MEETING}[^。！？\\n]{0,10}(?:配合|协助)[^。！？\\n]{0,6}(?:调查|办案|核查|审查|取证)`,
      `(?:嫌疑人|涉案|通缉|逮捕)[^。！？\\n]{0,20}${NOT_DENIED_ASK}${JOIN_MEETING}`,
      // YOUR parcel "found with contraband" and handed to the police, whom you must now call or help: "您的包裹被海关查出夹带违禁品，已移交
      // 公安，请立即联系办案民警并配合调查". A courier returns or holds a parcel; the police come to you, not through a number on a page.
      `${YOU}的${PARCEL}${withoutIf(20, SENTENCE_END)}(?:查出|查获|发现|检出)[^。！？\\n]{0,6}(?:违禁物?品|毒品|走私|违法物品|非法物品)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:配合[^。！？\\n]{0,4}调查|联系[^。！？\\n]{0,6}(?:民警|警官|警察|公安|警方))${notNamedAScam()}`,
      // YOUR card or account "used in a crime", and its card data, password or code typed in here: "您的银行卡涉嫌被用于电信诈骗，请在本页面
      // 输入卡号和密码进行身份核实". A bank that suspects it stops the card and asks you to its counter.
      // YOUR identity "used by someone else", then a meeting app: "您的身份信息被他人用于注册公司，为避免承担法律责任，请立即下载会议软件与我们
      // 核实". No office checks an identity in a meeting.
      `${YOU}的(?:身份|身份证|身份信息|个人信息)${withoutIf(6, SENTENCE_END)}(?:被|遭)[^。！？，,\\n]{0,8}(?:盗用|冒用|用于|用来|注册|办理)${NOT_ASKED_ABOUT}[^。！？\\n]{0,30}${guardedWords(NOT_DENIED_ASK, JOIN_MEETING)}${notNamedAScam()}`,
      // YOUR card or account "used by someone else", then call the officer on the case: "您的医保卡被他人在外地盗刷，需要配合警方调查，请立即
      // 联系办案民警". A bank tells you to report it (报警, 110) or to call the bank; it does not put you through to an officer.
      `${YOU}的${withoutIf(12, SENTENCE_END)}(?:被|遭)[^。！？，,\\n]{0,8}(?:盗刷|盗用|冒用)${NOT_ASKED_ABOUT}[^。！？\\n]{0,20}${guardedWords(NOT_DENIED_ASK, '联系')}[^。！？\\n]{0,6}(?:民警|警官|警察)${notNamedAScam()}`,
      // Something of YOURS "linked to a crime", then call the officer: "您名下的快递包裹中查出多张他人银行卡，涉嫌洗钱，请立即联系办案
      // 警官". The police come to you or ask you to their station; they do not give you a number to call on a page.
      `${YOU}(?:的|名下的?)${withoutIf(20, SENTENCE_END)}(?:涉嫌|涉及|牵涉|卷入)[^。！？\\n]{0,15}(?:洗钱|诈骗|犯罪|刑事|案件|非法集资|贩毒|走私|赌博)[^。！？\\n]{0,20}${guardedWords(NOT_DENIED_ASK, '联系')}[^。！？\\n]{0,6}(?:民警|警官|警察)${notNamedAScam()}`,
      `${YOU}的?[^。！？\\n]{0,12}(?:涉嫌|涉及|牵涉|卷入)[^。！？\\n]{0,15}(?:洗钱|诈骗|犯罪|刑事|案件|非法集资|贩毒|走私|赌博)[^。！？\\n]{0,20}${ASKED_HERE}[^。！？，,\\n]{0,8}(?:卡号|密码|验证码|余额)${notNamedAScam()}`,
      // "清查结束后资金原路返还": police do not move your money to check it.
      '(?:资金|账户)(?:清查|核查)[^。！？]{0,20}(?:原路返还|返还|退回|解冻|归还)',
      '(?:your|this) (?:bank )?(?:account|card|identity)[^.!?]{0,30}(?:linked to|involved in|used in|suspected of)[^.!?]{0,20}(?:money laundering|fraud|a crime|criminal)[^.!?]{0,60}(?:cooperate|investigation|verify|check)',
    ],
    cases: [],
    advice: ['no-police-by-phone', 'no-transfer'],
  },
  {
    id: 'prize-claim',
    description: {
      zh: '说你“中奖了”，奖金可以马上领，叫你在网页上填银行卡和验证码，或者先交税费。',
      en: 'says you "won a prize" whose cash you can claim now, and has you type your bank card and SMS code into a page, or pay a tax or fee first.',
    },
    patterns: [
      // No pattern crosses a line (\n): a title's 幸运用户 and a body's 奖金 are two things.
      // Said of YOU as a fact, with cash: "恭喜您被抽中为场外幸运观众，获得二等奖奖金58000元". An honest shop's draw
      // gives goods, coupons or red packets (优惠券, 现金红包) and a lottery page names the prize of a draw, not yours.
      // A reward already paid into the account ("获得现金奖励5元，已存入您的钱包") asks for nothing.
      `${YOU}(?:已|已经)?被?(?:抽中|选中|中奖|中得|获得|荣获|喜获|赢得)[^。！？\\n]{0,30}(?:奖金|大奖|现金奖)[^。！？\\n]{0,6}(?:\\d[\\d,，.]*\\s*万?元|领取|兑奖|认领)${notBefore(`${PRIZE_PAID}|钱包|余额`, 10, SENTENCE_END)}${notInNextSentence(PRIZE_PAID, 10)}`,
      `${YOU}(?:已|已经)?中奖了?[！!，,]\\s*(?:奖金|现金)[^。！？\\n]{0,4}\\d`,
      '(?:幸运观众|场外观众|幸运用户|幸运客户|幸运会员|幸运粉丝)[^。！？\\n]{0,40}(?:奖金|现金大奖|现金奖励)[^。！？\\n]{0,6}\\d',
      // A fee paid BEFORE the prize: "领取奖金需先缴纳个人所得税". A real prize's tax is withheld from it (代扣代缴),
      // which honest lottery pages say without any "first".
      '(?:领取|兑换|兑现|提取|领)(?:奖金|大奖|奖品)[^。！？\\n]{0,20}(?:先|之前|前)[^。！？\\n]{0,4}(?:缴纳|支付|交纳?|缴|转账?)[^。！？\\n]{0,10}(?:个人所得税|个税|所得税|保证金|手续费|公证费|税费|激活费|费用)',
      // The win said to YOU, then a tax or fee first: "您中了我们平台的周年庆大奖，需先缴纳个人所得税才能领取", also with the draw
      // named first ("您参与的活动中了大奖，需要先缴纳个人所得税"). A lottery's rules speak of winners (中奖者) and withhold the tax
      // from the prize.
      `${YOU}(?:(?:在|参与的?|参加的?)[^。！？，,\\n]{0,10})?(?:已经?)?(?:中了|抽中了?|赢得了?|获得了?|荣获)[^。！？\\n]{0,20}(?:奖|奖金|奖品)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:需要?|须|必须|请)?先[^。！？\\n]{0,4}(?:缴纳|支付|交纳?|缴|转账?)[^。！？\\n]{0,10}(?:个人所得税|个税|所得税|保证金|手续费|公证费|税费|激活费|保价费|费用)${NOT_A_QUESTION}${notNamedAScam()}`,
      // A prize, then the card with its code typed here: "您在本次直播抽奖中获得iPhone一部，请在本页面填写银行卡号和验证码支付邮费领取". A
      // prize page asks where to send it, never for a card and its code.
      `(?:抽奖|中奖|奖品|大奖|奖金)[^。！？\\n]{0,30}${ASKED_HERE}[^。！？，,\\n]{0,4}${CARD_AND_SECRET}${notNamedAScam()}`,
      "congratulations[^.!?]{0,30}you(?:'ve| have)? (?:won|been selected)[^.!?]{0,40}(?:cash prize|prize money|in cash|\\bcash\\b(?! ?back))",
      // Told in sentences: "恭喜您！您被抽中为年度幸运用户。奖金5万元。请在本页面填写银行卡号和验证码领取奖金。" A prize is paid to a card by
      // its number; a shop's prize is posted ("奖品将在7个工作日内寄出") or already paid ("现金红包10元已存入您的钱包").
      `${YOU}(?:已|已经)?被?(?:抽中|选中|选为|中奖|中得|荣获|喜获|赢得)(?=[^\\n]{0,60}(?:奖金|现金|\\d+\\s*万?元))${thenAskedForCard('已(?:存入|发放|到账|打入|转入|寄出)')}`,
    ],
    cases: [],
    advice: ['no-prize-fee'],
  },
  {
    id: 'refund-asks-secret',
    description: {
      zh: '说要给你退款、理赔或保险分红，却要你填银行卡密码、有效期、安全码、验证码或卡里的余额，或把收到的验证码给他。',
      en: 'offers a refund, compensation or an insurance payout but asks for your card password, expiry date, security code or balance, or the code you were sent.',
    },
    patterns: [
      // Honest refunds go back the way you paid; none needs the card password or the bank's code. Only
      // those two: a card NUMBER can be honest (cash-on-delivery refunds, insurance payouts), and a bare
      // 验证码 can be an image captcha on a refund form.
      `${REFUND}[^。！？]{0,30}${NOT_DENIED_ASK}(?:输入|填写|提供|告知|发送)[^。！？]{0,12}${BANK_SECRET}`,
      `${NOT_DENIED_ASK}(?:输入|填写|提供|告知|发送)[^。！？]{0,12}${BANK_SECRET}[^。！？]{0,20}${REFUND_PAID}`,
      `(?:refund|compensation)[^.!?]{0,40}${EN_NOT_DENIED}(?:enter|provide|type|tell us)[^.!?]{0,20}(?:card pin|atm pin|pin code|card password)`,
      // Any code handed to a person for a refund: the bank's SMS code is what the Hangzhou victim was one step from
      // giving. GIVE_CODE holds only the asks a person makes, not a form's "请输入验证码". The refund may be "given back":
      // "您的账户存在重复扣费，我们为您办理退还，请提供银行卡号和收到的验证码". Not asked whether ("年费退还是否需要提供验证码").
      // Nor reported ("如果对方说退款需要提供验证码，请挂断电话").
      `${guardedWords(notAfter('说|称|讲|表示', 3, CLAUSE_END), MONEY_BACK)}${gapWithout(HOW_OR_WHETHER, 30, SENTENCE_END)}${guardedWords(NOT_DENIED_ASK, GIVE_CODE)}${notNamedAScam()}`,
      // The card's number with its password, or an account's password: "退款已审核通过，请输入支付宝账号和密码领取", "理赔请填写银行卡号和
      // 密码". A refund is paid to a card by its number alone.
      `${NOT_CONDITIONAL}${REFUND}[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:填写|输入|提供|告知)[^。！？\\n]{0,8}${ACCOUNT_AND_PASSWORD}${notNamedAScam()}`,
      // The card's balance, which no refund needs: "我们给您退款并补偿，请提供银行卡号和余额", "…请把银行卡号和卡内余额告诉我". The
      // caller wants to know what there is to take.
      `${guardedWords(NOT_CONDITIONAL, MONEY_BACK)}[^。！？\\n]{0,30}${guardedWords(NOT_DENIED_ASK, '(?:(?:提供|告知|告诉|填写|输入|报)[^。！？，,\\n]{0,10}(?<!查询|查看)余额|(?:把|将)[^。！？，,\\n]{0,10}余额[^。！？，,\\n]{0,4}(?:告诉|告知|发给|报给))')}${NOT_A_QUESTION}${notNamedAScam()}`,
      // An insurer's payout (a dividend, a maturity sum) that takes the card's password: "您的保单有一笔分红可以领取，请在本页面输入银行卡号
      // 和取款密码". Insurers pay into the account on the policy and never ask for its password.
      `${guardedWords(NOT_CONDITIONAL, '(?:分红|红利|满期金|生存金|保险金)')}[^。！？\\n]{0,30}${guardedWords(NOT_DENIED_ASK, '(?:填写|输入|提交|提供)')}[^。！？\\n]{0,6}(?:${ACCOUNT_AND_PASSWORD}|(?:银行卡|卡号)[^。！？，,\\n]{0,10}密码)${notNamedAScam()}`,
      // Or behind a link, the card with its code: "我们为您办理了理赔，请点击链接填写收款银行卡号和验证码".
      // Or on the page itself: "我们将为您办理退票并补偿200元，请在下方输入银行卡号和手机验证码", "需要把多扣的钱退给您，请在此页面
      // 输入银行卡号和短信验证码". A refund needs no code.
      `${MONEY_BACK}[^。！？\\n]{0,30}${guardedWords(NOT_DENIED_ASK, TYPED_HERE_OR_BELOW)}[^。！？，,\\n]{0,6}${CARD_AND_SECRET}${notNamedAScam()}`,
      // Told in two sentences, the ask opening the next one or the one after: "…我们将为您办理三倍赔偿。请在下方填写银行卡号和短信验证码"
      // (the Hangzhou script as a fake page sets it out). The ask must open its sentence (so a denial cannot come first) and
      // name the card and its code itself before any stop: the fields' own labels come after the text's last stop. Not
      // supposed ("若快递丢失需要理赔。…"), not asked (a question mark is no stop here). Not "请填写…" alone: a claim form says
      // so after its own rules ("理赔款将打入您的账户。请填写银行卡号和验证码").
      `${guardedWords(NOT_CONDITIONAL, MONEY_BACK)}${thenAsked(CARD_AND_SECRET, ASK_HERE_OPENS_SENTENCE)}`,
      `${REFUND}[^。！？\\n]{0,30}${OPEN_LINK}[^。！？\\n]{0,10}${NOT_DENIED_ASK}(?:填写|输入|提交|提供)[^。！？\\n]{0,6}${CARD_AND_SECRET}${notNamedAScam()}`,
      // A refund that wants the card's expiry or security code: "如需退款，请在此页面填写银行卡号、有效期和安全码". Money is paid to a
      // card by its number; those two only ever take money from it. A shop's checkout names its refund policy and then the
      // payment ("支持7天无理由退款，请在本页面输入卡号、有效期和安全码完成支付").
      `(?<!无理由|支持|可)${MONEY_BACK}[^。！？\\n]{0,30}${ASKED_HERE}[^。！？\\n]{0,10}(?:有效期|安全码|cvv|cvn|卡背面|背面三位)${notBefore('支付|付款|购买|下单|订购|结算|扣款', 20, SENTENCE_END)}${notNamedAScam()}`,
      // Or asked for them with no page named: "为了给您退款，需要您提供信用卡有效期及CVV码", "您的快递赔偿款待发放，请输入卡号、有效期和卡背面
      // 三位数字". Said of a card (an ID card's or a policy's 有效期 is a claim form's honest ask: "请提供银行卡号、身份证有效期"), not a
      // guarantee's terms ("支持7天无理由退款，…完成支付"), not a booking's guarantee ("…全额退款，请填写信用卡号、有效期和CVV作为担保"),
      // not asked how or whether.
      `${guardedWords(NOT_CONDITIONAL + '(?<!无理由|支持|可)', MONEY_BACK)}${gapWithout(HOW_OR_WHETHER, 30, SENTENCE_END)}${guardedWords(NOT_DENIED_ASK, '(?:填写|输入|提交|提供|告知|告诉|报(?:给|出|一下)|录入)')}[^。！？\\n]{0,8}${CARD_CHECK_NAMED}${NOT_A_QUESTION}${notBefore('支付|付款|购买|下单|订购|结算|扣款|担保|预订|预定|预授权', 20, SENTENCE_END)}${notNamedAScam()}`,
      // The payout several times over, then the card with its code: "我们将给您三倍赔偿，请在页面填写银行卡号和验证码". A shop's
      // guarantee ("假一赔三") says how it pays, never asks for the code, and tells you not to give it away.
      `${MULTIPLE_PAYOUT}[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:填写|输入|提供|提交|告知)[^。！？\\n]{0,8}${CARD_AND_SECRET}${notNamedAScam()}`,
      // The card with its code or password typed in to claim the money, named after the ask: "您的快递因地址不详被退回，请填写银行卡号和
      // 验证码领取赔偿", "…请填写银行卡号和验证码办理改签补偿". Money owed to you is paid to a card by its number alone. Not a captcha
      // ("图形验证码"), not a condition ("凡是要求…"), not denied, not named a scam.
      `${NOT_CONDITIONAL}${guardedWords(NOT_DENIED_ASK, '(?:填写|输入|提交|提供)')}[^。！？，,\\n]{0,6}${CARD_AND_SECRET}(?<!图片验证码|图形验证码)[^。！？，,\\n]{0,6}(?:领取|申领|接收|办理)[^。！？，,\\n]{0,4}(?:${MONEY_BACK}|赔款)${notNamedAScam()}`,
      // Not a supposition: "若有人要求您把验证码告诉他以便退款，请立即挂断".
      `${guardedWords(NOT_CONDITIONAL + NOT_DENIED_ASK, GIVE_CODE)}[^。！？\\n]{0,20}${REFUND_PAID}${notNamedAScam()}`,
      // A code typed while the caller "does the refund for you": "请打开手机银行，输入您收到的验证码，我们帮您操作退款". A form or
      // an app asks for the code it sent, and nobody else acts for you.
      `${NOT_DENIED_ASK}(?:输入|填写)[^。！？，,\\n]{0,8}(?:收到的?|手机上的?)(?:短信)?验证码[^。！？\\n]{0,12}(?:我们|我|客服|专员|工作人员)(?:来|会|这边)?(?:帮|替|为)(?:您|你)[^。！？\\n]{0,10}${REFUND_PAID}${notNamedAScam()}`,
      `(?:refund|compensation)[^.!?\\n]{0,40}${EN_NOT_DENIED}(?:tell|give|read|forward)(?: out)? (?:us|me|the agent|our agent|our staff|customer service)\\b[^.!?\\n]{0,20}(?:verification code|sms code|one-time code|\\botp\\b)`,
    ],
    cases: ['hangzhou-2022-parcel-claim', 'wuhan-2021-meeting-refund'],
  },
  {
    id: 'refund-quality-problem',
    description: {
      zh: '自称客服，说你买的商品有质量问题，要主动给你退款或“双倍赔偿”。',
      en: 'claims to be customer service: the item you bought has a quality problem and you are owed a refund or "double compensation".',
    },
    patterns: [
      // Asserted about the victim's purchase. Conditionals are excluded: "如您购买的商品存在质量问题",
      // "您购买的商品如果有质量问题", "…存在质量问题的话 / 时".
      // "…存在质量问题的，可申请退货" is the shop's rule, not a claim: nothing may follow with 的. Nor is a question
      // ("您购买的商品有质量问题吗？"), nor a shop's answer that refunds the way you paid ("…，我们已为您办理退货，退款原路返回"):
      // the script needs your card.
      `${NOT_DENIED_CLAIM}${YOUR_PURCHASE}${withoutIf(20, '，。！？')}(?:(?:存在|出现|有|被?检测出|被?检出|被?查出)(?:严重)?质量问题|${TEST_FAILED})(?!的|时|${QUESTION})${notBefore('原路|原支付', 30, SENTENCE_END)}`,
      `${NOT_DENIED_CLAIM}(?:检测|发现|查到|核实)(?:到|出)?您?(?:购买|所购|订购)的[^。！？]{0,20}(?:(?:存在|有|出现)?(?:严重)?质量问题|${TEST_FAILED})`,
      // The same said of "your order / item": 您的订单商品存在质量问题. Questions stay out (您的商品有质量问题吗).
      `${NOT_DENIED_CLAIM}(?<![如若果当一])您的(?:订单|商品|宝贝|货物|货品|产品)${withoutIf(20, '，。！？')}(?:(?:存在|出现|有)(?:严重)?质量问题|${TEST_FAILED})(?!的|时|${QUESTION})${notBefore('原路|原支付', 30, SENTENCE_END)}`,
      // The offer made to YOU ("平台给您双倍赔偿"): a shop's promise ("正品保证，质量问题三倍赔偿", "如有质量问题，双倍赔偿",
      // "出现质量问题的，双倍赔偿") names no one, or supposes.
      `${NOT_DENIED_CLAIM}${NOT_CONDITIONAL}(?:质量问题|${TEST_FAILED})(?!的)[^。！？]{0,25}[您你][^。！？]{0,12}${MULTIPLE_PAYOUT}`,
      // The same offer for an item "taken off sale" or "recalled": an honest shop refunds such an order, never doubly. The
      // food-safety law's rule ("召回后，消费者可依法要求十倍赔偿") is not an offer: it speaks of consumers and what they may ask.
      `${NOT_DENIED_CLAIM}(?:下架|召回|查封)(?!后|时|的)${gapWithout('消费者|顾客|可依法|依法|可要求|可以要求|可获|有权', 30, '。！？')}${MULTIPLE_PAYOUT}`,
      // Or for any reason at all, said of YOUR purchase: "您在淘宝购买的商品因仓库失火被烧毁，现为您办理双倍理赔". A shop's
      // guarantee of a double refund supposes ("您购买的商品如有质量问题，可获双倍赔偿").
      `${NOT_DENIED_CLAIM}${YOUR_PURCHASE}${gapWithout('如果|假如|万一|若|如|可获|可以?获', 30, SENTENCE_END)}${MULTIPLE_PAYOUT}`,
      `${NOT_DENIED_CLAIM}${NOT_CONDITIONAL}(?:质量问题|${TEST_FAILED})[^。！？]{0,40}${NOT_DENIED_ASK}(?:填写|输入|提供)[^。！？]{0,10}(?:银行卡|卡号|验证码|密码)`,
      `${EN_NOT_DENIED}(?:we|our system) (?:have |has )?(?:detected|found|identified) (?:a )?quality (?:issue|problem|defect) (?:with|in) your (?:order|item|product|purchase)`,
      '(?:double|twice|triple) (?:the )?(?:refund|compensation)[^.!?]{0,40}(?:card number|bank card|verification code)',
    ],
    cases: ['wuhan-2021-meeting-refund'],
  },
  {
    id: 'safe-account',
    description: {
      zh: '要你把钱转到所谓的“安全账户”。',
      en: 'asks you to move your money into a so-called "safe account".',
    },
    patterns: [
      // Not a bare 监管账户: "首付款存入资金监管账户" is honest escrow for a home purchase.
      `${NOT_DENIED_CLAIM}(?:转|汇|存)(?:入|到|至)[^。！？]{0,10}(?:安全账户|保护账户|核查账户|清查账户|(?:国家|公安|警方|司法)[^。！？]{0,4}监管账户)`,
      `${NOT_DENIED_CLAIM}(?:安全|核查|清查)账户[^。！？]{0,15}(?:转账|汇款|转入|验资)`,
      // Your money to "a designated account", to be checked: "需要把资金转到指定账户验证" (callers posing as a regulator). A firm that
      // bills you names its account for a payment (货款, 房租), not for your savings to be checked.
      `${NOT_DENIED_CLAIM}(?:把|将)[^。！？\\n]{0,10}(?:资金|钱|存款|余额|积蓄|所有|全部)[^。！？\\n]{0,6}(?:转|汇|存)(?:入|到|至)[^。！？\\n]{0,6}指定的?(?:账户|账号|银行卡)[^。！？\\n]{0,10}(?:验证|核查|清查|审查|验资|核验|保护|监管)${notNamedAScam()}`,
      // The check named first: "请配合我们进行资金核查，把余额转到指定账户". A firm names its account for what you owe it (货款), and a bank
      // pays a closed account's balance into the one you name ("您指定的账户").
      `(?:洗钱|涉案|涉嫌|核查|清查|审查|调查)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:把|将)[^。！？\\n]{0,6}(?:资金|存款|余额|积蓄|(?<!货)钱)[^。！？\\n]{0,6}(?:转|汇|存)(?:入|到|至)[^。！？\\n]{0,6}(?<![您你])指定的?(?:账户|账号|银行卡)${notNamedAScam()}`,
      `${EN_NOT_DENIED}(?:transfer|move|send)[^.!?]{0,30}(?:to|into) (?:a |the |our )?(?:safe|secure|safety|protected) account`,
    ],
    cases: [],
    advice: ['no-transfer'],
  },
  {
    id: 'sale-payout',
    description: {
      zh: '冒充闲鱼、转转等二手平台，说“买家已付款”，却要你先交保证金，或填银行卡号和验证码，才能收到钱。',
      en: 'poses as a second-hand marketplace (Xianyu, Zhuanzhuan): "the buyer has paid", but you must pay a deposit, or type your card number and code, to get the money.',
    },
    patterns: [
      // "买家已付款，但您的账户未开通收款功能，请填写银行卡号和验证码完成认证" or "…需先缴纳保证金才能收款". A marketplace pays a sale
      // into the account you already have with it, in its own app: getting paid never costs a deposit, and a page that
      // wants the card's code or password beside its number wants the money on it. Said as a fact: "如买家已付款…" and
      // "买家付款后…" are the marketplace's rules.
      `${NOT_CONDITIONAL}(?:买家|买方|对方|顾客)已经?(?:拍下并)?(?:付款|支付|拍下|下单)[^。！？\\n]{0,40}${NOT_DENIED_ASK}(?:(?:缴纳|支付|交纳?|缴|充值|转账?)[^。！？\\n]{0,8}(?:保证金|激活费|认证费|押金|解冻费|解冻金|开通费)|(?:填写|输入|提供)[^。！？\\n]{0,10}${CARD_AND_SECRET})${notNamedAScam()}`,
      // The sale "frozen" until you check a card: "您的商品已售出，资金已冻结，需验证收款银行卡后才能到账". A marketplace holds the money
      // until the buyer confirms, and asks nothing of your card for that.
      `${NOT_CONDITIONAL}(?:商品|宝贝|物品|闲置)[^。！？\\n]{0,10}已经?(?:售出|卖出|被拍下|被购买)[^。！？\\n]{0,30}(?:冻结|暂扣|扣押|无法到账|未能到账|不能到账)${NOT_ASKED_ABOUT}[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:验证|认证|填写|输入|提供)[^。！？\\n]{0,8}(?:银行卡|卡号|验证码|密码)${notNamedAScam()}`,
      // The buyer's money "cannot arrive" until you pay: "由于您的账户未开通保证金服务，买家付款无法到账，请先缴纳500元保证金". A
      // marketplace takes no deposit for paying you; its FAQ asks ("…需要缴纳保证金吗？") and says no.
      `(?:买家|买方)的?(?:付款|货款|钱款?|款项)[^。！？，,\\n]{0,6}(?:无法|未能|不能)(?:到账|提现|收款)[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:缴纳|支付|交纳?|缴|充值|转账?)[^。！？\\n]{0,8}(?:保证金|激活费|认证费|押金|解冻费|解冻金|开通费)${NOT_A_QUESTION}${notNamedAScam()}`,
      `(?:buyer|purchaser) (?:has )?(?:already )?paid[^.!?\\n]{0,60}${EN_NOT_DENIED}(?:pay|send|transfer)[^.!?\\n]{0,20}(?:deposit|activation fee|verification fee)`,
      `(?:buyer|purchaser) (?:has )?(?:already )?paid[^.!?\\n]{0,60}${EN_NOT_DENIED}(?:enter|confirm|verify|provide)[^.!?\\n]{0,20}(?:card number|card details|bank card)`,
    ],
    cases: [],
    advice: ['sale-payout-in-app'],
  },
  {
    id: 'screen-share-meeting',
    description: {
      zh: '“客服”要你进会议或共享屏幕，说是给你退款，或是“处理”账户风险、扣费。',
      en: '"Customer service" has you join a meeting or share your screen, to "refund" you or to "fix" an account they say is at risk or about to be charged.',
    },
    patterns: [
      `(?:客服|工作人员|专员)[^，。！？,.!?]{0,20}${NOT_DENIED_ASK}(?:下载|打开|进入|加入|开启)[^，。！？,.!?]{0,10}(?:屏幕共享|共享屏幕|会议)`,
      `(?:退款|理赔|退费|赔偿)[^。！？]{0,20}${NOT_DENIED_ASK}(?:屏幕共享|共享屏幕|(?<!无法|不能|不可)(?:加入|进入)[^。！？]{0,6}会议)`,
      `${NOT_DENIED_CLAIM}(?:屏幕共享|共享屏幕|(?:加入|进入)[^。！？]{0,6}会议)[^。！？]{0,20}(?:退款|理赔|退费|赔偿)`,
      // A meeting app to install and someone to walk you through the refund: "请下载腾讯会议，输入会议号，我们一步步教您领取理赔款".
      `${NOT_DENIED_ASK}(?:下载|安装|打开)[^。！？\\n]{0,10}会议[^。！？\\n]{0,20}(?:教|带|指导|帮)[^。！？\\n]{0,6}(?:您|你)[^。！？\\n]{0,10}(?:退款|理赔|退费|赔偿)${notNamedAScam()}`,
      // A payout, then a meeting app to get it: "公司要对您进行赔付，请下载会议软件和我对接". No shop or insurer pays out in a meeting.
      `${REFUND}[^。！？\\n]{0,20}${NOT_DENIED_ASK}${JOIN_MEETING}${notNamedAScam()}`,
      // No refund, only trouble with YOUR account, then the share: "您的淘宝账户存在风险，请下载会议软件共享屏幕处理". A meeting app's
      // own help speaks of the share alone ("加入会议后，点击共享屏幕"), and a warning denies it ("如遇账户异常，请勿共享屏幕").
      // Not while or if the trouble holds ("您的账户存在风险时，…"), nor a feature the trouble blocks ("扣费失败，无法使用共享屏幕").
      `${NOT_DENIED_CLAIM}${YOU}的${withoutIf(10, SENTENCE_END)}(?<!会议)(?:账户|账号|资金|银行卡|信用卡|征信|会员|百万(?:医疗)?保障|订单)${withoutIf(10, SENTENCE_END)}(?:风险|异常|冻结|违规|扣费|影响|逾期)(?!时|的话|后)[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:${JOIN_MEETING}|屏幕共享|共享屏幕)${notNamedAScam()}`,
      // A charge, then a meeting where the caller "helps you cancel" it: "每月扣费600元，如不取消今天就会扣款，请加入腾讯会议我们协助您
      // 取消", "…需要您加入腾讯会议配合关闭". Nothing is cancelled in a meeting; a meeting's own help cancels its mute or its camera, not a charge.
      `(?:扣费|扣款|收费)[^。！？\\n]{0,30}${guardedWords(NOT_DENIED_ASK, JOIN_MEETING)}[^。！？\\n]{0,10}(?:协助|帮|指导|教|配合)[^。！？\\n]{0,6}(?:取消|关闭|退订|注销)(?!静音|会议|共享|屏幕|摄像|麦克风|视频)${notNamedAScam()}`,
      // The cancelling named before the meeting, and a person who walks you through it after: "您的会员即将每月扣除800元，如需关闭请
      // 下载腾讯会议，由客服指导操作". Not the meeting app's own plan (a charge after 会议: "您的腾讯会议会员将自动续费，如需关闭请打开
      // 腾讯会议App…，客服可指导您"), not supposed ("如果会员扣费后想取消，…"), not denied ("不用下载任何会议软件").
      `${guardedWords(NOT_CONDITIONAL + notAfter('会议', 8, SENTENCE_END), '(?:扣费|扣款|扣除|收费|续费)')}[^。！？\\n]{0,20}(?:取消|关闭|退订|注销|解除)[^。！？\\n]{0,10}${guardedWords(NOT_DENIED_ASK, JOIN_MEETING)}[^。！？\\n]{0,20}(?:客服|专员|工作人员|我们)[^。！？\\n]{0,6}(?:指导|协助|帮|教|带|远程|提示|操作)${notNamedAScam()}`,
      `(?:customer service|support agent|representative)[^.!?]{0,40}${EN_NOT_DENIED}(?:share (?:your|the) screen|screen[- ]shar|join (?:a|the|our) (?:meeting|zoom))`,
      '(?:refund|compensation)[^.!?]{0,40}(?:share your screen|screen[- ]sharing)',
    ],
    cases: ['wuhan-2021-meeting-refund'],
    // The story's own point leads, before the refund advice every case story gets: no real service needs a meeting or
    // your screen, and a share already running is stopped before anything else.
    advice: ['no-meeting', 'stop-screen-share'],
  },
  {
    id: 'subsidy-claim',
    description: {
      zh: '说你有一笔退税、补贴、助学金或报销款“待领取”“今天过期”，叫你在网页上填身份证、银行卡、密码和验证码。',
      en: 'says a tax refund, a subsidy, a grant or a reimbursement is "waiting for you" or "expires today", and has you type your ID number, bank card, password and SMS code into a web page.',
    },
    patterns: [
      // Said of YOUR money as waiting: "您有一笔职业技能补贴待领取". The tax office and the social-security office
      // speak of who may apply ("符合条件的人员可申请…") and of their own app, never of a sum waiting for you on a page.
      // A sum that sends you to an app, a government service platform or the checkout itself is theirs ("请登录个人所得税App
      // 查看", "以旧换新补贴可领取，请在下单时使用").
      // No English pattern: a tax-preparation service's own checkout says "your refund is pending" honestly.
      `[您你](?<![如若果当][您你])(?:有|名下有|账户有|尚有|还有)[^。！？]{0,20}(?:补贴|补助|津贴|退税|退税款|补偿金|补发款)(?:金|款)?[^。！？]{0,10}(?:待领取|未领取|可领取|待申领|待发放|尚未领取|可申领|需领取|需申领)${notBefore('app|政务服务|下单|结算|支付时|付款时|门店|柜台|个人所得税', 20, SENTENCE_END)}${notInNextSentence(CLAIM_OFFICE, 12)}`,
      // A claim with a deadline that voids it: "请于今日内完成申领，逾期作废".
      '(?:补贴|补助|津贴|退税)[^。！？]{0,30}(?:今日|今天|当日|当天|\\d+\\s*小时内|尽快)[^。！？]{0,12}(?:领取|申领)[^。！？]{0,12}(?:逾期|过期|否则)[^。！？]{0,6}(?:作废|失效|视为放弃|清零|收回)',
      // The money, then a link or this page to type a card into: "您的个人所得税可退税2680元，请点击链接填写银行卡领取". A tax
      // refund is claimed in the tax office's own app, which already holds the card; a guide's "点击链接下载申请表，填写…"
      // has a comma before its ask, so the ask must follow the link in the same clause; on "this page" it follows at once
      // (a shop's "以旧换新补贴：在本页下单时绑定银行卡" is a checkout).
      `(?:补贴|补助|津贴|退税|补偿金)(?:金|款)?${NOT_A_SCAM_KIND}[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:${OPEN_LINK}[^。！？，,\\n]{0,6}|在?${ON_THIS_PAGE})(?:填写|输入|提交|绑定|提供|登记)[^。！？，,\\n]{0,8}(?:银行卡|卡号|收款账户|验证码)${notNamedAScam()}`,
      // Money said to be waiting, claimed through a link: "您的个人所得税退税已到账，请点击链接领取退税款". Tax refunds and subsidies are
      // claimed in the offices' own apps; their notices link to details, not to a claim ("…已发放，请点击链接查看发放明细").
      `(?:补贴|补助|津贴|退税)(?:金|款)?${NOT_A_SCAM_KIND}[^。！？\\n]{0,10}(?:已到账|已发放|待领取|可领取|未领取|待申领)${gapWithout(OFFICIAL_CHANNEL, 10, SENTENCE_END)}${NOT_DENIED_ASK}${OPEN_LINK}[^。！？，,\\n]{0,4}(?:领取|申领|认领)${notBefore(OFFICIAL_CHANNEL, 20, SENTENCE_END)}${notNamedAScam()}`,
      // The same in English: "Your tax refund of $680 is pending, click the link to enter your bank card details".
      // Any payout (a grant, a reimbursement, a tax refund) paid only once you type the card's code or password: "您的孩子已获得国家助学金，
      // 请点击链接填写银行卡号和验证码", "您的异地医保报销款已审批，请在本页面填写银行卡号和密码". A school or an office asks for the card number
      // alone, to pay into it. Asked with 录入 or 登记 too, the card and the code the text sent may stand in two clauses: "国家助学金发放
      // 通知：请填写银行卡号，并输入收到的短信码".
      `${NOT_CONDITIONAL}${PAYOUT}${NOT_A_SCAM_KIND}[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:填写|输入|提交|提供|录入|登记)[^。！？\\n]{0,6}(?:${CARD_AND_SECRET}|${CARD_THEN_SENT_CODE}|${ACCOUNT_AND_PASSWORD})${notNamedAScam()}`,
      `(?:tax refund|rebate|subsidy)[^.!?]{0,60}${EN_NOT_DENIED}(?:click|tap|follow|open)[^.!?]{0,20}\\blink\\b[^.!?]{0,30}(?:bank card|card number|card details|verification code)`,
      // Told in sentences: "您的个人所得税有一笔退税。金额为1280元。请在本页面填写银行卡号和验证码领取退税。" A payout already paid
      // ("…已打入您的社保卡") or claimed in an official app asks nothing here.
      `[您你](?<![如若果当][您你])[^。！？，,\\n]{0,10}(?:有|获得|可领取|可申领)[^。！？，,\\n]{0,10}(?:${PAYOUT}|补偿金|补发款)${thenAskedForCard(`${OFFICIAL_CHANNEL}|已到账|已发放|已打入|已存入`)}`,
      // Or YOUR payout said to be approved or waiting, not supposed ("若您的…"): "您的退税款已审核。请录入银行卡号和短信动态码领取退税。"
      `${YOU}的[^。！？，,\\n]{0,10}${PAYOUT}${withoutIf(6, CLAUSE_END)}(?:已经?(?:审核|审批|核准|批准)(?:通过)?|审核通过|审批通过|待领取|待发放|可领取)${thenAskedForCard(`${OFFICIAL_CHANNEL}|已到账|已发放|已打入|已存入`)}`,
    ],
    cases: [],
    advice: ['subsidy-official-only'],
  },
  {
    id: 'task-rebate',
    description: {
      zh: '说“点赞、刷单就能赚钱”，先给你一点甜头，再叫你垫钱做“任务”，骗你转账和填银行卡。',
      en: 'offers easy money for liking posts or boosting orders, pays a little first, then has you pay in for "tasks", to get your money and your card.',
    },
    patterns: [
      // No pattern crosses a line, and none fires just before the words an anti-fraud notice uses of it
      // ("刷单返利类诈骗", "垫付本金的刷单都是骗局").
      // The offer by name: "刷单返利，日结佣金". An honest shop, job board or rider app never uses 刷单 of itself.
      `(?<!不|勿|别|谨防|警惕|防范|拒绝|远离|打击)刷单(?:返利|返佣|返现|兼职|赚钱|赚佣金|任务|做任务)${notNamedAScam()}`,
      // Pay in for a task, get it back with a commission: "完成任务需先充值，任务完成后返还本金和佣金". A shop's return
      // policy has the buyer advance postage (垫付运费…返还), never a principal and a commission for a task.
      `(?:任务|刷单|做单|连单|派单)[^。！？\\n]{0,20}(?:垫付|充值|预付|先付)[^。！？\\n]{0,20}(?:本金|佣金)${notNamedAScam()}`,
      // The same in the script's own four words: "做任务领佣金，先垫付后返利". Nobody honest pays you back "after" you advance
      // money for a task.
      `(?:任务|刷单|做单|连单|派单)[^。！？\\n]{0,20}${NOT_DENIED_ASK}先(?:垫付|垫资|充值|付款)[^。！？\\n]{0,4}(?:后|再)(?:返利|返佣|返现|返还|返款)${notNamedAScam()}`,
      // Money for likes: "点赞关注，日赚300元", "做任务一单赚20元". Watching videos for coins and rider work paid by
      // the day (日结) are honest apps' and job boards' words, so they are not in the list.
      `(?:点赞|刷单|做任务|做单)[^。！？\\n]{0,15}(?:日赚|日入|每天(?:能|可以?)?赚|一单(?:能|可以?)?赚|一单返|每单返)[^。！？\\n]{0,6}\\d+(?:\\.\\d+)?\\s*(?:元|块)${notNamedAScam()}`,
    ],
    cases: [],
    advice: ['no-paid-tasks'],
  },
  {
    id: 'traffic-fine',
    description: {
      zh: '冒充交管部门，说你有交通违法没处理，或驾驶证要审验、到期，叫你点链接交钱，骗你在网页上填银行卡和验证码。',
      en: 'poses as the traffic police: you have an unpaid fine, or your driving licence is "due for review", and must pay through a link, to get your card and SMS code.',
    },
    patterns: [
      // Fines are looked up and paid in the traffic police's own app (交管12123) or at a bank. The honest notice names
      // the app ("请及时通过交管12123 App处理"); a car-service app says "点击查看". Only a link or "this page" is the scam's.
      `${YOU}的?(?:车辆|机动车|爱车|小型汽车|汽车|驾驶证|名下)?[^。！？\\n]{0,15}(?<!没)(?:有|存在|产生)[^。！？\\n]{0,8}(?:交通违法|违章)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}|${PAY_HERE})${notNamedAScam()}`,
      `(?:交通违法|违章)[^。！？\\n]{0,20}(?:罚款|罚金|滞纳金)[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}|${PAY_HERE})${notNamedAScam()}`,
      // A fine paid with the card's details and the bank's code: "交通违法罚款缴纳：请填写银行卡号和短信验证码".
      `(?:交通违法|违章|罚款)[^。！？\\n]{0,30}${NOT_DENIED_ASK}(?:填写|输入|提供|绑定)[^。！？\\n]{0,10}(?:银行卡|卡号|验证码|安全码|cvv)${notNamedAScam()}`,
      // YOUR offence "not dealt with", then a link or this page: "您的交通违章未处理，请点击链接缴纳罚款". The traffic police's notices
      // send you to their app (交管12123), and an FAQ supposes ("如您的违章未处理…").
      // YOUR licence "due", then a link or this page: "您的驾驶证即将到期，需在线审验，请点击链接填写银行卡号缴纳审验费", "您的电子驾驶证
      // 需要年审，请点击链接…", "您的驾驶证即将扣满12分，…请在本页面支付" (points cleared for money, which is itself unlawful). The
      // police's notices name their app or the licensing office.
      `${YOU}的(?:电子)?(?:驾驶证|驾照|行驶证)${withoutIf(10, SENTENCE_END)}(?:即将|已经?|将|需要?)?(?:到期|过期|审验|年审|换证|扣分|被扣|扣满|降级|注销)${NOT_ASKED_ABOUT}${gapWithout(`${OFFICIAL_CHANNEL}|12123|车管所`, 20, SENTENCE_END)}${NOT_DENIED_ASK}(?:${OPEN_LINK}|${PAY_HERE})${notBefore(`${OFFICIAL_CHANNEL}|12123|车管所`, 20, SENTENCE_END)}${notNamedAScam()}`,
      `${YOU}的[^。！？\\n]{0,10}(?:交通违法|违章)(?:记录|行为)?[^。！？\\n]{0,6}(?:未处理|尚未处理|待处理|未缴纳?|逾期未)${gapWithout(`${OFFICIAL_CHANNEL}|12123`, 20, SENTENCE_END)}${NOT_DENIED_ASK}(?:${OPEN_LINK}|${PAY_HERE})${notNamedAScam()}`,
    ],
    cases: [],
    advice: ['fine-in-12123'],
  },
  {
    id: 'utility-cutoff',
    description: {
      zh: '冒充电力、燃气公司，说你欠费“今天就停电、停气”，叫你点链接在网页上交费，骗你的银行卡和验证码。',
      en: 'poses as the power or gas company: you owe money and "the supply is cut off today", so pay through a link, to get your card and code.',
    },
    patterns: [
      // The overdue bill, the cut-off and a link or this page in one sentence: "您的电费已欠费，今日18点将停电，请点击链接缴费".
      // A utility's own reminder says when and where to pay ("为避免停电，请及时缴费", "请通过网上国网App缴费"); its FAQ asks
      // ("欠费后多久停电？"). Neither sends you to a link to pay.
      // Paying "on this page" right after the words, or after the card number typed in there ("请在此页面填写银行卡号缴费",
      // "…输入银行卡号和验证码立即缴费"), not "在本页面查看缴费网点" nor "在本页面输入户号缴费" (the account number of an honest bill
      // page); not supposed ("如电费逾期未缴…").
      `${NOT_CONDITIONAL}(?:电费|水费|燃气费|煤气费|天然气费|暖气费|供暖费)[^。！？\\n]{0,10}(?:欠费|逾期|未缴|未交|拖欠)[^。！？\\n]{0,30}(?:停电|停水|停气|断电|断气|停暖|停止供(?:电|气|水|暖))[^。！？\\n]{0,20}${NOT_DENIED_ASK}(?:${OPEN_LINK}|${ON_THIS_PAGE}(?:(?:填写|输入)[^。！？，,\\n]{0,6}(?:银行卡号|卡号)[^。！？，,\\n]{0,8})?(?:缴纳|缴费|交费|支付|付款))${notNamedAScam()}`,
    ],
    cases: [],
    advice: ['utility-official-only'],
  },
];
