// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { scanPage } from './page-facts';

function page(html: string, title = '退款中心'): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.body.innerHTML = html;
  return doc;
}

const none = { has: () => false };

describe('scanPage (content-script side of PageFacts)', () => {
  it('a page without controls sends no text at all', () => {
    const { facts, elements } = scanPage(page('<h1>支付宝退款</h1><p>您的订单有质量问题</p>'), 'https://a.example/', none);
    expect(elements).toEqual([]);
    expect(facts).toEqual({ url: 'https://a.example/', title: '退款中心', headings: [], text: '', fields: [] });
  });

  it('controls but nothing sensitive: findings empty, no page text', () => {
    const { facts } = scanPage(page('<p>订单有质量问题</p><label>搜索 <input name="q" type="search"></label>'), 'https://a.example/', none);
    expect(facts.fields).toEqual([]);
    expect(facts.text).toBe('');
  });

  it('a card form: findings with indices into the elements, plus headings and text', () => {
    const doc = page('<h1>理赔退款</h1><p>请填写退款银行卡</p><label>银行卡号 <input id="card" name="yhk"></label><label>短信验证码 <input name="yzm"></label><button type="button">获取验证码</button>');
    const { facts, elements } = scanPage(doc, 'https://a.example/', none);
    const kinds = facts.fields.map((field) => [field.kind, elements[field.index]?.getAttribute('name')]);
    expect(kinds).toEqual(expect.arrayContaining([['card-number', 'yhk'], ['otp', 'yzm']]));
    expect(facts.headings.join(' ')).toContain('理赔退款');
    expect(facts.text).toContain('请填写退款银行卡');
  });

  it('never carries what was typed into a control', () => {
    const doc = page('<label>银行卡号 <input id="card"></label><label>备注 <input id="note"></label><textarea id="t"></textarea>');
    (doc.getElementById('card') as HTMLInputElement).value = '6222020200112233445';
    (doc.getElementById('note') as HTMLInputElement).value = '4111111111111111';
    (doc.getElementById('t') as HTMLTextAreaElement).value = 'secret-123456';
    const note = doc.getElementById('note')!;
    const { facts } = scanPage(doc, 'https://a.example/', new WeakSet([note]));
    const sent = JSON.stringify(facts);
    expect(sent).not.toContain('6222020200112233445');
    expect(sent).not.toContain('4111111111111111');
    expect(sent).not.toContain('secret-123456');
    expect(facts.fields.some((field) => field.kind === 'card-number' && field.reasons.some((r) => r.code === 'typed-card-number'))).toBe(true);
  });
});
