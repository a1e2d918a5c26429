import { describe, expect, it } from 'vitest';
import type { ControlSnapshot, FieldFinding, FieldKind } from '../types';
import { classifyFields } from './classify';
import { control, page } from './control-factory';

/** The kind classifyFields gives one control on its own, or null. */
function kindOf(over: Partial<ControlSnapshot>): FieldKind | null {
  return classifyFields([control(over)])[0]?.kind ?? null;
}

describe('one control: should match', () => {
  it.each<[string, Partial<ControlSnapshot>, FieldKind]>([
    // card-number
    ['autocomplete cc-number', { autocomplete: 'cc-number' }, 'card-number'],
    ['sectioned autocomplete', { autocomplete: 'section-pay billing cc-number' }, 'card-number'],
    ['label 银行卡号', { labelText: '银行卡号' }, 'card-number'],
    ['label 卡片号码', { labelText: '卡片号码' }, 'card-number'],
    ['placeholder 银行卡卡面号码', { placeholder: '请输入银行卡卡面号码' }, 'card-number'],
    ['placeholder 请输入信用卡号', { placeholder: '请输入信用卡号' }, 'card-number'],
    ['table cell 卡号：', { nearbyText: '卡号：' }, 'card-number'],
    ['English label', { labelText: 'Credit card number' }, 'card-number'],
    ['German label', { labelText: 'Kartennummer' }, 'card-number'],
    ['French label', { labelText: 'Numéro de carte' }, 'card-number'],
    ['Spanish placeholder', { placeholder: 'Número de tarjeta' }, 'card-number'],
    ['name cardNumber', { name: 'cardNumber' }, 'card-number'],
    ['name card[number]', { name: 'payment[card][number]' }, 'card-number'],
    ['pinyin yhk', { name: 'yhk' }, 'card-number'],
    ['pinyin yhkh', { id: 'txtYhkh' }, 'card-number'],
    ['pinyin kh on a 19-digit numeric box', { name: 'kh', maxLength: 19, inputmode: 'numeric' }, 'card-number'],
    ['aria-labelledby text', { ariaLabel: 'Card number' }, 'card-number'],
    // card-pin
    ['label 取款密码', { labelText: '取款密码', type: 'password' }, 'card-pin'],
    ['label 信用卡取现密码 (the card word does not make it a card number)', { labelText: '信用卡取现密码' }, 'card-pin'],
    ['label 交易密码', { labelText: '交易密码' }, 'card-pin'],
    ['placeholder 支付密码', { placeholder: '请输入6位支付密码', type: 'password', maxLength: 6 }, 'card-pin'],
    ['name jymm', { name: 'jymm', type: 'password' }, 'card-pin'],
    ['name qkmm', { name: 'qkmm' }, 'card-pin'],
    ['ATM PIN', { labelText: 'ATM PIN' }, 'card-pin'],
    ['label ATM密码', { labelText: 'ATM密码' }, 'card-pin'],
    ['placeholder 取款机密码', { placeholder: '请输入取款机密码' }, 'card-pin'],
    ['label 柜员机密码', { nearbyText: '柜员机密码：' }, 'card-pin'],
    ['label 六位数字密码 on a text box', { labelText: '六位数字密码' }, 'card-pin'],
    ['placeholder 6位数字密码', { placeholder: '请输入银行卡6位数字密码' }, 'card-pin'],
    ['PIN on a password box', { labelText: 'PIN', type: 'password' }, 'card-pin'],
    ['密码 in a 6-digit numeric box', { labelText: '密码', type: 'password', maxLength: 6, inputmode: 'numeric' }, 'card-pin'],
    // The online bank's USB-key PIN signs transfers as the card PIN pays; a transaction password named for the online
    // bank is still one.
    ['placeholder U盾密码', { placeholder: '请输入U盾密码', type: 'password' }, 'card-pin'],
    ['traditional U盾密碼', { nearbyText: 'U盾密碼：', type: 'password' }, 'card-pin'],
    ['label 网银交易密码', { labelText: '网银交易密码', type: 'password' }, 'card-pin'],
    ['placeholder 网银支付密码 on 6 digits', { placeholder: '请输入6位网银支付密码', type: 'password', maxLength: 6 }, 'card-pin'],
    // Red team 7: the online bank's LOGIN password is what every bank's own login asks for (a bank the guard does not
    // know would be "!!" for naming it): a password, whatever the bank calls it.
    ['label 网银登录密码', { labelText: '网银登录密码', type: 'password' }, 'password'],
    ['placeholder 请输入网银登录密码', { placeholder: '请输入网银登录密码', type: 'password', maxLength: 20 }, 'password'],
    ['traditional 網上銀行登錄密碼', { nearbyText: '網上銀行登錄密碼：', type: 'password' }, 'password'],
    ['label 手机银行密码', { labelText: '手机银行密码', type: 'password' }, 'password'],
    ['placeholder 网上银行密码 (银行密码 inside it)', { placeholder: '请输入网上银行密码', type: 'password' }, 'password'],
    ['label 网银密码 on a text box', { labelText: '网银密码' }, 'password'],
    ['Online banking password', { labelText: 'Online banking password', type: 'password' }, 'password'],
    // Invisible characters between a label's characters (a person reads 银行卡号 and 验证码).
    ['label 银行卡号 with zero-width spaces', { labelText: '银\u200b行\u200b卡\u200b号' }, 'card-number'],
    ['placeholder 验证码 with soft hyphens', { placeholder: '验\u00ad证\u00ad码' }, 'otp'],
    // A payment app's login password opens the account and every card bound to it.
    ['placeholder 支付宝登录密码', { placeholder: '请输入支付宝登录密码', type: 'password' }, 'card-pin'],
    ['label 云闪付密码', { labelText: '云闪付密码', type: 'password' }, 'card-pin'],
    ['PayPal password', { labelText: 'PayPal password', type: 'password' }, 'card-pin'],
    // otp described by what was received, not named
    ['placeholder 银行预留手机收到的6位数字 (not the phone number)', { placeholder: '银行预留手机收到的6位数字' }, 'otp'],
    ['label 请输入您收到的短信中的六位数字', { labelText: '请输入您收到的短信中的六位数字' }, 'otp'],
    ['placeholder 请输入银行发送的6位数字', { placeholder: '请输入银行发送的6位数字' }, 'otp'],
    // card-cvv
    ['autocomplete cc-csc', { autocomplete: 'cc-csc' }, 'card-cvv'],
    ['a placeholder drawn as a card number, no words', { placeholder: '0000 0000 0000 0000' }, 'card-number'],
    ['a placeholder of dots for a 19-digit card', { placeholder: '•••• •••• •••• •••• •••' }, 'card-number'],
    ['a placeholder of X with spaces', { placeholder: 'XXXX XXXX XXXX XXXX' }, 'card-number'],
    ['a placeholder of digits with hyphens', { placeholder: '1234-5678-9012-3456' }, 'card-number'],
    ['label CVV2', { labelText: 'CVV2' }, 'card-cvv'],
    ['label CVN2', { nearbyText: 'CVN2：' }, 'card-cvv'],
    ['label 安全码', { labelText: '卡背面安全码' }, 'card-cvv'],
    ['label 卡片背面后三位数字 (not the card number)', { labelText: '卡片背面后三位数字' }, 'card-cvv'],
    ['label 信用卡背面签名栏后3位', { labelText: '信用卡背面签名栏后3位' }, 'card-cvv'],
    ['placeholder 卡背面的三位数字', { placeholder: '请输入卡背面的三位数字', maxLength: 3 }, 'card-cvv'],
    ['Card security code', { labelText: 'Card security code' }, 'card-cvv'],
    ['German Prüfnummer', { labelText: 'Kartenprüfnummer' }, 'card-cvv'],
    ['French cryptogramme', { labelText: 'Cryptogramme visuel' }, 'card-cvv'],
    ['name cvc', { name: 'cvc', maxLength: 4 }, 'card-cvv'],
    ['full-width ＣＶＶ', { placeholder: 'ＣＶＶ' }, 'card-cvv'],
    // card-expiry
    ['autocomplete cc-exp', { autocomplete: 'cc-exp' }, 'card-expiry'],
    ['label 有效期', { labelText: '有效期' }, 'card-expiry'],
    ['label 信用卡有效日期', { labelText: '信用卡有效日期' }, 'card-expiry'],
    ['placeholder MM/YY', { placeholder: 'MM/YY' }, 'card-expiry'],
    ['placeholder MM / YY', { placeholder: 'MM / YY' }, 'card-expiry'],
    ['Expiration date', { labelText: 'Expiration date' }, 'card-expiry'],
    ['date d’expiration', { labelText: "Date d'expiration" }, 'card-expiry'],
    ['Ablaufdatum', { labelText: 'Ablaufdatum' }, 'card-expiry'],
    ['fecha de vencimiento', { nearbyText: 'Fecha de vencimiento' }, 'card-expiry'],
    ['name expMonth select', { tag: 'select', type: '', name: 'expMonth', options: ['Month', '01', '02', '03', '04'] }, 'card-expiry'],
    ['pinyin yxq', { name: 'yxq' }, 'card-expiry'],
    // otp
    ['autocomplete one-time-code', { autocomplete: 'one-time-code' }, 'otp'],
    ['label 动态口令', { labelText: '动态口令' }, 'otp'],
    ['placeholder 短信动态口令', { placeholder: '请输入短信动态口令', maxLength: 6 }, 'otp'],
    ['label 短信验证码', { labelText: '短信验证码' }, 'otp'],
    ['placeholder 请输入验证码', { placeholder: '请输入验证码' }, 'otp'],
    ['动态码', { nearbyText: '动态码' }, 'otp'],
    ['动态密码', { labelText: '动态密码', type: 'password' }, 'otp'],
    ['校验码', { labelText: '校验码' }, 'otp'],
    ['Verification code', { labelText: 'Verification code' }, 'otp'],
    ['One-time password', { placeholder: 'One-time password' }, 'otp'],
    ['OTP', { labelText: 'OTP' }, 'otp'],
    ['SMS code', { ariaLabel: 'SMS code' }, 'otp'],
    ['French code de vérification', { labelText: 'Code de vérification' }, 'otp'],
    ['name smsCode', { name: 'smsCode' }, 'otp'],
    ['pinyin yzm', { name: 'yzm' }, 'otp'],
    ['pinyin dxyzm', { id: 'dxyzm' }, 'otp'],
    ['"code" with a 获取验证码 button', { name: 'code', buttonText: '获取验证码' }, 'otp'],
    ['"code" with a Send code button', { labelText: 'Code', buttonText: 'Send code' }, 'otp'],
    ['"Enter the code" on a 6-digit numeric box', { labelText: 'Enter the code', maxLength: 6, inputmode: 'numeric' }, 'otp'],
    ['验证码 with an image AND a send button is still SMS', { labelText: '验证码', hasImageNearby: true, buttonText: '发送验证码' }, 'otp'],
    ['PIN sent by SMS is a code', { labelText: 'Enter the PIN we sent by SMS', id: 'otp-pin', maxLength: 6 }, 'otp'],
    // id-number, phone, password
    ['身份证号', { labelText: '身份证号' }, 'id-number'],
    ['pinyin sfz', { name: 'sfz' }, 'id-number'],
    ['手机号', { labelText: '手机号' }, 'phone'],
    ['autocomplete tel', { autocomplete: 'tel' }, 'phone'],
    ['password type', { type: 'password', labelText: 'Password' }, 'password'],
    ['login 密码', { type: 'password', labelText: '登录密码' }, 'password'],
    // A text area whose own label is a short name is read like a text input (for the guarded kinds).
    ['textarea named 短信验证码', { tag: 'textarea', type: '', labelText: '短信验证码' }, 'otp'],
    ['textarea with placeholder 请输入银行卡号', { tag: 'textarea', type: '', placeholder: '请输入银行卡号' }, 'card-number'],
    ['textarea with aria-label CVV', { tag: 'textarea', type: '', ariaLabel: 'CVV' }, 'card-cvv'],
  ])('%s', (_why, over, kind) => {
    expect(kindOf(over)).toBe(kind);
  });
});

describe('one control: should not match a card or code kind', () => {
  it.each<[string, Partial<ControlSnapshot>]>([
    ['a lone name=code', { name: 'code' }],
    ['a lone name=pin', { name: 'pin' }],
    ['a lone name=kh', { name: 'kh' }],
    ['a lone id=code with maxlength 6 but no words', { id: 'code', maxLength: 6 }],
    ['image captcha by label 图形验证码', { labelText: '图形验证码' }],
    ['验证码 with an adjacent img', { labelText: '验证码', hasImageNearby: true }],
    ['看不清换一张', { labelText: '验证码', buttonText: '看不清？换一张' }],
    ['name=captcha', { name: 'captcha', placeholder: 'Verification code' }],
    ['name=imgcode', { name: 'imgcode', labelText: '验证码' }],
    ['search box', { type: 'search', placeholder: 'Search card games' }],
    ['ZIP code', { labelText: 'ZIP code', maxLength: 5 }],
    ['postcode', { name: 'postcode', labelText: 'Postcode' }],
    ['邮政编码', { labelText: '邮政编码' }],
    ['quantity', { name: 'qty', type: 'number', labelText: 'Quantity' }],
    ['coupon code', { labelText: 'Coupon code', name: 'coupon' }],
    ['优惠码', { labelText: '优惠码', buttonText: '使用' }],
    ['promo code', { placeholder: 'Promo code', buttonText: 'Apply' }],
    ['gift card number', { labelText: 'Gift card number', name: 'giftCardNumber' }],
    ['gift card PIN', { labelText: 'PIN', name: 'giftCardPin', maxLength: 4, inputmode: 'numeric' }],
    ['street address', { labelText: 'Street address', autocomplete: 'street-address' }],
    ['name on card', { labelText: 'Name on card', name: 'cardName' }],
    ['cardholder', { labelText: '持卡人姓名' }],
    ['支付宝账号 (the account, not its password)', { labelText: '支付宝账号' }],
    ['amount', { labelText: 'Amount', name: 'amount', type: 'number' }],
    ['金额', { labelText: '转账金额' }],
    ['house number', { labelText: 'House number' }],
    ['phone with the send-code button', { labelText: '手机号', buttonText: '获取验证码' }],
    ['username with a Send OTP button', { name: 'username', placeholder: '+91', buttonText: 'Send OTP' }],
    ['email', { type: 'email', labelText: 'Email verification code' }],
    ['hidden input', { type: 'hidden', name: 'cardNumber' }],
    ['textarea with an instruction', { tag: 'textarea', type: '', labelText: 'Message for the seller (never write your card number here)' }],
    ['textarea with a long Chinese instruction', { tag: 'textarea', type: '', placeholder: '请描述遇到的问题，请勿填写密码、验证码' }],
    ['textarea with no name', { tag: 'textarea', type: '', nearbyText: '短信验证码' }],
    ['textarea named a password (not a card one)', { tag: 'textarea', type: '', labelText: 'Password' }],
    ['country code', { labelText: 'Country code', name: 'countryCode' }],
    ['birth year select', { tag: 'select', type: '', name: 'birthYear', options: ['1940', '1941', '1942'] }],
    ['autocomplete one-time-code misused on a name field', { autocomplete: 'one-time-code', placeholder: 'Invoice name' }],
    ['password forgotten email field containing "otp" letters', { id: 'txtForgotPasswordEmail', labelText: 'Email' }],
    ['pinterest', { name: 'pinterest_url', labelText: 'Pinterest' }],
    ['shipping', { name: 'shipping', labelText: 'Shipping method' }],
    ['referral code', { labelText: '邀请码' }],
    ['plain "Security code" alone (card or SMS?)', { labelText: 'Security code' }],
    ['plain "Number" alone', { labelText: 'Number', name: 'number' }],
    ['a licence-key mask (X with hyphens)', { placeholder: 'XXXX-XXXX-XXXX-XXXX' }],
    ['a phone-number mask', { placeholder: '000 0000 0000' }],
    ['an ID-number mask', { placeholder: '000000 00000000 0000' }],
    ['three groups of four', { placeholder: '0000 0000 0000' }],
    ['groups joined two ways', { placeholder: '0000 0000-0000 0000' }],
    ['a card-number mask on a gift card', { labelText: '礼品卡卡号', placeholder: '0000 0000 0000 0000' }],
    ['a card-number mask on a box too short for it', { placeholder: '0000 0000 0000 0000', maxLength: 4 }],
    ['a login password said to be 6 to 16 characters', { labelText: '密码(6-16位数字或字母)', type: 'password' }],
    ['会员卡片号码 (a membership card)', { labelText: '会员卡片号码' }],
    ['plain "Month" select alone', { tag: 'select', type: '', labelText: 'Month', options: ['01', '02', '03'] }],
  ])('%s', (_why, over) => {
    const kind = kindOf(over);
    expect(['card-number', 'card-pin', 'card-cvv', 'card-expiry', 'otp']).not.toContain(kind);
  });
});

describe('a named text area', () => {
  it('counts only as a guarded kind: named a phone or a password it is no field at all', () => {
    expect(kindOf({ tag: 'textarea', type: '', labelText: '手机号' })).toBeNull();
    expect(kindOf({ tag: 'textarea', type: '', labelText: 'Password' })).toBeNull();
    expect(kindOf({ tag: 'textarea', type: '', labelText: '支付密码' })).toBe('card-pin');
  });
});

describe('reasons', () => {
  it('says which autocomplete token decided', () => {
    expect(classifyFields([control({ autocomplete: 'cc-number' })])[0]?.reasons).toContainEqual({ code: 'autocomplete', detail: 'cc-number' });
  });
  it('names the label phrase and the pinyin name', () => {
    const reasons = classifyFields([control({ labelText: '银行卡号', name: 'yhkh' })])[0]?.reasons ?? [];
    expect(reasons).toContainEqual({ code: 'label', detail: '银行卡号' });
    expect(reasons).toContainEqual({ code: 'attribute', detail: 'yhkh (yhkh)' });
  });
  it('names the send-code button', () => {
    const reasons = classifyFields([control({ name: 'code', buttonText: '获取验证码' })])[0]?.reasons ?? [];
    expect(reasons).toContainEqual({ code: 'send-code-button', detail: '获取验证码' });
  });
  it('gives a password field its own names, each once and none over 60 characters; other kinds none', () => {
    const [password] = classifyFields([
      control({ type: 'password', labelText: 'QQ密码', placeholder: 'QQ密码', nearbyText: `${'请输入'.repeat(25)}密码`, ariaLabel: '' }),
    ]);
    expect(password).toMatchObject({ kind: 'password', labels: ['QQ密码'] });
    const [card] = classifyFields([control({ labelText: '银行卡号' })]);
    expect(card?.kind).toBe('card-number');
    expect(card).not.toHaveProperty('labels');
  });
  it('keeps index, id and name', () => {
    const [f] = classifyFields([control({ index: 7, id: 'kh', name: 'cardNo', labelText: '卡号' })]);
    expect(f).toMatchObject({ index: 7, id: 'kh', name: 'cardNo', kind: 'card-number' });
  });
});

describe('a Chinese refund page', () => {
  it('finds card number, PIN, phone and SMS code, and skips the image captcha', () => {
    const controls = page(
      { nearbyText: '姓名', name: 'xm' },
      { nearbyText: '身份证号', name: 'sfzh' },
      { nearbyText: '银行卡号', name: 'yhkh' },
      { nearbyText: '取款密码', name: 'qkmm', type: 'password', maxLength: 6 },
      { nearbyText: '预留手机号', name: 'sjh', buttonText: '获取验证码' },
      { nearbyText: '短信验证码', name: 'dxyzm' },
      { nearbyText: '图形验证码', name: 'yzm', hasImageNearby: true },
    );
    expect(classifyFields(controls).map((f) => [f.index, f.kind])).toEqual([
      [1, 'id-number'],
      [2, 'card-number'],
      [3, 'card-pin'],
      [4, 'phone'],
      [5, 'otp'],
    ]);
  });
});

describe('re-scans', () => {
  it('classifying the same controls again gives the same findings (what context and split boxes add stays out of the memo)', () => {
    const controls = page(
      { labelText: 'Card number', rowKey: 1 },
      { tag: 'select', type: '', labelText: 'Month', options: ['01', '02', '03'], rowKey: 1 },
      { tag: 'select', type: '', options: ['2026', '2027', '2028'], rowKey: 1 },
      ...Array.from({ length: 6 }, () => ({ maxLength: 1, rowKey: 2 })),
    );
    const first = classifyFields(controls);
    const second = classifyFields(controls);
    expect(second).toEqual(first);
    // Card number, month, year, and each of the six code boxes, which carry their whole group.
    expect(first).toHaveLength(9);
    expect(first.slice(3).map((f) => f.boxes)).toEqual(Array(6).fill([3, 4, 5, 6, 7, 8]));
  });

  it('context added on one page does not follow the same control onto the next', () => {
    const month = { tag: 'select' as const, type: '', labelText: 'Month', options: ['01', '02', '03'], rowKey: 1 };
    expect(classifyFields(page(month))).toEqual([]);
    const withCard = classifyFields(page({ labelText: 'Card number', rowKey: 1 }, month));
    const reasons = (fs: FieldFinding[]) => fs.find((f) => f.kind === 'card-expiry')?.reasons.map((r) => r.code);
    expect(reasons(withCard)).toEqual(['label', 'select-options', 'card-context']);
    expect(classifyFields(page(month))).toEqual([]);
    // Again beside a card number: one context reason, not one per scan.
    expect(reasons(classifyFields(page({ labelText: 'Card number', rowKey: 1 }, month)))).toEqual(['label', 'select-options', 'card-context']);
  });

  it('changing a finding does not change the next scan', () => {
    const controls = page({ labelText: '银行卡号' }, ...Array.from({ length: 4 }, () => ({ maxLength: 4, rowKey: 3, labelText: 'Card number' })));
    const first = classifyFields(controls);
    const expected = structuredClone(first);
    for (const f of first) f.reasons.push({ code: 'changed-by-caller' });
    expect(classifyFields(controls)).toEqual(expected);
  });

  it('the same control at another position keeps its own index', () => {
    const [a] = classifyFields([control({ index: 3, labelText: '银行卡号' })]);
    const [b] = classifyFields([control({ index: 8, labelText: '银行卡号' })]);
    expect([a?.index, b?.index]).toEqual([3, 8]);
  });
});
