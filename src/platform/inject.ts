// Injecting our on-demand scripts into one frame, so their code never sits in the content script that every
// frame of every page parses while it loads:
// - the scanner, when the frame's gate says go (not on official or trusted sites);
// - the warning UI, only when the frame's level needs it (caution/danger).
// scripting.executeScript works in Chrome MV3 and in Firefox (MV2 too, Firefox 102+); it needs the `scripting`
// permission and host access to the page. A frameId reaches about:blank frames too (tests/e2e/dynamic-pages
// .spec.ts and the Firefox run). Both go in at once (injectImmediately): the content script asks only when it
// needs them now, and the default would wait for the document to finish loading, which a page can hold off
// for ever.
import { browser } from 'wxt/browser';
import type { WarningPlan } from '@/messaging/protocol';
import { SCANNER_FILE } from '@/entrypoints/scanner/api';

export const WARNING_UI_FILE = '/warning-ui.js';

/** Runs one of our unlisted scripts in one frame, at once. */
async function injectFile(tabId: number, frameId: number, file: typeof SCANNER_FILE | typeof WARNING_UI_FILE): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true });
}

export async function injectScanner(tabId: number, frameId: number): Promise<void> {
  await injectFile(tabId, frameId, SCANNER_FILE);
}

export async function injectWarningUi(tabId: number, frameId: number): Promise<void> {
  await injectFile(tabId, frameId, WARNING_UI_FILE);
}

/** Shows the danger banner in a frame (the top frame) whose warning UI is injected. */
export async function showBannerIn(tabId: number, frameId: number, plan: WarningPlan): Promise<void> {
  await injectWarningUi(tabId, frameId);
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    injectImmediately: true,
    // Runs in the page's isolated world; must be self-contained (it is serialised). The name matches WARNING_UI_GLOBAL.
    func: (banner: WarningPlan) => {
      const ui = (globalThis as Record<string, unknown>).__fanzhaGuardWarningUi as { showBanner?: (p: WarningPlan) => void } | undefined;
      ui?.showBanner?.(banner);
    },
    args: [plan],
  });
}
