// The two police-reported cases the product is built from, retold in our own words. The facts come from
// the case reports (Wuhan Jiang'an police, 2021; Hangzhou Xiaoshan police, 2022); no sentence is copied.
// Sorted by id. `summary` is what the popup shows a frightened person: two short sentences.

import type { FraudCase } from './types';

export const CASES: FraudCase[] = [
  {
    id: 'hangzhou-2022-parcel-claim',
    place: { zh: '浙江省杭州市萧山区', en: 'Xiaoshan District, Hangzhou, Zhejiang' },
    date: '2022-03-21',
    story: {
      zh:
        '一个境外号码冒充物流客服打给陈女士（43岁），说她的快递丢了，可以退款理赔。她确实有一个很久没到的快递，' +
        '问了卖家，卖家也说是物流出了问题，于是她信了：加对方为支付宝好友、扫了对方的二维码、填了银行卡号，' +
        '只差把银行发来的验证码告诉对方。她的支付宝绑了23张银行卡，共有490多万元。',
      en:
        'A caller from an overseas number posed as courier customer service and told Ms Chen (43) that her parcel ' +
        'was lost and she would be compensated. She really had a parcel that was long overdue, and the seller also ' +
        'blamed the courier, so she believed it: she added the caller as an Alipay friend, scanned his QR code and ' +
        "typed her bank card number. Only the bank's SMS code was left to send. Her Alipay had 23 bank cards " +
        'linked, holding over 4.9 million yuan.',
    },
    // Card number: typed. SMS code: about to be sent. ID number: the police list it among what this script
    // collects ("fill in your ID and bank card details").
    askedFor: ['card-number', 'otp', 'id-number'],
    outcome: {
      zh:
        '反诈平台向派出所发出预警，民警不到8分钟就赶到她家楼下，并一直打电话劝她停手。她及时停下，钱没有损失。' +
        '民警让她改了银行卡密码，并安装国家反诈中心App。',
      en:
        'The anti-fraud platform alerted the local police; officers reached her building in under eight minutes ' +
        'and kept phoning her until she stopped. Nothing was lost. Police had her change her card passwords and ' +
        'install the National Anti-Fraud Centre app.',
    },
    summary: {
      zh: '2022年杭州，骗子冒充物流客服说“快递丢了给你理赔”，陈女士已经填了银行卡号，差一步就把验证码给了对方。理赔只在官方平台办，验证码绝不告诉别人。',
      en:
        'In Hangzhou in 2022 a fake courier agent offered compensation for a "lost parcel"; Ms Chen had typed her ' +
        'card number and was one step from giving away the SMS code. Claims go through the official platform only, ' +
        'and an SMS code is never for anyone else.',
    },
    advice: ['hang-up-verify', 'never-share-code', 'official-only', 'no-transfer', 'call-96110', 'if-typed'],
  },
  {
    id: 'wuhan-2021-meeting-refund',
    place: { zh: '湖北省武汉市江岸区', en: "Jiang'an District, Wuhan, Hubei" },
    date: '2021-03-29',
    story: {
      zh:
        '李女士在网上买了东西。傍晚6点左右，一个自称支付宝客服的人打来电话，说她买的商品有质量问题，要给她退款，' +
        '让她进入对方给的腾讯会议房间操作。在会议里，她按对方说的输入了5张银行卡的卡号、密码和验证码。',
      en:
        'Ms Li had bought something online. Around 6 pm a caller claiming to be Alipay customer service said the item ' +
        'had a quality problem and she was owed a refund, and had her join a Tencent Meeting room he provided. Inside ' +
        'the meeting she typed the card numbers, passwords and verification codes of five bank cards, as told.',
    },
    askedFor: ['card-number', 'card-pin', 'otp'],
    outcome: {
      zh:
        '一张工商银行卡上的1545元马上被转走。她报了警：民警让她立刻退出会议，用4部手机同时联系银行挂失、冻结银行卡，' +
        '反诈中心冻结了收款账户。5张卡里的200多万元没有再少。',
      en:
        '1,545 yuan left one ICBC card at once. She called the police, who had her leave the meeting immediately and ' +
        'report the cards lost and frozen from four phones; the anti-fraud centre froze the receiving account. The ' +
        'more than 2 million yuan on the five cards was saved.',
    },
    summary: {
      zh: '2021年武汉，骗子冒充支付宝客服说“商品有问题给你退款”，让李女士进腾讯会议输入银行卡号、密码和验证码，钱马上被转走。真客服不会让你进会议，也不会要密码和验证码。',
      en:
        'In Wuhan in 2021 a fake Alipay agent promised a refund, took Ms Li into a Tencent Meeting and had her type ' +
        'card numbers, passwords and SMS codes; money left at once. Real customer service never needs a meeting, a ' +
        'password or a code.',
    },
    advice: [
      'no-meeting',
      'stop-screen-share',
      'no-card-password',
      'never-share-code',
      'hang-up-verify',
      'official-only',
      'if-typed',
      'call-96110',
    ],
  },
];
