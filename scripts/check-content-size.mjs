// The content scripts run on every page: all of them together must stay ≤ 20 KB gzipped (gzip -9), in each
// browser's build, and carry neither zod, tldts nor webextension-polyfill (wxt.config.ts keeps the polyfill
// out of the content-script builds; if a WXT upgrade undid that, this fails). The main-world hook must not
// touch any extension API. Run after `npm run build`: node scripts/check-content-size.mjs [outputDir]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 20 * 1024;
const out = process.argv[2] ?? '.output';
// What each one leaves in a minified bundle: the polyfill's error text, zod's class name, and the public-suffix
// list inside tldts (hundreds of punycode labels; our own code has none).
const forbidden = [
  ['webextension-polyfill', (text) => text.includes('The message port closed before a response was received.')],
  ['zod', (text) => text.includes('ZodError')],
  ['tldts', (text) => (text.match(/xn--[a-z0-9]/g) ?? []).length > 20],
];
const problems = [];

/** `gzip -9c FILE | wc -c`, the budget's own measure; Node's zlib (about 2 % larger on our bundles) where gzip is missing. */
function gzipSize(file, code) {
  const gzip = spawnSync('gzip', ['-9c', file], { maxBuffer: 64 * 1024 * 1024 });
  return gzip.status === 0 ? gzip.stdout.length : gzipSync(code, { level: 9 }).length;
}

for (const build of ['chrome-mv3', 'firefox-mv2']) {
  const dir = path.join(out, build, 'content-scripts');
  let files;
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.js')).sort();
  } catch {
    problems.push(`${dir}: missing (run npm run build first)`);
    continue;
  }
  let total = 0;
  for (const name of files) {
    const code = readFileSync(path.join(dir, name));
    const size = gzipSize(path.join(dir, name), code);
    total += size;
    console.log(`${build}/content-scripts/${name}`.padEnd(40), `${code.length} B raw`.padStart(14), `${size} B gzip`.padStart(12));
    const text = code.toString('utf8');
    for (const [what, found] of forbidden) if (found(text)) problems.push(`${build}/${name} contains ${what}`);
    if (name.startsWith('share-hook') && /\b(chrome|browser)\.(runtime|storage|tabs|i18n)\b/.test(text)) {
      problems.push(`${build}/${name} (main world) uses an extension API`);
    }
  }
  console.log(`${build} content scripts together:`.padEnd(40), `${total} B gzip`.padStart(27), `(limit ${LIMIT})`);
  if (total > LIMIT) problems.push(`${build}: content scripts ${total} B gzipped, over ${LIMIT} B`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`content-script size check: ${problem}`);
  process.exit(1);
}
