// Knowledge-base ids → text in the language the popup is shown in. Brand names, advice, case summaries
// and scam-script descriptions come from src/knowledge, never from the page.
import { ADVICE, CASES, SCAM_PHRASES, brandById } from '@/knowledge';
import type { Bilingual } from '@/knowledge';
import { userContentHostById } from '@/knowledge/user-content';

export interface KnowledgeWords {
  brandName(id: string): string | undefined;
  advice(id: string): string | undefined;
  caseSummary(id: string): string | undefined;
  phrase(id: string): string | undefined;
  /** A service anyone publishes forms on (腾讯问卷), by its id in knowledge/user-content.ts. */
  serviceName(id: string): string | undefined;
}

export function knowledgeWords(lang: 'zh' | 'en'): KnowledgeWords {
  const pick = (text: Bilingual | undefined) => text?.[lang];
  return {
    brandName: (id) => pick(brandById(id)?.name),
    advice: (id) => pick(ADVICE.find((a) => a.id === id)?.text),
    caseSummary: (id) => pick(CASES.find((c) => c.id === id)?.summary),
    phrase: (id) => pick(SCAM_PHRASES.find((p) => p.id === id)?.description),
    serviceName: (id) => pick(userContentHostById(id)?.name),
  };
}
