// Real Firefox (firefox-esr) driven by puppeteer-core over WebDriver BiDi, with the built Firefox
// extension (.output/firefox-mv2) installed as a temporary add-on.
//
// The badge lives in the background; Firefox gives no test handle on it, so it is read from one of the
// extension's own pages with browserAction.getBadgeText. To open that page at a known address the
// extension's internal UUID is pinned with the `extensions.webextensions.uuids` pref, which needs the
// add-on id from the manifest (browser_specific_settings.gecko.id). `page.goto` to a moz-extension://
// URL hangs, so the page is navigated through its BiDi browsing context instead.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIXTURE_SITES, startSiteServer, type SiteServer } from '../support/server';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; FANZHA_FIREFOX_EXTENSION_DIR points elsewhere (a copy that a concurrent build cannot wipe). */
export const FIREFOX_EXTENSION_DIR = process.env.FANZHA_FIREFOX_EXTENSION_DIR ?? path.join(projectRoot, '.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Any fixed UUID: it only has to be the same at launch and when we build extension URLs. */
export const EXTENSION_UUID = '4b7d0c57-7f3e-4d3a-9a55-1f0e2a1c9b11';

export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    applications?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (!id) {
    throw new Error(
      `${FIREFOX_EXTENSION_DIR}/manifest.json has no browser_specific_settings.gecko.id: ` +
        'the Firefox tests need a fixed add-on id to open the extension pages (set it in wxt.config.ts)',
    );
  }
  return id;
}

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://UUID */
  origin: string;
  close(): Promise<void>;
}

/** `extraPrefs`: more Firefox prefs for one suite (e.g. the fake media capture of the screen-share check). */
export async function launchFirefoxWithExtension(
  proxyPort: number,
  extraPrefs: Record<string, string | number | boolean> = {},
): Promise<FirefoxSession> {
  const id = geckoId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every page request goes to tests/support/server.ts as the proxy (addresses carry no port); should
      // anything bypass it, every name still resolves to loopback only.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.dns.forceResolve': '127.0.0.1',
      // Keep http fixtures on http (Firefox would otherwise try https first).
      'dom.security.https_first': false,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      // The machine's network is closed: keep Firefox from phoning home at start.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      ...extraPrefs,
    },
  });
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== id) {
    await browser.close();
    throw new Error(`Firefox installed the extension as ${installed}, expected ${id}`);
  }
  return {
    browser,
    origin: `moz-extension://${EXTENSION_UUID}`,
    close: () => browser.close(),
  };
}

/** What one describe block's tests share: the fixture sites and one Firefox with the extension. */
export interface FirefoxSuite {
  sites: SiteServer;
  firefox: FirefoxSession;
}

/**
 * Starts the fixture sites and Firefox before the calling describe block's tests and closes both after them.
 * Call it inside the describe; its fields are set once its `before` ran (read them in the tests, not before).
 */
export function firefoxSuite(extraPrefs: Record<string, string | number | boolean> = {}): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  before(async () => {
    suite.sites = await startSiteServer([FIXTURE_SITES]);
    suite.firefox = await launchFirefoxWithExtension(suite.sites.port, extraPrefs);
  });
  after(async () => {
    await suite.firefox?.close();
    await suite.sites?.close();
  });
  return suite;
}

/** A new tab for a site, with every other tab closed (the badge reader tells tabs apart by that). */
export async function onlySiteTab(session: FirefoxSession): Promise<Page> {
  const page = await session.browser.newPage();
  for (const other of await session.browser.pages()) if (other !== page) await other.close();
  return page;
}

/** Navigates a page to an extension URL (page.goto hangs on moz-extension:// under BiDi). */
export async function openExtensionPage(session: FirefoxSession, pathAndQuery: string): Promise<Page> {
  const page = await session.browser.newPage();
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
  };
  await frame.browsingContext.navigate(`${session.origin}/${pathAndQuery}`, 'complete');
  return page;
}

/** What the extension shows and knows for one tab, read from one of its own pages. */
export interface FirefoxTabView {
  badge: string;
  /** The top frame as the background knows it (null before the content script said hello). */
  top: { url: string; domainKind: string; evaluated: boolean } | null;
  level: string | null;
}

/**
 * Reads the badge and the background's state for the tab showing `page`, from an extension page (which
 * sees the tab list; the badge has no other handle in Firefox): a new one opened and closed for this read, or
 * `openReader`, one the caller opened earlier and keeps (see the screen-share test for why). Tabs are matched by URL when the extension
 * may see URLs, else the tab is the one that is neither the reading page nor an about:blank left over:
 * tests keep exactly one site tab open (onlySiteTab).
 */
export async function firefoxTabView(
  session: FirefoxSession,
  page: Page | 'newest tab',
  openReader?: Page,
): Promise<FirefoxTabView> {
  const reader = openReader ?? (await openExtensionPage(session, 'popup.html'));
  try {
    // 'newest tab': the last tab opened before the reader (a window a page opened, whose URL we may not see).
    const wanted = page === 'newest tab' ? '' : page.url();
    return await reader.evaluate(async (wantedUrl: string) => {
      type Tab = { id?: number; url?: string };
      const api = (globalThis as unknown as {
        browser: {
          tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab | undefined> };
          browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
          action?: { getBadgeText(d: { tabId: number }): Promise<string> };
          runtime: { sendMessage(message: object): Promise<unknown> };
        };
      }).browser;
      const self = await api.tabs.getCurrent();
      const tabs = (await api.tabs.query({})).filter((t) => t.id !== self?.id);
      const byUrl = tabs.filter((t) => t.url === wantedUrl);
      const others = tabs.filter((t) => t.url === undefined || t.url !== 'about:blank');
      const newest = tabs.reduce<Tab | undefined>((a, t) => ((t.id ?? -1) > (a?.id ?? -1) ? t : a), undefined);
      const tab = wantedUrl === '' ? newest : (byUrl[0] ?? (others.length === 1 ? others[0] : undefined));
      if (tab?.id === undefined) throw new Error(`cannot tell which tab shows ${wantedUrl} among ${tabs.length}`);
      const action = api.action ?? api.browserAction;
      if (!action) throw new Error('no action/browserAction API in the extension page');
      const badge = await action.getBadgeText({ tabId: tab.id });
      const answer = (await api.runtime.sendMessage({ type: 'popup-bg-get-tab-state', tabId: tab.id })) as {
        state?: { level: string; frames: { frameId: number; url: string; domain: { kind: string }; verdict: unknown }[] } | null;
      };
      const state = answer?.state ?? null;
      const top = state?.frames.find((f) => f.frameId === 0);
      return {
        badge,
        level: state?.level ?? null,
        top: top ? { url: top.url, domainKind: top.domain.kind, evaluated: top.verdict !== null } : null,
      };
    }, wanted);
  } finally {
    if (!openReader) await reader.close();
  }
}

export async function firefoxBadgeText(session: FirefoxSession, page: Page | 'newest tab', openReader?: Page): Promise<string> {
  return (await firefoxTabView(session, page, openReader)).badge;
}

/** Polls until read() gives the wanted value or time runs out; returns the last value read. */
export async function pollFor<T>(read: () => Promise<T>, wanted: T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (value !== wanted && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

/** Polls until check(value) holds or time runs out; returns the last value read. */
export async function pollUntil<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

/** The colour painted at one point of the page (tests/support/pixel.ts): Firefox leaves an element a page's modal dialog
 * makes inert out of elementFromPoint, though it paints it. */
export { pixelAt } from '../support/pixel';
