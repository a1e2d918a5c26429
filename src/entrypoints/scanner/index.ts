// The scanner as an unlisted script: the sensor, the classifier and the guard's scan loop (guard.ts). Not in
// the manifest: the background injects it with scripting.executeScript into a frame when that frame's gate
// says go (src/platform/inject.ts), after the page has loaded. Pages on official and trusted sites never load
// it, and no page pays for parsing it while it loads.
import { createGuard } from './guard';
import { SCANNER_GLOBAL, type ScannerApi } from './api';

export default defineUnlistedScript(() => {
  const world = globalThis as Record<string, unknown>;
  // Injected again after a re-check: the first copy stays, with the guard the gate already holds.
  if (!world[SCANNER_GLOBAL]) world[SCANNER_GLOBAL] = { version: 1, createGuard } satisfies ScannerApi;
});
