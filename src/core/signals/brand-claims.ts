// "This page says it is Alipay": a brand alias in the title or a heading (logo alt text comes in with the
// headings). Body text is never read for claims: an article that mentions PayPal, or a shop's
// "Sign in with Google" button, claims nothing.
//
// Matching is case-insensitive. ASCII aliases need word boundaries on both sides, so `BOC` does not
// fire inside "Bocconi" and `Chase` not inside "purchased"; Chinese aliases match as substrings (the
// knowledge data leaves out short forms that sit inside everyday words).
import type { Brand } from '../../knowledge/types';
import type { DomainAssessment, PageSignal } from '../types';

interface AliasMatcher {
  brand: string;
  alias: string;
  test: (text: string) => boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function aliasMatcher(alias: string): (text: string) => boolean {
  if (/[^\x20-\x7e]/.test(alias)) {
    const needle = alias.toLowerCase();
    return (text) => text.toLowerCase().includes(needle);
  }
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => re.test(text);
}

export function buildAliasMatchers(brands: readonly Brand[]): AliasMatcher[] {
  return brands.flatMap((b) =>
    b.aliases.filter((a) => a.trim().length > 1).map((alias) => ({ brand: b.id, alias, test: aliasMatcher(alias) })),
  );
}

/**
 * One signal per claimed brand that the domain does not belong to. Official sites claim nothing
 * (a bank's page naming its card network is not an impersonation), and neither do user-trusted ones.
 */
export function brandClaims(
  title: string,
  headings: readonly string[],
  domain: DomainAssessment,
  matchers: readonly AliasMatcher[],
): PageSignal[] {
  if (domain.kind === 'official' || domain.kind === 'trusted') return [];
  const places: [string, string][] = [['title', title], ...headings.map((h): [string, string] => ['heading', h])];
  const found = new Map<string, PageSignal>();
  for (const m of matchers) {
    if (found.has(m.brand)) continue;
    const place = places.find(([, text]) => text && m.test(text));
    if (place) {
      found.set(m.brand, { kind: 'brand-claim', brand: m.brand, reasons: [{ code: `claim-in-${place[0]}`, detail: m.alias }] });
    }
  }
  return [...found.values()];
}
