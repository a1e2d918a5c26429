// The knowledge base: plain data plus cheap lookups. Imported by the content script's code paths, so
// nothing here (or in the data files) may import zod or tldts; schema.ts is for the tests only.

import { ADVICE } from './advice';
import { BRANDS } from './brands';
import { CASES } from './cases';
import type { Advice, Brand, FraudCase } from './types';

export { ADVICE } from './advice';
export { BRANDS } from './brands';
export { CASES } from './cases';
export { MEETING_PROVIDERS } from './meeting';
export { SCAM_PHRASES } from './scam-phrases';
export { HOST_STORIES, SERVICE_HOST_WORDS } from './host-words';
export type {
  Advice,
  Bilingual,
  Brand,
  BrandCategory,
  FraudCase,
  HostStory,
  MeetingProvider,
  OfficialDomain,
  OfficialSuffix,
  ScamPhraseGroup,
} from './types';
export { BRAND_CATEGORIES } from './types';

function indexBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [key(item), item] as const));
}

const brandsById = indexBy(BRANDS, (b) => b.id);
const adviceById_ = indexBy(ADVICE, (a) => a.id);
const casesById = indexBy(CASES, (c) => c.id);

// registrable domain → brand, and public suffix → brand (gov.cn, brand TLDs). Built once.
const brandByDomain = new Map<string, Brand>();
const brandBySuffix = new Map<string, Brand>();
for (const brand of BRANDS) {
  for (const { domain } of brand.domains) brandByDomain.set(domain, brand);
  for (const { suffix } of brand.suffixes ?? []) brandBySuffix.set(suffix, brand);
}

export function brandById(id: string): Brand | undefined {
  return brandsById.get(id);
}

/**
 * `name` as the knowledge base spells it when it is one of the brand's aliases or account names (a password
 * field's "QQ"), else undefined: what a warning may say back to the person as that brand's account.
 */
export function accountName(brandId: string, name: string): string | undefined {
  const brand = brandById(brandId);
  return brand && accountNamesOf(brand).includes(name) ? name : undefined;
}

/**
 * `alias` when the brand is a family whose own name no page calls itself (Brand.namedByAlias: "中国政府网站") and
 * the claim matched that alias of it (个人所得税, 交管12123), else undefined: the name a warning gives the claim.
 */
export function familyClaimName(brandId: string, alias: string): string | undefined {
  const brand = brandById(brandId);
  return brand?.namedByAlias && brand.aliases.includes(alias) ? alias : undefined;
}

/** Every name a password field may give a brand's account by: its aliases and its account names. */
export function accountNamesOf(brand: Pick<Brand, 'aliases' | 'accountNames'>): string[] {
  return [...brand.aliases, ...(brand.accountNames ?? [])];
}

export function adviceById(id: string): Advice | undefined {
  return adviceById_.get(id);
}

export function caseById(id: string): FraudCase | undefined {
  return casesById.get(id);
}

/**
 * The brand that owns a registrable domain (eTLD+1 from tldts with private domains on), or undefined.
 * Give it the registrable domain, never a full host: `officialBrandFor('icbc.com.cn')`.
 *
 * A registrable domain is one label plus its public suffix, so what follows the first dot is the public
 * suffix; brands that own a whole suffix (gov.cn, brand TLDs) match through it:
 * `beijing.gov.cn` → gov-cn, `www.icbc` → icbc. A host such as `www.beijing.gov.cn` passed by mistake
 * does not match (its remainder `beijing.gov.cn` is not a suffix), which fails safe: no trust.
 */
export function officialBrandFor(registrableDomain: string): Brand | undefined {
  const domain = registrableDomain.toLowerCase().replace(/\.$/, '');
  const exact = brandByDomain.get(domain);
  if (exact) return exact;
  const dot = domain.indexOf('.');
  if (dot <= 0) return undefined;
  return brandBySuffix.get(domain.slice(dot + 1));
}
