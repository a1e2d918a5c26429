// Official hosts anyone publishes on, tested as data: the schema, order, and that each host is the named brand's.
// How assessDomain judges them is in core/domain/user-content-hosts.test.ts.
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { brandById, officialBrandFor } from './index';
import { userContentHostsSchema } from './schema';
import { duplicates, isSorted } from './test-helpers';
import { USER_CONTENT_HOSTS, isServiceName, publisherNames, userContentHostById, userContentHostFor } from './user-content';

const bare = (pattern: string) => pattern.replace(/^\*\./, '');

describe('USER_CONTENT_HOSTS as data', () => {
  it('parses with its schema; ids unique and sorted; hosts and exceptions sorted', () => {
    const result = userContentHostsSchema.safeParse(USER_CONTENT_HOSTS);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    const ids = USER_CONTENT_HOSTS.map((e) => e.id);
    expect(duplicates(ids)).toEqual([]);
    expect(isSorted(ids)).toBe(true);
    for (const entry of USER_CONTENT_HOSTS) {
      expect(isSorted(entry.hosts), entry.id).toBe(true);
      expect(isSorted(entry.except ?? []), entry.id).toBe(true);
    }
    expect(duplicates(USER_CONTENT_HOSTS.flatMap((e) => e.hosts))).toEqual([]);
  });

  it('rejects a host with a path, an upper-case host and a wildcard inside a name', () => {
    const entry = USER_CONTENT_HOSTS[0]!;
    const result = userContentHostsSchema.safeParse([{ ...entry, hosts: ['wj.qq.com/s/', 'WJ.qq.com', 'a.*.qq.com'] }]);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['0.hosts.0', '0.hosts.1', '0.hosts.2']));
  });

  it.each(USER_CONTENT_HOSTS.map((e) => [e.id, e] as const))('%s: every host is its brand’s official domain', (_id, entry) => {
    expect(brandById(entry.brand), entry.brand).toBeDefined();
    for (const pattern of entry.hosts) {
      const domain = getDomain(bare(pattern), { allowPrivateDomains: true });
      expect(domain, pattern).not.toBeNull();
      expect(officialBrandFor(domain!)?.id, pattern).toBe(entry.brand);
      // A wildcard over a whole domain, never over a public suffix or a host inside one.
      if (pattern.startsWith('*.')) expect(domain, pattern).toBe(bare(pattern));
    }
  });

  it('every exception is a host one of the entry’s wildcards covers (else it would except nothing)', () => {
    for (const entry of USER_CONTENT_HOSTS) {
      for (const host of entry.except ?? []) {
        expect(entry.hosts.some((p) => p.startsWith('*.') && host.endsWith(`.${bare(p)}`)), host).toBe(true);
      }
    }
  });
});

describe('userContentHostFor', () => {
  it.each([
    ['wj.qq.com', 'tencent-survey'],
    ['WJ.QQ.COM.', 'tencent-survey'],
    ['docs.qq.com', 'tencent-docs'],
    ['bytedance.feishu.cn', 'feishu'],
    ['a.b.feishu.cn', 'feishu'],
    ['acme.larksuite.com', 'lark'],
    ['alidocs.dingtalk.com', 'dingtalk-docs'],
    ['2021001142645745.eco.dingtalkapps.com', 'dingtalk-apps'],
    ['docs.google.com', 'google-docs'],
    ['forms.office.com', 'microsoft-forms'],
  ])('%s → %s', (host, id) => {
    expect(userContentHostFor(host)?.id).toBe(id);
  });

  it.each([
    // The brands' own pages: payment, sign-in, meetings, the product sites.
    'pay.qq.com', 'qq.com', 'mail.qq.com', 'feishu.cn', 'www.feishu.cn', 'vc.feishu.cn', 'accounts.feishu.cn',
    'vc.larksuite.com', 'meeting.dingtalk.com', 'www.dingtalk.com', 'dingtalkapps.com', 'pay.google.com', 'accounts.google.com',
    // Whole labels only.
    'evilfeishu.cn', 'wj.qq.com.evil.cn', 'xwj.qq.com', 'docs.qq.com.cn',
  ])('%s is nobody’s user content', (host) => {
    expect(userContentHostFor(host)).toBeUndefined();
  });

  it('tells the platform’s own name from another of its brand’s names', () => {
    expect(isServiceName('tencent-survey', '腾讯', 'tencent')).toBe(true);
    expect(isServiceName('feishu', '飞书', 'feishu')).toBe(true);
    expect(isServiceName('google-docs', 'google', 'google')).toBe(true);
    expect(isServiceName('tencent-survey', '微信支付', 'tencent')).toBe(false);
    expect(isServiceName('google-docs', 'Google Pay', 'google')).toBe(false);
    expect(isServiceName('no-such-service', '腾讯', 'tencent')).toBe(false);
    // The name of another brand that happens to be part of the service's name says nothing about that brand.
    expect(isServiceName('feishu', '飞书', 'tencent')).toBe(false);
    expect(userContentHostById('tencent-survey')?.name.zh).toBe('腾讯问卷');
  });

  it.each([
    ['feishu', 'alipay-tuikuan.feishu.cn', '', ['alipay-tuikuan']],
    ['feishu', 'ALIPAY-TUIKUAN.feishu.cn.', '', ['alipay-tuikuan']],
    ['dingtalk-apps', 'x1.eco.dingtalkapps.com', '', ['x1', 'eco']],
    ['lark', 'icbc-kefu.larksuite.com', '/wiki/AbC', ['icbc-kefu']],
    ['google-sites', 'sites.google.com', '/view/alipay-refund/home', ['alipay-refund']],
    ['google-sites', 'sites.google.com', '/view/Alipay-Refund', ['alipay-refund']],
    // Not a name someone chose, or not one Sites allows: nothing.
    ['google-sites', 'sites.google.com', '/icbc.com.cn/staff', []],
    ['google-sites', 'sites.google.com', '/view/%E6%94%AF%E4%BB%98%E5%AE%9D', []],
    ['google-sites', 'sites.google.com', '/', []],
    ['tencent-survey', 'wj.qq.com', '/s/alipay-refund', []],
    ['tencent-docs', 'docs.qq.com', '/form/page/alipay', []],
    ['google-docs', 'docs.google.com', '/view/alipay-refund', []],
  ])('%s: the names the publisher chose in %s%s are %j', (id, host, path, names) => {
    expect(publisherNames(userContentHostById(id)!, host, path)).toEqual(names);
  });
});
