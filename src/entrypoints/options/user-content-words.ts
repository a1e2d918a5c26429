// What the options page says about a trusted domain with hosts anyone publishes forms on (qq.com: 腾讯问卷 and
// 腾讯文档). Trust is kept per registrable domain and is accepted for these too (it is what the person asked for,
// and it loses nothing), but it quiets none of those forms (core/domain/user-content-under.ts): the page says so
// when such a domain is added, under it in the list, and in an import's report.
import { userContentUnder } from '@/core/domain';
import { brandById } from '@/knowledge';
import { t } from '@/i18n/t';

type Lang = 'zh' | 'en';

/** "腾讯问卷和腾讯文档", "Tencent Survey and Tencent Docs"; undefined when no such host is under `domain`. */
export function userContentServices(domain: string, lang: Lang): string | undefined {
  const names = userContentUnder(domain).map((entry) => entry.name[lang]);
  if (names.length === 0) return undefined;
  return new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(names);
}

/** The brand's name as one name: "腾讯" of "腾讯 / 微信支付", "Feishu" of "Feishu / Lark". */
function ownerName(domain: string, lang: Lang): string | undefined {
  const owner = userContentUnder(domain)[0]?.brand;
  const name = owner === undefined ? undefined : brandById(owner)?.name[lang];
  return name?.split(' / ')[0];
}

/** The note after "Added qq.com.": forms there are still checked, and why; the trust covers the brand's own pages. */
export function addedNote(domain: string, lang: Lang): string | undefined {
  const services = userContentServices(domain, lang);
  if (!services) return undefined;
  return t('trustedUserContentNote', [services, domain, ownerName(domain, lang) ?? domain]);
}

/** The short line under such a domain in the trusted list. */
export function listNote(domain: string, lang: Lang): string | undefined {
  const services = userContentServices(domain, lang);
  return services ? t('trustedUserContentTag', services) : undefined;
}

/** One line per domain of an imported file that quiets no form ("qq.com：腾讯问卷和腾讯文档"), in the file's order. */
export function importNotes(domains: readonly string[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const domain of domains) {
    const services = userContentServices(domain, lang);
    if (services) lines.push(t('importUserContentEntry', [domain, services]));
  }
  return lines;
}
