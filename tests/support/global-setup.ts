// Playwright global setup: build the Chrome extension once when .output/chrome-mv3 is missing or older
// than its sources (so `npx playwright test` alone never tests a stale build).

import { execFileSync } from 'node:child_process';
import { projectRoot, staleBuildReason } from './build-state';

export default function globalSetup(): void {
  // Testing a build kept elsewhere (see CHROME_EXTENSION_DIR): that one is the caller's business.
  if (process.env.FANZHA_CHROME_EXTENSION_DIR) return;
  const reason = staleBuildReason('.output/chrome-mv3');
  if (!reason) return;
  console.log(`[e2e] building the extension: ${reason}`);
  execFileSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit' });
}
