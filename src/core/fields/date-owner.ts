// "交强险到期日", "会员有效期", "域名到期时间": a date word said of the thing named right before it. A card's expiry is
// asked for bare ("有效期", "请输入有效期") or with the card ("信用卡有效期", "卡片有效期", "卡号及有效期"); a form that names
// another thing's expiry (a policy, a membership, a licence, a domain) is asking about that thing, not a card. A rule
// and not a word list: the things that lapse are too many to list, and every word ships in the scanner.

/** A Chinese date word, with up to two Han characters before it: the thing it may be said of. */
const DATE_WORD = /([\u4e00-\u9fff]{0,2})(?:有效期|有效日期|有效年月|到期|失效日期)/g;
/** The end of an ask ("请输入", "填写", "选择", "您的"), a list's joint ("卡号及"), or the card's face ("卡片", "卡面"). */
const NOT_AN_OWNER = /[入写择请的您及和与、面片卡号]$/;
/** The card itself or its bank: "信用卡", "银联", "银行". */
const CARD_OWNER = /[卡银联]/;

/** Is every Chinese date word in this (folded, compacted) text said of something that is not a card? */
export function dateOfSomethingElse(compact: string): boolean {
  let owned = false;
  DATE_WORD.lastIndex = 0;
  for (let m = DATE_WORD.exec(compact); m; m = DATE_WORD.exec(compact)) {
    const before = m[1]!;
    if (!before || NOT_AN_OWNER.test(before) || CARD_OWNER.test(before)) return false;
    owned = true;
  }
  return owned;
}
