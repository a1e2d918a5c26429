// Turning what a user typed into the options page ("https://Shop.Example.com/cart", "例子.中国",
// "*.example.co.uk") into one registrable domain they may trust, or a reason code why not.
//
// Refused, each with its own code:
//   trusted-empty          nothing typed
//   trusted-invalid        not a host name (spaces, bad characters, a single label such as `localhost`)
//   trusted-ip             an IP address: addresses change hands and say nothing about who runs them,
//                          and trust here is per registrable domain, so we refuse them rather than trust
//                          one number forever
//   trusted-public-suffix  a bare suffix (`com.cn`, `co.uk`, `github.io`) would trust millions of sites
//   trusted-unknown-suffix a top-level domain not on the Public Suffix List (a typo, or an intranet name)
//   trusted-lookalike      a host imitating a brand (`alipay-refund.cn`): exactly what the caller on the
//                          phone would ask the victim to trust
import { parse } from 'tldts';
import type { Reason } from '../types';
import { assessDomain } from './assess-domain';
import { parseAddress } from './host';

export type TrustedDomainResult = { ok: true; domain: string } | { ok: false; reason: Reason };

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const refuse = (code: string, detail?: string): TrustedDomainResult => ({
  ok: false,
  reason: detail === undefined ? { code } : { code, detail },
});

export function normalizeTrustedDomain(input: string): TrustedDomainResult {
  const typed = typeof input === 'string' ? input.trim() : '';
  if (!typed) return refuse('trusted-empty');
  if (/\s/.test(typed)) return refuse('trusted-invalid', typed);
  // A leading wildcard means "the whole site", which is what we trust anyway.
  const bare = typed.replace(/^\*\./, '');
  const address = parseAddress(SCHEME.test(bare) ? bare : `http://${bare}`);
  if (!address || !address.host) return refuse('trusted-invalid', typed);
  if (address.ip) return refuse('trusted-ip', address.host);
  if (!address.host.includes('.')) return refuse('trusted-invalid', typed);

  const info = parse(address.host, { allowPrivateDomains: true });
  if (info.isIp) return refuse('trusted-ip', address.host);
  if (!info.domain) {
    return info.publicSuffix && info.publicSuffix === address.host
      ? refuse('trusted-public-suffix', address.host)
      : refuse('trusted-invalid', typed);
  }
  if (!info.isIcann && !info.isPrivate) return refuse('trusted-unknown-suffix', info.publicSuffix ?? address.host);

  // Both the host as typed (www.jd.com.vip-cancel.cc) and the domain it reduces to must be clean.
  for (const host of [address.host, info.domain]) {
    const assessed = assessDomain(`https://${host}/`, []);
    if (assessed.kind === 'lookalike') return refuse('trusted-lookalike', assessed.brand);
  }
  return { ok: true, domain: info.domain };
}
