// The page readers as an unlisted script: not in the manifest, not in the scanner. The background injects it into one
// frame, the sender's own (handlers.ts pageReaders), when that frame's guard first needs it (src/entrypoints/scanner/
// guard.ts): a scan found a sensitive field (or the background asked for the page's text), a focused field the scan
// found nothing in is to be read as shown, or someone pressed something (a number pad is looked for by the readers).
// Pages no one touches that have none of these never load it. See src/platform/inject.ts.
import { seeField } from '@/sensor/seen-text';
import { pageReadersWith } from '../scanner/page-readers';
import { PAGE_READERS_GLOBAL, type PageReadersApi } from './api';

export default defineUnlistedScript(() => {
  const world = globalThis as Record<string, unknown>;
  // Injected again (two requests crossed): the first copy stays.
  world[PAGE_READERS_GLOBAL] ??= { version: 1, seeField, readers: pageReadersWith } satisfies PageReadersApi;
});
