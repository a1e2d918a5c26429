// Scam-script phrases in the visible text: refunds for "quality problems", lost-parcel compensation,
// cancelling a "VIP membership" before it costs money or credit, ETC "expired", safe accounts …
// Each knowledge group is compiled once into a single alternation, so a page costs one regular
// expression pass per group over at most 50,000 characters.
import type { ScamPhraseGroup } from '../../knowledge/types';
import type { PageSignal } from '../types';

export interface PhraseMatcher {
  id: string;
  re: RegExp;
}

/** Compiles each group's patterns. A pattern that does not compile is a data bug the knowledge tests catch; it is skipped here. */
export function buildPhraseMatchers(groups: readonly ScamPhraseGroup[]): PhraseMatcher[] {
  return groups.flatMap((g) => {
    const valid = g.patterns.filter((p) => {
      try {
        new RegExp(p, 'iu');
        return true;
      } catch {
        return false;
      }
    });
    return valid.length ? [{ id: g.id, re: new RegExp(valid.map((p) => `(?:${p})`).join('|'), 'iu') }] : [];
  });
}

const EVIDENCE_MAX = 40;

export function scamPhrases(text: string, matchers: readonly PhraseMatcher[]): PageSignal[] {
  const out: PageSignal[] = [];
  for (const m of matchers) {
    const hit = m.re.exec(text);
    if (hit) out.push({ kind: 'scam-phrase', phrase: m.id, reasons: [{ code: 'scam-phrase', detail: hit[0].slice(0, EVIDENCE_MAX) }] });
  }
  return out;
}
