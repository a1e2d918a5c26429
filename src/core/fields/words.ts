// The words that name each field kind, as data, in tiers.
//
//   strong    — names the kind on its own in label-like text (label, aria, placeholder, title, the text
//               just before the control).
//   weak      — suggests the kind; fires only with a second cue (a format, a send-code button, card context).
//   excluded  — the control is something else even if a positive word also matches (gift card number,
//               name on card, image captcha, coupon code).
//   attr      — id/name cues, matched on the id/name with separators removed ("card_number" → cardnumber).
//   tokens    — id/name whole tokens after splitting camelCase and separators: pinyin abbreviations
//               (yhk 银行卡, jymm 交易密码, yzm 验证码, sfz 身份证) and short words.
//   weakTokens— id/name tokens that need a second cue (a lone `code` or `pin` never fires).
//
// Phrases are lower case. ASCII phrases match on word boundaries; a space in a phrase also matches any
// punctuation or nothing, so one spelling is enough ("card number" also reads "cardnumber" and "card-number";
// a unit test keeps each list free of such repeats: every phrase ships in the content script).
// Chinese and Japanese phrases match as substrings.
import type { FieldKind } from '../types';

export interface KindWords {
  strong: readonly string[];
  weak: readonly string[];
  excluded: readonly string[];
  attr: readonly string[];
  tokens: readonly string[];
  weakTokens: readonly string[];
  attrExcluded: readonly string[];
}

/**
 * Cards and codes that are not bank cards or sent codes: gift cards, vouchers, loyalty and promo codes.
 * Excluded for every card kind and for one-time codes.
 */
const NOT_PAYMENT_TEXT = [
  'gift', 'giftcard', 'voucher', 'coupon', 'promo', 'promotion', 'promotional', 'discount', 'redeem', 'redemption',
  'loyalty', 'reward', 'rewards', 'gift certificate', 'bon d\'achat', 'mon bon', 'code promo', 'carte cadeau', 'chèque cadeau',
  'gutschein', 'geschenkkarte', 'einlösen', 'rabatt', 'tarjeta regalo', 'cupón', 'cupon', 'buono', 'sconto', 'cadeaukaart',
  'kortingscode', 'vale-presente', 'cupom', '礼品卡', '购物卡', '优惠码', '优惠券', '兑换码', '积分', '券',
];
export const NOT_PAYMENT_ATTR = ['gift', 'voucher', 'coupon', 'promo', 'discount', 'redeem', 'redemption', 'loyalty', 'reward', 'rewards', 'giftcert', 'certificate'];

/**
 * Cards that are not bank cards, named as the card being asked for: student, membership/loyalty, library,
 * transport, game-point, phone top-up, fuel, stored-value and shop gift cards (a 卡券 site takes their number
 * and password, 卡号 + 卡密码, and is no fake bank page for it), and ID cards. They rule out every card kind (its
 * number, password, expiry and security code). Each names the card itself (会员卡, member card), never the bare topic (会员, membership): a
 * fake "cancel your VIP membership" page still asks for a bank card number. Kept short: every word ships in the
 * scanner, scanner.js (weighed against the 20 KB budget); loyalty and rewards are in NOT_PAYMENT_TEXT, and bonus
 * card, student card, library card and id card in the card-number list itself (card number only).
 * Not bare e卡 either: ICBC's virtual card for shopping online is its e卡 (工行e卡); JD's gift card is named in full.
 * Not bare 一卡通: it is also China Merchants Bank's name for its debit card (招商银行一卡通), which fake CMB pages
 * ask the number of; the campus and city cards are named with what they are for.
 * Not 社保卡 or 医保卡: the social-security card is a bank card too, and fake "your card has lapsed" pages ask for it.
 * Unlike the excluded lists, these rule a card kind out only when the same text names no bank card (BANK_CARD_TEXT):
 * "ETC卡绑定的银行卡号", the fake ETC page's own label, still asks for a bank card (evidence.ts).
 */
export const NOT_BANK_CARD_TEXT = [
  '会员卡', '积分卡', '充值卡', '点卡', '游戏卡', '话费卡', '电话卡', '储值卡', '提货卡', '油卡', '京东卡', '京东e卡',
  '学生证', '学生卡', '校园卡', '校园一卡通', '市民一卡通', '交通一卡通', '公交一卡通', '城市一卡通', '借书证', '图书证',
  '读者证', '公交卡', '交通卡', '市民卡', 'member card', 'membership card',
  'membership number', 'isic', 'transit card', 'identity card', 'bonuskarte', 'kundenkarte',
  'mitgliedskarte', 'studentenausweis', 'carte de fidélité', 'carte étudiante', 'tarjeta de fidelidad', 'tarjeta de socio',
  'tarjeta de estudiante', 'carta fedeltà', 'tessera', 'cartão de fidelidade', 'cartão de estudante', 'klantenkaart',
  'studentenkaart', 'ov-chipkaart',
  // The cards of a road toll, a canteen, a door, a phone line, a gas meter and a hospital: each has its own number.
  'etc卡', '饭卡', '门禁卡', 'sim卡', '手机卡', '流量卡', '上网卡', '燃气卡', '就诊卡', '诊疗卡',
];

/** Words that name a bank card outright: with one of them, a non-bank card in the same text is only its context. */
export const BANK_CARD_TEXT = ['银行卡', '信用卡', '借记卡', '储蓄卡', '银联卡', 'bank card', 'credit card', 'debit card'];

const CARD_NUMBER: KindWords = {
  strong: [
    // Chinese phrases match inside longer text, so 卡号 also finds 信用卡号, 借记卡号, 银联卡号 … (with 信用卡 … before it).
    '卡号', '银行卡号', '银行卡账号',
    // The number printed on the card's face, said without the 卡号 contraction (会员卡片号码 stays out: 会员卡).
    '卡片号码', '卡面号码',
    'card number', 'card no', 'card num', 'credit card number', 'debit card number',
    'number on card', 'number on the card', 'long card number', 'credit card no', 'debit card no',
    'kartennummer', 'kreditkartennummer', 'numéro de carte', 'numero de carte', 'n° de carte',
    'no de carte', 'número de tarjeta', 'numero de tarjeta', 'nº de tarjeta', 'numero di carta', 'numero carta',
    'número do cartão', 'numero do cartao', 'número de cartão', 'kaartnummer', 'numer karty',
    'kortnummer', 'kortnummeret', 'korttinumero', 'číslo karty', 'číslo platební karty', 'αριθμός κάρτας',
    'номер карты', 'رقم البطاقة', 'kart numarası', 'nomor kartu', 'no. kartu', 'kartu kredit', 'nomor kartu kredit', 'カード番号', 'クレジットカード番号', '카드번호',
  ],
  weak: [
    '银行卡', '信用卡', '借记卡', '储蓄卡', '银联卡', 'credit card', 'debit card', 'card', 'carte', 'tarjeta',
    'karte', 'kreditkarte', 'carta', 'cartão', 'kaart', 'karta', 'kort', 'kartu', 'クレジットカード', '卡', 'number', 'nummer',
    'numéro', 'número', 'numero', 'no.', '号码',
  ],
  excluded: [
    'name on card', 'name on the card', 'card name', 'cardholder', 'holder name', '持卡人', '开户名',
    'bonus card', 'club card', 'store card number', 'student card', 'library card', 'sim card', 'id card', '身份证',
    'card type', 'type of card', 'card brand', 'card issuer', 'last 4', 'last four', 'nickname', 'postal', 'zip', 'phone', 'email',
    'karteninhaber', 'titulaire', 'titular', 'intestatario', 'name', 'nom', 'nombre', 'nome', 'naam', 'inhaber', 'owner',
    'détenteur', '姓名', 'appears on', 'routing', 'iban', 'bank account', 'order', 'house', 'street',
    'apartment', 'suite', 'building', 'hausnummer', 'numéro de rue', 'número de casa', 'huisnummer', '门牌',
    // How much is on (or may go through) the card is a sum, not its number; its last four digits are not it either.
    '余额', '金额', '额度', '后四位', '后4位', '末四位', '末4位', '尾号', ...NOT_PAYMENT_TEXT,
  ],
  attr: ['cardnumber', 'cardnum', 'ccnum', 'cardno', 'ccno', 'creditcardnumber', 'ccnumber', 'cardpan', 'accountnumbercard', 'bankcard', 'bankcardno'],
  tokens: ['yhk', 'yhkh', 'khh', 'yhkkh', 'xyk', 'xykh', 'kahao', 'cardno', 'ccnum', 'pan'],
  weakTokens: ['kh', 'card', 'cc', 'creditcard', 'number', 'num'],
  attrExcluded: [...NOT_PAYMENT_ATTR, 'holder', 'routing', 'order', 'iban', 'house', 'street', 'apt', 'suite', 'building', 'name', 'owner', 'type', 'brand', 'cvv', 'cvc', 'exp', 'month', 'year', 'coupon', 'voucher', 'loyalty', 'member', 'membership', 'student', 'library', 'isic', 'transit', 'clubcard', 'zip', 'postal', 'phone', 'mobile', 'email', 'country', 'code', 'pin', 'save', 'search', 'qty', 'quantity', 'count'],
};

const CARD_CVV: KindWords = {
  strong: [
    'cvv', 'cvv2', 'cvc', 'cvc2', 'cvn', 'cvn2', 'csc', 'cav2', 'cid', 'ccv', '安全码', '卡验证码', '卡背后三位',
    '背面后三位', '背面三位', '背面末三位', '背面的三位', '背面后3位', '背面末3位', '签名栏后三位', '签名栏末三位', '签名栏后3位', '签名栏末3位', '信用卡验证码', '檢查碼', 'card verification',
    'card security code', 'card code',
    'security number', 'verification number', 'verification value', 'card verification value', 'card verification code',
    'kartenprüfnummer', 'prüfnummer', 'prüfziffer', 'sicherheitscode', 'kartenprüfziffer', 'cryptogramme',
    'code de sécurité', 'code de securite', 'code de vérification de la carte', 'código de seguridad', 'codigo de seguridad',
    'código de segurança', 'codigo de seguranca', 'codice di sicurezza', 'codice di verifica della carta',
    'beveiligingscode', 'kontrolnummer', 'säkerhetskod', 'sikkerhedskode', 'turvakoodi', 'kod cvv', 'kod bezpieczeństwa',
    'セキュリティコード', '보안코드', 'cvv/cvc', '3-digit', '3 digit code', 'three digit',
  ],
  weak: ['security code', 'verification code', 'code', 'digits on the back', 'back of your card', 'back of the card', '3 or 4 digits'],
  // A product's anti-counterfeit code (防伪码, its 安全码) is checked on the maker's site: no card's.
  excluded: ['sms', 'text message', 'email', 'postal', 'zip', '短信', '手机', 'captcha', 'web code', '防伪', ...NOT_PAYMENT_TEXT],
  attr: ['cvv', 'cvc', 'cvn', 'securitycode', 'cardcode', 'cardverification', 'cardsecurity', 'cccsc', 'ccv', 'cardcvv', 'verificationvalue', 'cardcheck'],
  tokens: ['cvv', 'cvc', 'csc', 'cvn', 'cid', 'ccv', 'cvv2', 'cvc2', 'aqm', 'cvd'],
  weakTokens: ['security', 'code', 'verification', 'sec'],
  attrExcluded: [...NOT_PAYMENT_ATTR, 'sms', 'otp', 'zip', 'postal', 'captcha', 'phone', 'email'],
};

const CARD_EXPIRY: KindWords = {
  strong: [
    '有效期', '有效期限', '有效日期', '到期日', '到期时间', '失效日期', '卡有效期', '有效年月', '有效期至', '有効期限', '만료일', '유효기간',
    'expiry', 'expiration', 'expiry date', 'expiration date', 'exp date', 'expires', 'expire', 'exp',
    'valid thru', 'valid through', 'valid until', 'valid to', 'good thru', 'good through', 'mm/yy', 'mm/yyyy',
    'mm/jj', 'mm/aa', 'mm/aaaa', 'mm/rr', 'ablaufdatum', 'gültig bis', 'gueltig bis', 'verfallsdatum',
    'ablauf', 'date d\'expiration', 'date d’expiration', 'date d\'expiry', 'expire le', 'date de validité', 'date de validite',
    'fecha de vencimiento', 'fecha de caducidad', 'fecha de expiración', 'fecha de expiracion', 'vencimiento', 'caducidad',
    'data di scadenza', 'scadenza', 'data de validade', 'validade', 'data de vencimento', 'vervaldatum', 'geldig tot',
    'vervaldag', 'data ważności', 'ważna do', 'utløpsdato', 'udløbsdato', 'utgångsdatum', 'giltig till', 'voimassa',
    'λήξη', 'ημερομηνία λήξης', 'срок действия', 'تاريخ الانتهاء', 'son kullanma', 'masa berlaku',
  ],
  weak: ['month', 'year', 'mm', 'yy', 'yyyy', 'mois', 'année', 'monat', 'jahr', 'mes', 'año', 'ano', 'mese', 'anno', 'maand', 'jaar', '月', '年'],
  excluded: [
    'birth', 'dob', '出生', '生日', 'geburt', 'naissance', 'nacimiento', 'passport', 'delivery', 'arrival', 'departure', 'start date', 'issue date', 'from date',
    // Other things that lapse, which forms ask the date of: an ID, a passport, a licence, a visa, a contract, a policy.
    '身份证', '证件', '护照', '驾驶证', '驾照', '行驶证', '执照', '签证', '通行证', '居住证', '许可证', '合同', '保单', '保险', '车险',
    ...NOT_PAYMENT_TEXT,
  ],
  attr: ['expiry', 'expir', 'expdate', 'expmonth', 'expyear', 'expmo', 'expyr', 'ccexp', 'cardexp', 'ccmonth', 'ccyear', 'cardmonth', 'cardyear', 'validthru', 'validuntil', 'validto', 'ablauf', 'vencimiento', 'scadenza', 'ccmm', 'ccyy', 'expm', 'expy'],
  tokens: ['exp', 'expiry', 'yxq', 'expires', 'mmyy'],
  weakTokens: ['month', 'year', 'mm', 'yy', 'yyyy', 'mon', 'yr', 'mo', 'date'],
  attrExcluded: ['birth', 'dob', 'bday', 'birthday', 'passport', 'delivery', 'ship', 'start', 'type', 'brand'],
};

const CARD_PIN: KindWords = {
  strong: [
    '取款密码', '交易密码', '支付密码', '银行卡密码', '卡密码', '查询密码', '银行密码', '提款密码', '取现密码', '六位密码', '6位密码', '付款密码',
    // The PIN named by the machine it opens, and the six digits named outright (a login password is "6-16位").
    'atm密码', '取款机密码', '柜员机密码', '六位数字密码', '6位数字密码',
    // The PIN of the online bank's USB key (U盾, K宝) signs its transfers, as the card's PIN pays. Its login password
    // (网银登录密码, online banking password) is not here: it is what every bank's own login asks for, and a bank the
    // guard does not know is no fake for naming it (red team 7). On a fake the host, a claim or a story says so.
    'u盾密码', 'k宝密码', 'ukey密码',
    // A payment app's own password does too: the account holds the cards bound to it (the Hangzhou case: 23).
    // Its payment password (支付密码) is above; the login password of the account opens it as well.
    '支付宝密码', '支付宝登录密码', '支付宝账户密码', '支付宝账号密码', '云闪付密码', '云闪付登录密码', '财付通密码',
    'alipay password', 'paypal password',
    '密码器', 'atm pin', 'card pin', 'pin code', 'pin number', 'atm password', 'card password', 'bank pin', 'personal identification number',
    'geheimzahl', 'code confidentiel', 'código pin', 'numero pin',
  ],
  weak: ['密码', 'pin'],
  // A membership, recharge or game card's password opens that card only: a cinema's 会员卡密码 is no bank secret
  // (NOT_BANK_CARD_TEXT). Nor is the query password of a housing-fund, tax or social-security account online
  // (公积金查询密码), which data and loan sites ask for: it reads the account, it opens no card.
  // Nor is the online bank's login password, though 银行密码 sits inside its names (above).
  excluded: [
    'pinterest', 'postal', 'zip', 'pin your', 'shipping', 'delivery', '公积金', '个税', '个人所得税', '社保查询', '医保查询',
    '网上银行密码', '手机银行密码', '电子银行密码', ...NOT_PAYMENT_TEXT,
  ],
  attr: ['atmpin', 'cardpin', 'pincode', 'pinnumber', 'bankpin', 'jymm', 'qkmm', 'zfmm', 'yhkmm', 'kmm', 'paypwd', 'paypassword', 'tradepwd', 'tradepassword', 'cashpwd'],
  tokens: ['jymm', 'qkmm', 'zfmm', 'yhkmm', 'kmm', 'cxmm', 'atmpin'],
  weakTokens: ['pin'],
  attrExcluded: [...NOT_PAYMENT_ATTR, 'zip', 'postal', 'pinterest', 'shipping'],
};

const OTP: KindWords = {
  strong: [
    // Also found inside longer text: 验证码 in 短信验证码 and 手机验证码, 动态码 in 短信动态码 (with 短信, an SMS word, before it).
    '验证码', '动态码', '动态密码', '校验码', '短信码', '验证代码', '确认码',
    // Banks also call the one-time code a "dynamic token" (动态口令), by SMS or from a token device.
    '动态口令', '短信口令',
    // "The six digits you received / the bank sent" is the code, whatever the label forgot to call it ("six
    // digits" alone is also how PIN boxes are described, so the receiving or sending has to be said).
    '收到的6位', '收到的六位', '收到的4位', '收到的四位', '短信中的6位', '短信中的六位', '短信里的6位', '短信里的六位',
    '发送的6位', '发送的六位', '发来的6位', '发来的六位',
    '簡訊驗證碼', '認證碼', '認証コード', '確認コード', 'ワンタイムパスワード', '인증번호', '인증 코드',
    'one-time code', 'one-time password', 'one-time passcode', 'otp', 'sms code', 'verification code', 'verify code',
    'confirmation code', 'authentication code', 'auth code',
    'security code sent', 'code sent', '2fa', 'two-factor', '2-step',
    'passcode', 'login code', 'access code sent', 'digit code', 'text message code',
    'bestätigungscode', 'verifizierungscode', 'sicherheitscode per sms', 'code de vérification', 'code de verification',
    'code de confirmation', 'código de verificación', 'codigo de verificacion', 'código de confirmación', 'codice di verifica',
    'codice otp', 'código de verificação', 'verificatiecode', 'kod weryfikacyjny', 'kod sms', 'verifieringskod',
    'kode verifikasi', 'mã xác nhận', 'mã otp', 'رمز التحقق', 'код подтверждения', 'tan', 'mtan', 'sms-tan',
  ],
  weak: ['code', 'enter code', 'enter the code', 'enter your code', 'your code', 'security code', 'pin', 'token', 'kode', 'código', 'codice', 'kod', 'コード', '码'],
  excluded: [
    '图形验证码', '图片验证码', '图形码', '看不清', '换一张', '换一个', '点击刷新', '点击图片', '图中', '右图', 'captcha', 'kaptcha',
    'image code', 'picture code', 'characters in the image', 'characters shown', 'security check image',
    '邀请码', '推荐码', '促销码', 'referral', 'invitation', 'invite code', 'postal', 'postcode', 'zip', 'area code',
    'country code', 'dialing code', 'product code', 'tracking', 'backup code', 'recovery code', 'recovery', 'sort code',
    'swift', 'iban', 'bic', 'vat', 'tax', 'reference', 'order number', 'bon de réduction', 'cap', 'plz', 'cep',
    'codigo postal', 'código postal',
    'code postal', 'postleitzahl', 'postnummer', 'cvv', 'cvc', 'card security', 'card verification', 'de la carte',
    'de la tarjeta', 'della carta', 'do cartão', 'der karte', 'back of', 'on your card', 'phone number', 'mobile number',
    'cell phone', 'numéro de téléphone', 'número de teléfono', 'telefonnummer', 'numero di telefono', '手机号', '电话号码',
    ...NOT_PAYMENT_TEXT,
  ],
  attr: ['^otp', 'otpcode', 'otpinput', 'otpfield', 'otpvalue', 'otpnum', 'inputotp', 'enterotp', 'smsotp', 'verificationpin', 'verifypin', 'smspin', 'smscode', 'verifycode', 'verificationcode', 'verifcode', 'onetimecode', 'onetimepassword', 'authcode', 'authenticationcode', 'twofactor', 'totp', 'mfacode', 'passcode', 'smsverif', '2fa', 'dxyzm', 'sjyzm', 'duanxin', 'yanzhengma', 'confirmationcode', 'securitycodesms', 'checkcodesms', 'smspwd'],
  tokens: ['otp', 'yzm', 'dxyzm', 'sjyzm', 'dtm', 'dtmm', '2fa', 'mfa', 'totp', 'tfa', 'passcode', 'yanzhengma', 'tan', 'mtan', 'vcode'],
  weakTokens: ['sms', 'code', 'pin', 'token', 'verify', 'verification', 'auth', 'check', 'confirm', 'validate', 'security'],
  attrExcluded: [...NOT_PAYMENT_ATTR, 'captcha', 'kaptcha', 'imgcode', 'imagecode', 'piccode', 'validatecode', 'checkcodeimg', 'zip', 'postal', 'postcode', 'country', 'area', 'dial', 'invite', 'referral', 'redeem', 'cvv', 'cvc', 'csc', 'backup', 'recovery', 'product', 'tracking', 'captchacode', 'tuxing', 'txyzm', 'tpyzm'],
};

const ID_NUMBER: KindWords = {
  // 身份证 also finds 身份证号 and 身份证号码, 证件号 also 证件号码 (Chinese phrases match inside longer text).
  strong: ['身份证', '证件号', '公民身份号码', 'id card number', 'id number', 'national id', 'identity number', 'identity card', 'id no', 'passport number', 'ssn', 'social security number'],
  weak: [],
  excluded: ['order id', 'user id', 'customer id', 'tracking', 'email', 'login'],
  attr: ['idcard', 'idnumber', 'identitycard', 'identityno', 'idcardno', 'nationalid', 'sfzh', 'sfzhm', 'zjhm', 'certno', 'certid', 'ssn'],
  tokens: ['sfz', 'sfzh', 'sfzhm', 'zjhm', 'ssn', 'idcard', 'idno'],
  weakTokens: [],
  attrExcluded: ['order', 'user', 'customer', 'session'],
};

const PHONE: KindWords = {
  // 手机 also finds 手机号, 手机号码 and 银行预留手机号; 电话 also 联系电话 and 电话号码.
  strong: ['手机', '电话', 'phone', 'mobile', 'telephone', 'cell', 'phone number', 'mobile number', 'telefon', 'téléphone', 'teléfono', 'telefono', 'telefone', 'telefoonnummer', '電話番号', '전화번호'],
  weak: ['tel'],
  excluded: ['code', 'verification', 'otp', '验证码', '收到的', 'country', 'extension'],
  attr: ['phone', 'mobile', 'telephone', 'cellphone', 'msisdn', 'shouji', 'sjhm', 'telefon'],
  tokens: ['tel', 'sjh', 'sjhm', 'phone', 'mobile', 'shouji', 'dh', 'lxdh'],
  weakTokens: [],
  attrExcluded: ['code', 'otp', 'verify', 'verification', 'pin', 'country', 'ext'],
};

const PASSWORD: KindWords = {
  strong: ['密码', 'password', 'passwort', 'mot de passe', 'contraseña', 'senha', 'wachtwoord', 'パスワード', '비밀번호'],
  weak: [],
  excluded: ['forgot', '忘记'],
  attr: ['password', 'passwd', 'pwd', 'passwort'],
  tokens: ['mm', 'pwd', 'pass', 'pw', 'mima'],
  weakTokens: [],
  attrExcluded: [],
};

export const KIND_WORDS: Readonly<Record<FieldKind, KindWords>> = {
  'card-number': CARD_NUMBER,
  'card-pin': CARD_PIN,
  'card-cvv': CARD_CVV,
  'card-expiry': CARD_EXPIRY,
  otp: OTP,
  'id-number': ID_NUMBER,
  phone: PHONE,
  password: PASSWORD,
};

/** Buttons that send a one-time code: a strong cue that the field beside them takes that code. */
export const SEND_CODE_WORDS: readonly string[] = [
  '获取验证码', '发送验证码', '重新发送', '重新获取', '获取短信验证码', '免费获取', '获取动态码', '发送动态码', '获取校验码', '获取',
  '发送', '秒后', '秒后重发', '重发', '取得驗證碼', '認証コードを送信', '인증번호 받기',
  'send code', 'get code', 'resend', 'send again', 'send otp', 'get otp', 'request code', 'send sms',
  'send verification', 'send me a code', 'text me', 'code erneut', 'erneut senden', 'renvoyer', 'reenviar', 'rinvia', 'opnieuw verzenden',
];

/** Words that say a code comes by SMS / to a phone: they rescue a code field from the captcha rule. */
export const SMS_WORDS: readonly string[] = ['短信', '手机', '簡訊', 'sms', 'text message', 'sent to', 'we sent', 'phone', 'mobile', '已发送', '发送至'];

/** Image captcha words: a code field with these is not a one-time code. */
export const CAPTCHA_WORDS: readonly string[] = [
  '图形验证码', '图片验证码', '图形码', '看不清', '换一张', '换一个', '点击刷新', '点击图片', '图中', '右图', 'captcha', 'kaptcha',
  'image code', 'picture code', 'characters in the image', 'characters shown', 'code shown', 'type the characters',
];

/** Buttons that apply a voucher or gift card: the field beside them takes that, not a card code or sent code. */
export const APPLY_WORDS: readonly string[] = [
  'apply', 'redeem', 'einlösen', 'anwenden', 'appliquer', 'utiliser', 'aplicar', 'canjear', 'applica', 'toepassen', 'inwisselen', '使用', '兑换', '应用',
];

/** Label words of ordinary fields: an autocomplete token alone does not make these card or code fields. */
export const ORDINARY_TEXT: readonly string[] = [
  'name', 'first name', 'last name', 'email', 'address', 'street', 'city', 'company', 'invoice', 'nom', 'nombre',
  'nome', 'vorname', 'nachname', 'adresse', 'dirección', 'indirizzo', 'ville', 'stadt', '姓名', '地址', '邮箱',
];

/** Autocomplete field names that say a control is something ordinary (never a card or code field). */
export const ORDINARY_AUTOCOMPLETE: readonly string[] = [
  'name', 'honorific-prefix', 'given-name', 'additional-name', 'family-name', 'honorific-suffix', 'nickname',
  'email', 'username', 'organization-title', 'organization', 'street-address', 'address-line1', 'address-line2',
  'address-line3', 'address-level4', 'address-level3', 'address-level2', 'address-level1', 'country', 'country-name',
  'postal-code', 'cc-name', 'cc-given-name', 'cc-additional-name', 'cc-family-name', 'cc-type', 'transaction-currency',
  'transaction-amount', 'language', 'bday', 'bday-day', 'bday-month', 'bday-year', 'sex', 'url', 'photo', 'impp',
];

/** Input types that never hold a card number, card code or one-time code. */
export const IGNORED_TYPES: readonly string[] = [
  'hidden', 'checkbox', 'radio', 'submit', 'button', 'reset', 'image', 'file', 'range', 'color', 'search', 'email',
  'url', 'date', 'time', 'week', 'datetime-local',
];
