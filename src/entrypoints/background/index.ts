// Background (MV3 service worker / Firefox MV2 event page): listeners → handlers (handlers.ts).
//
//   runtime.onMessage ─validateIncoming (zod + sender)─▶ handlers.handle ─▶ answer or { error }
//   tabs.onUpdated (status loading) ─▶ forget the tab, clear its badge
//   tabs.onRemoved ─▶ forget the tab
//   settings change (trusted list) ─▶ every known tab checks again
//   runtime.onInstalled (install) ─▶ open the onboarding page
//
// State that must survive the service worker sleeping lives in storage.session (tab-store.ts); nothing here
// relies on module variables for correctness (the banner-once set only saves a repeated banner call).
import { browser } from 'wxt/browser';
import { assessDomain } from '@/core/domain';
import { evaluateFindings } from '@/core/engine';
import { adviceById, brandById, caseById, SCAM_PHRASES } from '@/knowledge';
import { validateIncoming } from '@/messaging/validate';
import { applyBadge } from '@/platform/badge';
import { extensionOrigin, translate, uiLang } from '@/platform/browser-apis';
import { injectWarningUi, showBannerIn } from '@/platform/inject';
import { sessionStore } from '@/platform/session-store';
import { addTrusted, loadSettings, settingsItem } from '@/settings';
import type { BgCsRecheck } from '@/messaging/protocol';
import { buildContext } from './context';
import { createHandlers } from './handlers';
import { TabStore } from './tab-store';
import { buildWarningPlan, type KnowledgeLookups, type Translate } from './warning-text';

const RECHECK_TIMEOUT_MS = 5000;
// Built by the extension-ui helper (src/entrypoints/onboarding). Typed loosely so this file does not depend
// on that entrypoint existing when WXT generates its path types.
const ONBOARDING_PAGE = '/onboarding.html' as Parameters<typeof browser.runtime.getURL>[0];

const knowledge: KnowledgeLookups = {
  brandName: (id) => brandById(id)?.name,
  adviceText: (id) => adviceById(id)?.text,
  caseSummary: (id) => caseById(id)?.summary,
  phraseDescription: (id) => SCAM_PHRASES.find((group) => group.id === id)?.description,
};

export default defineBackground(() => {
  const store = new TabStore(sessionStore());
  const t: Translate = translate;

  const handlers = createHandlers({
    store,
    context: () => buildContext({ trusted: async () => (await loadSettings()).settings.trusted }),
    assessDomain,
    evaluate: evaluateFindings,
    plan: (verdict, context) => buildWarningPlan(verdict, uiLang(), t, knowledge, context),
    injectWarningUi,
    showBanner: showBannerIn,
    applyBadge,
    sendRecheck: async (tabId, frameId) => {
      const message: BgCsRecheck = { type: 'bg-cs-recheck' };
      await Promise.race([
        browser.tabs.sendMessage(tabId, message, { frameId }),
        new Promise((resolve) => setTimeout(resolve, RECHECK_TIMEOUT_MS)),
      ]);
    },
    addTrusted: async (domain) => {
      const result = await addTrusted(domain);
      return result.ok ? { ok: true, domain: result.domain } : result;
    },
    now: () => Date.now(),
    warn: (what, error) => console.warn(`[fanzha-guard] ${what} failed:`, error instanceof Error ? error.message : error),
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const valid = validateIncoming(raw, sender, { runtimeId: browser.runtime.id, extensionOrigin: extensionOrigin() });
    if (!valid.ok) return Promise.resolve({ error: valid.error });
    return handlers.handle(valid).catch((error: unknown) => ({
      error: { code: 'handler-failed', detail: error instanceof Error ? error.message : String(error) },
    }));
  });

  // A new document in the tab (navigation or reload). Same-document history changes in Chrome can also
  // report `loading`; the content script re-sends its scan on every URL change (wxt:locationchange), so a
  // single-page app gets its verdict back right away.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void handlers.navigated(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void handlers.closed(tabId));

  settingsItem.watch((next, previous) => {
    if (JSON.stringify(next?.trusted) !== JSON.stringify(previous?.trusted)) void handlers.recheckAllTabs();
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE) });
  });
});
