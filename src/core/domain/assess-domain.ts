// Whose host is this? official (and whose), or user-content (an official host anyone publishes forms on)
// → trusted (the user's list) → lookalike (of which brand, and how) → ip → unknown, plus `insecure` for plain http.
// A user-content address whose publisher-chosen name imitates another brand (alipay-tuikuan.feishu.cn) is a lookalike.
//
// Every comparison goes through the registrable domain from the Public Suffix List (tldts, private
// suffixes on), never `endsWith` on raw strings: trusting `example.com` trusts `www.example.com` but
// not `evilexample.com`, and `co.uk` or `github.io` are suffixes, never somebody's domain.
// Any string in gives an answer; nothing here throws.
import { parse } from 'tldts';
import { BRANDS, officialBrandFor, SERVICE_HOST_WORDS } from '../../knowledge';
import { publisherNames, userContentHostFor } from '../../knowledge/user-content';
import type { UserContentHost } from '../../knowledge/types';
import type { DomainAssessment, Reason } from '../types';
import { parseAddress } from './host';
import { buildBrandIndex, findLookalike, type BrandIndex, type LookalikeMatch } from './lookalike';

const TLDTS_OPTIONS = { allowPrivateDomains: true } as const;

let defaultIndex: BrandIndex | undefined;
function brandIndex(): BrandIndex {
  defaultIndex ??= buildBrandIndex(BRANDS, SERVICE_HOST_WORDS);
  return defaultIndex;
}

/** Every brand but the platform's owner, by owner: feishu in feishu-help.feishu.cn is the platform naming itself. */
const withoutOwner = new Map<string, BrandIndex>();
function brandIndexWithout(owner: string): BrandIndex {
  let index = withoutOwner.get(owner);
  if (!index) {
    index = buildBrandIndex(BRANDS.filter((b) => b.id !== owner), SERVICE_HOST_WORDS);
    withoutOwner.set(owner, index);
  }
  return index;
}

/**
 * A name the publisher chose on a user-content host (the tenant in alipay-tuikuan.feishu.cn, the site in
 * sites.google.com/view/alipay-refund) that imitates a brand other than the platform's owner. The names are read as
 * subdomain labels of someone else's registered name, the platform's own label after them: so a short name alone
 * (jd.feishu.cn, a company's initials as often as a lure) does not count, and two names are not paired across labels,
 * exactly as on `<tenant>.example.com`. A name that is exactly a brand's token (hyphens aside: china-mobile) is that
 * company's own space, not a lure: bytedance.feishu.cn is ByteDance's (and `bytedance` is one of 抖音's tokens);
 * anything added to it, a changed letter or a look-alike one is not (alipay-tuikuan, icbc-kefu, a1ipay).
 */
function publisherLookalike(hosted: UserContentHost, host: string, path: string, platformLabel: string): LookalikeMatch | null {
  const index = brandIndexWithout(hosted.brand);
  const names = publisherNames(hosted, host, path).filter((name) => !index.tokenSet.has(name.replaceAll('-', '')));
  // The publisher chose every one of these names, as a fraudster chooses a registered name: near misses count in them.
  return names.length > 0 ? findLookalike([...names, platformLabel], index, true) : null;
}

/** The registrable domain of a host name or of a user's trusted-list entry; null for suffixes, IPs and garbage. */
export function registrableDomainOf(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.+$/, '');
  if (!h) return null;
  const info = parse(h, TLDTS_OPTIONS);
  return info.isIp ? null : (info.domain ?? null);
}

export function assessDomain(url: string, trusted: readonly string[]): DomainAssessment {
  const address = typeof url === 'string' ? parseAddress(url) : null;
  if (!address) {
    return { host: '', registrableDomain: null, kind: 'unknown', insecure: false, reasons: [{ code: 'url-invalid' }] };
  }
  const { host, protocol, ip, path } = address;
  const insecure = protocol === 'http:';
  const reasons: Reason[] = insecure ? [{ code: 'insecure-http' }] : [];
  const result = (fields: Omit<DomainAssessment, 'host' | 'insecure' | 'reasons'>, why: Reason): DomainAssessment => ({
    host,
    ...fields,
    insecure,
    reasons: [why, ...reasons],
  });

  if (!host) return result({ registrableDomain: null, kind: 'unknown' }, { code: 'no-host', detail: protocol });
  if (ip) return result({ registrableDomain: null, kind: 'ip' }, { code: ip === 'v4' ? 'host-ipv4' : 'host-ipv6', detail: host });

  const info = parse(host, TLDTS_OPTIONS);
  if (info.isIp) return result({ registrableDomain: null, kind: 'ip' }, { code: 'host-ip', detail: host });
  const domain = info.domain ?? null;
  if (!domain) return result({ registrableDomain: null, kind: 'unknown' }, { code: 'no-registrable-domain', detail: host });

  const official = officialBrandFor(domain);
  if (official) {
    // A host of the brand where anyone publishes (wj.qq.com, <name>.feishu.cn): the address is real, the form on it
    // is whoever made it. Before the trusted list, so trusting qq.com never quiets a form on wj.qq.com.
    const hosted = userContentHostFor(host);
    if (hosted?.brand === official.id) {
      // Its `service` stays: the address is still the platform's, which a reader of the verdict may want to know.
      const imitates = publisherLookalike(hosted, host, path, info.domainWithoutSuffix ?? '');
      if (imitates) {
        return result({ registrableDomain: domain, kind: 'lookalike', brand: imitates.brand, how: imitates.how, service: hosted.id }, imitates.reason);
      }
      return result({ registrableDomain: domain, kind: 'user-content', brand: official.id, service: hosted.id }, { code: 'user-content-host', detail: `${host} (${hosted.id})` });
    }
    return result({ registrableDomain: domain, kind: 'official', brand: official.id }, { code: 'official-domain', detail: `${domain} (${official.id})` });
  }

  if (trusted.some((t) => registrableDomainOf(t) === domain)) {
    return result({ registrableDomain: domain, kind: 'trusted' }, { code: 'user-trusted', detail: domain });
  }

  // Labels left of the public suffix: `www.jd.com.vip-cancel.cc` → www, jd, com, vip-cancel.
  const left = `${info.subdomain ?? ''}.${info.domainWithoutSuffix ?? ''}`;
  const match = findLookalike(left.split('.').filter(Boolean), brandIndex());
  if (match) {
    return result({ registrableDomain: domain, kind: 'lookalike', brand: match.brand, how: match.how }, match.reason);
  }
  return result({ registrableDomain: domain, kind: 'unknown' }, { code: 'not-official', detail: domain });
}
