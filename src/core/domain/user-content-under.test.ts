// Trusting the registrable domain of a host anyone publishes on quiets none of its forms; which services the options
// page names for each such domain.
import { describe, expect, it } from 'vitest';
import { USER_CONTENT_HOSTS } from '../../knowledge/user-content';
import { assessDomain, registrableDomainOf } from './assess-domain';
import { normalizeTrustedDomain } from './trusted-domain';
import { userContentUnder } from './user-content-under';

const ids = (domain: string) => userContentUnder(domain).map((entry) => entry.id);

describe('userContentUnder', () => {
  it.each([
    ['qq.com', ['tencent-docs', 'tencent-survey']],
    ['feishu.cn', ['feishu']],
    ['larksuite.com', ['lark']],
    ['dingtalk.com', ['dingtalk-docs']],
    ['dingtalkapps.com', ['dingtalk-apps']],
    ['google.com', ['google-apps-script', 'google-docs', 'google-sites']],
    ['office.com', ['microsoft-forms']],
    [' QQ.com ', ['tencent-docs', 'tencent-survey']],
  ])('%s holds %j', (domain, expected) => {
    expect(ids(domain)).toEqual(expected);
  });

  it.each(['icbc.com.cn', 'alipay.com', 'example.com', 'wj.qq.com', 'evilqq.com', '', 'com'])('%s holds none', (domain) => {
    expect(ids(domain)).toEqual([]);
  });

  it('what a user types for such a host is kept as a domain that names it (so the page can say so)', () => {
    for (const typed of ['wj.qq.com', 'https://docs.qq.com/form/page/x', 'acme.feishu.cn', '*.feishu.cn', 'forms.office.com', 'sites.google.com']) {
      const result = normalizeTrustedDomain(typed);
      expect(result.ok, typed).toBe(true);
      expect(result.ok && ids(result.domain).length, typed).toBeGreaterThan(0);
    }
  });

  it('covers every user-content host, and each one stays user content when its domain is trusted', () => {
    for (const entry of USER_CONTENT_HOSTS) {
      for (const pattern of entry.hosts) {
        const host = pattern.replace(/^\*\./, 'acme.');
        const domain = registrableDomainOf(host)!;
        expect(ids(domain), pattern).toContain(entry.id);
        expect(assessDomain(`https://${host}/`, [domain]).kind, pattern).toBe('user-content');
      }
    }
  });
});
