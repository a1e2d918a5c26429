// The sites shown at caution or danger earlier in this browser session, for the options page's check
// (options-bg-flagged-sites, flagged-sites.ts). A tab's state goes when the tab closes or navigates, so without this
// "关掉那个网页，再去设置里加" got past the check: the caller only has to have the page closed first.
//
// What is kept: a registrable domain and the highest level it was shown at, nothing else (no address, no time, no
// tab). Where: storage.session (platform/session-store.ts), so it outlives the service worker's sleep and is gone
// when the browser closes; never on disk. Bounded: the last FLAG_MEMORY_MAX sites.
//
// Never lowered or dropped within the session. A later quiet verdict for the same site (none) is what a kit gives
// when its form is off the page for a moment (a landing page, a reload, "回到首页"): letting it clear the flag
// would let the page clear itself. A site cannot turn official within a session (the list is data shipped with the
// extension), and once the user has trusted it deliberately (the caution question) the flag only means it is asked
// about again, which is harmless. The popup's trust button does not read this: it judges the live page, which is
// judged again on every visit.
import type { FlaggedSite, TabState } from '@/messaging/protocol';
import type { KeyValueStore } from '@/platform/session-store';
import { flaggedSitesOf } from './flagged-sites';
import { TabStore } from './tab-store';

const KEY = 'flagged-sites';
/** More sites than this: the oldest caution goes first, then the oldest danger (a refusal outweighs a question). */
export const FLAG_MEMORY_MAX = 200;

const RANK = { caution: 1, danger: 2 } as const;

/** `remembered` with `sites` noted: new ones last, a level only ever raised, at most `max` kept. */
export function withNoted(remembered: readonly FlaggedSite[], sites: readonly FlaggedSite[], max = FLAG_MEMORY_MAX): FlaggedSite[] {
  const next = [...remembered];
  for (const site of sites) {
    const at = next.findIndex((entry) => entry.domain === site.domain);
    if (at >= 0 && RANK[next[at]!.level] >= RANK[site.level]) continue;
    if (at >= 0) next.splice(at, 1);
    next.push({ domain: site.domain, level: site.level });
  }
  while (next.length > max) {
    const caution = next.findIndex((entry) => entry.level === 'caution');
    next.splice(caution >= 0 ? caution : 0, 1);
  }
  return next;
}

function isSite(value: unknown): value is FlaggedSite {
  const site = value as FlaggedSite | null;
  return typeof site?.domain === 'string' && (site.level === 'caution' || site.level === 'danger');
}

export class FlagMemory {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly kv: KeyValueStore) {}

  /** What is remembered, oldest first (only our own writes are there; anything else read back is left out). */
  async list(): Promise<FlaggedSite[]> {
    const stored = await this.kv.get<unknown>(KEY);
    return Array.isArray(stored) ? stored.filter(isSite) : [];
  }

  /** Notes `sites`, in order with other notes (frames of many tabs report at once); written only when it changes. */
  note(sites: readonly FlaggedSite[]): Promise<void> {
    if (sites.length === 0) return Promise.resolve();
    const run = this.queue
      .catch(() => undefined)
      .then(async () => {
        const before = await this.list();
        const after = withNoted(before, sites);
        if (JSON.stringify(after) !== JSON.stringify(before)) await this.kv.set(KEY, after);
      });
    this.queue = run;
    return run;
  }
}

/**
 * The tab store that remembers what it stored at caution or danger, as the options page's check reads it
 * (flagged-sites.ts `flaggedSitesOf`: the top frame's site at the tab's level). Every stored tab state is noted when
 * it is stored, not when it is dropped: a danger page that goes quiet before its tab closes stays flagged. A failed
 * note is reported and never fails the tab's own update. What a window lends its opener (tab-state.ts `withLent`)
 * needs no note of its own: only a window of the opener's origin lends, and its own stored state names the same
 * sites at the same level.
 */
export class RememberingTabStore extends TabStore {
  private readonly memory: FlagMemory;

  constructor(
    kv: KeyValueStore,
    private readonly warn: (what: string, error: unknown) => void,
  ) {
    super(kv);
    this.memory = new FlagMemory(kv);
  }

  override async update(tabId: number, change: (state: TabState | null) => TabState | null): Promise<TabState | null> {
    const state = await super.update(tabId, change);
    await this.remember(state);
    return state;
  }

  /** The sites flagged earlier in this browser session (options-bg-flagged-sites adds them to the open tabs'). */
  remembered(): Promise<FlaggedSite[]> {
    return this.memory.list();
  }

  private async remember(state: TabState | null): Promise<void> {
    await this.memory.note(flaggedSitesOf([state])).catch((error: unknown) => this.warn('remember flagged site', error));
  }
}
