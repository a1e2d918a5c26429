// Whether the built extension is older than its sources, so the test runner and the demo build only when
// needed. `npm test` always builds first; this is for `npx playwright test` and `npm run demo` on their own.

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Newest modification time under a path (files only; node_modules and dot-folders skipped). */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(target)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, name)));
  }
  return newest;
}

/** The reason the build at outputDir is stale, or null when it is up to date. */
export function staleBuildReason(outputDir: string): string | null {
  const manifest = path.join(projectRoot, outputDir, 'manifest.json');
  if (!existsSync(manifest)) return `${outputDir} is missing`;
  const built = statSync(manifest).mtimeMs;
  for (const source of ['src', 'public', 'wxt.config.ts', 'package.json']) {
    if (newestMtime(path.join(projectRoot, source)) > built) return `${source} changed after ${outputDir} was built`;
  }
  return null;
}

export { projectRoot };
