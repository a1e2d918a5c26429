// @vitest-environment jsdom
// The red-team's three one-line tricks on a danger page, each of which pushed the scanner's message over a limit of
// the protocol (src/messaging/limits.ts) so the background refused it whole and the tab showed nothing. The scan must
// now always be a message the background's schema accepts, and keep what the verdict and the warning need.
import { afterEach, describe, expect, it } from 'vitest';
import { pageFactsSchema } from '@/messaging/schemas';
import { LIMITS } from '@/messaging/limits';
import { scanPage } from './scan-page';
import { withTypedCards } from './typed-card';

const FORM = `<form>
  <p><label for="card">银行卡号</label> <input id="card" name="cardNo" inputmode="numeric"></p>
  <p><label for="pin">银行卡取款密码</label> <input id="pin" name="cardPwd" type="password" maxlength="6" inputmode="numeric"></p>
  <p><label for="sms">短信验证码</label> <input id="sms" name="smsCode" maxlength="6"> <button type="button">获取验证码</button></p>
</form>`;
const DECOYS = `<div id="decoys" style="display:none">${'<input name="cardNo">'.repeat(2001)}</div>`;
const URL_OK = 'http://alipay-refund.cn/';
const none = { has: () => false };

function load(html: string): Document {
  document.body.innerHTML = `<h1>支付宝 · 商品质量问题退款</h1>${html}`;
  return document;
}

const kinds = (fields: { kind: string }[]) => new Set(fields.map((f) => f.kind));
const accepted = (facts: unknown) => pageFactsSchema.safeParse(facts);

afterEach(() => {
  document.body.innerHTML = '';
  delete (HTMLElement.prototype as Partial<HTMLElement>).checkVisibility;
});

describe('a scan always fits the message (red-team: oversized scans silenced the extension)', () => {
  it('2,001 hidden decoy card boxes before the form: accepted, every kind kept, the real card field kept', () => {
    // jsdom lays nothing out: checkVisibility answers as a browser would for display:none.
    HTMLElement.prototype.checkVisibility = function (this: HTMLElement) {
      return this.closest('#decoys') === null;
    };
    const doc = load(`${DECOYS}${FORM}`);
    const { facts, elements } = scanPage(doc, URL_OK, none);
    expect(accepted(facts).success, JSON.stringify(accepted(facts).error?.issues[0])).toBe(true);
    expect(facts.fields.length).toBeLessThanOrEqual(LIMITS.fields);
    expect(kinds(facts.fields)).toEqual(new Set(['card-number', 'card-pin', 'otp']));
    const card = elements.indexOf(doc.getElementById('card')!);
    expect(card).toBe(2001);
    expect(facts.fields.some((f) => f.index === card && f.kind === 'card-number')).toBe(true);
  });

  it('…and without visibility to go by, the field that has the focus is kept', () => {
    const doc = load(`${DECOYS.replace(' style="display:none"', '')}${FORM}`);
    doc.getElementById('card')!.focus();
    const { facts, elements } = scanPage(doc, URL_OK, none);
    expect(accepted(facts).success).toBe(true);
    expect(facts.fields.map((f) => f.index)).toContain(elements.indexOf(doc.getElementById('card')!));
  });

  it('…and so is a field someone typed a card number into', () => {
    const doc = load(`${DECOYS.replace(' style="display:none"', '')}<input id="plain" name="remark">`);
    const plain = doc.getElementById('plain')!;
    const { facts, elements } = scanPage(doc, URL_OK, { has: (el: Element) => el === plain });
    expect(accepted(facts).success).toBe(true);
    expect(facts.fields).toContainEqual(expect.objectContaining({ index: elements.indexOf(plain), reasons: [{ code: 'typed-card-number' }] }));
  });

  it('a card field named with over 1,000 characters: accepted, and still a card-number field', () => {
    const doc = load(FORM);
    doc.getElementById('card')!.setAttribute('name', `cardNo ${'x'.repeat(1000)}`);
    doc.getElementById('card')!.id = `card${'y'.repeat(5000)}`;
    const { facts } = scanPage(doc, URL_OK, none);
    expect(accepted(facts).success, JSON.stringify(accepted(facts).error?.issues[0])).toBe(true);
    const card = facts.fields.find((f) => f.kind === 'card-number')!;
    expect(card.name).toHaveLength(LIMITS.attr);
    expect(card.id).toHaveLength(LIMITS.attr);
    expect(kinds(facts.fields)).toEqual(new Set(['card-number', 'card-pin', 'otp']));
  });

  it('a 9,000-character query string: accepted, with the scheme, host and path', () => {
    const doc = load(FORM);
    const { facts } = scanPage(doc, `http://alipay-refund.cn/refund.html?t=${'0'.repeat(9000)}`, none);
    expect(accepted(facts).success).toBe(true);
    expect(facts.url.startsWith('http://alipay-refund.cn/refund.html?t=000')).toBe(true);
  });
});

describe('withTypedCards', () => {
  it('cuts the id and name of a typed-into control to LIMITS.attr, as the snapshot does', () => {
    const el = document.createElement('input');
    el.id = 'i'.repeat(3000);
    el.name = 'n'.repeat(3000);
    const [finding] = withTypedCards([], [el], { has: () => true });
    expect(finding).toMatchObject({ id: 'i'.repeat(LIMITS.attr), name: 'n'.repeat(LIMITS.attr), kind: 'card-number' });
  });
});
