// The guard may start twice in one document: declared in the manifest, and injected by the background into a tab a
// page opened (Firefox does not run declared scripts in a window.open('') tab's first about:blank document; see
// src/platform/inject.ts). Both copies share the extension's isolated world, so a mark there lets the second one
// stand down. The page cannot see or set it (it lives in the isolated world, not the page's).
export const GUARD_STARTED_GLOBAL = '__fanzhaGuardStarted';

/** True the first time it is asked in this world, false after: only that first caller starts the guard. */
export function firstGuardInWorld(world: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): boolean {
  if (world[GUARD_STARTED_GLOBAL] === true) return false;
  world[GUARD_STARTED_GLOBAL] = true;
  return true;
}
