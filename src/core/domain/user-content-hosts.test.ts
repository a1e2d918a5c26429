// Official hosts anyone publishes forms on (knowledge/user-content.ts), as assessDomain judges them. Red team round 2,
// finding 3: a complete fake refund form on bytedance.feishu.cn or wj.qq.com was `official`, so nothing scanned it.
import { describe, expect, it } from 'vitest';
import { assessDomain } from './assess-domain';
import { normalizeTrustedDomain } from './trusted-domain';

describe('user-content hosts', () => {
  it.each([
    ['https://wj.qq.com/s/123', 'qq.com', 'tencent', 'tencent-survey'],
    ['https://wj.qq.com/s2/12345/ab12/', 'qq.com', 'tencent', 'tencent-survey'],
    ['https://docs.qq.com/form/page/DAbCd', 'qq.com', 'tencent', 'tencent-docs'],
    ['https://bytedance.feishu.cn/share/base/form/shrcnAbc', 'feishu.cn', 'feishu', 'feishu'],
    ['https://acme.feishu.cn/docx/AbC', 'feishu.cn', 'feishu', 'feishu'],
    ['https://acme.larksuite.com/wiki/AbC', 'larksuite.com', 'feishu', 'lark'],
    ['https://alidocs.dingtalk.com/i/nodes/AbC', 'dingtalk.com', 'dingtalk', 'dingtalk-docs'],
    ['https://landray.dingtalkapps.com/alid/app/report/home.html', 'dingtalkapps.com', 'dingtalk', 'dingtalk-apps'],
    ['https://docs.google.com/forms/d/e/1FAIpQLSf/viewform', 'google.com', 'google', 'google-docs'],
    ['https://sites.google.com/view/refund-desk', 'google.com', 'google', 'google-sites'],
    ['https://script.google.com/macros/s/AKfy/exec', 'google.com', 'google', 'google-apps-script'],
    ['https://forms.office.com/r/AbC123', 'office.com', 'microsoft', 'microsoft-forms'],
  ])('%s is user content (%s, %s, %s): the brand is real, no odd-address reason', (url, registrableDomain, brand, service) => {
    const a = assessDomain(url, []);
    expect(a).toMatchObject({ kind: 'user-content', registrableDomain, brand, service, insecure: false });
    expect(a.reasons).toEqual([{ code: 'user-content-host', detail: `${new URL(url).host} (${service})` }]);
  });

  it.each([
    // Payment, sign-in and meeting pages of the same brands stay official.
    ['https://pay.qq.com/', 'tencent'],
    ['https://www.qq.com/', 'tencent'],
    ['https://meeting.tencent.com/dm/Ab3dEf6hIj', 'tencent'],
    ['https://vc.feishu.cn/j/123456789', 'feishu'],
    ['https://vc.larksuite.com/j/987654321', 'feishu'],
    ['https://accounts.feishu.cn/accounts/page/login', 'feishu'],
    ['https://www.feishu.cn/', 'feishu'],
    ['https://meeting.dingtalk.com/j/aBcD1234ef', 'dingtalk'],
    ['https://pay.google.com/', 'google'],
    ['https://accounts.google.com/signin', 'google'],
    ['https://meet.google.com/abc-defg-hij', 'google'],
    ['https://www.icbc.com.cn/', 'icbc'],
  ])('%s stays official (%s)', (url, brand) => {
    expect(assessDomain(url, [])).toMatchObject({ kind: 'official', brand });
  });

  it.each([
    // Form builders that are no brand of ours were neutral already.
    'https://www.jinshuju.net/f/AbC', 'https://jinshuju.com/f/AbC', 'https://www.wjx.cn/vm/AbC.aspx', 'https://forms.gle/AbC', 'https://www.kdocs.cn/l/AbC', 'https://shimo.im/forms/AbC',
  ])('%s is unknown, as before', (url) => {
    expect(assessDomain(url, []).kind).toBe('unknown');
  });

  it.each(['https://wj.qq.com.evil.cn/s/1', 'https://feishu.cn.evil.com/x', 'https://evilfeishu.cn/x'])('%s still imitates the brand', (url) => {
    expect(assessDomain(url, []).kind).toBe('lookalike');
  });

  it('trusting the registrable domain does not quiet a form on it (the caller’s "add qq.com to your trusted sites")', () => {
    expect(assessDomain('https://wj.qq.com/s/1', ['qq.com']).kind).toBe('user-content');
    expect(assessDomain('https://acme.feishu.cn/docx/1', ['feishu.cn', 'acme.feishu.cn']).kind).toBe('user-content');
    // The trusted-list entry itself is accepted as before (it reduces to qq.com, which is official anyway).
    expect(normalizeTrustedDomain('wj.qq.com')).toEqual({ ok: true, domain: 'qq.com' });
  });

  // The tenant label (and a Google Site's name) is chosen by whoever made the space: read as a subdomain label of a
  // neutral host would be. Gap left by note 45: alipay-tuikuan.feishu.cn was user-content, with no lookalike reason.
  it.each([
    ['https://alipay-tuikuan.feishu.cn/share/base/form/x', 'alipay', 'embedded', 'feishu', { code: 'host-embeds-brand', detail: 'alipay in alipay-tuikuan' }],
    ['https://taobao-refund.dingtalkapps.com/x', 'taobao', 'embedded', 'dingtalk-apps', { code: 'host-embeds-brand', detail: 'taobao in taobao-refund' }],
    ['https://icbc-kefu.larksuite.com/wiki/x', 'icbc', 'embedded', 'lark', { code: 'host-embeds-brand', detail: 'icbc in icbc-kefu' }],
    ['https://zfb-tuikuan.feishu.cn/x', 'alipay', 'embedded', 'feishu', { code: 'host-embeds-brand', detail: 'zfb in zfb-tuikuan' }],
    ['https://www-alipay-com.feishu.cn/x', 'alipay', 'embedded', 'feishu', { code: 'host-embeds-official-domain', detail: 'alipay.com in www-alipay-com' }],
    ['https://a1ipay.feishu.cn/x', 'alipay', 'edit-distance', 'feishu', { code: 'host-one-edit-from-brand', detail: 'a1ipay ~ alipay' }],
    ['https://refund.icbc-kefu.eco.dingtalkapps.com/x', 'icbc', 'embedded', 'dingtalk-apps', { code: 'host-embeds-brand', detail: 'icbc in icbc-kefu' }],
    ['https://sites.google.com/view/alipay-refund/home', 'alipay', 'embedded', 'google-sites', { code: 'host-embeds-brand', detail: 'alipay in alipay-refund' }],
  ])('%s: the name its publisher chose imitates %s (%s), so the address is a lookalike on %s', (url, brand, how, service, reason) => {
    const a = assessDomain(url, []);
    expect(a).toMatchObject({ kind: 'lookalike', brand, how, service, registrableDomain: new URL(url).host.split('.').slice(-2).join('.') });
    expect(a.reasons).toEqual([reason]);
    // As on a neutral host: the caller cannot talk the user into trusting it on the options page either. (A
    // Google Site's name is in its path; what is trusted is a domain, google.com, and that quiets no site there.)
    if (service !== 'google-sites') {
      expect(normalizeTrustedDomain(new URL(url).host)).toMatchObject({ ok: false, reason: { code: 'trusted-lookalike', detail: brand } });
    }
  });

  it.each([
    // Ordinary companies' tenants, a brand's own tenant by its name alone (hyphens aside), a short name alone.
    'https://bytedance.feishu.cn/share/base/form/x', 'https://acme.feishu.cn/docx/x', 'https://xiaomi.feishu.cn/wiki/x',
    'https://alipay.feishu.cn/docx/x', 'https://china-mobile.larksuite.com/x', 'https://jd.feishu.cn/x', 'https://landray.dingtalkapps.com/x',
    // The platform naming itself.
    'https://feishu-help.feishu.cn/x', 'https://lark-kefu.larksuite.com/x', 'https://dingtalk-kefu.dingtalkapps.com/x',
    'https://sites.google.com/view/google-kefu',
    // Names no publisher chose: the platform's hosts and ids, a Workspace site under a domain Google verified.
    'https://wj.qq.com/s/alipay-refund', 'https://docs.qq.com/form/page/alipay-tuikuan', 'https://docs.google.com/view/alipay-refund',
    'https://sites.google.com/alipay-refund.com/home', 'https://sites.google.com/view/%E6%94%AF%E4%BB%98%E5%AE%9D',
  ])('%s stays user content: no lookalike reason', (url) => {
    expect(assessDomain(url, []).kind).toBe('user-content');
  });

  it('the platform’s own reserved hosts stay official whatever follows them', () => {
    for (const url of ['https://vc.feishu.cn/j/1', 'https://accounts.larksuite.com/accounts/page/login', 'https://open.feishu.cn/alipay-tuikuan']) {
      expect(assessDomain(url, []).kind, url).toBe('official');
    }
  });

  it('plain http on a user-content host keeps its insecure reason', () => {
    const a = assessDomain('http://wj.qq.com/s/1', []);
    expect(a).toMatchObject({ kind: 'user-content', insecure: true });
    expect(a.reasons.map((r) => r.code)).toEqual(['user-content-host', 'insecure-http']);
  });
});
