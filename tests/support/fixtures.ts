// Playwright fixtures: one site server per worker, and for each test a fresh browser profile with the
// extension loaded (so settings such as the trusted list never leak from one test to the next).

import { test as base, expect as baseExpect, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension } from './extension';
import { FIXTURE_SITES, startSiteServer, type SiteServer } from './server';

interface TestFixtures {
  /** Extra Chromium switches for this file's browsers: `test.use({ launchArgs: [...] })`. */
  launchArgs: string[];
  context: BrowserContext;
  page: Page;
}
interface WorkerFixtures {
  sites: SiteServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  sites: [
    async ({}, use) => {
      const server = await startSiteServer([FIXTURE_SITES]);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  launchArgs: [[], { option: true }],
  context: async ({ sites, launchArgs }, use) => {
    // The product speaks zh_CN first: the tests run the browser in Chinese and compare against zh_CN strings.
    const context = await launchWithExtension({ proxy: sites.proxy, lang: 'zh-CN', args: launchArgs });
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

/**
 * `expect.poll` asks again every 150 ms (as `waitFor` in extension.ts does). Playwright's default backs off to
 * 100, 250, 500 ms and then once a second, so a badge that turned "!!" 0.9 s after load was seen only at 1.85 s,
 * and most of the suite's waits are such polls. Only how often the same check is made changes: the timeout, and
 * so what a test accepts, is the same. A test's own `intervals` still wins.
 */
const POLL_INTERVALS = [100, 150];
const expect = baseExpect.configure({});
const pollBackingOff = expect.poll;
expect.poll = ((actual, messageOrOptions) =>
  pollBackingOff(
    actual,
    typeof messageOrOptions === 'string'
      ? { message: messageOrOptions, intervals: POLL_INTERVALS }
      : { intervals: POLL_INTERVALS, ...messageOrOptions },
  )) as typeof expect.poll;

export { expect };
