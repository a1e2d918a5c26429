// The warning UI as an unlisted script: not in the manifest, not in the content script's bundle. The background
// injects it with scripting.executeScript into a frame only when that frame's level is caution or danger
// (see src/platform/inject.ts). It runs in our content script's isolated world and publishes its API there.
import { WARNING_UI_GLOBAL } from '@/warning-ui/api';
import { createWarningUi } from '@/warning-ui';
import type { CsBgWarningRemoved } from '@/messaging/protocol';
import { sendMessage } from '@/platform/content-messaging';

/**
 * The page keeps our warning off the page (src/warning-ui/host.ts says when): the background warns outside the
 * page's reach. From this isolated world only; a page cannot send extension messages at all.
 */
const reportLost = (): void => {
  const message: CsBgWarningRemoved = { type: 'cs-bg-warning-removed' };
  sendMessage(message).catch(() => undefined);
};

export default defineUnlistedScript(() => {
  const world = globalThis as Record<string, unknown>;
  // Injected again after a re-check: keep the existing instance and its "dismissed" state.
  if (!world[WARNING_UI_GLOBAL]) world[WARNING_UI_GLOBAL] = createWarningUi(document, undefined, reportLost);
});
