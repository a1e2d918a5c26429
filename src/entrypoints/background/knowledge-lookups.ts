// The real knowledge base as warning-text.ts looks it up: the background wires this, and tests that check the real
// sentences use the same object rather than a copy that could fall out of step.
import { accountName, adviceById, brandById, caseById, familyClaimName, SCAM_PHRASES } from '@/knowledge';
import type { KnowledgeLookups } from './warning-text';

export const KNOWLEDGE: KnowledgeLookups = {
  brandName: (id) => brandById(id)?.name,
  adviceText: (id) => adviceById(id)?.text,
  caseSummary: (id) => caseById(id)?.summary,
  phraseDescription: (id) => SCAM_PHRASES.find((group) => group.id === id)?.description,
  accountName,
  claimName: familyClaimName,
};
