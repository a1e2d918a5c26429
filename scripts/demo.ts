// `npm run demo`: serves the demo pages (demo/pages/, one folder per fake host name) on loopback and opens
// Chromium with the freshly built extension (.output/chrome-mv3) on them.
//
//   npm run demo              a Chromium window, one tab per demo page (needs a display)
//   npm run demo -- --headless  (or no DISPLAY): for zh-CN and en-US, screenshots of every page, of the
//                             anchored warning after focusing a field, and of the popup for that tab, into
//                             demo-output/<lang>/, and a printed verdict (level + fields) for every page.
//   npm run demo -- --headless --update-docs   also copies the README's shots into docs/screenshots/.

import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_SITES, type DemoSite } from '../demo/sites';
import { projectRoot, staleBuildReason } from '../tests/support/build-state';
import {
  badgeText,
  launchWithExtension,
  openPopupFor,
  readWarnings,
  tabIdOf,
  tabSummary,
  waitFor,
  type TabSummary,
} from '../tests/support/extension';
import { DEMO_SITES as DEMO_ROOT, startSiteServer, type SiteServer } from '../tests/support/server';
import { shootShareScenario } from './demo-share';

const LANGS = ['zh-CN', 'en-US'] as const;
const OUTPUT = path.join(projectRoot, 'demo-output');
const DOCS = path.join(projectRoot, 'docs/screenshots');

/** With --update-docs: the shots the README shows, copied from demo-output/ to docs/screenshots/. */
const DOCS_SHOTS: readonly { from: string; to: string }[] = LANGS.flatMap((lang) => {
  const suffix = lang === 'zh-CN' ? 'zh_CN' : 'en';
  return [
    { from: `${lang}/01-fake-alipay-refund.png`, to: `banner-${suffix}.png` },
    { from: `${lang}/01-fake-alipay-refund-focus.png`, to: `anchored-danger-${suffix}.png` },
    { from: `${lang}/03-fake-claim-code-step-focus.png`, to: `anchored-code-step-${suffix}.png` },
    { from: `${lang}/04-honest-shop-checkout-focus.png`, to: `anchored-caution-${suffix}.png` },
    { from: `${lang}/01-fake-alipay-refund-popup.png`, to: `popup-danger-${suffix}.png` },
    { from: `${lang}/04-honest-shop-checkout-popup.png`, to: `popup-caution-${suffix}.png` },
    { from: `${lang}/share-2-bank-focus.png`, to: `share-warning-${suffix}.png` },
    { from: `${lang}/share-3-popup.png`, to: `popup-sharing-${suffix}.png` },
  ];
});

function describe(summary: TabSummary | null): string {
  if (!summary) return 'level: (no verdict)';
  const fields = summary.fields.map((f) => `${f.kind}${f.id ? `#${f.id}` : f.name ? `[name=${f.name}]` : ''}`);
  return `level: ${summary.level}; fields: ${fields.length ? fields.join(', ') : '-'}; rules: ${summary.rules.join(', ') || '-'}`;
}

/** Waits until the badge has not changed for a while: the content script and background have spoken. */
async function settle(page: Page): Promise<string> {
  let last = await badgeText(page);
  let stableSince = Date.now();
  const deadline = Date.now() + 8_000;
  while (Date.now() < deadline && Date.now() - stableSince < 1_200) {
    await page.waitForTimeout(200);
    const now = await badgeText(page);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
  }
  return last;
}

async function shootSite(context: BrowserContext, sites: SiteServer, site: DemoSite, index: number, dir: string): Promise<string> {
  const page = context.pages()[0] ?? (await context.newPage());
  const prefix = path.join(dir, `${String(index + 1).padStart(2, '0')}-${site.name}`);
  if (site.before) {
    await page.goto(sites.url(site.before));
    await settle(page);
  }
  await page.goto(sites.url(site.address));
  const badge = await settle(page);
  await page.screenshot({ path: `${prefix}.png` });

  if (site.focus) {
    await page.locator(site.focus).click();
    // Give the anchored warning a moment; an official page shows none, which is the point.
    await waitFor(() => readWarnings(page), (w) => w.some((x) => x.visible), 1_500);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${prefix}-focus.png` });
  }

  const tabId = await tabIdOf(page);
  const popup = await openPopupFor(page);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.waitForLoadState('load');
  await popup.waitForTimeout(600);
  // The window as tall as the popup's page: a full-page capture of the 600 px window leaves the danger popup's pinned
  // 96110 footer where the window's bottom edge was, in the middle of the picture.
  await popup.setViewportSize({ width: 380, height: await popup.evaluate(() => document.documentElement.scrollHeight) });
  await popup.screenshot({ path: `${prefix}-popup.png`, fullPage: true });
  const summary = await tabSummary(popup, tabId).catch((error: unknown) => {
    console.warn(`  (could not read the verdict: ${String(error)})`);
    return null;
  });
  await popup.close();
  return `badge ${JSON.stringify(badge)}; ${describe(summary)}`;
}

async function headless(sites: SiteServer): Promise<void> {
  for (const lang of LANGS) {
    const dir = path.join(OUTPUT, lang);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    console.log(`\n== ${lang} ==`);
    for (const [index, site] of DEMO_SITES.entries()) {
      // A fresh profile per page, so each verdict is the page's own: the extension remembers a visited
      // meeting-join link for a while and then treats card fields on other pages more strictly.
      const context = await launchWithExtension({ proxy: sites.proxy, lang, headless: true });
      try {
        const line = await shootSite(context, sites, site, index, dir);
        console.log(`${site.address.padEnd(44)} ${line}\n${''.padEnd(44)} (${site.about})`);
      } finally {
        await context.close();
      }
    }
    // Issue 4: a web meeting shares the screen, the bank's own page then warns on its code field.
    const share = await shootShareScenario(sites, lang, dir);
    console.log(`${'screen share: meeting tab → bank tab'.padEnd(44)} ${share.replace(/\n/g, `\n${''.padEnd(45)}`)}`);
  }
  console.log(`\nScreenshots: ${path.relative(process.cwd(), OUTPUT)}/<lang>/NN-<page>{,-focus,-popup}.png`);
  if (process.argv.includes('--update-docs')) {
    mkdirSync(DOCS, { recursive: true });
    for (const shot of DOCS_SHOTS) copyFileSync(path.join(OUTPUT, shot.from), path.join(DOCS, shot.to));
    console.log(`Copied ${DOCS_SHOTS.length} screenshots to ${path.relative(process.cwd(), DOCS)}/`);
  }
}

async function headed(sites: SiteServer): Promise<void> {
  const context = await launchWithExtension({ proxy: sites.proxy, headless: false, viewport: null });
  const first = context.pages()[0] ?? (await context.newPage());
  for (const [index, site] of DEMO_SITES.entries()) {
    const page = index === 0 ? first : await context.newPage();
    // A staged page opens at its first step: the person clicks on to the next one.
    const start = site.before ?? site.address;
    await page.goto(sites.url(start));
    console.log(`${sites.url(start).padEnd(56)} ${site.about}`);
  }
  console.log('\nChromium is open with the extension loaded. Close the window (or press Ctrl+C) to stop.');
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await context.close().catch(() => {});
}

async function main(): Promise<void> {
  const stale = process.env.FANZHA_CHROME_EXTENSION_DIR ? null : staleBuildReason('.output/chrome-mv3');
  if (stale) throw new Error(`the extension build is out of date (${stale}): run \`npm run demo\`, which builds first`);
  const wantHeadless = process.argv.includes('--headless') || !process.env.DISPLAY;
  const sites = await startSiteServer([DEMO_ROOT]);
  try {
    if (wantHeadless) await headless(sites);
    else await headed(sites);
  } finally {
    await sites.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
