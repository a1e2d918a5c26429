// carriers.ts: a file upload that asks for a photo of a bank card is a card field (red-team round 5, finding 3): the front shows
// the number, the back the security code, and the uploads were ignored as file inputs.
import { describe, expect, it } from 'vitest';
import type { ControlSnapshot, FieldKind } from '../types';
import { classifyFields } from './classify';
import { control, page } from './control-factory';

const file = (over: Partial<ControlSnapshot>): Partial<ControlSnapshot> => ({ type: 'file', ...over });
function finding(over: Partial<ControlSnapshot>) {
  return classifyFields([control(file(over))])[0] ?? null;
}

describe('a bank card photo upload: a card field, reason card-photo', () => {
  it.each<[string, Partial<ControlSnapshot>, FieldKind]>([
    ['front', { labelText: '请上传储蓄卡正面照片' }, 'card-number'],
    ['no side said', { labelText: '拍照上传您的信用卡' }, 'card-number'],
    ['both sides in one', { labelText: '银行卡正反面照片' }, 'card-number'],
    ['back', { labelText: '银行卡反面照片' }, 'card-cvv'],
    ['back with the security code', { ariaLabel: '拍摄信用卡背面，安全码须清楚可见' }, 'card-cvv'],
    ['holding the card, name and number legible', { labelText: '持卡人手持银行卡照片（姓名、卡号清晰）' }, 'card-number'],
    // Red-team round 6, finding 5: common wordings the words missed.
    ['图片', { labelText: '上传银行卡图片' }, 'card-number'],
    ['拍摄', { labelText: '拍摄银行卡' }, 'card-number'],
    ['收款卡', { labelText: '上传收款卡正面照' }, 'card-number'],
    ['正反两面', { labelText: '请上传银行卡（正反两面）' }, 'card-number'],
    ['the ID named for the name on the card, not photographed', { labelText: '请上传本人银行卡正面照片（需与身份证姓名一致）' }, 'card-number'],
    ['an ID card and bank card together (the card is in the photo)', { labelText: '请上传身份证及银行卡照片' }, 'card-number'],
  ])('%s', (_, over, kind) => {
    const f = finding(over);
    expect(f?.kind).toBe(kind);
    expect(f?.reasons.map((r) => r.code)).toContain('card-photo');
  });

  it('a kit page: front and back uploads beside a phone field', () => {
    const found = classifyFields(
      page(file({ labelText: '上传本人银行卡正面照' }), file({ labelText: '上传卡片背面照（银行卡背面三位数字需清楚）' }), { labelText: '手机号' }),
    );
    expect(found.map((f) => f.kind)).toEqual(['card-number', 'card-cvv', 'phone']);
  });
});

describe('an upload named only by the words beside it (no label)', () => {
  it('is a card field: 上传银行卡背面照 before it', () => {
    expect(finding({ nearbyText: '上传银行卡背面照' })?.kind).toBe('card-cvv');
  });

  it('but the words beside a text input do not make it ask for the SMS (您将收到的短信 is a notice)', () => {
    expect(classifyFields([control({ nearbyText: '请复制您将收到的短信', labelText: '' })])).toEqual([]);
  });
});

describe('other uploads: no card field', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    ['an ID card photo', { labelText: '身份证正面照片' }],
    ['an ID card photo matching the bank card', { labelText: '上传与银行卡预留信息一致的身份证照片' }],
    ['an ID card, front side, in the bank card section', { labelText: '身份证正面', placeholder: '与收款银行卡同一人' }],
    ['an ID card, portrait side', { labelText: '身份证人像面照片（与银行卡开户人一致）' }],
    ['a bank card screenshot (no photo of the card itself)', { labelText: '上传银行卡截图' }],
    ['a bank statement', { labelText: '上传银行卡流水（近6个月）' }],
    ['a transfer screenshot', { labelText: '上传银行卡转账截图' }],
    ['a membership card photo', { labelText: '会员卡照片' }],
    ['an avatar', { labelText: '上传头像照片' }],
    ['a product photo', { labelText: 'Upload product photos (front and back)' }],
    ['an ID card in English', { labelText: 'Photo of your ID card' }],
    ['an identity card', { labelText: 'Identity card photo' }],
    ['a bank card statement', { labelText: '上传银行卡流水' }],
  ])('%s', (_, over) => {
    expect(finding(over)).toBeNull();
  });

  it('a bank card photo on a text input is not read this way (the number is asked for by its words)', () => {
    expect(classifyFields([control({ labelText: '银行卡正面照片' })])).toEqual([]);
  });
});
