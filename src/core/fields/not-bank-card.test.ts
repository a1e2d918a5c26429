import { describe, expect, it } from 'vitest';
import type { ControlSnapshot } from '../types';
import { classifyFields } from './classify';
import { page } from './control-factory';

const kindsOf = (...controls: Partial<ControlSnapshot>[]): (string | null)[] => {
  const found = classifyFields(page(...controls));
  return controls.map((_, i) => found.find((f) => f.index === i)?.kind ?? null);
};

describe('card numbers of cards that are not bank cards', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    ['会员卡号 label', { labelText: '会员卡号', inputmode: 'numeric', maxLength: 19 }],
    ['积分卡号 placeholder', { placeholder: '请输入积分卡号' }],
    ['学生证号 before the box', { nearbyText: '学生证号：', maxLength: 16 }],
    ['ISIC card number', { labelText: 'ISIC card number' }],
    ['校园卡卡号', { labelText: '校园卡卡号' }],
    ['校园一卡通卡号', { labelText: '校园一卡通卡号' }],
    ['交通一卡通卡号', { nearbyText: '北京交通一卡通卡号' }],
    ['公交卡卡号', { labelText: '公交卡卡号', inputmode: 'numeric' }],
    ['交通卡号', { placeholder: '交通卡号（卡背面）' }],
    ['借书证卡号', { labelText: '借书证卡号' }],
    ['Loyalty card number', { labelText: 'Loyalty card number', inputmode: 'numeric' }],
    ['Membership card number', { ariaLabel: 'Membership card number' }],
    ['Library card number', { labelText: 'Library card number', maxLength: 14 }],
    ['Student ID card number', { labelText: 'Student ID card number' }],
    ['Transit card number', { placeholder: 'Transit card number' }],
    ['Bonuskarte Kartennummer', { labelText: 'Bonuskarte – Kartennummer' }],
    ['Kundenkarte Nummer', { labelText: 'Kundenkarte: Kartennummer' }],
    ['carte de fidélité', { labelText: 'Numéro de carte de fidélité' }],
    ['tarjeta de socio', { labelText: 'Número de tarjeta de socio' }],
    ['carta fedeltà', { labelText: 'Numero carta fedeltà' }],
    ['cartão de fidelidade', { labelText: 'Número do cartão de fidelidade' }],
    ['klantenkaart', { labelText: 'Kaartnummer klantenkaart' }],
    ['京东E卡卡号 (upper-case E)', { labelText: '京东E卡卡号' }],
    ['游戏卡卡号', { labelText: '游戏卡卡号', inputmode: 'numeric' }],
    ['加油卡卡号', { nearbyText: '中石化加油卡卡号：' }],
    ['储值卡号', { placeholder: '请输入储值卡号' }],
    ['提货卡卡号', { labelText: '提货卡卡号' }],
    ['话费卡卡号', { labelText: '话费卡卡号', maxLength: 17 }],
    ['ETC卡号 (a toll card)', { labelText: 'ETC卡号', inputmode: 'numeric' }],
    ['饭卡卡号 (a canteen card)', { labelText: '饭卡卡号' }],
    ['门禁卡号 (a door card)', { placeholder: '请输入门禁卡号' }],
    ['SIM卡号 (a phone line)', { labelText: 'SIM卡号', maxLength: 20 }],
    ['流量卡号 (a data card)', { nearbyText: '流量卡号：' }],
    ['燃气卡卡号 (a gas meter card)', { labelText: '燃气卡卡号' }],
    ['就诊卡号 (a hospital card)', { labelText: '就诊卡号', inputmode: 'numeric' }],
    ['name=studentCardNumber', { name: 'studentCardNumber' }],
    ['name=library_card_no', { name: 'library_card_no' }],
  ])('%s is not a bank-card field', (_why, over) => {
    expect(['card-number', 'card-cvv', 'card-expiry', 'card-pin']).not.toContain(kindsOf(over)[0]);
  });

  it.each<[string, Partial<ControlSnapshot>]>([
    ['银行卡号 on a "cancel your VIP membership" page', { labelText: '银行卡号', nearbyText: '取消VIP会员自动续费，请填写退款银行卡号' }],
    ['会员 in the label, the card asked for is a bank card', { labelText: '退还会员费的银行卡号' }],
    ['a membership refund asking for a bank card (English)', { labelText: 'Bank card number for your membership refund' }],
    ['a student refund asking for a card number', { labelText: 'Card number (student fee refund)', inputmode: 'numeric', maxLength: 19 }],
    ['积分 in the surrounding text only', { labelText: '信用卡号', nearbyText: '积分兑换现金' }],
    // China Merchants Bank calls its debit card 一卡通.
    ['招商银行一卡通卡号', { labelText: '招商银行一卡通卡号' }],
    ['一卡通卡号 on its own', { nearbyText: '一卡通卡号：' }],
    // ICBC's virtual card for online shopping is its e卡; only JD's gift card is named as one.
    ['工行e卡卡号', { labelText: '工行e卡卡号' }],
    ['储蓄卡卡号 (a debit card, not a 储值卡)', { labelText: '储蓄卡卡号' }],
    ['京东 in the label, the card asked for is a bank card', { labelText: '京东退款银行卡号' }],
    // A card that is no bank card, named only as what the bank card is bound to: a fake ETC page's own label.
    ['the bank card bound to an ETC card', { labelText: '请输入ETC卡绑定的银行卡号' }],
    ['the bank card bound to a membership card', { labelText: '会员卡绑定的银行卡号' }],
    ['the credit card linked to a fuel card', { placeholder: '加油卡关联的信用卡号' }],
    ['an ETC heading and a bank card in the row text', { nearbyText: 'ETC卡认证 银行卡号：' }],
    ['a bank card for a membership card (English)', { labelText: 'Bank card number linked to your membership card' }],
  ])('%s is still a card number', (_why, over) => {
    expect(kindsOf(over)).toEqual(['card-number']);
  });
});

describe('passwords of cards that are not bank cards', () => {
  const pw = (over: Partial<ControlSnapshot>): Partial<ControlSnapshot> => ({ type: 'password', ...over });

  it.each<[string, Partial<ControlSnapshot>]>([
    ['a cinema’s 会员卡密码', pw({ nearbyText: '会员卡密码' })],
    ['a recharge card’s 充值卡密码', pw({ labelText: '充值卡密码' })],
    ['a game point card’s 点卡密码', pw({ placeholder: '请输入点卡密码' })],
    ['a campus card’s 校园一卡通密码', pw({ labelText: '校园一卡通查询密码' })],
    ['a JD gift card’s E卡密码', pw({ labelText: '京东E卡密码' })],
    ['a game card’s 游戏卡密码', pw({ placeholder: '游戏卡密码' })],
    ['a pick-up card’s 提货卡密码', pw({ nearbyText: '提货卡密码：' })],
    ['a loyalty card’s PIN', pw({ labelText: 'Membership card PIN' })],
    ['a housing-fund account’s 公积金查询密码', pw({ labelText: '公积金查询密码' })],
    ['a tax account’s 个税查询密码', pw({ placeholder: '个税查询密码' })],
    ['a social-security site’s 社保查询密码', pw({ nearbyText: '社保查询密码：' })],
  ])('%s is no card password', (_why, over) => {
    expect(kindsOf(over)[0]).not.toBe('card-pin');
  });

  it('a membership-card number and password are neither card number nor card password', () => {
    expect(kindsOf({ nearbyText: '会员卡号' }, pw({ nearbyText: '会员卡密码' }))).not.toContain('card-pin');
    expect(kindsOf({ nearbyText: '点卡卡号' }, pw({ nearbyText: '点卡密码' }))).toEqual([null, 'password']);
  });

  it.each<[string, Partial<ControlSnapshot>]>([
    ['银行卡密码', pw({ nearbyText: '银行卡密码' })],
    ['a "cancel your membership" page asking for the bank card’s password', pw({ labelText: '取消会员请输入银行卡取款密码' })],
    ['招商银行一卡通取款密码', pw({ labelText: '一卡通取款密码' })],
    // 储蓄卡 (a debit card) is one character from 储值卡 (a shop's stored-value card).
    ['储蓄卡密码', pw({ labelText: '储蓄卡密码', maxLength: 6 })],
    ['the password of the bank card bound to a membership card', pw({ labelText: '会员卡绑定的银行卡密码' })],
    ['a bank card’s query password (查询密码, the phone bank’s)', pw({ labelText: '银行卡查询密码' })],
  ])('%s is still a card password', (_why, over) => {
    expect(kindsOf(over)).toEqual(['card-pin']);
  });
});

describe('dates that are not a bank card’s expiry', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    ['身份证有效期 (an ID card)', { labelText: '身份证有效期' }],
    ['证件有效期 on a passenger form', { labelText: '证件有效期', placeholder: 'YYYY-MM-DD' }],
    ['护照有效期', { nearbyText: '护照有效期：' }],
    ['驾驶证有效期', { labelText: '驾驶证有效期至' }],
    ['营业执照有效期', { labelText: '营业执照有效期' }],
    ['签证有效期', { placeholder: '签证有效期' }],
    ['合同到期日', { labelText: '合同到期日' }],
    ['保险到期日 on a car-insurance quote', { labelText: '商业保险到期日' }],
    ['优惠券有效期至', { labelText: '优惠券有效期至' }],
    ['ETC卡有效期 (a toll card)', { labelText: 'ETC卡有效期' }],
    ['会员卡有效期', { labelText: '会员卡有效期' }],
    // Named right before the date word: a rule, not a list.
    ['交强险到期日 on a car-insurance quote', { labelText: '交强险到期日' }],
    ['年检到期日', { nearbyText: '年检到期日：' }],
    ['域名到期时间', { placeholder: '域名到期时间' }],
    ['会员有效期', { labelText: '会员有效期' }],
    // Or a Latin name of such a thing.
    ['VIP到期时间 on a membership form', { labelText: 'VIP到期时间' }],
    ['APP有效期', { placeholder: 'APP有效期' }],
  ])('%s is no card expiry', (_why, over) => {
    expect(kindsOf(over)[0]).not.toBe('card-expiry');
  });

  it('an ID card’s validity right after a card number stays out of the card (card context does not bring it back)', () => {
    expect(kindsOf({ labelText: '银行卡号', inputmode: 'numeric' }, { labelText: '证件有效期' })).toEqual(['card-number', null]);
    expect(kindsOf({ labelText: '银行卡号', inputmode: 'numeric' }, { labelText: '会员有效期' })).toEqual(['card-number', null]);
  });

  it.each<[string, Partial<ControlSnapshot>]>([
    ['有效日期 on its own', { labelText: '有效日期' }],
    ['the expiry of the credit card bound to a membership card', { labelText: '会员卡绑定的信用卡有效期' }],
    ['请输入有效期', { placeholder: '请输入有效期' }],
    ['卡号及有效期', { nearbyText: '卡号及有效期' }],
    ['Visa有效期 (a card brand)', { labelText: 'Visa有效期' }],
  ])('%s is still a card expiry', (_why, over) => {
    expect(kindsOf(over)).toEqual(['card-expiry']);
  });
});

describe('numbers beside a card that are not its number or security code', () => {
  it.each<[string, Partial<ControlSnapshot>, string]>([
    ['the last four digits of the card (卡号后四位)', { labelText: '卡号后四位' }, 'card-number'],
    ['卡号末4位', { placeholder: '请输入卡号末4位' }, 'card-number'],
    ['the card number’s 尾号', { labelText: '银行卡号尾号' }, 'card-number'],
    ['a product’s anti-counterfeit 安全码', { labelText: '安全码（防伪标签上）' }, 'card-cvv'],
    // Named right before it, as for dates: a product's or a device's code.
    ['a product’s 产品安全码', { labelText: '请输入产品安全码' }, 'card-cvv'],
    ['a camera’s 设备安全码', { labelText: '设备安全码' }, 'card-cvv'],
  ])('%s is not read as that card field', (_why, over, kind) => {
    expect(kindsOf(over)[0]).not.toBe(kind);
  });

  it.each<[string, Partial<ControlSnapshot>]>([
    ['信用卡安全码', { labelText: '信用卡安全码' }],
    ['背面三位安全码', { labelText: '背面三位安全码' }],
    ['请输入安全码', { placeholder: '请输入安全码' }],
    ['支付安全码', { labelText: '支付安全码' }],
  ])('%s is still a card security code', (_why, over) => {
    expect(kindsOf(over)).toEqual(['card-cvv']);
  });
});
