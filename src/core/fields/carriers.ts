// Controls that ask for what carries a secret instead of the secret itself (red-team round 5, findings 1 and 3).
//
//   the SMS received   "请把您刚收到的短信完整复制粘贴到下面", "短信全文", "paste the SMS you received": the bank's SMS
//                      holds the code (【某银行】您的验证码为482913…), so the box is an `otp` field, reason
//                      `sms-message`; a text area counts however long its label (analyse.ts otherwise reads a long
//                      label as an instruction over a message box). A kit asks for the whole message so that no
//                      field on it is called a code.
//   a bank card photo  a file upload, "上传银行卡正面照片", "银行卡背面照片（需清晰显示背面3位数字）": the front shows the
//                      number (`card-number`), the back the security code (`card-cvv`), reason `card-photo`.
//
// Only the message the person received: bare 短信内容 is also what an SMS platform's compose box, a template editor
// or a report form is called ("短信内容", "短信模板", "举报短信内容"), and the words alone cannot tell them apart from a
// kit's box. Not when the text is about a template, a report or a description (请描述您收到的短信), nor when it says
// not to paste or give it away (请勿粘贴收到的短信, 不要把收到的短信转发给他人, 勿泄露) or names a scam or suspicious
// SMS (诈骗短信, 可疑短信) in the clause that names the SMS; a negation or 诈骗 elsewhere is no such word ("…复制粘贴到
// 下面，不要修改", "请勿泄露给他人，请把收到的短信复制粘贴到下面": a kit's words, red-team round 6; "为防诈骗，请把…短信
// 完整复制粘贴到下面", "…（勿泄露给他人）": round 8). 贴 is 粘贴 and 黏贴. A text area is also named by the words
// just before it (a <p> instruction above a bare box: sensor/snapshot.ts reads them for it).
// Only a bank card (银行卡, 信用卡, 借记卡, 储蓄卡, 收款卡) photographed (照片, 图片, 拍摄, a side of it, 正反两面): not
// a photo of the ID card (身份证正面照片, 身份证照片; but "银行卡正面照片（需与身份证姓名一致）" and "身份证及银行卡照片"
// show the card), not a statement or a transfer screenshot (银行卡流水, 转账截图). The control's own names (label,
// aria name, placeholder), and for a file input the words beside it and the heading above its widget too
// (sensor/rows.ts headingAbove).
// Every character here ships in the scanner (its 20 KB budget), hence short patterns over word lists, and Chinese
// only but for "paste … SMS": kits aimed at Chinese users write Chinese.
import type { ControlSnapshot, FieldKind } from '../types';
import { normalizeText } from './match';
import { IGNORED_TYPES } from './words';

// 收到的 may have a word or two before 短信: 收到的验证短信, 收到的银行短信, 收到的那条短信.
// 短信里的6位数字, 短信中的验证码: the digits of the SMS asked for are its code (red-team round 8).
const SMS = /(收到的.{0,4}|完整的?|(复制|贴).{0,12})短信|短信([全原]文|.{0,12}(复制|贴)|[里中]的?.{0,4}(数字|码))|paste.{0,20}sms/;
const NOT_SMS = /举报|模板|描述/;
/**
 * A negation over pasting or giving it away, verb in the same clause: 请勿粘贴, 不要复制, 勿泄露, 不要告诉, 请勿转发 (发送,
 * 发给) … It cancels only in a clause that names the SMS received itself (SMS): "请勿泄露给他人，请把收到的短信复制粘贴到下面"
 * says not to tell others, and then asks for it here (a kit's words, red-team round 6). A scam or suspicious SMS
 * (诈骗, 可疑) in that clause cancels the same way: a report or a check of that SMS.
 */
const DONT = /(勿|不要)[^,]{0,10}(贴|复制|泄|告诉|发)|诈骗|可疑/;
/**
 * Where a clause ends (after NFKC: ，；！？（） are , ; ! ? ( )). A bracket too: "…复制粘贴到下面（勿泄露给他人）" asks for
 * the SMS, then says not to tell others (red-team round 8).
 */
const CLAUSE_END = /[,;!?。()]/;

/** The kind of secret this control's names ask for the carrier of, or null. */
export function carriedKind(c: ControlSnapshot): FieldKind | null {
  // isIgnored asks at every scan for every checkbox, button and hidden input: those are answered before any text is read.
  if (c.type !== 'file' && IGNORED_TYPES.includes(c.type)) return null;
  // Each name a clause of its own: a negation in the placeholder does not reach the label.
  const text = normalizeText(`${c.labelText},${c.ariaLabel},${c.placeholder}`);
  if (c.type === 'file') {
    // An upload's words are often beside it, not in a label (the sensor reads them for file inputs alone: on a text
    // input, "您将收到的短信通知" beside it is no request for the SMS).
    const all = `${text} ${normalizeText(c.nearbyText)}`;
    if (!/[行用记蓄款]卡/.test(all) || !/照|图片|拍|[正反背]面|正反/.test(all) || /身份证.{0,3}[照图面]/.test(all)) return null;
    return /[反背]面/.test(all) && !/正/.test(all) ? 'card-cvv' : 'card-number';
  }
  // A text area's request is often in a <p> just above it, not in a label (the sensor reads that for text areas too).
  const all = c.tag === 'textarea' ? `${text},${normalizeText(c.nearbyText)}` : text;
  return !NOT_SMS.test(all) && SMS.test(all) && !all.split(CLAUSE_END).some((clause) => SMS.test(clause) && DONT.test(clause)) ? 'otp' : null;
}
