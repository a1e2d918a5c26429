// Whose host is this? official (and whose), or user-content (an official host anyone publishes forms on)
// → trusted (the user's list) → lookalike (of which brand, and how) → ip → unknown, plus `insecure` for plain http.
//
// Every comparison goes through the registrable domain from the Public Suffix List (tldts, private
// suffixes on), never `endsWith` on raw strings: trusting `example.com` trusts `www.example.com` but
// not `evilexample.com`, and `co.uk` or `github.io` are suffixes, never somebody's domain.
// Any string in gives an answer; nothing here throws.
import { parse } from 'tldts';
import { BRANDS, officialBrandFor, SERVICE_HOST_WORDS } from '../../knowledge';
import { userContentHostFor } from '../../knowledge/user-content';
import type { DomainAssessment, Reason } from '../types';
import { parseAddress } from './host';
import { buildBrandIndex, findLookalike, type BrandIndex } from './lookalike';

const TLDTS_OPTIONS = { allowPrivateDomains: true } as const;

let defaultIndex: BrandIndex | undefined;
function brandIndex(): BrandIndex {
  defaultIndex ??= buildBrandIndex(BRANDS, SERVICE_HOST_WORDS);
  return defaultIndex;
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
  const { host, protocol, ip } = address;
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
