// Which hosts anyone publishes on sit under a domain a user trusts. The trusted list keeps registrable domains
// (wj.qq.com is kept as qq.com), and a user-content host is judged before the list (assess-domain.ts): trusting
// qq.com quiets none of 腾讯问卷's or 腾讯文档's forms. The options page says so, with the services named here.
import { USER_CONTENT_HOSTS } from '../../knowledge/user-content';
import type { UserContentHost } from '../../knowledge/types';
import { registrableDomainOf } from './assess-domain';

let byDomain: Map<string, UserContentHost[]> | undefined;

/** The services anyone publishes on under `domain` (a registrable domain, as the trusted list keeps them), in data order. */
export function userContentUnder(domain: string): UserContentHost[] {
  if (!byDomain) {
    byDomain = new Map();
    for (const entry of USER_CONTENT_HOSTS) {
      const domains = new Set(entry.hosts.map((host) => registrableDomainOf(host.replace(/^\*\./, ''))));
      for (const d of domains) if (d) byDomain.set(d, [...(byDomain.get(d) ?? []), entry]);
    }
  }
  return byDomain.get(domain.trim().toLowerCase()) ?? [];
}
