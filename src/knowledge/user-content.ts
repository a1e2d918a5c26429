// Official hosts that carry other people's content, sorted by id: form builders, shared documents and sheets,
// vendors' apps. The registrable domain is the brand's (officialBrandFor says so), and the address really is the
// brand's; but a form there was made by whoever published it. Fraudsters publish fake refund forms on them
// (card number, card password, SMS code) because the address looks safe. On these hosts the address keeps its
// relief (no lookalike or odd-address reason) and the page is judged as on a neutral host: the guard scans it.
// Except for a name the publisher chose (publisherNames: the tenant in alipay-tuikuan.feishu.cn, a Google Site's
// name): where that imitates another brand, the address is that brand's lookalike (core/domain/assess-domain.ts).
//
// Kept narrow on purpose. Only hosts whose pages are the publishers' own; the brands' payment, banking,
// sign-in and meeting pages stay official (pay.qq.com, accounts.feishu.cn, vc.feishu.cn, meeting.dingtalk.com,
// pay.google.com). Form builders that are no brand of ours (金数据 jinshuju.net/.com, 问卷星 wjx.cn/wjx.top,
// 金山文档 kdocs.cn, 石墨 shimo.im, forms.gle) are neutral already. Not here, unsure what they carry:
// h5.dingtalk.com (DingTalk's own pages: invitations, profiles, live-stream shares).
//
// Plain data and a cheap lookup, imported by the domain assessment (background; options, through the trusted-list
// normaliser) and the popup only (not by knowledge/index.ts, so nothing is added to bundles that do not ask for it).
import type { UserContentHost } from './types';

export const USER_CONTENT_HOSTS: UserContentHost[] = [
  {
    id: 'dingtalk-apps',
    brand: 'dingtalk',
    name: { zh: '钉钉', en: 'DingTalk' },
    hosts: ['*.dingtalkapps.com'],
    why: "Third-party vendors' apps for DingTalk, each on its own subdomain (landray.dingtalkapps.com, <app id>.eco.dingtalkapps.com): the vendor's pages, not DingTalk's.",
  },
  {
    id: 'dingtalk-docs',
    brand: 'dingtalk',
    name: { zh: '钉钉文档', en: 'DingTalk Docs' },
    hosts: ['alidocs.dingtalk.com'],
    why: 'Documents, sheets and collection forms any DingTalk user shares by link (alidocs.dingtalk.com/i/nodes/<id>).',
  },
  {
    id: 'feishu',
    brand: 'feishu',
    name: { zh: '飞书', en: 'Feishu' },
    hosts: ['*.feishu.cn'],
    // Feishu's own: sign-in, developer site, the meeting join page (knowledge/meeting.ts), the product site.
    except: ['accounts.feishu.cn', 'open.feishu.cn', 'passport.feishu.cn', 'vc.feishu.cn', 'www.feishu.cn'],
    why: 'Every company or person on Feishu gets <name>.feishu.cn, serving the docs, sheets, bases and forms they share by link (/docx/, /wiki/, /sheets/, /share/base/form/).',
  },
  {
    id: 'google-apps-script',
    brand: 'google',
    name: { zh: 'Google Apps Script', en: 'Google Apps Script' },
    hosts: ['script.google.com'],
    why: 'Web apps anyone deploys from a script, served at script.google.com/macros/s/<id>/exec.',
  },
  {
    id: 'google-docs',
    brand: 'google',
    name: { zh: 'Google 文档', en: 'Google Docs' },
    hosts: ['docs.google.com'],
    why: 'Docs, Sheets, Slides and Forms anyone shares by link (docs.google.com/forms/d/e/<id>/viewform; forms.gle links lead here).',
  },
  {
    id: 'google-sites',
    brand: 'google',
    name: { zh: 'Google 协作平台', en: 'Google Sites' },
    hosts: ['sites.google.com'],
    why: 'Sites anyone builds and publishes at sites.google.com/view/<name>.',
  },
  {
    id: 'lark',
    brand: 'feishu',
    name: { zh: 'Lark', en: 'Lark' },
    hosts: ['*.larksuite.com'],
    // Lark's own, as for Feishu.
    except: ['accounts.larksuite.com', 'open.larksuite.com', 'passport.larksuite.com', 'vc.larksuite.com', 'www.larksuite.com'],
    why: "Feishu's international edition: every company gets <name>.larksuite.com, serving the docs and forms it shares.",
  },
  {
    id: 'microsoft-forms',
    brand: 'microsoft',
    name: { zh: 'Microsoft Forms', en: 'Microsoft Forms' },
    hosts: ['forms.office.com'],
    why: 'Forms anyone with a Microsoft account publishes (forms.office.com/r/<id>).',
  },
  {
    id: 'tencent-docs',
    brand: 'tencent',
    name: { zh: '腾讯文档', en: 'Tencent Docs' },
    hosts: ['docs.qq.com'],
    why: 'Docs, sheets and collection forms (收集表, docs.qq.com/form/page/<id>) any QQ or WeChat user shares by link.',
  },
  {
    id: 'tencent-survey',
    brand: 'tencent',
    name: { zh: '腾讯问卷', en: 'Tencent Survey' },
    hosts: ['wj.qq.com'],
    why: 'Surveys and forms any QQ or WeChat user publishes (wj.qq.com/s/<id>, wj.qq.com/s2/<id>).',
  },
];

const exact = new Map<string, UserContentHost>();
/** `*.feishu.cn` entries, by the domain after `*.`. */
const under = new Map<string, UserContentHost>();
const own = new Set<string>();
for (const entry of USER_CONTENT_HOSTS) {
  for (const host of entry.hosts) {
    if (host.startsWith('*.')) under.set(host.slice(2), entry);
    else exact.set(host, entry);
  }
  for (const host of entry.except ?? []) own.add(host);
}

/**
 * The service whose pages anyone publishes on `host` (a full host name, lower case), or undefined. A `*.` entry
 * covers hosts under the domain at any depth, never the domain itself nor a host that merely ends in its letters
 * (`evilfeishu.cn`): the match is on whole labels.
 */
export function userContentHostFor(host: string): UserContentHost | undefined {
  const h = host.toLowerCase().replace(/\.+$/, '');
  if (own.has(h)) return undefined;
  const hit = exact.get(h);
  if (hit) return hit;
  for (let dot = h.indexOf('.'); dot !== -1; dot = h.indexOf('.', dot + 1)) {
    const entry = under.get(h.slice(dot + 1));
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Where a service's path carries a name the publisher picked, as the address bar shows it: a consumer's Google Site
 * is sites.google.com/view/<name>. Only such a name counts (lower-case letters, digits, hyphens: what Sites allows).
 * The other services' paths are ids the platform made up (wj.qq.com/s/<id>, docs.qq.com/form/page/<id>), and a
 * Workspace site (sites.google.com/<verified domain>/<name>) is under a domain Google checked: neither says anything.
 */
const PATH_NAMES: Readonly<Record<string, RegExp>> = {
  'google-sites': /^\/view\/([a-z0-9-]+)(?:[/?#]|$)/,
};

/**
 * The names in an address on `entry`'s hosts that whoever published there chose, as host labels: the tenant's labels
 * left of a `*.` domain (`alipay-tuikuan` in alipay-tuikuan.feishu.cn; `x`, `eco` in x.eco.dingtalkapps.com) and a
 * path name (PATH_NAMES). An exact host's own labels (wj, docs, sites) are the platform's: never returned.
 */
export function publisherNames(entry: UserContentHost, host: string, path = ''): string[] {
  const h = host.toLowerCase().replace(/\.+$/, '');
  const names: string[] = [];
  for (const pattern of entry.hosts) {
    const domain = pattern.startsWith('*.') ? pattern.slice(1) : undefined;
    if (domain && h.endsWith(domain) && h.length > domain.length) names.push(...h.slice(0, -domain.length).split('.'));
  }
  const named = PATH_NAMES[entry.id]?.exec(path.toLowerCase())?.[1];
  if (named) names.push(named);
  return names;
}

export function userContentHostById(id: string): UserContentHost | undefined {
  return USER_CONTENT_HOSTS.find((entry) => entry.id === id);
}

/**
 * Whether `alias` (an alias of `brand` a page matched, lower case or not) is part of the service's own name, the
 * service being that brand's: the title
 * "问卷调查 - 腾讯问卷" on wj.qq.com names the platform that hosts the form (腾讯), it does not claim to be Tencent.
 * "微信支付退款中心" there is still a claim: 微信支付 is no part of 腾讯问卷.
 */
export function isServiceName(serviceId: string, alias: string, brand: string): boolean {
  const entry = userContentHostById(serviceId);
  const a = alias.toLowerCase();
  return !!entry && entry.brand === brand && a.length > 0 && [entry.name.zh, entry.name.en].some((name) => name.toLowerCase().includes(a));
}
