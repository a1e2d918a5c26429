// Per-tab state in a key-value store (storage.session in the extension, a Map in tests), one key per tab.
// Frames of one tab report concurrently; every change to a tab runs through that tab's queue so two frames
// never overwrite each other's read-modify-write.
//
// Beside each tab's state: for a tab in a window of its own that another tab opened (Chrome's Document
// Picture-in-Picture window), which tab opened it; and for that opener, the frames such windows lent it (tab-state.ts).
import type { TabState } from '@/messaging/protocol';
import type { KeyValueStore } from '@/platform/session-store';
import { type LentFrames, lentFor, withLent, withLentWindow } from './tab-state';

const PREFIX = 'tab:';
const OPENER = 'opener:';
const LENT = 'lent:';
/** The page addresses a tab already got the warning window for (warning-removed.ts). */
const OUTSIDE = 'outside:';
/** More addresses than this in one tab: the oldest is forgotten (a page cycling its address cannot grow the list). */
const OUTSIDE_MAX = 20;

export class TabStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly kv: KeyValueStore) {}

  get(tabId: number): Promise<TabState | null> {
    return this.kv.get<TabState>(PREFIX + tabId).then((state) => state ?? null);
  }

  /** Runs `change` on the tab's current state in order with other changes to the same tab; stores and returns the result. */
  update(tabId: number, change: (state: TabState | null) => TabState | null): Promise<TabState | null> {
    return this.change(PREFIX + tabId, change);
  }

  /** Runs `change` on one key's value in order with other changes to that key; stores (or, for null, removes) the result. */
  private change<T>(key: string, change: (value: T | null) => T | null): Promise<T | null> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const result = change((await this.kv.get<T>(key)) ?? null);
        if (result) await this.kv.set(key, result);
        else await this.kv.remove(key);
        return result;
      });
    this.queues.set(key, next);
    const forget = (): void => {
      if (this.queues.get(key) === next) this.queues.delete(key);
    };
    // then(forget, forget), not finally(): the caller handles a rejection; this branch must not re-raise it.
    next.then(forget, forget);
    return next;
  }

  /** The tab as the user sees it: its own state with what its windows lent it (tab-state.ts `withLent`). */
  async shown(tabId: number): Promise<TabState | null> {
    const [own, lent] = await Promise.all([this.get(tabId), this.kv.get<LentFrames>(LENT + tabId)]);
    return withLent(own, lent ?? null);
  }

  /** Notes that `tabId` is a window of its own that `openerTabId` opened (as the browser reported it). */
  linkWindow(tabId: number, openerTabId: number): Promise<void> {
    return this.kv.set(OPENER + tabId, openerTabId);
  }

  async openerOf(tabId: number): Promise<number | null> {
    return (await this.kv.get<number>(OPENER + tabId)) ?? null;
  }

  /** Lends a window's frames to the tab that opened it (kept at their highest level). */
  async lend(openerTabId: number, windowTabId: number, window: TabState): Promise<void> {
    await this.change<LentFrames>(LENT + openerTabId, (lent) => withLentWindow(lent, windowTabId, window.frames));
  }

  /** The tab's top frame is at `url` now: what windows of another site lent it is dropped (the tab left that site). */
  async keepLentFor(tabId: number, url: string): Promise<void> {
    if (await this.kv.get(LENT + tabId)) await this.change<LentFrames>(LENT + tabId, (lent) => lentFor(lent, url));
  }

  /** Drops what the tab's windows lent it, and its own link to an opener. */
  async forgetWindows(tabId: number): Promise<void> {
    await Promise.all([this.change(LENT + tabId, () => null), this.kv.remove(OPENER + tabId)]);
  }

  /**
   * Notes that the tab got the warning window for the page at `address`: true the first time, false when it had
   * already (in order with other notes for the tab, so two reports at once open one window).
   */
  async noteOutsideWarning(tabId: number, address: string): Promise<boolean> {
    let first = false;
    await this.change<string[]>(OUTSIDE + tabId, (seen) => {
      first = !seen?.includes(address);
      return first ? [...(seen ?? []), address].slice(-OUTSIDE_MAX) : seen;
    });
    return first;
  }

  /** The tab closed: its state goes, and the addresses it got the warning window for. */
  async clear(tabId: number): Promise<TabState | null> {
    const [state] = await Promise.all([this.update(tabId, () => null), this.change(OUTSIDE + tabId, () => null)]);
    return state;
  }

  async tabIds(): Promise<number[]> {
    return (await this.kv.keys())
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => Number(key.slice(PREFIX.length)))
      .filter((id) => Number.isInteger(id) && id >= 0);
  }
}
