// Background (MV3 service worker / Firefox MV2 event page): listeners → handlers (handlers.ts).
//
//   runtime.onMessage ─validateIncoming (zod + sender)─▶ handlers.handle ─▶ answer or { error }
//                     (a cs-bg-scan that fails the schema, from a tab frame of ours ─▶ handlers.unreadableScan)
//   tabs.onUpdated (status loading) ─▶ forget the tab, clear its badge
//   tabs.onCreated (with an opener) ─▶ the new tab gets a copy of the opener's card-step note (and, in Firefox,
//                                      the guard at its first load: opened-tabs.ts); in Chrome, a tab in a window
//                                      of its own (Document Picture-in-Picture) lends its opener its level
//   tabs.onRemoved ─▶ forget the tab
//   a danger page keeping our warning off it (cs-bg-warning-removed) ─▶ the popup's explanation in a window
//   settings change (trusted list) ─▶ every known tab checks again
//   runtime.onInstalled (install) ─▶ open the onboarding page
//
// State that must survive the service worker sleeping lives in storage.session (tab-store.ts); nothing here
// relies on module variables for correctness (the banner-once set only saves a repeated banner call).
import { browser } from 'wxt/browser';
import { assessDomain } from '@/core/domain';
import { evaluateFindings } from '@/core/engine';
import { KNOWLEDGE } from './knowledge-lookups';
import { validateIncoming } from '@/messaging/validate';
import { applyBadge } from '@/platform/badge';
import { extensionOrigin, translate, uiLang } from '@/platform/browser-apis';
import { injectGuardIntoOpenedTab, injectScanner, injectPageReaders, injectWarningUi, showBannerIn } from '@/platform/inject';
import { sessionStore } from '@/platform/session-store';
import { openWarningWindow } from '@/platform/warning-window';
import { addTrusted, settingsItem, settingsReader } from '@/settings';
import type { BgCsRecheck } from '@/messaging/protocol';
import { startShareGuard } from '@/share-guard/background-wiring';
import { withShareNotice } from '@/share-guard/share-notice';
import { buildContext } from './context';
import { StepNotes } from './earlier-steps';
import { RememberingTabStore } from './flag-memory';
import { createHandlers } from './handlers';
import { openedTabs } from './opened-tabs';
import { buildWarningPlan, type Translate } from './warning-text';

const RECHECK_TIMEOUT_MS = 5000;
// Built by the extension-ui helper (src/entrypoints/onboarding). Typed loosely so this file does not depend
// on that entrypoint existing when WXT generates its path types.
const ONBOARDING_PAGE = '/onboarding.html' as Parameters<typeof browser.runtime.getURL>[0];


export default defineBackground(() => {
  // Remembers, for this browser session, the sites it stored at caution or danger (flag-memory.ts).
  const store = new RememberingTabStore(sessionStore(), (what, error) => warn(what, error));
  // Read on every page's messages: kept until the stored settings change (src/settings/reader.ts).
  const settings = settingsReader();
  const t: Translate = translate;
  const warn = (what: string, error: unknown) =>
    console.warn(`[fanzha-guard] ${what} failed:`, error instanceof Error ? error.message : error);
  // Issue 4: the screen-share guard keeps its state beside the tabs' and re-checks them when it flips.
  let recheckAll = async (): Promise<void> => undefined;
  const shareGuard = startShareGuard({
    applyLevelBadge: applyBadge,
    tabLevel: async (tabId) => (await store.shown(tabId))?.level ?? 'none',
    recheckAllTabs: () => recheckAll(),
    settings,
    warn,
  });

  const handlers = createHandlers({
    store,
    steps: new StepNotes(sessionStore(), warn),
    context: () =>
      buildContext({
        trusted: async () => (await settings()).trusted,
        screenShared: () => shareGuard.service.screenShared(),
        recentMeeting: () => shareGuard.service.recentMeeting(),
      }),
    assessDomain,
    evaluate: evaluateFindings,
    plan: (verdict, context) => withShareNotice(buildWarningPlan(verdict, uiLang(), t, KNOWLEDGE, context), verdict, context, translate),
    injectScanner,
    injectPageReaders,
    injectWarningUi,
    showBanner: showBannerIn,
    applyBadge: shareGuard.applyBadge,
    share: shareGuard.service,
    sendRecheck: async (tabId, frameId) => {
      const message: BgCsRecheck = { type: 'bg-cs-recheck' };
      await Promise.race([
        browser.tabs.sendMessage(tabId, message, { frameId }),
        new Promise((resolve) => setTimeout(resolve, RECHECK_TIMEOUT_MS)),
      ]);
    },
    recheckSubframes: (tabId) => {
      const message: BgCsRecheck = { type: 'bg-cs-recheck', subframesOnly: true };
      // Without a frameId the message reaches every frame; only the frames below the top one act on it.
      browser.tabs.sendMessage(tabId, message).catch(() => undefined);
    },
    askTopForPageText: (tabId) => {
      const message: BgCsRecheck = { type: 'bg-cs-recheck', pageText: true };
      browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch((error: unknown) => warn('ask page text', error));
    },
    askFrameForPageText: (tabId, frameId) => {
      const message: BgCsRecheck = { type: 'bg-cs-recheck', pageText: true };
      browser.tabs.sendMessage(tabId, message, { frameId }).catch((error: unknown) => warn('ask frame text', error));
    },
    addTrusted: async (domain) => {
      const result = await addTrusted(domain);
      return result.ok ? { ok: true, domain: result.domain } : result;
    },
    now: () => Date.now(),
    warn,
    openWarningWindow,
    // Chrome: a Document Picture-in-Picture window is a tab in a window of its own (handlers.ts `opened`).
    ...(import.meta.env.FIREFOX ? {} : { windowIdOf: async (tabId: number) => (await browser.tabs.get(tabId)).windowId }),
  });
  recheckAll = () => handlers.recheckAllTabs();
  // The worker may have slept through a share's end: ask the sharing frames what is still live.
  void shareGuard.service.verifyAll().catch((error: unknown) => warn('share verify', error));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const valid = validateIncoming(raw, sender, { runtimeId: browser.runtime.id, extensionOrigin: extensionOrigin() });
    // A scan of ours that a page made unreadable still gets its frame a verdict, on the address alone.
    let answer: Promise<unknown>;
    if (valid.ok) answer = handlers.handle(valid);
    else if (valid.unreadableScan) answer = handlers.unreadableScan(valid.unreadableScan);
    else return Promise.resolve({ error: valid.error });
    return answer.catch((error: unknown) => ({
      error: { code: 'handler-failed', detail: error instanceof Error ? error.message : String(error) },
    }));
  });

  // Firefox leaves a window.open('') tab's blank document without our content script (inject.ts says more).
  const opened = import.meta.env.FIREFOX ? openedTabs(injectGuardIntoOpenedTab) : undefined;

  // A new document in the tab (navigation or reload). Chrome reports every same-document history change of the
  // top frame as `loading` too; the top frame's guard re-sends its scan at each one, marked as the same document,
  // and the tab gets its verdict and its frames back right away (handlers.ts `cleared`).
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    opened?.updated(tabId, changeInfo.status);
    if (changeInfo.status === 'loading') void handlers.navigated(tabId);
    // Issue 4: once the new document is in, its frames can say whether the tab still shares.
    if (changeInfo.status === 'complete') void shareGuard.service.tabUpdated(tabId).catch((error: unknown) => warn('share verify', error));
  });
  browser.tabs.onCreated.addListener((tab) => {
    // openerTabId is not one of the fields the "tabs" permission guards: no new permission.
    if (tab.id === undefined || tab.openerTabId === undefined) return;
    void handlers.opened(tab.id, tab.openerTabId, tab.windowId);
    opened?.created(tab.id);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void handlers.closed(tabId);
    opened?.removed(tabId);
  });

  settingsItem.watch((next, previous) => {
    if (JSON.stringify(next?.trusted) !== JSON.stringify(previous?.trusted)) void handlers.recheckAllTabs();
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE) });
  });
});
