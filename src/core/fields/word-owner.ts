// "交强险到期日", "会员有效期", "域名到期时间": a date word said of the thing named right before it. A card's expiry is
// asked for bare ("有效期", "请输入有效期") or with the card ("信用卡有效期", "卡片有效期", "卡号及有效期"); a form that names
// another thing's expiry (a policy, a membership, a licence, a domain) is asking about that thing, not a card. A rule
// and not a word list: the things that lapse are too many to list, and every word ships in the scanner.
// The same holds for a security code: "产品安全码", "设备安全码" belong to the product or the device, "信用卡安全码" and
// "背面三位安全码" to the card.

/**
 * A word a card form asks for, with the thing it may be said of before it: up to two Han characters, and any Latin
 * letters before those ("vip到期时间").
 */
const owned = (words: string): RegExp => new RegExp(`([a-z]*)([\\u4e00-\\u9fff]{0,2})(?:${words})`, 'g');
const DATE_WORD = owned('有效期|有效日期|有效年月|到期|失效日期');
const CODE_WORD = owned('安全码');
/**
 * The end of an ask ("请输入", "填写", "选择", "您的"), a list's joint ("卡号及"), the card's face ("卡片", "卡面"), a count of
 * digits ("三位") or a date just before ("有效期安全码": two labels run together).
 */
const NOT_AN_OWNER = /[入写择请的您及和与、面片卡号位期]$/;
/** The card itself or its bank ("信用卡", "银联", "银行"), or a payment ("支付安全码", "交易安全码"): a secret that moves money. */
const CARD_OWNER = /[卡银联付易]/;
/** Latin names of things that lapse and are no card: a membership, an app, a certificate, a SIM, a toll tag, an ID. */
const LATIN_THING = /^(?:s?vip|app|ssl|sim|etc|vpn|id)$/;

/** Is every match of `word` in this (folded, compacted) text said of something that is not a card? */
function ofSomethingElse(word: RegExp, compact: string): boolean {
  let found = false;
  word.lastIndex = 0;
  for (let m = word.exec(compact); m; m = word.exec(compact)) {
    const han = m[2]!;
    if (han ? NOT_AN_OWNER.test(han) || CARD_OWNER.test(han) : !LATIN_THING.test(m[1]!)) return false;
    found = true;
  }
  return found;
}

/** Is every Chinese date word in this (folded, compacted) text said of something that is not a card? */
export const dateOfSomethingElse = (compact: string): boolean => ofSomethingElse(DATE_WORD, compact);

/** Is every 安全码 in this (folded, compacted) text said of something that is not a card ("产品安全码")? */
export const codeOfSomethingElse = (compact: string): boolean => ofSomethingElse(CODE_WORD, compact);
