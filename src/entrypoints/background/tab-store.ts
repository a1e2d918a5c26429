// Per-tab state in a key-value store (storage.session in the extension, a Map in tests), one key per tab.
// Frames of one tab report concurrently; every change to a tab runs through that tab's queue so two frames
// never overwrite each other's read-modify-write.
import type { TabState } from '@/messaging/protocol';
import type { KeyValueStore } from '@/platform/session-store';

const PREFIX = 'tab:';

export class TabStore {
  private readonly queues = new Map<number, Promise<unknown>>();

  constructor(private readonly kv: KeyValueStore) {}

  get(tabId: number): Promise<TabState | null> {
    return this.kv.get<TabState>(PREFIX + tabId).then((state) => state ?? null);
  }

  /** Runs `change` on the tab's current state in order with other changes to the same tab; stores and returns the result. */
  update(tabId: number, change: (state: TabState | null) => TabState | null): Promise<TabState | null> {
    const previous = this.queues.get(tabId) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const result = change(await this.get(tabId));
        if (result) await this.kv.set(PREFIX + tabId, result);
        else await this.kv.remove(PREFIX + tabId);
        return result;
      });
    this.queues.set(tabId, next);
    const forget = (): void => {
      if (this.queues.get(tabId) === next) this.queues.delete(tabId);
    };
    // then(forget, forget), not finally(): the caller handles a rejection; this branch must not re-raise it.
    next.then(forget, forget);
    return next;
  }

  clear(tabId: number): Promise<TabState | null> {
    return this.update(tabId, () => null);
  }

  async tabIds(): Promise<number[]> {
    return (await this.kv.keys())
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => Number(key.slice(PREFIX.length)))
      .filter((id) => Number.isInteger(id) && id >= 0);
  }
}
