// The contract between the scanner and the page-readers script (src/entrypoints/page-readers/), which the background
// injects into a frame the first time its guard needs one of them (protocol.ts CsBgPageReaders): a scan that found a
// sensitive field (or was asked for the page's text) reads the page with them, a focus on a field the scan found
// nothing in reads that field's labels as shown (sensor/seen-text.ts), and a press is looked at for a number pad
// (sensor/pin-pad.ts). Types and constants only, and the check below:
// the scanner imports this file and must not pull in the readers themselves.
//
// Injected files run in the same isolated world as our content script and the scanner, so the script publishes its
// API on that world's global object (as the scanner and the warning UI do); page scripts live in another world and
// can neither see nor replace it. It is checked all the same before use (pageReadersApi).
import type { PageReaders, ScannerDom } from '@/entrypoints/scanner/page-readers';

export const PAGE_READERS_GLOBAL = '__fanzhaGuardPageReaders';
/** The unlisted script's path in the built extension (WXT names it after src/entrypoints/page-readers/). */
export const PAGE_READERS_FILE = '/page-readers.js';

export interface PageReadersApi {
  readonly version: 1;
  /** sensor/seen-text.ts seeField, with the scanner's own text reader and record. */
  seeField(field: HTMLInputElement, dom: ScannerDom): boolean;
  /** The page readers (scanner/page-readers.ts), reading with the scanner's own text reader. */
  readers(dom: ScannerDom): PageReaders;
}

/** The readers' API when it is in this world and has the shape the scanner calls, else undefined. */
export function pageReadersApi(): PageReadersApi | undefined {
  const api = (globalThis as Record<string, unknown>)[PAGE_READERS_GLOBAL] as Partial<PageReadersApi> | null | undefined;
  return api?.version === 1 && typeof api.seeField === 'function' && typeof api.readers === 'function' ? (api as PageReadersApi) : undefined;
}
