// The options page's second question (red-team review). The popup hides "trust this site" on a danger page and asks
// twice on a caution one, because that click is what a caller asks for; the caller then says "open the settings and
// add kf-lipei.top". So a domain that an open tab flags, or that a tab flagged earlier in this browser session (the
// background's answer to options-bg-flagged-sites; closing the page first changes nothing, background/flag-memory.ts),
// is not added from here at once either. The add box, its "仍然加入" (asked again first) and an import all read that
// one answer:
//   danger  → refused, with why: the popup does not offer it there, and a second question is one more click to dictate;
//   caution → a second question whose safe answer is the default;
//   none    → added as before.
// A brand lookalike needs nothing here: the normaliser refuses it with or without an open tab (core/domain).
import type { FlaggedSite } from '@/messaging/protocol';

export type AddStep = 'add' | 'ask' | 'refuse';

/** The level at which this session's tabs flagged `domain` (a normalised registrable domain), if any. */
export function flagOf(domain: string, sites: readonly FlaggedSite[]): FlaggedSite['level'] | undefined {
  return sites.find((site) => site.domain === domain)?.level;
}

export function addStep(domain: string, sites: readonly FlaggedSite[]): AddStep {
  const level = flagOf(domain, sites);
  return level === 'danger' ? 'refuse' : level === 'caution' ? 'ask' : 'add';
}

/** An import's held-back domains: those to ask about, and those refused (sorted as given). */
export function splitHeld(held: readonly string[], sites: readonly FlaggedSite[]): { ask: string[]; refused: string[] } {
  return {
    ask: held.filter((domain) => addStep(domain, sites) === 'ask'),
    refused: held.filter((domain) => addStep(domain, sites) === 'refuse'),
  };
}

/**
 * The flagged sites, asked of the background. With no answer (the background failed), none: the add goes on as it did
 * before this check. Refusing every add then would lock the user out of their own list over our fault; the normaliser's
 * checks still run.
 */
export async function readFlaggedSites(ask: () => Promise<{ sites: FlaggedSite[] }>): Promise<FlaggedSite[]> {
  try {
    return (await ask()).sites;
  } catch {
    return [];
  }
}
