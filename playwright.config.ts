import { defineConfig } from '@playwright/test';

// Browser tests: the built extension (.output/chrome-mv3) in Debian Chromium, against fixture sites
// served on loopback under fake host names (tests/support/server.ts). One worker: the machine has
// two cores and each test starts its own browser. No retries: a flaky test is a bug to fix.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/global-setup.ts',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
