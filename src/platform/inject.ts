// Injecting our on-demand scripts into one frame, so their code never sits in the content script that every
// frame of every page parses while it loads:
// - the scanner, when the frame's gate says go (not on official or trusted sites);
// - the warning UI, only when the frame's level needs it (caution/danger), with a user-origin rule that keeps a
//   page's view transition from painting over it (NO_VIEW_TRANSITION_CSS);
// - the page readers, when the frame's guard first needs them: a scan found a sensitive field, a focused field is
//   to be read as shown, or a press is to be looked at for a number pad (injectPageReaders).
// scripting.executeScript works in Chrome MV3 and in Firefox (MV2 too, Firefox 102+); it needs the `scripting`
// permission and host access to the page. A frameId reaches about:blank frames too (tests/e2e/dynamic-pages
// .spec.ts and the Firefox run). All go in at once (injectImmediately): the content script asks only when it
// needs them now, and the default would wait for the document to finish loading, which a page can hold off
// for ever.
// - the guard itself, in Firefox, into a tab a page opened: see injectGuardIntoOpenedTab.
import { browser } from 'wxt/browser';
import type { WarningPlan } from '@/messaging/protocol';
import { SCANNER_FILE } from '@/entrypoints/scanner/api';
import { PAGE_READERS_FILE } from '@/entrypoints/page-readers/api';

export const WARNING_UI_FILE = '/warning-ui.js';
/** The declared content script (src/entrypoints/guard.content), as WXT names its built file. */
export const GUARD_FILE = '/content-scripts/guard.js';

/** Runs one of our unlisted scripts in one frame, at once. */
async function injectFile(
  tabId: number,
  frameId: number,
  file: typeof SCANNER_FILE | typeof WARNING_UI_FILE | typeof GUARD_FILE | typeof PAGE_READERS_FILE,
): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true });
}

export async function injectScanner(tabId: number, frameId: number): Promise<void> {
  await injectFile(tabId, frameId, SCANNER_FILE);
}

/**
 * The page readers (src/entrypoints/page-readers/), out of the scanner until a frame's guard needs them: the frame that
 * asked (the message's sender, handlers.ts), and no other. In Firefox MV2 too: scripting with a frameId, as above.
 */
export async function injectPageReaders(tabId: number, frameId: number): Promise<void> {
  await injectFile(tabId, frameId, PAGE_READERS_FILE);
}

/**
 * Firefox (140 here) does not run declared content scripts in the first about:blank document of a tab that a page
 * opened with window.open('') (with 'about:blank' it does, and Chrome does both). A fake page can build its refund
 * form in there with DOM calls, and the address bar shows no site: the "about:blank cloaking" of
 * tests/fixtures/sites/alipay-refund.cn/blank-popup.html. So the background puts the guard into every tab a page
 * opens, at its first complete load (background/opened-tabs.ts); where the declared copy already runs, the second
 * one stands down (guard.content/run-once.ts). The guard looks at what the page has written by then, and at what it
 * writes later, as it does in any document. A tab we may not reach (a browser page, another extension's) refuses;
 * that is expected and not an error.
 */
export async function injectGuardIntoOpenedTab(tabId: number): Promise<void> {
  await injectFile(tabId, 0, GUARD_FILE).catch(() => undefined);
}

/**
 * A view transition is painted above the browser's top layer, where our warning host sits (src/warning-ui/top-layer.ts):
 * a page that starts one after another, each held for a day by its own `animation-duration: 86400s !important` on
 * the pseudo-elements, kept a snapshot of itself without our banner over the live page while the person typed
 * (tests/e2e/view-transition-cover.spec.ts). No raise of our host goes above it. Two user-origin rules do: a user
 * !important beats every rule of the page's, !important or not (the cascade's origin step), and only an extension
 * can add one.
 * - The pseudo-element tree is not displayed, so the page cannot paint it over us.
 * - No element is captured (not even the root, which the browser names `root` by default): a captured element is
 *   painted only through the pseudo-elements, so with the rule above alone the whole page, our host with it, went
 *   blank during each transition (the banner showed in 9 of 20 samples in Chromium 150).
 * An honest page loses only the animation; its update still happens. While a transition is pending Chromium still
 * sends hit tests to the root element, ours too: a page starting them back to back keeps the banner's buttons from
 * the pointer, not from sight (and its own fields as well). Firefox ESR 140 has no view transitions (behind a pref,
 * off): there the selector and property are unknown and both rules are dropped, harmlessly.
 * Like the warning UI's script, the rule goes in again at each injection; a duplicate user rule changes nothing.
 * insertCSS does not wait for the document to finish loading (tests/e2e/view-transition-cover.spec.ts).
 */
export const NO_VIEW_TRANSITION_CSS = '::view-transition{display:none!important}*{view-transition-name:none!important}';

async function hideViewTransitions(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css: NO_VIEW_TRANSITION_CSS, origin: 'USER' });
}

/**
 * The warning UI and, with it, the rule above, in the same frame. A subframe's card can also be painted over by the
 * top page's transition (it covers the whole tab, frames and all), so the top frame gets the rule too; a top page
 * we may not reach (another extension's) refuses, which must not cost the card. Frames between the two are not
 * covered: their ids are unknown here (no webNavigation permission).
 */
export async function injectWarningUi(tabId: number, frameId: number): Promise<void> {
  await Promise.all([injectFile(tabId, frameId, WARNING_UI_FILE), hideViewTransitions(tabId, frameId)]);
  if (frameId !== 0) await hideViewTransitions(tabId, 0).catch(() => undefined);
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
