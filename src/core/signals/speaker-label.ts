// A line introduced by a speaker's label is reported speech, as a quotation is (scam-phrases.ts).
//
// A news article or a police notice that sets out a scam call as a transcript labels each turn with who spoke and
// uses no quotation marks: "客服：您好，您购买的商品有质量问题，我们给您办理理赔…" / "受害人：那我要怎么做？" / "民警：…". The
// label names a third party by role (客服, 骗子, 受害人, 民警, 记者, 对方), or by an anonymised name (王某, 李某某, 某某);
// the page's own voice is the reporter's, around the transcript. A fake page says its script to you; when it dresses it
// as a chat bubble (客服小美：…) it is still the page asking, and it asks for the card on the same page: scam-phrases.ts
// then counts the line, as it counts a quotation there (`asksForCard`). So the rule only spares pages whose fields are
// a phone and an SMS code at most: an article's comment box.
//
// Kept narrow, because a kit that asks only for a phone and a code could borrow it (and did, red team 8: a refund desk's
// "—客服小美：…" above its phone and code; on a page titled or headed as a desk, the desk's own speakers are the page,
// unless the page introduces the line as an impostor's: DESK_SPEAKER):
//   - the label is the whole run of letters between a boundary (text start, a space, a punctuation mark) and the
//     colon, so "联系客服：…", "在线客服：…" and "淘宝客服：…" (a kit's contact line or chat header) are no speaker;
//   - a role may carry a short personal name (客服小美, 民警小李, 骗子A, 受害人王某), never a salutation's: "王先生：您好，
//     您购买的商品…" is how a page that knows your name speaks to you, so 先生, 女士 and 尊敬的… are no speaker;
//   - a digit right after the colon is a contact line (客服：400-…, 客服：9:00-21:00), not a turn;
//   - the label nearest before the match decides: "客服：您好。尊敬的用户：您的商品…" is the page speaking again;
//   - a forum's floors are speakers too (楼主：, 2楼：, 网友小王：: FORUM_SPEAKER), and a lead that hands over to a message
//     received ("原文如下：": MESSAGE_LEAD) is a label of the message it introduces;
//   - a turn reaches SPEECH_REACH characters at most (a dialogue's turns are short; the page text has no line
//     breaks left to end one: block boundaries between Chinese characters are dropped, core/text/han-spaces.ts).

import { isWarnedAfterQuote } from './warned-of';

/** How far before a match its speaker's label may begin. About three sentences: one turn of a dialogue. */
const SPEECH_REACH = 120;

/** A label: a run of up to 8 letters or digits after a boundary, then a colon; the character after it read, not taken. */
const LABEL = /(?<![\p{L}\p{N}])([\p{L}\p{N}]{1,8})\s?[：:](?=\s?(.?))/gu;

const ROLE =
  '客服|商家|卖家|店家|骗子|诈骗分子|(?:犯罪)?嫌疑人|受害人|受害者|被害人|事主|当事人|民警|警官|警察|记者|对方|来电者|主持人';
/** A personal name after a role: 小美, 阿杰, 王某, 李某某, A, 甲. */
const NAME = '(?:小|阿|老)\\p{Script=Han}|\\p{Script=Han}某某?|[甲乙丙丁]|[A-Za-z]';
/** A role, as a fake one too (假客服) or staff (客服人员), with a name or not; or an anonymised name alone (王某, 某某). */
const SPEAKER = new RegExp(`^(?:(?:假|冒牌)?(?:${ROLE})(?:人员)?(?:${NAME})?|\\p{Script=Han}某某?)$`, 'u');

/**
 * A forum's speakers: the thread's starter (楼主, 层主) and the replies by floor (2楼, 10楼) or by member (网友, 网友小王,
 * 网友A). A thread where people paste the scam texts they received reads like a transcript; a kit speaks as the
 * shop or the bank, never as a forum floor.
 */
const FORUM_SPEAKER = /^(?:楼主|层主|\d{1,5}楼|网友[\p{L}\p{N}]{0,6})$/u;

/**
 * A lead that hands over to a message someone received, quoted as it came: "原文如下：", "短信原文：", "短信内容如下：", or a
 * bare "内容如下：" / "如下：" after a sentence that says a message came ("今天收到一条短信，内容如下："). What follows it is
 * the message, the lead's writer's report of it, as after a speaker's label.
 */
const MESSAGE_LEAD = /^(?:短信|信息|消息)?(?:原文|全文|内容)?如下$|^(?:短信|信息|消息)?(?:原文|全文)$/u;
/** The lead names the message itself (原文, 短信 …), not only "as follows". */
const LEAD_NAMES_MESSAGE = /原文|全文|短信|信息|消息/;
/** The last sentence of `text` (after its last 。！？!? or line break): the one that leads into what follows. */
const lastSentence = (text: string): string => text.slice(text.search(/[^。！？!?\n]*$/));

/** A message received, said in the lead's sentence: 收到一条短信, 接到电话. */
const RECEIVED = /(?:收到|接到)[^。！？!?\n]{0,12}?(?:短信|信息|消息|来电|电话)/;

function isMessageLead(label: string, before: string): boolean {
  if (!MESSAGE_LEAD.test(label)) return false;
  if (LEAD_NAMES_MESSAGE.test(label)) return true;
  return RECEIVED.test(lastSentence(before));
}

/**
 * The desk's own side of a transcript: its customer service or the shop (客服, 客服小美, 商家), and whoever else a kit dresses
 * its bubble as (对方, 主持人 of the meeting kit, 民警小李 of the police kit). On a page that names itself a service desk (its
 * title is "退款办理", or its first heading, or the brand's desk or sign-in: `deskPage`), a line after such a label is the
 * desk speaking to the reader in a chat bubble, not a report of a call (red team 8, A4; red team 9, A4): an article or a
 * forum thread is titled for its story ("记一次诈骗电话", "反诈经验交流"), never as the desk it warns of. A crook's label
 * (骗子, 假客服) or a victim's stays a report, as does a turn its page introduces as an impostor's (impostorsTurn).
 */
const DESK_SPEAKER = new RegExp(`^(?:客服|商家|卖家|店家|民警|警官|警察|对方|主持人)(?:人员)?(?:${NAME})?$`, 'u');

/**
 * An impostor's words presented in the sentence that introduces the turn: "以下是骗子冒充我们客服的聊天记录：—客服：…" (red
 * team 9, B2: a shop's own help centre showing the fake 客服's chat). Both in one clause: an impostor (骗子, 冒充 …) and a
 * word for what they said or a record of it (聊天记录, 对话, 原话, 话术, 截图, 如下, 这样说 …). A kit's own decoration names scams,
 * never their words (red team 10, A1: "认准官方，远离骗子，", "本平台已接入反诈骗中心，"). Not denied, nor a precaution, a
 * "beware" or a "keep away": "我们不是骗子", "防诈骗提示：", "谨防骗子冒充，以下为客服回复：", "远离骗子的话术，".
 */
const IMPOSTOR =
  /(?<!(?:不|没|非|无|防|反|别|勿|莫|远离|拒绝|杜绝|打击|谨防|提防|警惕|小心|当心|以免|避免)[^，。！？!?,；;]{0,2})(?:骗子|诈骗|冒充|假冒|假客服|冒牌)/;
const THEIR_WORDS = /聊天记录|对话|原话|话术|说的|的话|截图|如下|这样说|这么说/;
/**
 * The turn's own first sentence announces a retelling of a crook's words: "民警小李：我们来还原一下骗子的话术。…" (red team 10,
 * B2: a police station's page). An impostor and their words, as above, and a word that retells them (还原, 模拟, 演示, 听听 …,
 * or "骗子会这样说").
 */
const RETELLS = /还原|模拟|重现|演示|听听|听一听|看看|看一看|这样说|这么说|如下/;
const CLAUSES = /[，,；;]/;
const TURN_END = /[。！？!?]/;
/** How far after the match its turn's sentence may end. */
const TURN_REACH = 120;

/** Whether one clause of `sentence` names an impostor and their words (and, with `retold`, retells them). */
function presentsImpostorsWords(sentence: string, retold = false): boolean {
  return sentence
    .split(CLAUSES)
    .some((clause) => IMPOSTOR.test(clause) && THEIR_WORDS.test(clause) && (!retold || RETELLS.test(clause)));
}

/**
 * Whether the turn is told as an impostor's: so presented in the sentence that introduces it, or in the turn's own
 * first sentence (presentsImpostorsWords), or called a scam right after its sentence, by a verdict that points back at
 * it ("…完成退款。这是假客服，请勿理会。": warned-of.ts `isWarnedAfterQuote`; not "冒充我们的才是骗子。", "请勿相信其他人。").
 */
function impostorsTurn(text: string, intro: string, turnStart: number, end: number): boolean {
  if (presentsImpostorsWords(lastSentence(intro))) return true;
  const firstEnd = TURN_END.exec(text.slice(turnStart, end));
  if (firstEnd && presentsImpostorsWords(text.slice(turnStart, turnStart + firstEnd.index), true)) return true;
  const stop = TURN_END.exec(text.slice(end, end + TURN_REACH));
  return stop !== null && isWarnedAfterQuote(text, end + stop.index);
}

/**
 * Whether the match text[start, end) is in a turn of a transcript: after a speaker's label (see above). With
 * `deskPage`, the desk's own speakers (DESK_SPEAKER) are the page's voice, not a turn, unless the turn is told as an
 * impostor's.
 */
export function isAfterSpeakerLabel(text: string, start: number, deskPage = false, end = start): boolean {
  // One character more than the reach, for the boundary before a label at its start; a label cut by the window's
  // start (its first letters before it) would look whole, so none may begin at the window's first character.
  const from = Math.max(0, start - SPEECH_REACH - 1);
  const window = text.slice(from, start);
  let last: RegExpExecArray | null = null;
  for (const m of window.matchAll(LABEL)) if (m.index > 0 || from === 0) last = m;
  if (!last) return false;
  const label = last[1]!;
  if (/\d/.test(last[2]!)) return false;
  if (deskPage && DESK_SPEAKER.test(label)) {
    return impostorsTurn(text, window.slice(0, last.index), from + last.index + last[0].length, end);
  }
  return SPEAKER.test(label) || FORUM_SPEAKER.test(label) || isMessageLead(label, window.slice(0, last.index));
}
