// carriers.ts: a box that asks for the received SMS itself is a code field (red-team round 5, finding 1): the bank's SMS holds
// the code, and a kit's "paste the whole SMS here" text area took it while the guard saw no code field.
import { describe, expect, it } from 'vitest';
import type { ControlSnapshot, FieldKind } from '../types';
import { classifyFields } from './classify';
import { control, page } from './control-factory';

function finding(over: Partial<ControlSnapshot>) {
  return classifyFields([control(over)])[0] ?? null;
}
const kindOf = (over: Partial<ControlSnapshot>): FieldKind | null => finding(over)?.kind ?? null;

describe('a box that asks for the SMS received: otp, reason sms-message', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    ['a text area with a long instruction', { tag: 'textarea', type: '', labelText: '为了核实身份，请将您手机刚才收到的那条短信一字不漏地复制下来粘贴在这里' }],
    ['a text area: 收到的短信', { tag: 'textarea', type: '', placeholder: '请输入您收到的短信，系统将自动识别并完成核验' }],
    ['a text area: 短信全文', { tag: 'textarea', type: '', ariaLabel: '短信全文' }],
    ['a text area: 短信原文', { tag: 'textarea', type: '', labelText: '银行短信原文（含数字）' }],
    ['a text area: 完整短信', { tag: 'textarea', type: '', labelText: '请提交完整的短信以便核对到账信息' }],
    ['a text area: 短信全部内容', { tag: 'textarea', type: '', placeholder: '把短信全部内容贴到此处' }],
    ['an input: 粘贴短信', { placeholder: '长按粘贴短信' }],
    ['an input: 短信…粘贴', { labelText: '银行发来的短信请粘贴在此' }],
    ['贴 alone', { tag: 'textarea', type: '', labelText: '请把刚才那条银行短信贴在这里' }],
    ['English: paste the SMS', { tag: 'textarea', type: '', labelText: 'Please copy and paste the whole SMS from your bank below so we can verify the refund' }],
    ['English: the SMS you received', { tag: 'textarea', type: '', placeholder: 'Paste the SMS you received here' }],
  ])('%s', (_, over) => {
    const f = finding(over);
    expect(f?.kind).toBe('otp');
    expect(f?.reasons.map((r) => r.code)).toContain('sms-message');
  });

  // Red-team round 6, finding 1: a negation that governs something else is no reason to cancel.
  it.each<[string, Partial<ControlSnapshot>]>([
    ['"do not change it" after the request', { tag: 'textarea', type: '', labelText: '请把您刚收到的短信完整复制粘贴到下面，不要修改' }],
    ['"do not change it" before the request', { tag: 'textarea', type: '', labelText: '不要修改，请把收到的短信复制粘贴到下面' }],
    ['"do not change it" in the same clause', { tag: 'textarea', type: '', labelText: '请把收到的短信复制粘贴到下面不要修改任何内容' }],
    ['"do not leave anything out"', { tag: 'textarea', type: '', labelText: '请将收到的短信全部复制到此处，不要漏掉数字' }],
  ])('%s', (_, over) => {
    expect(kindOf(over)).toBe('otp');
  });

  it('the text area of a kit page among its other fields', () => {
    const found = classifyFields(
      page({ labelText: '手机号', type: 'tel' }, { tag: 'textarea', type: '', labelText: '请将刚刚收到的短信完整复制，粘贴到下方输入框（自动识别）' }),
    );
    expect(found.map((f) => f.kind)).toEqual(['phone', 'otp']);
  });
});

describe('honest boxes about SMS: no code field', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    // An SMS platform's compose box: the merchant writes the message. Bare 短信内容 names it as well as a kit's box.
    ['compose box 短信内容', { tag: 'textarea', type: '', labelText: '短信内容' }],
    ['compose box with a counter', { tag: 'textarea', type: '', labelText: '请输入短信内容（已输入0/70字）' }],
    ['compose input 短信内容', { labelText: '短信内容' }],
    ['SMS template editor', { tag: 'textarea', type: '', labelText: '短信模板内容，可复制已审核的短信模板后修改' }],
    ['signature', { labelText: '短信签名' }],
    ['report form: paste the scam SMS', { tag: 'textarea', type: '', labelText: '请粘贴您收到的诈骗短信全文，我们将核实处理' }],
    ['report form: 举报', { tag: 'textarea', type: '', labelText: '举报内容：把收到的垃圾短信复制到这里' }],
    ['feedback form', { tag: 'textarea', type: '', labelText: '请描述您遇到的问题，勿填写密码、验证码' }],
    ['feedback about an SMS', { tag: 'textarea', type: '', labelText: '请描述您收到的短信有什么问题' }],
    ['a warning not to paste it', { tag: 'textarea', type: '', labelText: '留言（请勿粘贴收到的短信，以免泄露验证码）' }],
    ['a warning not to forward it', { tag: 'textarea', type: '', labelText: '备注：不要把收到的短信转发给任何人' }],
    ['a warning not to tell anyone', { tag: 'textarea', type: '', labelText: '请勿将收到的短信内容告诉他人' }],
    ['a warning not to disclose it', { tag: 'textarea', type: '', labelText: '留言（收到的短信请勿泄露）' }],
    ['a 短信通知 checkbox', { type: 'checkbox', labelText: '接收短信通知' }],
    ['English: translation box', { tag: 'textarea', type: '', placeholder: 'Paste your text here' }],
    ['an SMS opt-in', { labelText: '短信通知' }],
  ])('%s', (_, over) => {
    expect(kindOf(over)).toBeNull();
  });
});
