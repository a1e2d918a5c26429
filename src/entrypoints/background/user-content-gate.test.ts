// A form on an official host anyone publishes on (wj.qq.com, <name>.feishu.cn) is scanned, and its warning says
// the address is real but the form is anyone's. Red team round 2, finding 3: such a form stopped at the gate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessDomain } from '@/core/domain';
import { evaluateFindings } from '@/core/engine';
import type { FieldKind } from '@/core/types';
import { KNOWLEDGE } from './knowledge-lookups';
import { stopsAtGate } from './handlers';
import { finding, translatorFrom } from './test-factories';
import { buildWarningPlan, chooseReason, type Translate } from './warning-text';

const messages = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const zh: Translate = translatorFrom(messages('zh_CN'));
const en: Translate = translatorFrom(messages('en'));
const judge = (url: string, kinds: FieldKind[], title = '') =>
  evaluateFindings({ url, title, headings: [], text: '', fields: kinds.map((k, i) => finding(i, k)) }, { trusted: [] });

describe('the gate on user-content hosts', () => {
  it.each(['https://wj.qq.com/s/1', 'https://docs.qq.com/form/page/x', 'https://bytedance.feishu.cn/share/base/form/x', 'https://docs.google.com/forms/d/e/x/viewform'])(
    '%s does not stop at the gate',
    (url) => {
      expect(stopsAtGate(assessDomain(url, []), { trusted: [] })).toBe(false);
    },
  );

  it.each(['https://pay.qq.com/', 'https://www.icbc.com.cn/', 'https://vc.feishu.cn/j/123456789', 'https://accounts.google.com/'])('%s, an ordinary official host, still does', (url) => {
    expect(stopsAtGate(assessDomain(url, []), { trusted: [] })).toBe(true);
  });

  it('trusting the whole domain does not make the form stop there', () => {
    expect(stopsAtGate(assessDomain('https://wj.qq.com/s/1', ['qq.com']), { trusted: ['qq.com'] })).toBe(false);
  });
});

describe('the warning on a user-content host', () => {
  it('says the site is the real 腾讯问卷 but anyone can publish a form there (zh first, en second)', () => {
    const v = judge('https://wj.qq.com/s/1', ['card-number', 'card-pin']);
    expect(chooseReason(v)).toEqual({ key: 'warnWhyUserContent', ref: { service: 'tencent-survey' } });
    expect(buildWarningPlan(v, 'zh', zh, KNOWLEDGE)?.why).toBe('这是腾讯问卷的真网站，但谁都能在上面发表单。银行不会让你在这种表单里填银行卡密码或验证码。');
    expect(buildWarningPlan(v, 'en', en, KNOWLEDGE)?.why).toBe(
      'This is the real Tencent Survey site, but anyone can publish a form on it. No bank asks for your card password or a code in a form like this.',
    );
  });

  it('names the service, not the parent company: 飞书 for a tenant form', () => {
    const v = judge('https://bytedance.feishu.cn/share/base/form/x', ['card-number', 'otp']);
    expect(buildWarningPlan(v, 'zh', zh, KNOWLEDGE)?.why).toMatch(/^这是飞书的真网站/);
  });

  it('the screen-share reason still comes first', () => {
    const v = judge('https://wj.qq.com/s/1', ['card-number', 'otp']);
    expect(chooseReason(v, { screenShared: true }).key).toBe('warnWhyScreenShared');
  });

  it('a tenant named after another brand is scanned and warned about as that brand’s lookalike, not as the platform', () => {
    const v = judge('https://alipay-tuikuan.feishu.cn/share/base/form/x', ['card-number', 'otp'], '退款登记 - 飞书');
    expect(stopsAtGate(v.domain, { trusted: ['feishu.cn'] })).toBe(false);
    expect(chooseReason(v)).toEqual({ key: 'warnWhyLookalike', ref: { brand: 'alipay' } });
    expect(buildWarningPlan(v, 'zh', zh, KNOWLEDGE)?.why).toMatch(/^这个网址不是支付宝的官方网站，只是名字像。/);
  });
});
