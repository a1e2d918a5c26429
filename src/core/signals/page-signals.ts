// All page signals for one page: brand claims (title and headings), scam-script phrases (visible text),
// meeting-join (URL). Matchers are built once from the knowledge base, on first use.
import { BRANDS, MEETING_PROVIDERS, SCAM_PHRASES } from '../../knowledge';
import type { DomainAssessment, PageSignal } from '../types';
import { brandClaims, buildAliasMatchers } from './brand-claims';
import { buildMeetingMatchers, meetingJoin } from './meeting-join';
import { buildPhraseMatchers, scamPhrases } from './scam-phrases';

export interface SignalFacts {
  url: string;
  title: string;
  headings: readonly string[];
  text: string;
}

let matchers:
  | {
      aliases: ReturnType<typeof buildAliasMatchers>;
      phrases: ReturnType<typeof buildPhraseMatchers>;
      meetings: ReturnType<typeof buildMeetingMatchers>;
    }
  | undefined;

function knowledgeMatchers() {
  matchers ??= {
    aliases: buildAliasMatchers(BRANDS),
    phrases: buildPhraseMatchers(SCAM_PHRASES),
    meetings: buildMeetingMatchers(MEETING_PROVIDERS),
  };
  return matchers;
}

export function pageSignals(facts: SignalFacts, domain: DomainAssessment): PageSignal[] {
  const m = knowledgeMatchers();
  // Scam scripts show up in titles and headings too, not only in body text.
  const visible = [facts.title, ...facts.headings, facts.text].join('\n');
  return [
    ...brandClaims(facts.title, facts.headings, domain, m.aliases),
    ...scamPhrases(visible, m.phrases),
    ...meetingJoin(facts.url, m.meetings),
  ];
}
