// Launching Chromium for the benchmark, per the project's TOOLCHAIN notes: Playwright persistent contexts
// on the system Chromium, headless, pages through the tests' loopback site server acting as proxy (so
// addresses carry no port, as for a user) and every host name mapped to loopback. One context carries the
// built extension, the other is the same browser without it: "with" and "without" differ only by the extension.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../tests/support/extension';

/** Flags shared by both contexts: the tests' quiet launch, and no default apps competing for the CPU. */
const COMMON_ARGS = [...QUIET_CHROMIUM_ARGS, '--disable-default-apps'];

export interface Launched {
  context: BrowserContext;
  /** The extension id (host of its service worker URL); null for the plain context. */
  extensionId: string | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Frames are drawn as soon as there is something to draw instead of at the display's 60 Hz clock: for the
   * typing part, where the wait for the next frame's clock tick would otherwise be most of each key's time
   * (typing.ts says why and what it measured).
   */
  freeFrames?: boolean;
}

/** `proxy` is the site server's address (tests/support/server.ts `proxy`). */
export async function launch(extensionDir: string | null, proxy: string, options: LaunchOptions = {}): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'fanzha-bench-'));
  const args = [`--proxy-server=${proxy}`, ...COMMON_ARGS];
  if (options.freeFrames) args.push('--disable-gpu-vsync', '--disable-frame-rate-limit');
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  let extensionId: string | null = null;
  if (extensionDir) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(sw.url()).host;
    await closeExtensionTabs(context);
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension opens its onboarding tab on install. Left open, it is the foreground tab and every page the
 * bench opens runs in the background: no animation frames, throttled tasks, late first paint. Waits a
 * little for it (it opens asynchronously) and closes it.
 */
async function closeExtensionTabs(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const tabs = context.pages().filter((p) => p.url().startsWith('chrome-extension://'));
    if (tabs.length > 0) {
      for (const t of tabs) await t.close();
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Brings the page to the front and checks the page sees itself visible (frames run, paints happen). */
export async function ensureVisible(page: Page): Promise<void> {
  await page.bringToFront();
  const state = await page.evaluate(() => document.visibilityState);
  if (state !== 'visible') throw new Error(`the bench page is ${state}, not visible: timings would be throttled`);
}
