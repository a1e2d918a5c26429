// Popup wiring: find the tab, ask the background what it knows, render; "check again"; "trust this site"
// with a confirm step inside the popup. Opened as popup.html?tabId=N it explains tab N instead of the
// active one (used by the browser tests, which open the popup as a page).
import '@/ui/base.css';
import './style.css';
import { browser } from 'wxt/browser';
import { describeReason } from '@/i18n/reason-words';
import { t, uiLanguage } from '@/i18n/t';
import { sendToBackground } from '@/messaging/client';
import type { TabState } from '@/messaging/protocol';
import { byId, localizeStatic } from '@/ui/dom';
import { showShareNotice } from '@/share-guard/popup-share-notice';
import { knowledgeWords } from './knowledge-words';
import { pageAccess } from './page-access';
import { closeTrustStep, openTrustStep } from './trust-step';
import { renderCannotCheck, renderChecking, renderError, renderNotChecked, renderVerdict } from './render';
import { verdictView, type VerdictView } from './view-model';

const words = knowledgeWords(uiLanguage());
const content = byId('content');
const checkAgain = byId<HTMLButtonElement>('check-again');
const trustButton = byId<HTMLButtonElement>('trust-site');
const trustDanger = byId('trust-danger');
const trustConfirm = byId('trust-confirm');
const trustQuestion = byId('trust-question');
const trustYes = byId<HTMLButtonElement>('trust-yes');
const trustNo = byId<HTMLButtonElement>('trust-no');
const trustResult = byId('trust-result');

const NOT_CHECKED_RETRIES = 3;
const NOT_CHECKED_WAIT_MS = 700;

let tabId: number | null = null;
let current: VerdictView | null = null;

function show(nodes: HTMLElement[]): void {
  content.replaceChildren(...nodes);
}

function hideTrust(): void {
  trustButton.hidden = true;
  trustConfirm.hidden = true;
  trustDanger.hidden = true;
}

function showState(state: TabState | null): void {
  current = verdictView(state);
  hideTrust();
  if (!current) {
    show(renderNotChecked());
    return;
  }
  show(renderVerdict(current, words));
  trustButton.hidden = !current.canTrust;
  trustDanger.hidden = current.trustBlocked === undefined;
  if (current.trustBlocked) trustDanger.textContent = t(current.trustBlocked === 'impersonation' ? 'trustImpersonationNote' : 'trustDangerNote');
}

async function targetTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** file:// is checkable only when the user allowed it and our content script is declared for it. */
async function fileAccessAllowed(): Promise<boolean> {
  const declared = (browser.runtime.getManifest().content_scripts ?? []).some((script) =>
    (script.matches ?? []).some((match) => match.startsWith('file:') || match === '<all_urls>'),
  );
  if (!declared) return false;
  return (await browser.extension.isAllowedFileSchemeAccess?.()) ?? false;
}

async function refresh(recheck: boolean): Promise<void> {
  if (tabId === null) return;
  show(renderChecking());
  checkAgain.disabled = true;
  try {
    let { state } = await sendToBackground(
      recheck ? { type: 'popup-bg-recheck', tabId } : { type: 'popup-bg-get-tab-state', tabId },
    );
    // Nothing known yet (the page is still loading, or was open before the guard was installed): ask for a
    // check, then give the page's frames a moment to answer before saying "not checked yet".
    if (!state && !recheck) ({ state } = await sendToBackground({ type: 'popup-bg-recheck', tabId }));
    for (let attempt = 0; !state && attempt < NOT_CHECKED_RETRIES; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, NOT_CHECKED_WAIT_MS));
      ({ state } = await sendToBackground({ type: 'popup-bg-get-tab-state', tabId }));
    }
    showState(state);
  } catch {
    hideTrust();
    show(renderError());
  } finally {
    checkAgain.disabled = false;
  }
}

async function trust(): Promise<void> {
  if (tabId === null) return;
  trustYes.disabled = true;
  try {
    const answer = await sendToBackground({ type: 'popup-bg-trust-site', tabId });
    trustConfirm.hidden = true;
    if (answer.ok) {
      trustResult.textContent = t('trustDone', answer.domain ?? current?.domain ?? '');
      await refresh(true);
    } else {
      const why = answer.error
        ? describeReason(answer.error, (id) => words.brandName(id)).text
        : t('reasonGeneric');
      trustResult.textContent = t('trustRefused', why);
      trustButton.hidden = current?.canTrust !== true;
    }
  } catch {
    trustConfirm.hidden = true;
    show(renderError());
  } finally {
    trustYes.disabled = false;
  }
}

async function start(): Promise<void> {
  document.documentElement.lang = uiLanguage() === 'zh' ? 'zh-CN' : 'en';
  document.title = t('popupTitle');
  localizeStatic(document, (key) => t(key as Parameters<typeof t>[0]));

  checkAgain.addEventListener('click', () => {
    trustResult.textContent = '';
    void refresh(true);
  });
  const step = { button: trustButton, confirm: trustConfirm, no: trustNo };
  trustButton.addEventListener('click', () => {
    if (!current?.domain) return;
    trustQuestion.textContent = t('trustConfirmQuestion', current.domain);
    openTrustStep(step);
  });
  trustNo.addEventListener('click', () => closeTrustStep(step));
  trustYes.addEventListener('click', () => void trust());
  byId('open-options').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });

  // Issue 4: which tab shares the screen (any tab, so it shows whatever this tab is).
  void showShareNotice(byId('share-notice'), t, () => sendToBackground({ type: 'popup-bg-get-share-state' }));

  const tab = await targetTab().catch(() => null);
  if (!tab) {
    show(renderCannotCheck('no-address'));
    checkAgain.hidden = true;
    return;
  }
  tabId = tab.id;
  const access = pageAccess(tab.url, await fileAccessAllowed().catch(() => false));
  if (!access.checkable) {
    show(renderCannotCheck(access.why));
    checkAgain.hidden = true;
    return;
  }
  await refresh(false);
}

void start();
