// carriers.ts, task F1 (holes left by red-team rounds 5 and 6): the words that make a box an SMS box. 收到的验证短信 and
// 收到的银行短信 name the SMS received; a negation cancels only in the clause that names it ("请勿泄露给他人，请把收到
// 的短信复制粘贴到下面" asks for it here); a text area is also named by the <p> just above it (its nearbyText).
import { describe, expect, it } from 'vitest';
import type { ControlSnapshot, FieldKind } from '../types';
import { classifyFields } from './classify';
import { control } from './control-factory';

const finding = (over: Partial<ControlSnapshot>) => classifyFields([control(over)])[0] ?? null;
const kindOf = (over: Partial<ControlSnapshot>): FieldKind | null => finding(over)?.kind ?? null;
const area = (over: Partial<ControlSnapshot>): Partial<ControlSnapshot> => ({ tag: 'textarea', type: '', ...over });

describe('asks for the SMS received: otp, reason sms-message', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    ['收到的验证短信', area({ labelText: '请输入您收到的验证短信内容' })],
    ['收到的银行短信', area({ placeholder: '请把收到的银行短信复制到下面' })],
    ['收到的那条短信', area({ labelText: '把刚才收到的那条短信贴到这里' })],
    ['收到的验证短信, an input', { labelText: '收到的验证短信' }],
    ['a negation about telling others, then the request', area({ labelText: '请勿泄露给他人，请把收到的短信复制粘贴到下面' })],
    ['the same with a full stop between', area({ labelText: '请勿泄露给他人。请把收到的短信复制粘贴到下面' })],
    ['a negation about the code in its own clause', area({ labelText: '短信验证码请勿泄露给他人，请把收到的短信复制粘贴到下面' })],
    ['the negation in the placeholder, the request in the label', area({ labelText: '请把收到的短信复制粘贴到下面', placeholder: '请勿泄露给他人' })],
    ['a bare text area under a <p> instruction', area({ nearbyText: '请把您刚收到的短信完整复制粘贴到下面' })],
    ['a text area with a short name under a <p> instruction', area({ labelText: '内容', nearbyText: '请将收到的验证短信全部复制到下方' })],
    ['a <p> instruction with a negation about telling others', area({ nearbyText: '请勿泄露给他人，请把收到的短信复制粘贴到下面' })],
    // Red-team round 8: a bracket ends the clause; 诈骗 outside the SMS clause; the digits of the SMS asked for.
    ['a negation in brackets after the request', area({ nearbyText: '请把您刚收到的短信完整复制粘贴到下面（勿泄露给他人）' })],
    ['a negation in ASCII brackets after the request', area({ labelText: '把收到的短信贴在这里(不要告诉任何人)' })],
    ['为防诈骗 before the request, in its own clause', area({ nearbyText: '为防诈骗，请把您刚收到的短信完整复制粘贴到下面，系统自动识别' })],
    ['防诈骗 after the request, in its own clause', area({ labelText: '请把完整短信粘贴到下面（谨防诈骗）' })],
    ['the SMS\'s 6 digits', area({ nearbyText: '请把短信里的6位数字填在下面' })],
    ['the code in the SMS, an input', { labelText: '短信中的验证码' }],
    ['the SMS\'s digits with a negation in brackets', area({ nearbyText: '请把您刚收到的短信里的6位数字填在下面（勿泄露给他人）' })],
  ])('%s', (_, over) => {
    const f = finding(over);
    expect(f?.kind).toBe('otp');
    expect(f?.reasons.map((r) => r.code)).toContain('sms-message');
  });
});

describe('honest boxes: no code field', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    ['a feedback box: 请勿粘贴短信验证码', area({ labelText: '意见反馈（请勿粘贴短信验证码）' })],
    ['the same in a <p> above it', area({ nearbyText: '请勿粘贴短信验证码或密码' })],
    ['a help desk under a <p>', area({ nearbyText: '请描述您遇到的问题，客服将在24小时内回复' })],
    ['a help desk about an SMS, under a <p>', area({ nearbyText: '请描述您收到的短信有什么问题' })],
    ['a warning not to tell anyone, in a <p>', area({ nearbyText: '请勿将收到的短信内容告诉他人' })],
    ['a warning not to forward it, two clauses', area({ labelText: '备注，不要把收到的短信转发给任何人' })],
    ['a warning after the request words, one clause', area({ labelText: '收到的验证短信请勿泄露' })],
    // The words beside a text input are not read for it: "您将收到的短信通知" beside it is no request.
    ['a text input with the words beside it', { nearbyText: '请把您刚收到的短信完整复制粘贴到下面' }],
    ['an SMS platform\'s compose box under a <p>', area({ nearbyText: '短信内容（已输入0/70字）' })],
    ['a report of a scam SMS, one clause', area({ nearbyText: '请把收到的诈骗短信完整复制粘贴到下面' })],
    ['a check of a suspicious SMS', area({ labelText: '请粘贴您收到的可疑短信，我们帮您看看' })],
    ['a negation inside brackets with the SMS', area({ nearbyText: '意见反馈（请勿粘贴收到的短信）' })],
    ['a link in the SMS', area({ nearbyText: '请勿点击短信中的链接' })],
  ])('%s', (_, over) => {
    expect(kindOf(over)).toBeNull();
  });

  it('a phone field with 验证短信 in its label stays a phone field', () => {
    expect(kindOf({ type: 'tel', labelText: '手机号（用于接收验证短信）' })).toBe('phone');
  });
});
