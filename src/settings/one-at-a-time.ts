// Settings changes, one at a time.
//
// Every change is a read, then a write of the whole value. Two at once (the popup's "trust this site", handled
// in the background, while the options page imports a file; or two quick clicks) would both read the same list,
// and the second write would drop the first change. So changes (and loads, which may write a repair back) run
// one after another: under one Web Lock, which the service worker (or Firefox's background page) and the
// extension pages of this extension share, as they share its origin; where there is no Web Locks API (unit
// tests), in a queue within this context.

/** The part of the Web Locks API used here (navigator.locks). */
export interface LockRequester {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export const SETTINGS_LOCK = 'fanzha-guard:settings';

let queue: Promise<unknown> = Promise.resolve();

function queued<T>(change: () => Promise<T>): Promise<T> {
  const run = queue.then(change);
  // The next change waits for this one, whether it worked or not.
  queue = run.catch(() => undefined);
  return run;
}

function webLocks(): LockRequester | null {
  const locks = (globalThis as { navigator?: { locks?: Partial<LockRequester> } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? (locks as LockRequester) : null;
}

/** Runs `change` once every change started before it has finished, in every context of the extension. */
export function oneAtATime<T>(change: () => Promise<T>, locks: LockRequester | null = webLocks()): Promise<T> {
  return locks ? locks.request(SETTINGS_LOCK, change) : queued(change);
}
