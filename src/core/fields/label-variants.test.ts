// Red-team round 3, finding 5: labels a person reads as a card number or a code that the word lists missed, so a
// fake refund page had no field at load (no banner, no warning on its code field). One control per label variant.
import { describe, expect, it } from 'vitest';
import type { ControlSnapshot, FieldKind } from '../types';
import { classifyFields } from './classify';
import { control } from './control-factory';

const kindOf = (over: Partial<ControlSnapshot>): FieldKind | null => classifyFields([control(over)])[0]?.kind ?? null;
const GUARDED: (FieldKind | null)[] = ['card-number', 'card-pin', 'card-cvv', 'card-expiry', 'otp'];

describe('the whole label names the card, or the account money goes to', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    ['储蓄卡', { labelText: '储蓄卡' }],
    ['借记卡', { labelText: '借记卡' }],
    ['信用卡', { labelText: '信用卡' }],
    ['储蓄卡 with a colon and a required mark', { labelText: '*储蓄卡：' }],
    ['请输入借记卡 (placeholder)', { placeholder: '请输入借记卡' }],
    ['收款银行卡 before the box', { nearbyText: '收款银行卡：' }],
    ['traditional 儲蓄卡', { labelText: '儲蓄卡' }],
    ['收款账号', { labelText: '收款账号' }],
    ['收款账户', { labelText: '收款账户' }],
    ['退款账户', { labelText: '退款账户' }],
    ['退款账号', { labelText: '退款账号' }],
    ['请输入收款账号 (placeholder)', { placeholder: '请输入收款账号' }],
    ['请填写您的退款账户', { placeholder: '请填写您的退款账户' }],
    ['用于接收退款的储蓄卡', { labelText: '用于接收退款的储蓄卡' }],
    ['traditional 收款帳戶', { labelText: '收款帳戶' }],
    ['收款账户 on a 19-digit numeric box', { labelText: '收款账户', inputmode: 'numeric', maxLength: 19 }],
  ])('%s is a card number', (_why, over) => expect(kindOf(over)).toBe('card-number'));

  it.each<[string, Partial<ControlSnapshot>]>([
    // Something else about the card or the account: its limit, its bank, its holder's name.
    ['信用卡额度', { labelText: '信用卡额度' }],
    ['储蓄卡开户行', { labelText: '储蓄卡开户行' }],
    ['收款账户名称', { labelText: '收款账户名称' }],
    ['收款账户开户行', { labelText: '收款账户开户行' }],
    ['收款账户类型', { labelText: '收款账户类型' }],
    // A payment app's account is no bank card.
    ['支付宝收款账号', { labelText: '支付宝收款账号' }],
    ['支付宝的收款账户', { placeholder: '请输入支付宝的收款账户' }],
    ['收款账号（微信）', { labelText: '收款账号（微信）' }],
    ['收款账号 asking for an Alipay account in its placeholder', { labelText: '收款账号', placeholder: '请输入支付宝账号' }],
    ['收款账号 on a box for a phone number (maxlength 11)', { labelText: '收款账号', maxLength: 11 }],
    // A label that mentions a card among other words: as before, a second cue is needed.
    ['选择储蓄卡或信用卡', { labelText: '选择储蓄卡或信用卡' }],
    ['a select of card types', { tag: 'select', type: '', labelText: '储蓄卡', options: ['储蓄卡', '信用卡'] }],
  ])('%s is no card number', (_why, over) => expect(GUARDED).not.toContain(kindOf(over)));

  it('a card word that starts a longer phrase is not the whole label (银行卡密码 is the card’s password)', () => {
    expect(kindOf({ labelText: '请输入银行卡密码', type: 'password', inputmode: 'numeric', maxLength: 6 })).toBe('card-pin');
    expect(kindOf({ placeholder: '请输入银行卡密码' })).toBe('card-pin');
    expect(kindOf({ nearbyText: '信用卡有效期' })).toBe('card-expiry');
  });

  it('an app named beside a bank card still asks for the card', () => {
    expect(kindOf({ labelText: '支付宝绑定的银行卡号' })).toBe('card-number');
    expect(kindOf({ placeholder: '请输入微信绑定的储蓄卡号' })).toBe('card-number');
  });

  it('says which label decided', () => {
    expect(classifyFields([control({ labelText: '退款账户' })])[0]?.reasons).toContainEqual({ code: 'label', detail: '退款账户' });
  });
});

describe('separators between a label’s characters', () => {
  it.each<[string, Partial<ControlSnapshot>, FieldKind]>([
    ['银·行·卡·号 (middle dots)', { labelText: '银·行·卡·号' }, 'card-number'],
    ['验·证·码 (middle dots)', { labelText: '验·证·码' }, 'otp'],
    ['银行卡.号 (a full stop)', { labelText: '银行卡.号' }, 'card-number'],
    ['验证．码 (a full-width full stop)', { placeholder: '请输入验证．码' }, 'otp'],
    ['银⠀行⠀卡⠀号 (the braille blank)', { labelText: '银\u2800行\u2800卡\u2800号' }, 'card-number'],
    ['验⠀证⠀码 in a placeholder', { placeholder: '请输入验\u2800证\u2800码' }, 'otp'],
    ['银 · 行 · 卡 · 号 (dots with spaces)', { labelText: '银 · 行 · 卡 · 号' }, 'card-number'],
    ['取‧款‧密‧码 (hyphenation points)', { labelText: '取‧款‧密‧码', type: 'password' }, 'card-pin'],
    ['验・证・码 (katakana middle dots)', { labelText: '验・证・码' }, 'otp'],
    ['银•行•卡•号 (bullets)', { labelText: '银•行•卡•号' }, 'card-number'],
  ])('%s', (_why, over, kind) => expect(kindOf(over)).toBe(kind));
});

describe('look-alike characters', () => {
  it.each<[string, Partial<ControlSnapshot>, FieldKind]>([
    ['银行卞号 (卞 for 卡)', { labelText: '银行卞号' }, 'card-number'],
    ['验証玛 (証 for 证, 玛 for 码)', { labelText: '验証玛' }, 'otp'],
    ['请输入验证玛', { placeholder: '请输入验证玛' }, 'otp'],
  ])('%s', (_why, over, kind) => expect(kindOf(over)).toBe(kind));
});
