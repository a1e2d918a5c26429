// Injecting the warning UI into one frame, only when it is needed (caution/danger), so its code never sits in
// the content script that runs on every page. scripting.executeScript works in Chrome MV3 and in Firefox
// (MV2 too, Firefox 102+); it needs the `scripting` permission and host access to the page.
import { browser } from 'wxt/browser';
import type { WarningPlan } from '@/messaging/protocol';

export const WARNING_UI_FILE = '/warning-ui.js';

export async function injectWarningUi(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [WARNING_UI_FILE] });
}

/** Shows the danger banner in a frame (the top frame) whose warning UI is injected. */
export async function showBannerIn(tabId: number, frameId: number, plan: WarningPlan): Promise<void> {
  await injectWarningUi(tabId, frameId);
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    // Runs in the page's isolated world; must be self-contained (it is serialised). The name matches WARNING_UI_GLOBAL.
    func: (banner: WarningPlan) => {
      const ui = (globalThis as Record<string, unknown>).__fanzhaGuardWarningUi as { showBanner?: (p: WarningPlan) => void } | undefined;
      ui?.showBanner?.(banner);
    },
    args: [plan],
  });
}
