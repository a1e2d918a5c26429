// The contract between the every-page content script (guard.content: share relay, idle start, gate) and the
// scanner, which the background injects into a frame only when the gate lets the guard run there. Types and
// one constant only: guard.content imports this file and must not pull in the scanner itself.
//
// Injected files run in the same isolated world as our content script, so the scanner publishes its API on
// that world's global object (as the warning UI does, src/warning-ui/api.ts); page scripts live in another
// world and can neither see nor replace it.
import type { ScriptContext } from '@/platform/content-context';
import type { EarlyEvents } from '@/platform/early-events';
import type { Guard, SendScan } from './guard';

export const SCANNER_GLOBAL = '__fanzhaGuardScanner';
/** The unlisted script's path in the built extension (WXT names it after src/entrypoints/scanner/). */
export const SCANNER_FILE = '/scanner.js';

export interface ScannerApi {
  readonly version: 1;
  /** `events`: the focus and input events the every-frame script hears first (platform/early-events.ts). */
  createGuard(ctx: ScriptContext, doc: Document, sendScan: SendScan, events: EarlyEvents): Guard;
}

export function scannerApi(): ScannerApi | undefined {
  return (globalThis as Record<string, unknown>)[SCANNER_GLOBAL] as ScannerApi | undefined;
}
