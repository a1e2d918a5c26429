// The scam story a site's registered name tells (knowledge HOST_STORIES): `kuaidi-lipei.cn` is 快递理赔, "your
// parcel was lost, we compensate you", before the page says a word. Such a name names no brand, so the domain
// check calls it unknown; here it counts as the scam script it spells, as if the page had said it.
//
// Only the registered name (the registrable domain's first label) is read, never a subdomain: an insurer may
// well run `hangban-lipei.` on its own domain, but nobody honest registers the scammers' line as a name.
// Unknown sites and lookalikes: `jd-kuaidi-lipei.cn` is a lookalike of JD that also tells the parcel story, and
// the story names the case and its advice (no transfer "to release the compensation") that the lookalike
// alone does not. Official and trusted sites say what they like about themselves.
import type { HostStory } from '../../knowledge/types';
import type { DomainAssessment, PageSignal } from '../types';

/** The reason code of a script told by the address (the banner words such a story as the address's, not the page's). */
export const STORY_IN_ADDRESS = 'scam-phrase-in-address';

/** Digits a word may carry on either side: kuaidi-lipei2024, 95lipei. */
const EDGE_DIGITS = /^\d+|\d+$/g;

/** Whether one of `tokens` is a subject and another an action, or one is both glued (kuaidilipei, lipeikuaidi). */
function tells(tokens: readonly string[], story: HostStory): boolean {
  const subject = tokens.some((t) => story.subjects.includes(t));
  const action = tokens.some((t) => story.actions.includes(t));
  if (subject && action) return true;
  return tokens.some((t) => story.subjects.some((s) => story.actions.some((a) => t === s + a || t === a + s)));
}

/** The scripts the registered name of an unknown or lookalike site spells, each as a scam-phrase signal quoting the name. */
export function addressStories(domain: DomainAssessment, stories: readonly HostStory[]): PageSignal[] {
  if ((domain.kind !== 'unknown' && domain.kind !== 'lookalike') || !domain.registrableDomain) return [];
  const name = domain.registrableDomain.split('.')[0] ?? '';
  // An internationalised name is read by the domain check (Chinese brand names); pinyin is ASCII.
  if (!name || name.startsWith('xn--')) return [];
  const tokens = name
    .split('-')
    .map((t) => t.replace(EDGE_DIGITS, ''))
    .filter(Boolean);
  return stories
    .filter((story) => tells(tokens, story))
    .map((story) => ({ kind: 'scam-phrase', phrase: story.phrase, reasons: [{ code: STORY_IN_ADDRESS, detail: name }] }));
}

/**
 * The page's own scripts with those of its address: one signal per script, the page's words first (a reader
 * trusts a quoted sentence more than a host name).
 */
export function withAddressStories(scripts: readonly PageSignal[], fromAddress: readonly PageSignal[]): PageSignal[] {
  const out = scripts.map((s) => ({ ...s, reasons: [...s.reasons] }));
  for (const signal of fromAddress) {
    const same = out.find((s) => s.phrase === signal.phrase);
    if (same) same.reasons.push(...signal.reasons);
    else out.push(signal);
  }
  return out;
}
