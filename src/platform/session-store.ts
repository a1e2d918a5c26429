// Per-tab state storage that survives the MV3 service worker going to sleep: storage.session (Chrome 102+,
// Firefox 115+, MV2 included). Kept in memory, never written to disk, cleared when the browser closes.
// Where storage.session is missing (older Firefox), a Map stands in: the MV2 background page is persistent
// there, so memory lives as long as the browser does, which is what storage.session would give.
import { browser } from 'wxt/browser';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async (key, value) => void map.set(key, structuredClone(value)),
    remove: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

export function sessionStore(): KeyValueStore {
  const area = (browser.storage as { session?: typeof browser.storage.local }).session;
  if (!area) return memoryStore();
  return {
    get: async <T>(key: string) => (await area.get(key))[key] as T | undefined,
    set: async (key, value) => area.set({ [key]: value }),
    remove: async (key) => area.remove(key),
    keys: async () => Object.keys(await area.get(null)),
  };
}
