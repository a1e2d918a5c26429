// Which sites the open tabs show as risky right now, and which they showed so earlier in this browser session
// (options-bg-flagged-sites): the options page asks before it puts one of them on the trusted list, because "open the
// settings and add kf-lipei.top" is what a caller says once the popup has hidden its own "trust this site" button
// (red-team review), and "close that page first" is what the caller says next (flag-memory.ts).
//
// Only a site's registrable domain and a level leave here, never a page's address or text. Only sites of unknown
// kind count: the popup offers to trust no other kind either (official, trusted and user-content hosts are judged
// before the list, and a brand lookalike is refused by the normaliser on its own).
import type { Level } from '@/core/types';
import type { FlaggedSite, TabState } from '@/messaging/protocol';
import { maxLevel, topFrameOf } from './tab-state';

type Flag = FlaggedSite['level'];

/** The level each frame's site is shown at: the top frame's is the tab's (as the popup's trust check reads it). */
function siteLevels(state: TabState): [domain: string | null, level: Level][] {
  const top = topFrameOf(state);
  return state.frames.map((frame) => {
    const domain = frame.domain.kind === 'unknown' ? frame.domain.registrableDomain : null;
    return [domain, frame === top ? state.level : (frame.verdict?.level ?? 'none')];
  });
}

/** Each flagged site once, at the highest level any tab shows it, sorted by domain. */
export function flaggedSitesOf(states: readonly (TabState | null)[]): FlaggedSite[] {
  const levels = new Map<string, Level>();
  for (const state of states) {
    if (!state) continue;
    for (const [domain, level] of siteLevels(state)) {
      if (domain) levels.set(domain, maxLevel([levels.get(domain) ?? 'none', level]));
    }
  }
  return [...levels]
    .filter((entry): entry is [string, Flag] => entry[1] !== 'none')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([domain, level]) => ({ domain, level }));
}

/** Live and remembered answers as one: each site once, at the higher of its levels, sorted by domain. */
export function mergeFlagged(...lists: readonly (readonly FlaggedSite[])[]): FlaggedSite[] {
  const levels = new Map<string, Flag>();
  for (const { domain, level } of lists.flat()) levels.set(domain, maxLevel([levels.get(domain) ?? 'none', level]) as Flag);
  return [...levels]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([domain, level]) => ({ domain, level }));
}

interface FlagSource {
  tabIds(): Promise<number[]>;
  shown(tabId: number): Promise<TabState | null>;
  /** The sites flagged earlier in this session (flag-memory.ts `RememberingTabStore`, the store index.ts wires). */
  remembered?(): Promise<FlaggedSite[]>;
}

/**
 * What every known tab shows (with what its windows lent it), read from the tab store, and what the store remembers
 * from tabs since closed or moved on. The memory is read beside the tabs, not instead: a site it let go (its bound)
 * still counts while a tab shows it.
 */
export async function flaggedSites(store: FlagSource): Promise<FlaggedSite[]> {
  const ids = await store.tabIds();
  const [live, remembered] = await Promise.all([Promise.all(ids.map((id) => store.shown(id))), store.remembered?.() ?? []]);
  return mergeFlagged(flaggedSitesOf(live), remembered);
}
