// Forms on official hosts anyone publishes on (wj.qq.com, <name>.feishu.cn): judged as on a neutral host, with the
// rule that says why. Red team round 2, finding 3: a whole fake refund form there was `none` (official-site).
import { describe, expect, it } from 'vitest';
import { evaluateFindings } from '../engine';
import type { FieldFinding, FieldKind, PageFacts } from '../types';

const field = (kind: FieldKind, index: number): FieldFinding => ({ index, kind, id: null, name: null, reasons: [{ code: 'test' }] });
const page = (url: string, kinds: FieldKind[], extra: Partial<PageFacts> = {}): PageFacts => ({
  url,
  title: '',
  headings: [],
  text: '',
  fields: kinds.map((k, i) => field(k, i)),
  ...extra,
});
const judge = (facts: PageFacts, trusted: string[] = []) => evaluateFindings(facts, { trusted });
const rules = (facts: PageFacts) => judge(facts).rules.map((r) => r.code);
const SURVEY = 'https://wj.qq.com/s/1234567';
const REFUND_STORY = '您购买的商品经检测存在质量问题，平台将为您办理三倍退款。请填写收款银行卡信息。';

describe('a form on a user-content host', () => {
  it('a card password on wj.qq.com: at least caution, with the user-content rule among the reasons', () => {
    const v = judge(page(SURVEY, ['card-pin'], { title: '售后登记' }));
    expect(v.level).not.toBe('none');
    expect(v.rules.map((r) => r.code)).toEqual(['card-pin-off-official', 'card-field-on-user-content-host']);
    expect(v.level).toBe('danger');
    expect(v.advice).toContain('no-card-password');
  });

  it.each([
    ['wj.qq.com', SURVEY],
    ['docs.qq.com', 'https://docs.qq.com/form/page/DAbCd'],
    ['a Feishu tenant', 'https://bytedance.feishu.cn/share/base/form/shrcnAbc'],
    ['Google Forms', 'https://docs.google.com/forms/d/e/1FAIpQLSf/viewform'],
  ])('card number and an SMS code on %s: caution, as on a neutral host', (_name, url) => {
    const v = judge(page(url, ['card-number', 'otp']));
    expect(v.level).toBe('caution');
    expect(v.rules.map((r) => r.code)).toEqual(['card-field-on-user-content-host']);
  });

  it('card number, password and code under a refund story: danger, as on any neutral host', () => {
    const v = judge(page(SURVEY, ['card-number', 'card-pin', 'otp'], { title: '退款登记', text: REFUND_STORY }));
    expect(v.level).toBe('danger');
    expect(v.rules.map((r) => r.code)).toEqual(expect.arrayContaining(['card-and-code-with-scam-script', 'card-field-on-user-content-host']));
    expect(v.rules.map((r) => r.code)).not.toContain('card-field-on-unknown-site');
  });

  it('an SMS code under a refund story, no card field: danger', () => {
    expect(judge(page(SURVEY, ['phone', 'otp'], { text: REFUND_STORY })).level).toBe('danger');
  });

  it('a plain survey (name, phone, no card or code field) is none, and so is one with an SMS check', () => {
    expect(judge(page(SURVEY, ['phone'], { title: '员工满意度调查 - 腾讯问卷', headings: ['腾讯问卷', '员工满意度调查'] })).level).toBe('none');
    expect(judge(page(SURVEY, [], { title: '活动报名' })).level).toBe('none');
    // The platform's own name (腾讯 in 腾讯问卷, 飞书) is no brand claim, so its SMS check stays quiet as on any site.
    const smsCheck = judge(page(SURVEY, ['phone', 'otp'], { title: '员工满意度调查 - 腾讯问卷', headings: ['腾讯问卷'] }));
    expect(smsCheck.level).toBe('none');
    expect(smsCheck.signals).toEqual([]);
    const feishu = page('https://acme.feishu.cn/share/base/form/shrcnAbc', ['phone', 'otp'], { title: '活动报名 - 飞书云文档', headings: ['飞书'] });
    expect(judge(feishu).level).toBe('none');
  });

  it('another name of the same brand is still a claim: "微信支付退款中心" on wj.qq.com with card and code is danger', () => {
    const v = judge(page(SURVEY, ['card-number', 'otp'], { title: '微信支付退款中心' }));
    expect(v.signals).toEqual([expect.objectContaining({ kind: 'brand-claim', brand: 'tencent' })]);
    expect(v.level).toBe('danger');
    expect(rules(page(SURVEY, ['card-number', 'otp'], { title: '支付宝退款中心' }))).toContain('card-and-code-with-money-claim');
  });

  it('a QQ password asked for in a Tencent Docs form is phishing, as anywhere but Tencent’s sign-in', () => {
    const qq: FieldFinding = { index: 0, kind: 'password', id: null, name: 'pwd', reasons: [{ code: 'input-type', detail: 'password' }], labels: ['请输入QQ密码'] };
    const v = judge({ ...page('https://docs.qq.com/form/page/DAbCd', []), fields: [qq] });
    expect(v.level).toBe('danger');
    expect(v.rules).toEqual([{ code: 'password-with-sign-in-claim' }]);
  });

  it('the trusted list does not quiet it', () => {
    expect(judge(page(SURVEY, ['card-number', 'otp']), ['qq.com']).level).toBe('caution');
  });
});

// A tenant named after another brand (gap left by note 45): the address itself lies, as on alipay-tuikuan.cn.
describe('a tenant name that imitates a brand', () => {
  const TENANT_FORM = 'https://alipay-tuikuan.feishu.cn/share/base/form/shrcnAbc';

  it('card number and an SMS code there: danger, with the lookalike rules and no user-content rule', () => {
    const v = judge(page(TENANT_FORM, ['card-number', 'otp'], { title: '退款登记表' }));
    expect(v.level).toBe('danger');
    expect(v.domain).toMatchObject({ kind: 'lookalike', brand: 'alipay', service: 'feishu' });
    expect(v.rules.map((r) => r.code)).toEqual(expect.arrayContaining(['sensitive-field-on-bad-host', 'lookalike-host']));
    expect(v.rules.map((r) => r.code)).not.toContain('card-field-on-user-content-host');
    // The same form under an ordinary company's tenant: caution, as before.
    expect(judge(page('https://bytedance.feishu.cn/share/base/form/shrcnAbc', ['card-number', 'otp'])).level).toBe('caution');
  });

  it('a page with no field yet: caution, as any lookalike address', () => {
    expect(judge(page(TENANT_FORM, [])).rules).toEqual([{ code: 'lookalike-host' }]);
  });

  it('the platform’s own name in the title is still no claim there (飞书 in "退款登记 - 飞书")', () => {
    const v = judge(page(TENANT_FORM, [], { title: '退款登记 - 飞书', headings: ['飞书'] }));
    expect(v.signals.filter((s) => s.kind === 'brand-claim')).toEqual([]);
    // Alipay's name there is a claim, as on any lookalike.
    const claimed = judge(page(TENANT_FORM, [], { title: '支付宝退款中心' }));
    expect(claimed.signals).toEqual([expect.objectContaining({ kind: 'brand-claim', brand: 'alipay' })]);
  });
});

describe('the same brands’ own pages stay quiet', () => {
  it.each([
    ['https://pay.qq.com/', ['card-number', 'card-pin', 'otp']],
    ['https://accounts.feishu.cn/accounts/page/login', ['phone', 'otp', 'password']],
    ['https://pay.google.com/', ['card-number', 'card-cvv', 'card-expiry']],
  ] as const)('%s: none, whatever the fields', (url, kinds) => {
    const v = judge(page(url, [...kinds], { text: REFUND_STORY }));
    expect(v.level).toBe('none');
    expect(v.rules).toEqual([{ code: 'official-site' }]);
  });

  it('the Feishu meeting join page is still the meeting caution', () => {
    const v = judge(page('https://vc.feishu.cn/j/123456789', []));
    expect(v).toMatchObject({ level: 'caution', domain: { kind: 'official', brand: 'feishu' } });
    expect(v.rules[0]).toEqual({ code: 'meeting-join-page' });
  });
});
