// The private channel between the main-world hook (share-hook.content) and the isolated-world relay
// (share-relay.ts, run by guard.content at document_start). Both halves import this file; it must stay tiny and free of browser.* calls.
//
//   relay (isolated, document_start)            hook (main world, document_start)
//   new MessageChannel()
//   window.postMessage(HANDSHAKE, [port2]) ──▶  first trusted message with HANDSHAKE + one port:
//                                               takes the port, stops the event from reaching any
//                                               later listener (every page listener is later)
//   port1  ◀── { v, t: 'start', id } ───────   a getDisplayMedia stream with a live video track
//   port1  ◀── { v, t: 'end', id } ─────────   all video tracks of that stream (and clones) ended
//   port1  ── { v, t: 'query', nonce } ─────▶
//   port1  ◀── { v, t: 'live', nonce, ids } ─  the shares whose tracks are still live right now
//
// Page scripts never hold either port, so they cannot forge a start or, worse, an end that would hide a
// real share. Still, everything arriving here crossed from the page's world: parse it as untrusted data.

export const HOOK_PROTOCOL_VERSION = 1;

/** The one handshake message the relay posts to its own window. */
export const HANDSHAKE = 'fanzha-guard/share-hook/v1';

/** A share id: 128 random bits, hex, made inside the hook's closure. */
export const SHARE_ID = /^[0-9a-f]{32}$/;
const NONCE = /^[0-9a-f]{16,64}$/;

/** Most shares one frame can report as live at once (a page cannot flood the relay). */
export const MAX_LIVE_IDS = 16;

export type HookToRelay =
  | { v: 1; t: 'start'; id: string }
  | { v: 1; t: 'end'; id: string }
  | { v: 1; t: 'live'; nonce: string; ids: string[] };

export type RelayToHook = { v: 1; t: 'query'; nonce: string };

/**
 * A structured-clone record: an object, not an array. No prototype check on purpose: port messages are
 * structured clones (no getters, no class instances can arrive), and in Firefox the relay sees them through
 * an Xray wrapper whose prototype is the page's Object.prototype, not the content script's.
 */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

/** A message from the hook, or null when it is not exactly one of the shapes above. */
export function parseHookMessage(data: unknown): HookToRelay | null {
  if (!isPlainRecord(data) || data.v !== HOOK_PROTOCOL_VERSION) return null;
  if ((data.t === 'start' || data.t === 'end') && hasExactKeys(data, ['v', 't', 'id'])) {
    return typeof data.id === 'string' && SHARE_ID.test(data.id) ? { v: 1, t: data.t, id: data.id } : null;
  }
  if (data.t === 'live' && hasExactKeys(data, ['v', 't', 'nonce', 'ids'])) {
    const { nonce, ids } = data;
    if (typeof nonce !== 'string' || !NONCE.test(nonce)) return null;
    if (!Array.isArray(ids) || ids.length > MAX_LIVE_IDS) return null;
    if (!ids.every((id): id is string => typeof id === 'string' && SHARE_ID.test(id))) return null;
    return { v: 1, t: 'live', nonce, ids: [...new Set(ids)] };
  }
  return null;
}

/** A message from the relay, or null. */
export function parseRelayMessage(data: unknown): RelayToHook | null {
  if (!isPlainRecord(data) || data.v !== HOOK_PROTOCOL_VERSION || data.t !== 'query') return null;
  if (!hasExactKeys(data, ['v', 't', 'nonce'])) return null;
  return typeof data.nonce === 'string' && NONCE.test(data.nonce) ? { v: 1, t: 'query', nonce: data.nonce } : null;
}

/** Random lower-case hex of `bytes` bytes from the given crypto (captured before page scripts ran). */
export function randomHex(crypto: Pick<Crypto, 'getRandomValues'>, bytes: number): string {
  const buf = crypto.getRandomValues(new Uint8Array(bytes));
  let out = '';
  for (const b of buf) out += b.toString(16).padStart(2, '0');
  return out;
}
