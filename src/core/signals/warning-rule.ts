// A scam script stated as a rule, to warn: "客服要求您下载会议软件并教您操作退款的，都是诈骗", "要您点链接填银行卡领取补贴的，
// 一律是骗局", "…，这是典型的诈骗手法". Shops put such notices on their own checkout pages (防骗提示), and anti-fraud
// pages are full of them. The script's words are all there, so the knowledge patterns fire; what tells the notice
// from the script is how the sentence goes on: the words are the subject of "…的，都是诈骗", or "这是诈骗" follows.
// A fake page says its script to you and never calls its own ask a scam.
//
// Read only in the rest of the match's sentence (up to RULE_REACH characters): a warning elsewhere on the page
// does not excuse a script. Not a denial: "这不是诈骗" is a script's own reassurance, and "这是防诈骗验证" is a fake
// page borrowing the words, so neither counts.

/** How far after a match the rule's end may stand, within its sentence. */
const RULE_REACH = 60;

/** Words that name a scam. */
const SCAM_NAMED = '(?:诈骗|骗局|骗子|欺诈)';

/**
 * Between the verdict's first words and the scam's name: nothing that denies it ("这种情况并不是诈骗", "没有",
 * "并非") or turns it into a precaution or a name ("这是为了防止骗子", "避免", "被", "这是反诈骗中心").
 */
const NO_TURN = '[^不没非防反止免被，。！？,!?；;\\n]';

const RULE_ZH = new RegExp(
  [
    // "…的，都是诈骗", "…的一律是骗局", "…，均为诈骗": the script's words as the subject of a verdict.
    `(?:的\\s*[，,]?|[，,](?=\\s*(?:都|均|全|一律)))\\s*(?:也|则|那)?(?:都|均|全都?|一律|一定|肯定|必定|必然|绝对|百分之百|100%)?就?(?:是|为|属于?|系|涉嫌)${NO_TURN}{0,6}${SCAM_NAMED}`,
    // "…的，请立即挂断", "…的，一律不要相信": what to do about it, as a rule.
    '的\\s*[，,]?\\s*(?:请|要|应|务必|一律|都|均)?(?:立即|马上|直接|一律)?(?:挂断|报警|拒绝|不要相信|切勿相信|别信|不要理会|不予理会)',
    // "…，这是典型的诈骗手法", "…，此类都是骗局": a clause that points back at it.
    `[，,；;]\\s*(?:这|此|以上|上述)(?:是|就是|都是|均为|属于|种|类|些|一定|肯定|必定)${NO_TURN}{0,10}${SCAM_NAMED}`,
  ].join('|'),
);

/** The English: "Anyone who asks you to share your screen for a refund is a scammer." Not "is not a scam". */
const RULE_EN = /\b(?:is|are)\s+(?:always\s+|certainly\s+|definitely\s+|almost\s+certainly\s+)?(?:an?\s+)?(?:scam|scammers?|fraud|fraudsters?|fraudulent)(?![\w-])/i;

const SENTENCE_END = /[。！？!?\n]|\.(?:\s|$)/;

/** Whether the sentence of a match that ends at `end` goes on to call its words a scam, as a rule. */
export function isWarningRule(text: string, end: number): boolean {
  let rest = text.slice(end, end + RULE_REACH);
  const stop = SENTENCE_END.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  return RULE_ZH.test(rest) || RULE_EN.test(rest);
}
