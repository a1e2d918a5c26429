// The warning UI as an unlisted script: not in the manifest, not in the content script's bundle. The background
// injects it with scripting.executeScript into a frame only when that frame's level is caution or danger
// (see src/platform/inject.ts). It runs in our content script's isolated world and publishes its API there.
import { WARNING_UI_GLOBAL } from '@/warning-ui/api';
import { createWarningUi } from '@/warning-ui';

export default defineUnlistedScript(() => {
  const world = globalThis as Record<string, unknown>;
  // Injected again after a re-check: keep the existing instance and its "dismissed" state.
  if (!world[WARNING_UI_GLOBAL]) world[WARNING_UI_GLOBAL] = createWarningUi(document);
});
