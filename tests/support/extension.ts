// Launching Debian Chromium with the built extension, and reading what the extension shows:
// the toolbar badge (from the service worker), the popup (as a page), and the in-page warning
// (through its closed shadow root, via the DevTools protocol).
//
// Shared by the Playwright specs and by scripts/demo.ts, so it imports only playwright-core's API
// (which @playwright/test re-exports), never the test runner.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { WARNING_HOST_MARK } from '../../src/warning-ui/api';

/**
 * Chromium switches every launch here shares (tests, demo, bench): every host name resolves to loopback only,
 * http pages stay on http (the automatic HTTPS upgrade would try https first), and Chromium's own background
 * connections are off, since the machine's network is closed.
 */
export const QUIET_CHROMIUM_ARGS: readonly string[] = [
  '--host-resolver-rules=MAP * 127.0.0.1',
  '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; FANZHA_CHROME_EXTENSION_DIR points elsewhere (a copy that a concurrent build cannot wipe). */
export const CHROME_EXTENSION_DIR = process.env.FANZHA_CHROME_EXTENSION_DIR ?? path.join(projectRoot, '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The few extension APIs the helpers call inside the service worker (the functions passed to
 * `worker.evaluate` run there, where `chrome` exists). Declared here so the tests need no @types/chrome.
 */
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/** The attribute on the in-page warning's host element (a <div> with a closed shadow root). */
export const WARNING_MARK = WARNING_HOST_MARK;
/** A CSS selector for the warning's host. */
export const WARNING_HOST = `[${WARNING_MARK}]`;

export interface LaunchOptions {
  /** The site server's proxy address (tests/support/server.ts): every page request goes there. */
  proxy: string;
  headless?: boolean;
  /** Browser UI language, e.g. 'zh-CN' or 'en-US': chrome.i18n follows it. */
  lang?: string;
  viewport?: { width: number; height: number } | null;
  /** Extra Chromium switches (e.g. the fake media-capture flags of the screen-share spec). */
  args?: readonly string[];
}

/** Chromium's UI locale on Linux comes from LANGUAGE/LANG; --lang alone is not enough. */
function localeEnv(lang: string | undefined): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  if (lang) {
    const posix = lang.replace('-', '_');
    env.LANGUAGE = posix;
    env.LANG = `${posix}.UTF-8`;
    env.LC_ALL = `${posix}.UTF-8`;
  }
  return env;
}

export async function launchWithExtension(options: LaunchOptions): Promise<BrowserContext> {
  if (!existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${CHROME_EXTENSION_DIR} has no manifest.json: run \`npm run build\` first`);
  }
  const args = [
    `--disable-extensions-except=${CHROME_EXTENSION_DIR}`,
    `--load-extension=${CHROME_EXTENSION_DIR}`,
    // Pages come through the site server acting as proxy, so addresses carry no port; and should
    // anything bypass the proxy, every name still resolves to loopback only.
    `--proxy-server=${options.proxy}`,
    ...QUIET_CHROMIUM_ARGS,
    '--disable-quic',
  ];
  if (options.lang) args.push(`--lang=${options.lang}`);
  args.push(...(options.args ?? []));
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args,
    env: localeEnv(options.lang),
    ignoreHTTPSErrors: true,
    ...(options.lang ? { locale: options.lang } : {}),
    viewport: options.viewport === undefined ? { width: 1000, height: 760 } : options.viewport,
  });
}

/**
 * The next tab or window opened in `context` that is not the extension's onboarding page. The extension opens that page
 * at install; under load it appears late, and a bare `waitForEvent('page')` around a click took it for the page the
 * click opened (verdict-badge.spec.ts failed so). Its address is known at the event.
 */
export function nextPage(context: BrowserContext): Promise<Page> {
  return context.waitForEvent('page', { predicate: (page) => !page.url().endsWith('/onboarding.html') });
}

/**
 * The extension's service worker. Re-fetch it for each use: the MV3 worker sleeps after ~30 s idle and
 * a stale handle then fails. Waking it: opening any extension page or a content-script message does.
 */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (live) return live;
  return context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorker(context)).url()).host;
}

/** Runs fn in the service worker, fetching the handle again once if the worker went to sleep meanwhile. */
async function inWorker<A extends string | number | null, R>(
  context: BrowserContext,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  try {
    return await (await serviceWorker(context)).evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  } catch (error) {
    if (!/closed|destroyed|Target/i.test(String(error))) throw error;
    return (await serviceWorker(context)).evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }
}

/**
 * The browser's tab id for a page. Matched by URL when the extension may see tab URLs (host
 * permissions or "tabs") and only one tab has that URL; otherwise the page is brought to the front and the
 * active tab is taken, which is exact because every page of a test lives in the one window of its context.
 */
export async function tabIdOf(page: Page): Promise<number> {
  const url = page.url();
  const context = page.context();
  const byUrl = await inWorker(
    context,
    async (wanted: string) => {
      const tabs = (await chrome.tabs.query({})).filter((t) => t.url === wanted || t.pendingUrl === wanted);
      // Two tabs on the same address (the same page opened twice in a test): the URL does not say which.
      return tabs.length === 1 ? (tabs[0]!.id ?? null) : null;
    },
    url,
  );
  if (byUrl !== null) return byUrl;
  await page.bringToFront();
  const active = await inWorker(
    context,
    async () => {
      const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tabs.length === 1 ? (tabs[0]?.id ?? null) : null;
    },
    null,
  );
  if (active === null) throw new Error(`cannot find the tab of ${url}`);
  return active;
}

/** The toolbar badge text for the page's tab: '' when the extension shows nothing. */
export async function badgeText(page: Page): Promise<string> {
  const tabId = await tabIdOf(page);
  return inWorker(page.context(), (id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Opens the popup as a page, describing the given page's tab. A real popup describes the active tab;
 * opened as a page it would describe itself, so the popup reads `?tabId=N` (src/entrypoints/popup).
 */
export async function openPopupFor(page: Page): Promise<Page> {
  const context = page.context();
  const [id, tabId] = await Promise.all([extensionId(context), tabIdOf(page)]);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
  return popup;
}

export async function openOptions(context: BrowserContext): Promise<Page> {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  return page;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a user can see of the in-page warning. */
export interface WarningView {
  /** The rendered text of the warning (style sheets left out), whitespace collapsed. */
  text: string;
  /** The host element's box in the viewport. */
  host: Box;
  /** Boxes of the visible elements inside the shadow root, and the union of them. */
  panel: Box | null;
  /** The host is displayed and the panel has a size. */
  visible: boolean;
  /** The shadow root's mode as the DevTools protocol reports it ('closed' is what we ship). */
  shadowMode: string;
  /** Texts of buttons inside the warning. */
  buttons: string[];
}

/**
 * Runs with `this` = the warning's ShadowRoot, in the page. Kept as source text, not a compiled function:
 * tsx/esbuild wraps named inner functions in a `__name` helper that does not exist in the page.
 */
const READ_SHADOW_ROOT = `function () {
  var boxOf = function (r) { return { x: r.x, y: r.y, width: r.width, height: r.height }; };
  var hostEl = this.host;
  var hostStyle = getComputedStyle(hostEl);
  var boxes = [];
  this.querySelectorAll('*').forEach(function (el) {
    if (el instanceof HTMLStyleElement || el instanceof HTMLLinkElement) return;
    var style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return;
    var r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) boxes.push(r);
  });
  var panel = null;
  if (boxes.length) {
    var left = Math.min.apply(null, boxes.map(function (b) { return b.left; }));
    var top = Math.min.apply(null, boxes.map(function (b) { return b.top; }));
    var right = Math.max.apply(null, boxes.map(function (b) { return b.right; }));
    var bottom = Math.max.apply(null, boxes.map(function (b) { return b.bottom; }));
    panel = { x: left, y: top, width: right - left, height: bottom - top };
  }
  var texts = [];
  Array.prototype.forEach.call(this.children, function (el) {
    if (el instanceof HTMLStyleElement || el instanceof HTMLLinkElement) return;
    // A hidden part (the card after Escape, say) is not rendered text: its innerText would be its textContent.
    if (getComputedStyle(el).display === 'none') return;
    texts.push(el.innerText || el.textContent || '');
  });
  return {
    text: texts.join(' ').replace(/\\s+/g, ' ').trim(),
    host: boxOf(hostEl.getBoundingClientRect()),
    panel: panel,
    visible: hostStyle.display !== 'none' && hostStyle.visibility !== 'hidden' && panel !== null,
    buttons: Array.prototype.map.call(this.querySelectorAll('button'), function (b) { return (b.textContent || '').trim(); })
  };
}`;

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  /** Name, value, name, value … */
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

/** Elements carrying the attribute `mark`, through shadow roots and frame documents. */
function findMarked(node: CdpNode, mark: string, out: CdpNode[] = []): CdpNode[] {
  if (node.attributes?.some((value, i) => i % 2 === 0 && value === mark)) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) findMarked(child, mark, out);
  if (node.contentDocument) findMarked(node.contentDocument, mark, out);
  return out;
}

/**
 * Every warning in the page's top document, read through its closed shadow root. A closed root is out of
 * reach of page JavaScript and of Playwright locators; the DevTools protocol's `DOM.getDocument` with
 * `pierce: true` still lists it, and `DOM.resolveNode` gives a handle to run a read-only function on.
 */
export async function readWarnings(target: Page | Frame): Promise<WarningView[]> {
  const views = await inWarningShadows<Omit<WarningView, 'shadowMode'>>(target, READ_SHADOW_ROOT);
  return views.map(({ value, shadowMode }) =>
    value
      ? { ...value, shadowMode }
      : { text: '', host: { x: 0, y: 0, width: 0, height: 0 }, panel: null, visible: false, shadowMode: 'none', buttons: [] },
  );
}

/**
 * Runs `functionDeclaration` (source of a `function () {…}`, `this` = the shadow root) in every warning host's
 * shadow root, open or closed, through DevTools; `value` is null for a host without a shadow root.
 */
export async function inWarningShadows<T>(target: Page | Frame, functionDeclaration: string): Promise<{ value: T | null; shadowMode: string }[]> {
  // A page, or a cross-site iframe (its own renderer process, so its own DevTools target).
  const context = 'context' in target ? target.context() : target.page().context();
  const cdp = await context.newCDPSession(target);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const out: { value: T | null; shadowMode: string }[] = [];
    for (const host of findMarked(root, WARNING_MARK)) {
      const shadow = host.shadowRoots?.[0];
      if (!shadow) {
        out.push({ value: null, shadowMode: 'none' });
        continue;
      }
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      if (!object.objectId) continue;
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        functionDeclaration,
      });
      if (exceptionDetails) {
        throw new Error(`reading the warning failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      }
      out.push({ value: result.value as T, shadowMode: shadow.shadowRootType ?? 'unknown' });
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Polls until check returns a truthy value or the time is up; returns the last value. */
export async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    value = await read();
  }
  return value;
}

/** What the background knows about a tab, asked the way the popup asks (from an extension page). */
export interface TabSummary {
  level: string;
  fields: { kind: string; id: string | null; name: string | null; frameId: number }[];
  rules: string[];
  /** The top frame as the background knows it: its URL, how its host was assessed, and whether its page
   * has been evaluated (official and trusted hosts get a URL-only verdict at the gate). */
  top: { url: string; domainKind: string; evaluated: boolean } | null;
}

export async function tabSummary(extensionPage: Page, tabId: number): Promise<TabSummary | null> {
  return extensionPage.evaluate(async (id: number) => {
    const runtime = (globalThis as unknown as {
      chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };
    }).chrome.runtime;
    const answer = (await runtime.sendMessage({ type: 'popup-bg-get-tab-state', tabId: id })) as {
      state?: {
        level: string;
        fields: { kind: string; id: string | null; name: string | null; frameId: number }[];
        frames: { frameId: number; url: string; domain: { kind: string }; verdict: { rules: { code: string }[] } | null }[];
      } | null;
      error?: { code: string };
    };
    if (answer?.error) throw new Error(`popup-bg-get-tab-state refused: ${answer.error.code}`);
    const state = answer?.state;
    if (!state) return null;
    const top = state.frames.find((f) => f.frameId === 0);
    return {
      level: state.level,
      fields: state.fields.map((f) => ({ kind: f.kind, id: f.id, name: f.name, frameId: f.frameId })),
      rules: state.frames.flatMap((f) => (f.verdict ? f.verdict.rules.map((r) => r.code) : [])),
      top: top ? { url: top.url, domainKind: top.domain.kind, evaluated: top.verdict !== null } : null,
    };
  }, tabId);
}

/**
 * Waits until the background has evaluated the page now in `page`'s tab (so a check that something is
 * absent, such as "no badge", is made after the extension had its say), and returns what it knows.
 */
export async function settledSummary(page: Page, timeoutMs = 10_000): Promise<TabSummary> {
  const tabId = await tabIdOf(page);
  const id = await extensionId(page.context());
  const reader = await page.context().newPage();
  try {
    await reader.goto(`chrome-extension://${id}/options.html`);
    const url = page.url();
    const summary = await waitFor(
      () => tabSummary(reader, tabId),
      (s) => s?.top?.url === url && s.top.evaluated,
      timeoutMs,
    );
    if (summary?.top?.url !== url || !summary.top.evaluated) {
      throw new Error(`the background did not evaluate ${url} within ${timeoutMs} ms: ${JSON.stringify(summary)}`);
    }
    return summary;
  } finally {
    await reader.close();
  }
}
