// Two ways a warning uses a scam's script that a fake page never does.
//
// 1. The script stated as a rule, to warn: "客服要求您下载会议软件并教您操作退款的，都是诈骗", "要您点链接填银行卡领取补贴的，
// 一律是骗局", "…，这是典型的诈骗手法". Shops put such notices on their own checkout pages (防骗提示), and anti-fraud
// pages are full of them. The script's words are all there, so the knowledge patterns fire; what tells the notice
// from the script is how the sentence goes on: the words are the subject of "…的，都是诈骗", or "这是诈骗" follows.
// A fake page says its script to you and never calls its own ask a scam.
//
// Read only in the rest of the match's sentence (up to RULE_REACH characters): a warning elsewhere on the page
// does not excuse a script. Not a denial: "这不是诈骗" is a script's own reassurance, and "这是防诈骗验证" is a fake
// page borrowing the words, so neither counts.
//
// 2. The script told as a crook's or a stranger's words, earlier in its sentence: "骗子会冒充客服，说您的商品有质量问题要给您
// 退款", "不法分子谎称您的快递丢失，可以双倍赔偿", "对方冒充客服称…", "如果接到电话说…". A fake page speaks as the shop or
// the bank; it never calls itself a crook, nor says that someone poses as somebody. Not when the sentence has the
// page's own voice ("近期有不法分子冒充我司客服，请认准本页面，…": 请, 我们, 本页 …; "我们不是骗子"), and not a precaution
// ("为防止骗子冒领，…").

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
    // "…的，请立即挂断", "…的，一律不要相信", "…的，不要点击", "…的，一定要提高警惕": what to do about it, as a rule.
    // Not "请勿提供" or "不要透露": a fake page says that of others ("…的，请勿把验证码告诉他人，只在本页填写").
    '的\\s*[，,]?\\s*(?:请|要|应|务必|一律|都|均|一定要)?(?:立即|马上|直接|一律)?' +
      '(?:挂断|报警|拒绝|(?:不要|切勿|请勿|千万不要|千万别|别|勿)(?:相信|理会|点击|回复|转账|汇款)|别信|不予理会|提高警惕|警惕)',
    // "…，这是典型的诈骗手法", "…，此类都是骗局", "…——此类短信均为诈骗": a clause that points back at it.
    `(?:[，,；;]|——?)\\s*(?:这|此|以上|上述)(?:是|就是|都是|均为|属于|种|类|些|一定|肯定|必定)${NO_TURN}{0,10}${SCAM_NAMED}`,
  ].join('|'),
);

/** The English: "Anyone who asks you to share your screen for a refund is a scammer." Not "is not a scam". */
const RULE_EN = /\b(?:is|are)\s+(?:always\s+|certainly\s+|definitely\s+|almost\s+certainly\s+)?(?:an?\s+)?(?:scam|scammers?|fraud|fraudsters?|fraudulent)(?![\w-])/i;

const SENTENCE_END = /[。！？!?\n]|\.(?:\s|$)/;
/** The same, searched for backwards: the last one before a match. */
const SENTENCE_ENDS = /[。！？!?\n]|\.(?=\s)/g;

/** How far before a match the teller may stand, within its sentence. */
const TOLD_REACH = 60;

/**
 * Not a few characters after a precaution in the clause: "为防止骗子冒领", "以免被不法分子利用", "防范他人冒充". 谨防 and 提防
 * (beware of) warn: "谨防骗子冒充客服说…".
 */
const NO_PRECAUTION = '(?<!(?:(?<![谨提])防|免)[^，。！？,\\n]{0,6})';

/**
 * Posing as someone: 冒充, 假冒. Not as you: "有人冒充您的身份开通了…" is a script's pretext (someone used your name, so
 * cancel it now), as is "有人以您的名义…".
 */
const POSES = '(?:冒充|假冒)(?![您你])';

/** Saying it: 说 (not 说明), 称 (not 名称, 昵称 …), 表示, 告知. */
const SAYS = '说(?!明)|(?<![名简昵职号])称|声称|表示|告知';

/**
 * Who tells the script in a warning, and how:
 *   - a crook or a stranger ("骗子", "不法分子", "有人", "陌生人", "假客服"; "对方" is the caller in a report), then what
 *     they do (说, 称, 冒充, 伪造, 以…为由, 会, 让 …) before the script. Not 有人工 (客服) or 没有人;
 *   - a call or a message received, then what it says: "接到自称快递客服的电话，说…", "收到短信称…", or the message
 *     as the teller: "短信称：", "来电中说" (not "您收到的短信称…", a fake page's nod to the text it sent);
 *   - the telling verb alone: "冒充客服", "谎称", "声称". Not denied ("从不冒充", "不会冒充他人");
 *   - the victim of a report, told it: "受害人被告知其补贴待领取…", "事主被要求…" (a fake page never calls you a victim);
 *   - a label over a list of tricks: "小心这类骗局：", "常见诈骗话术：", or over one: "诈骗短信示例：", "诈骗短信：" (not
 *     "谨防诈骗：" nor "防诈骗提示：", which a fake page puts over its own script).
 * None after a precaution.
 */
const TELLER = new RegExp(
  `${NO_PRECAUTION}(?:(?:骗子|诈骗分子|不法分子|犯罪分子|(?:犯罪)?嫌疑人|诈骗团伙|骗徒|对方|(?<!没)有人(?!工)|陌生人|假客服|冒牌客服)` +
    `[^，。！？,\\n]{0,8}(?:${SAYS}|讲|告诉|${POSES}|伪装|伪造|编造|虚构|以(?![您你])|会|常|通常|往往|一般|发|打|诱|让|要求|要)` +
    `|(?:接到|收到|接听|遇到|碰到)(?!的)[^。！？\\n]{0,16}?(?:电话|短信|来电|信息|消息)[，,]?[^，。！？,\\n]{0,4}(?:${SAYS})` +
    `|(?<!的)(?:短信|来电)(?:里|中|上)?(?:${SAYS})` +
    `|(?<!(?:不|没|无|非)[^，。！？,\\n]{0,2})(?:${POSES}|谎称|声称)` +
    `|(?:受害人|受害者|被害人|事主)[^，。！？,\\n]{0,4}被(?:告知|告诉|要求|诱导)` +
    // A label over a list of tricks: "小心这类骗局：", "常见诈骗话术：", "以下套路：".
    `|(?:这类|此类|这种|这些|以下|下列|常见的?|典型的?)[^，。！？,\\n：:]{0,4}(?:诈骗|骗局|骗术|套路|话术|手法)[^，。！？,\\n]{0,4}[：:]` +
    // Or over one: "诈骗短信示例：", "诈骗短信：", "骗局原文：".
    `|(?<![防反])(?:诈骗|骗局)(?:(?:短信|电话|来电|信息|话术)(?:示例|举例|范例|原文|样本)?|示例|举例|范例|原文|样本)[：:])`,
);
/**
 * The page's own voice in the sentence, before the script: then the script is said to the reader after all ("我们收到
 * 您的信息，称您的包裹丢失…"), whoever else the sentence names.
 */
const OWN_VOICE = /请|我们|我司|本页|本平台|本站|尊敬的/;
/** A reminder is the warning's own voice, not a fake page's: "请注意：骗子会说…", "我们提醒您：不法分子谎称…". */
const REMINDER = /(?:我们|我司|本站|本平台|本页)[^，。！？,\n]{0,4}?(?:提醒|提示)|请(?:大家|各位|您|广大\S{0,3})?(?:注意|警惕|小心|当心|谨记|牢记)/g;

const TELLER_EN = /\b(?:scammers?|fraudsters?|criminals?|crooks?|con artists?|the caller)\b[^.!?]{0,40}?\b(?:say|says|said|claim|claims|claimed|pretend|pretends|pose|poses|tell|tells|told|ask|asks|will|may|often|usually)\b/i;
const OWN_VOICE_EN = /\b(?:please|we|our|us)\b/i;

/** Whether the sentence of a match that starts at `start` told it earlier as a crook's words. */
export function isToldOfScammer(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - TOLD_REACH), start);
  let lastEnd = -1;
  for (const m of before.matchAll(SENTENCE_ENDS)) lastEnd = m.index + m[0].length;
  if (lastEnd >= 0) before = before.slice(lastEnd);
  if (OWN_VOICE.test(before.replace(REMINDER, '')) || OWN_VOICE_EN.test(before)) return false;
  // The script's first character too, so that "有人冒充|您的身份…" sees whom they pose as; the teller stands before it.
  const seen = before + text.charAt(start);
  const at = (teller: RegExp): boolean => {
    const i = seen.search(teller);
    return i >= 0 && i < before.length;
  };
  return at(TELLER) || at(TELLER_EN);
}

/**
 * "以…为由" (on the pretext of …) around the start of a match: "客服不会以快递丢失、三倍赔偿为由，让您提供…", "骗子以退款为由…".
 * It is how a notice describes a trick, with or without a crook named; a fake page does not call its own offer a pretext.
 * 以 not as part of another word (可以, 所以, 予以, 难以 …).
 */
const PRETEXT_BEFORE = 20;
const PRETEXT_AFTER = 30;
const PRETEXT_OPENS = new RegExp(`(?<![可所予得难用足加是])以[^，。！？,\\n]{0,${PRETEXT_BEFORE}}$`);
const PRETEXT_CLOSES = new RegExp(`^[^，。！？,\\n]{0,${PRETEXT_AFTER}}?为由`);

/** Whether a match that starts at `start` stands inside "以…为由": a trick described, not said to you. */
export function isPretextNamed(text: string, start: number): boolean {
  // Before: 以, the words between, and the one character the look-behind reads before 以 (可以, 所以 …).
  const before = text.slice(Math.max(0, start - PRETEXT_BEFORE - 2), start);
  return PRETEXT_OPENS.test(before) && PRETEXT_CLOSES.test(text.slice(start, start + PRETEXT_AFTER + 2));
}

/**
 * The next sentence pointing back at the one before as a scam: "…请在本页面填写银行卡号和验证码。以上都是诈骗短信。", "…。这是
 * 骗局。" A notice that sets a script out in sentences says so after its last one. Not denied ("这不是诈骗": 不 may not stand
 * between).
 */
const POINTS_BACK = new RegExp(
  `^\\s*(?:这|此|以上|上述)(?:些|类|种|条)?(?:短信|信息|内容|说法)?(?:都|均|全|全部)?(?:是|就是|属于|为)${NO_TURN}{0,10}${SCAM_NAMED}`,
);

/**
 * Whether the sentence of a match that ends at `end` goes on to call its words a scam, as a rule, or the next sentence
 * points back at it as one.
 */
export function isWarningRule(text: string, end: number): boolean {
  let rest = text.slice(end, end + RULE_REACH);
  const stop = SENTENCE_END.exec(rest);
  if (stop) {
    if (POINTS_BACK.test(rest.slice(stop.index + stop[0].length))) return true;
    rest = rest.slice(0, stop.index);
  }
  return RULE_ZH.test(rest) || RULE_EN.test(rest);
}

/**
 * 3. A quotation followed by a verdict on it: "“…请登录网银完成退款。”本行提醒您：这是诈骗，请立即挂断。", "“…”——遇到这样的电话请
 * 挂断，并拨打96110。", "“…”是诈骗话术，请勿相信。" (red team 9, B1: a bank's own login with its 防骗提示). The verdict is read
 * right after the closing mark, in the rest of its sentence, or in the next sentence when the quotation ended one ("。”").
 * A kit that wants this excuse must tell its own victim, right under its script, that the script is a scam: a warning
 * the person reads as one. So the verdict must be about the quotation (red team 10, A2: a kit's "——冒充公检法的才是诈骗",
 * "其余均为诈骗", "或96110咨询", "请勿相信其他渠道…认准本站" are about someone else, and read as "this page is the safe one"):
 *   - said right after the closing mark, with no subject of its own: "”是诈骗话术", "”，请勿相信。", "”请立即挂断。";
 *   - or with a subject or object that points back at it (REFERS): "这是诈骗", "以上内容均为骗局", "遇到这样的电话请挂断，并拨打
 *     96110", "如接到此类电话，请第一时间向本行客服核实" (red team 10, B1: a regional bank's own login; checking with the bank
 *     is what a bank tells its customer about such a call);
 *   - and nothing in the sentence that turns it on someone else (OTHER: 其他, 其余, …才是, 凡是, 唯一, 认准).
 * Not denied or asked ("这不是诈骗", "怎么会是骗局", "请勿挂断") and not a precaution ("谨防诈骗", "防诈骗提示": a fake page's own
 * words). A hang-up that ends its clause only ("请立即挂断", not "请挂断电话后…", "挂断其他电话"), and no ask to act on this page
 * in the sentence (ACT_HERE).
 */
const VERDICT_REACH = 40;
/** Words that name the quotation a scam. */
const SCAM_WORD = '(?<![防反])(?:诈骗|骗局|骗子|假客服|冒充)';
/** Between a verdict's subject and its scam word: no denial, no clause end. */
const NO_DENIAL = '[^不没非防反，。！？,!?；;]';
/** "是诈骗", "都是骗子的说法", "属于电信诈骗". */
const IS_SCAM = `(?:都|均|全|全部|就|也|一定|肯定)?(?:是|为|属于?|系)${NO_DENIAL}{0,6}?${SCAM_WORD}`;
/** A subject or object that points back at the quotation: 这, 此, 以上, 上述, 这类, 此类, 这样的, 类似 (not 因此, 此外, 应该). */
const REFERS = '(?<![因如应彼])(?:这|此(?!外)|以上|上面|上述|该|类似)(?:些|类|种|样的?|条|段|个|的)?';
/** Hang up, where the hang-up ends its clause ("请立即挂断", not "请挂断电话后…", "挂断其他电话", "请勿挂断"). */
const HANG_UP = '(?:请|立即|马上|直接|赶紧|赶快)[^，。！？,!?]{0,2}(?<![不勿别莫没])挂断(?:电话)?(?=[，。！？,!?；;、\\s]|并|$)';
/** Do not believe it: the words, followed by what may stand after them (`then`: a clause end, or a pointer back). */
const dontBelieve = (then: string): string => `(?:不要|请勿|切勿|千万不要|千万别|别|勿)(?:相信|理会|轻信)(?=${then})`;
/** What to do about it: hang up (at its clause's end), not believe it (no other object), call 96110, check with the bank. */
const ACTION =
  `${HANG_UP}|${dontBelieve(`[，。！？,!?；;]|$|${REFERS}`)}` +
  '|96110|(?:向|与|致电|拨打|联系)(?:本行|我行|银行|发卡行)[^，。！？,!?；;]{0,8}?核实';
/** Right after the closing mark, with no subject of its own. */
const DIRECT_VERDICT = new RegExp(
  `^\\s*(?:——?|[，,：:])?\\s*(?:${IS_SCAM}|(?:诈骗|骗局)[！!。]|${dontBelieve('[，。！？,!?；;]|$')}|${HANG_UP})`,
);
/** The quotation as the verdict's subject: "这是诈骗", "以上内容均为骗局", "此类短信都是骗子发的" (not "这不是诈骗"). */
const REFERRED_VERDICT = new RegExp(`${REFERS}${NO_DENIAL}{0,6}?${IS_SCAM}`);
const ACTION_VERDICT = new RegExp(ACTION);
const REFERS_TO_IT = new RegExp(REFERS);
/** The verdict is about someone else: "冒充公检法的才是诈骗", "其余均为诈骗", "请勿相信其他渠道", "凡是…都是骗子", "认准本站". */
const OTHER = /其余|其他|其它|别人|他人|别的|才是|才为|凡是|唯一|认准|以外|之外/;
/**
 * The sentence asks to act on this page after all: "“…”请挂断电话，在下方登录网银办理", "…到本站办理". Not when denied
 * ("请勿在此处填写").
 */
const ACT_HERE = /(?<![勿不别莫])(?:在|于|到)(?:本页|此页|本页面|此页面|下方|下面|这里|此处|页面|本站|本平台|本网站)/;
/** Before the verdict in its clause: a denial, a question or a precaution. */
const VERDICT_TURN = /不是|并非|没有|不会|不可能|怎么|哪里|难道|防止|以免|为了/;
/** The verdict asked, not said: "这是诈骗吗？" (a kit answers its own question: "不是！"). */
const ASKED = /[吗嘛呢？?]/;
const QUOTE_SENTENCE_END = /[。！？!?]/;
const CLOSING_MARK = /[”」』"'’]/;

/** Where in `sentence` a verdict about the quotation begins, or -1 (see above). */
function verdictAt(sentence: string, direct: boolean): number {
  if (direct && DIRECT_VERDICT.test(sentence)) return 0;
  const referred = REFERRED_VERDICT.exec(sentence);
  if (referred) return referred.index;
  const action = ACTION_VERDICT.exec(sentence);
  if (action && REFERS_TO_IT.test(sentence.slice(0, action.index))) return action.index;
  return -1;
}

/**
 * Whether the words after a quotation's closing mark (at `closeAt`) call the quotation a scam (see above). Also read
 * after a transcript's turn, from the end of its sentence (speaker-label.ts): there no verdict is "right after the
 * mark", so it must point back.
 */
export function isWarnedAfterQuote(text: string, closeAt: number): boolean {
  let after = text.slice(closeAt + 1, closeAt + 1 + VERDICT_REACH);
  const direct = CLOSING_MARK.test(text.charAt(closeAt));
  // A sentence ended at the mark ("。”" or "”。"): the verdict may be the next sentence.
  if (QUOTE_SENTENCE_END.test(text.charAt(closeAt - 1)) || QUOTE_SENTENCE_END.test(after.charAt(0))) after = after.replace(/^[。！？!?]/, '');
  const stop = QUOTE_SENTENCE_END.exec(after);
  const sentence = stop ? after.slice(0, stop.index + 1) : after;
  const at = verdictAt(sentence, direct);
  if (at < 0 || ASKED.test(sentence.slice(at))) return false;
  return !VERDICT_TURN.test(sentence.slice(0, at)) && !OTHER.test(sentence) && !ACT_HERE.test(sentence);
}
