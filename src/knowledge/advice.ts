// What to do, in short plain sentences for someone under pressure from a caller. zh_CN first.
// The ids are a contract: the verdict code and the popup refer to them. Sorted by id.

import type { Advice } from './types';

export const ADVICE: Advice[] = [
  {
    // The "your Alipay / WeChat account is frozen" script: a platform lifts its own limits inside its own app,
    // never through a card or a code typed into a page.
    id: 'account-in-own-app',
    text: {
      zh: '支付宝、微信等账户被限制，只在它们自己的 App 里处理，不用在网页上填银行卡和验证码。打开官方 App 看一看。',
      en: 'A limited Alipay or WeChat account is sorted out only in its own app, never by typing a card or a code into a web page. Open the official app and check.',
    },
  },
  {
    id: 'call-96110',
    text: {
      zh: '拿不准就打全国反诈专线 96110 问一问。',
      en: 'Not sure? Call the national anti-fraud hotline 96110 and ask.',
    },
  },
  {
    // The "your card is frozen, upgrade it here" script, and "your card was stolen from, read us the code to freeze it":
    // only the bank can say, on its own number, and it never needs the code.
    id: 'card-with-bank',
    text: {
      zh: '银行卡不用在网页上“升级”或“解冻”。卡被盗刷，银行冻结也不用你的验证码。有疑问，自己打银行卡背面印着的电话问。',
      en: 'A bank card is never "upgraded" or "unfrozen" on a web page. To stop a stolen card, the bank never needs your code. If unsure, call the number on the back of your card yourself.',
    },
  },
  {
    // The "your number will be cut off, verify through this link" text: carriers do real-name checks and
    // suspensions in their shops and their own apps.
    id: 'carrier-official-only',
    text: {
      zh: '停机和实名认证只在营业厅或运营商官方 App 办，不在网页上填银行卡。拿不准就打 10086、10010 或 10000 问。',
      en: 'Phone-number suspensions and real-name checks are done only in the carrier\'s shops or official app, never by typing a bank card into a web page. If unsure, call 10086, 10010 or 10000.',
    },
  },
  {
    id: 'check-address',
    text: {
      zh: '看一看地址栏：这个网址不是它自称的那家公司的。',
      en: 'Look at the address bar: this site does not belong to the company it claims to be.',
    },
  },
  {
    // The "we repair your credit record" script: the lawful way to correct a record is a dispute, and it is free.
    id: 'credit-no-repair',
    text: {
      zh: '网上说能“修复征信”的都是骗局，不要交钱。记录有错，可以免费请人民银行征信中心更正。',
      en: 'Anyone online who offers to "repair" a credit record is a scammer. Do not pay. If a record is wrong, the PBOC Credit Reference Center corrects it for free.',
    },
  },
  {
    // The 注销校园贷 script: the threat is the credit record, so the advice answers that threat.
    id: 'credit-not-by-phone',
    text: {
      zh: '征信不会因为你没注销某个账户就变坏，网上也没人能帮你改征信。不要转账，挂断电话。',
      en: 'Your credit record does not suffer because you did not close some account, and nobody online can change it. Do not send money; hang up.',
    },
  },
  {
    // The "your parcel is held at customs, pay the duty here" script: real duty is collected by the courier in its own app.
    id: 'customs-official-only',
    text: {
      zh: '海关不会叫你在网页上交关税或罚款。要交税，只在快递公司官方 App 里交。拿不准就打海关热线 12360 问。',
      en: 'Customs never has you pay duty or a fine on a web page. Pay duty only in the courier\'s official app. If unsure, call the customs hotline 12360.',
    },
  },
  {
    // The debt "relief" agent: a plan for a debt in arrears is agreed with the bank itself, for nothing.
    id: 'debt-plan-with-bank',
    text: {
      zh: '还不上钱，自己打银行官方电话协商分期，不花钱，不用中介。要你先交服务费或填卡号、验证码的，是骗子。',
      en: 'Cannot repay? Call your bank\'s official number yourself: a plan is free and needs no agent. Anyone asking for a fee, your card or a code is a scammer.',
    },
  },
  {
    // The "open an e-CNY wallet and get money" script: wallets are opened inside the official apps, for nothing.
    id: 'digital-rmb-official-app',
    text: {
      zh: '数字人民币钱包只在官方“数字人民币”App 或你的银行 App 里开通，不在网页上填银行卡和验证码。说“开通就送钱”的链接，别点。',
      en: 'A digital RMB (e-CNY) wallet is opened only in the official e-CNY app or your bank\'s app, never by typing a card or code into a web page. Ignore links that pay you to open one.',
    },
  },
  {
    // The ETC SMS script: an ETC that "expires" is renewed with the bank or company that issued it, not on a link.
    id: 'etc-with-issuer',
    text: {
      zh: 'ETC 不会因为没在网页上“认证”就失效。有疑问，自己打发卡银行或 ETC 公司的官方电话问。',
      en: 'An ETC tag does not expire because you skipped a web "verification". If unsure, call the bank or ETC company that issued it yourself.',
    },
  },
  {
    // The "unpaid traffic fine" and "your licence is due" texts: fines, licence reviews and renewals are all done in the
    // traffic police's app.
    id: 'fine-in-12123',
    text: {
      zh: '交通罚款、驾驶证审验和换证，都在“交管12123”App 里办。不要点短信里的链接，不用在网页上填银行卡和验证码。',
      en: 'Traffic fines, and driving licence reviews and renewals, are all done in the traffic police\'s own "12123" app. Do not open links in text messages, and never type your card or SMS code into a web page.',
    },
  },
  {
    // The "we get back what your child spent in a game" script: the guardian applies to the game itself, and the money goes
    // back the way it was paid.
    id: 'game-refund-official',
    text: {
      zh: '孩子在游戏里充的钱，只在游戏官方 App 或官方客服申请退款，钱原路退回。要你填银行卡号、密码或先交钱的，是骗子。',
      en: "Only the game's official app or support refunds a child's spending, back the way it was paid. Anyone asking for your card, password or a fee is a scammer.",
    },
  },
  {
    id: 'hang-up-verify',
    text: {
      zh: '先挂断电话，再自己拨打平台的官方客服电话核实。',
      en: "Hang up first, then call the platform's official number yourself to check.",
    },
  },
  {
    // The "your housing fund can all be withdrawn" text: the local centre handles it, for free, on its hotline 12329 too.
    id: 'housing-fund-official',
    text: {
      zh: '公积金只在当地公积金中心的官方 App、网站或窗口办，不用在网页上填银行卡密码，也不用先交钱。有疑问，打 12329 问。',
      en: "Housing fund withdrawals are handled only in your local housing fund centre's official app, site or office, with no card password and no fee first. If unsure, call 12329.",
    },
  },
  {
    id: 'if-typed',
    text: {
      zh: '如果已经填了：马上拨打银行卡背面的电话，冻结银行卡，再打 96110 或 110。',
      en: 'If you already typed it: call the number on the back of your card now, freeze the card, then call 96110 or 110.',
    },
  },
  {
    // The "your medical / social insurance card lapses" script: the offices' own national hotlines answer it.
    id: 'insurance-by-hotline',
    text: {
      zh: '社保卡、医保卡不会因为没在网页上“认证”“激活”就失效，余额也不会清零。有疑问，自己打 12333（社保）或 12393（医保）问。',
      en: 'An insurance card does not lapse because you skipped a web "verification" or "activation", and its balance is not cleared. If unsure, call 12333 (social insurance) or 12393 (medical insurance) yourself.',
    },
  },
  {
    // The "pay before you start the job" script: an employer may not take a fee or a deposit to hire you (劳动合同法 art. 9).
    id: 'job-no-fee',
    text: {
      zh: '正规招工不收钱。还没上班就要你交培训费、服装费或押金的，是骗局。',
      en: 'A real employer never charges you to start. A training, uniform or deposit fee before the job is a scam.',
    },
  },
  {
    // The "raise your credit limit" script: only the issuing bank raises a limit, through its own app or hotline.
    id: 'limit-with-bank',
    text: {
      zh: '信用卡提额只找发卡银行，不用在网页上填卡号、安全码或验证码。有疑问，自己打卡背面的电话问。',
      en: 'Only the bank that issued your card raises its limit, and never through a web page asking for the card number, security code or SMS code. If unsure, call the number on the back of your card yourself.',
    },
  },
  {
    // The "loan without a credit check" text: a real lender checks the record and takes no fee before paying out.
    id: 'loan-official-only',
    text: {
      zh: '正规贷款都要查征信，放款前不收任何钱。要借钱，只在银行或持牌机构的官方 App 里办。',
      en: "A real loan always checks your credit record and takes no money before paying out. Borrow only in a bank's or licensed lender's official app.",
    },
  },
  {
    // The "your mortgage rate can be lowered" text: the lending bank makes the change itself, in its own channels.
    id: 'mortgage-with-bank',
    text: {
      zh: '房贷利率由放贷的银行调整，不用在网页上办。不要点短信里的链接，不要填银行卡、密码和验证码。有疑问，自己打贷款银行的官方客服电话。',
      en: "Your lending bank changes your mortgage rate itself; nothing is done on a web page. Do not open links in text messages, and never type your card, password or SMS code. If unsure, call your bank's official number yourself.",
    },
  },
  {
    id: 'never-share-code',
    text: {
      zh: '短信验证码只给自己用，不要告诉任何人，也不要替别人填。',
      en: 'An SMS code is for you alone: never tell it to anyone or type it in for them.',
    },
  },
  {
    id: 'no-card-password',
    text: {
      zh: '谁都不需要你的银行卡或支付密码，客服和商家也不需要。',
      en: 'Nobody needs your card or payment password: no shop, no customer service.',
    },
  },
  {
    // The refund script's money step: the victim borrows on a credit line "to verify" and sends the money on.
    id: 'no-loan-for-refund',
    text: {
      zh: '退款和理赔从来不用你先借钱。叫你开借呗、花呗、备用金“验证”的，都是骗子。不借钱，不转账，挂断电话。',
      en: 'A refund or claim never needs you to borrow first. Anyone who has you open Jiebei, Huabei or a loan "to verify" is a scammer. Do not borrow, do not send money, hang up.',
    },
  },
  {
    id: 'no-meeting',
    text: {
      zh: '真正的客服不会让你进会议，也不会让你共享屏幕。',
      en: 'Real customer service never asks you to join a meeting or share your screen.',
    },
  },
  {
    // The "likes and orders for commission" script: the first small payouts are bait for the larger sums paid in.
    id: 'no-paid-tasks',
    text: {
      zh: '点赞、刷单赚佣金都是骗局。先给你一点小钱，再叫你垫钱，垫的钱就拿不回来了。',
      en: 'Paid likes and order-boosting tasks are a scam. You get a little money first; then you are told to pay in, and that money is gone.',
    },
  },
  {
    // The 冒充公检法 script: the caller is "the police", so "call the platform's customer service" does not fit.
    id: 'no-police-by-phone',
    text: {
      zh: '公安、检察院、法院不会打电话办案，也不会要你的卡号和验证码。挂断电话，自己打 110 问。',
      en: 'The police, prosecutors and courts never run a case by phone and never ask for your card or codes. Hang up and call 110 yourself.',
    },
  },
  {
    // The "you won a prize" script: the draw was never entered, and a real prize asks for no secret and no fee first.
    id: 'no-prize-fee',
    text: {
      zh: '没参加过的抽奖，不会中奖。领奖不用填银行卡密码和验证码，也不用先交钱。',
      en: 'You cannot win a draw you never entered. A real prize never needs your card password, an SMS code or a fee paid first.',
    },
  },
  {
    // The meeting story, when no share runs: "stop sharing" would be about nothing.
    id: 'no-screen-share',
    text: {
      zh: '如果有人让你共享屏幕，不要共享。',
      en: 'If someone asks you to share your screen, do not.',
    },
  },
  {
    // The "sure profit" investment script: the platform is the fraudster's own, so money paid in does not come out.
    id: 'no-sure-profit',
    text: {
      zh: '说“稳赚不赔”的投资都是骗局。不要往陌生平台转钱。投资只用正规银行、券商的官方 App。',
      en: "An investment that \"cannot lose\" is a scam. Do not send money to an unknown platform. Invest only through a licensed bank's or broker's official app.",
    },
  },
  {
    id: 'no-transfer',
    text: {
      zh: '不要为了“解冻退款”或“安全账户”转账，这样的要求都是诈骗。',
      en: 'Never send money to "release" a refund or to a "safe account": that request is always fraud.',
    },
  },
  {
    id: 'official-only',
    text: {
      zh: '退款、理赔只在官方网站或官方 App 里办理。',
      en: "Handle refunds and claims only in the company's official website or app.",
    },
  },
  {
    // Refund advice where no refund is in sight (a fake bank login, an airline's SMS login): the point is only
    // where to go instead of this page (core/verdict/story-fit.ts).
    id: 'official-site-or-app',
    text: {
      zh: '只用这家公司的官方网站或官方 App。自己打开 App 或输入网址，不点别人发来的链接。',
      en: "Use only the company's official website or app. Open the app or type the address yourself; do not follow links someone sent you.",
    },
  },
  {
    // The "your parcel cannot be delivered, pay a small fee" text: couriers redeliver without a fee paid on a link.
    id: 'parcel-fee-official-only',
    text: {
      zh: '快递公司不会让你在网页上补交运费。查快递，只用快递公司的官方 App 或官网。',
      en: "Couriers never ask you to pay a redelivery fee on a web page. Track a parcel only in the courier's official app or website.",
    },
  },
  {
    // The "your pension check is due" text: the yearly check is free, a face scan in an official app or at a community centre.
    id: 'pension-free-in-app',
    text: {
      zh: '养老金资格认证不收钱，在“掌上12333”等官方 App 里刷脸就行，不用填银行卡和验证码。有疑问，打 12333 问。',
      en: 'The pension eligibility check is free: a face scan in an official app such as "Zhangshang 12333" is enough, with no bank card or SMS code. If unsure, call 12333.',
    },
  },
  {
    // The "your points turn into cash today" text: points are redeemed inside the shop's or the bank's own app,
    // and never by typing a card's number, expiry date, security code or an SMS code into a page.
    id: 'points-in-official-app',
    text: {
      zh: '积分兑换不用填银行卡号、有效期、安全码或验证码。要兑换，只在官方App里办。',
      en: 'Redeeming points never needs your card number, expiry date, security code or SMS code. Redeem only in the official app.',
    },
  },
  {
    // The "the buyer has paid, now verify to get the money" page of the second-hand marketplace script: a sale is paid
    // into the seller's account inside the marketplace's own app, with no deposit and no card typed into a page.
    id: 'sale-payout-in-app',
    text: {
      zh: '卖东西收钱，只在闲鱼、转转等平台自己的 App 里看，钱会自己到账。收钱不用先交保证金，也不用在网页上填银行卡和验证码。',
      en: 'Money for something you sold arrives by itself: check it only in the marketplace\'s own app. Getting paid never needs a deposit, nor your card or a code typed into a web page.',
    },
  },
  {
    // For a fake sign-in page: "refunds and claims only in the official app" would be beside its point.
    id: 'sign-in-official-only',
    text: {
      zh: '只在官方网站或官方 App 里登录账号，密码不告诉任何人。',
      en: "Sign in only on the company's own website or app, and never tell anyone your password.",
    },
  },
  {
    // The caution one: an honest shop's checkout looks like this too, so the advice names the one situation
    // that turns it into the scam (a caller sent you here) instead of claiming a brand or a refund.
    id: 'stop-if-phone-sent-you',
    text: {
      zh: '如果是电话里的人让你打开这个网页，马上停下，挂断电话。',
      en: 'If someone on the phone told you to open this page, stop now and hang up.',
    },
  },
  {
    id: 'stop-screen-share',
    text: {
      zh: '先停止共享屏幕，再做其他事。',
      en: 'Stop sharing your screen before you do anything else.',
    },
  },
  {
    // The "a refund or subsidy waits for you" text: tax refunds go through the tax office's own app, subsidies
    // through the government's own sites, and the two offices answer on their national hotlines.
    id: 'subsidy-official-only',
    text: {
      zh: '退税和补贴只在政府官方 App 或网站办，不用在网页上填银行卡和验证码。有疑问，打 12366（税务）或 12333（社保）。',
      en: 'Tax refunds and subsidies are handled only in official government apps or sites, never by typing your bank card or SMS code into a web page. If unsure, call 12366 (tax) or 12333 (social security).',
    },
  },
  {
    // The "power goes off today, pay through this link" text: bills are paid in the utility's own app, a bank or its office.
    id: 'utility-official-only',
    text: {
      zh: '电费、燃气费只在官方 App、银行或营业厅交，不在陌生网页上填银行卡和验证码。拿不准就打账单上的电话问。',
      en: 'Pay power and gas bills only in the official app, at a bank or at the company\'s office, never by typing a card or SMS code into an unknown web page. If unsure, call the number on your bill.',
    },
  },
];
