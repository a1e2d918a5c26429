// Looks at the extension's own pages: builds nothing, expects `npx wxt build` first. Loads
// .output/chrome-mv3 into headless Chromium in zh-CN and en-US, serves the test fixture sites, and writes
// full-page PNGs of the popup in each state, the trust confirm step, the options page (with a repaired
// setting and a refused import) and the onboarding page to OUT (default /tmp/fanzha-ui).
// Run: node --import tsx scripts/ui-screenshots.ts [outDir]   (FANZHA_CHROME_EXTENSION_DIR=… to look at a copy of the build)
// zh-CN needs Debian's chromium-l10n: without its locale files Chromium runs in en-US whatever LANG says.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { badgeText, extensionId, launchWithExtension, openOptions, openPopupFor, serviceWorker } from '../tests/support/extension';
import { FIXTURE_SITES, startSiteServer } from '../tests/support/server';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const OUT = process.argv[2] ?? '/tmp/fanzha-ui';
async function until(check: () => Promise<boolean>, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(OUT, `${name}.png`);
  // The window as tall as the page: a full-page capture of a shorter window leaves a sticky part (the popup's 96110
  // footer on a danger page) where the window's bottom edge was, in the middle of the picture.
  const width = page.viewportSize()?.width ?? 1000;
  await page.setViewportSize({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function popupFor(context: BrowserContext, url: string, badge: string | null): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  if (badge !== null) await until(async () => (await badgeText(page)) === badge);
  const popup = await openPopupFor(page);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.waitForSelector('#content > *');
  await popup.waitForTimeout(300);
  return popup;
}

const server = await startSiteServer([FIXTURE_SITES]);
try {
  for (const lang of ['zh-CN', 'en-US']) {
    const tag = lang.slice(0, 2);
    const context = await launchWithExtension({ proxy: server.proxy, lang });
    try {
      await serviceWorker(context);
      await shoot(await popupFor(context, server.url('http://alipay-refund.cn/'), '!!'), `popup-danger-${tag}`);
      await shoot(await popupFor(context, server.url('https://shop-example.cn/'), '!'), `popup-caution-${tag}`);
      await shoot(await popupFor(context, server.url('https://claim-desk.cn/'), '!'), `popup-caution-claim-${tag}`);
      await shoot(await popupFor(context, server.url('https://www.icbc.com.cn/'), null), `popup-official-${tag}`);
      await shoot(await popupFor(context, server.url('http://news-example.cn/'), null), `popup-none-${tag}`);
      await shoot(await popupFor(context, 'about:blank', null), `popup-cannot-check-${tag}`);

      const confirm = await popupFor(context, server.url('https://shop-example.cn/'), '!');
      await confirm.click('#trust-site');
      await shoot(confirm, `popup-trust-confirm-${tag}`);

      // A damaged stored setting, then the options page: it must report the repair.
      await (await serviceWorker(context)).evaluate(() =>
        chrome.storage.local.set({
          settings: { trusted: ['example.com', 'com.cn', 'https://Shop.Example.org/x'], meetingWindowMinutes: 'soon' },
          settings$: { v: 2 },
        }),
      );
      const options = await openOptions(context);
      await options.waitForSelector('#trusted-list li');
      await options.fill('#trusted-input', 'alipay-refund.cn');
      await options.click('#trusted-add');
      await options.waitForSelector('#trusted-message:not(:empty)');
      await options.setInputFiles('#import-file', {
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('["taobao.com", "com.cn", 7, "<img src=x onerror=alert(1)>"]'),
      });
      await options.waitForSelector('#import-problems');
      await shoot(options, `options-${tag}`);

      const onboarding = await context.newPage();
      await onboarding.goto(`chrome-extension://${await extensionId(context)}/onboarding.html`);
      await shoot(onboarding, `onboarding-${tag}`);
    } finally {
      await context.close();
    }
  }
} finally {
  await server.close();
}
