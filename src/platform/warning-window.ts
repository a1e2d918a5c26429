// The warning outside the page (src/entrypoints/background/warning-removed.ts says when): the popup page, explaining
// one tab (popup.html?tabId=N, the view the toolbar popup shows for it), in a small window of its own. A window of the
// extension's own page is out of any page script's reach. windows.create asks no permission (only reading other
// windows' tabs would, which this does not do).
import { browser } from 'wxt/browser';

/** About the toolbar popup's size (its body is 380px wide) plus the window's frame. */
const SIZE = { width: 440, height: 640 };

/** The popup page for one tab. Typed loosely: WXT's generated path types know popup.html without a query. */
export function warningPageUrl(tabId: number): string {
  return browser.runtime.getURL(`/popup.html?tabId=${tabId}` as Parameters<typeof browser.runtime.getURL>[0]);
}

/** Where to put the window: over the middle of the tab's own window, so it comes up where the user is looking. */
async function placeOver(tabId: number): Promise<{ left?: number; top?: number }> {
  try {
    const tab = await browser.tabs.get(tabId);
    const win = await browser.windows.get(tab.windowId!);
    if (win.left === undefined || win.top === undefined || !win.width || !win.height) return {};
    return {
      left: Math.max(0, Math.round(win.left + (win.width - SIZE.width) / 2)),
      top: Math.max(0, Math.round(win.top + Math.min(80, (win.height - SIZE.height) / 2))),
    };
  } catch {
    return {}; // the browser's own placement is fine
  }
}

export async function openWarningWindow(tabId: number): Promise<void> {
  const url = warningPageUrl(tabId);
  // Firefox for Android has no windows: a tab of its own, next to the page, does the same there.
  if (!browser.windows?.create) {
    await browser.tabs.create({ url });
    return;
  }
  await browser.windows.create({ url, type: 'popup', ...SIZE, ...(await placeOver(tabId)) });
}
