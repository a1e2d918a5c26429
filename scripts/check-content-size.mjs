// The content scripts in the manifest run in every frame of every page while it loads: together they must stay
// ≤ 20 KB gzipped (gzip -9), in each browser's build. The scanner (scanner.js), which the background injects
// into frames the gate lets through once they have loaded, must stay ≤ 20 KB by itself too (SCANNER_LIMIT); what such
// a frame carries in all (manifest scripts + scanner) is printed beside it. The page readers (page-readers.js), injected
// into a frame only when its guard first needs them (a scan found a sensitive field, a focused field is to be read
// as shown, or a press is to be looked at for a number pad), are printed and checked too. None may carry zod, tldts or
// webextension-polyfill (wxt.config.ts keeps the polyfill out of these builds; if a WXT upgrade undid that,
// this fails). The main-world hook must not touch any extension API.
// Run after `npm run build`: node scripts/check-content-size.mjs [outputDir]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 20 * 1024;
// The scanner's own cap: the 20 KB, as for the manifest scripts. The hardening of session 44 had taken it to
// 21,058 B (and its cap to 21 KB for a while); what runs only on demand now comes in page-readers.js (the headings and
// prominent lines, the page text, the page around a frame, the focus re-read as shown), and terser without Safari 10
// quirks, \p{DI} for the invisible characters and trimmed word lists did the rest: about 19.8 KB.
const SCANNER_LIMIT = 20 * 1024;
/** Scripts the background injects into a frame only on demand, besides the scanner: checked for what they carry. */
const ON_DEMAND = ['page-readers.js'];
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

/** Prints one file's sizes, checks its contents; returns its gzip size. */
function check(build, dir, name) {
  const file = path.join(dir, name);
  const code = readFileSync(file);
  const size = gzipSize(file, code);
  console.log(`${build}/${name}`.padEnd(44), `${code.length} B raw`.padStart(14), `${size} B gzip`.padStart(12));
  const text = code.toString('utf8');
  for (const [what, found] of forbidden) if (found(text)) problems.push(`${build}/${name} contains ${what}`);
  if (name.includes('share-hook') && /\b(chrome|browser)\.(runtime|storage|tabs|i18n)\b/.test(text)) {
    problems.push(`${build}/${name} (main world) uses an extension API`);
  }
  return size;
}

for (const build of ['chrome-mv3', 'firefox-mv2']) {
  const dir = path.join(out, build);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  } catch {
    problems.push(`${dir}/manifest.json: missing (run npm run build first)`);
    continue;
  }
  const everyPage = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))].sort();
  let total = 0;
  for (const name of everyPage) total += check(build, dir, name);
  console.log(`${build}: in every frame of every page:`.padEnd(44), `${total} B gzip`.padStart(27), `(limit ${LIMIT})`);
  if (total > LIMIT) problems.push(`${build}: manifest content scripts ${total} B gzipped, over ${LIMIT} B`);
  let scanner;
  try {
    scanner = check(build, dir, 'scanner.js');
  } catch {
    problems.push(`${build}/scanner.js: missing`);
    continue;
  }
  if (scanner > SCANNER_LIMIT) problems.push(`${build}: scanner.js ${scanner} B gzipped, over ${SCANNER_LIMIT} B`);
  console.log(`${build}: a frame past the gate, in all:`.padEnd(44), `${total + scanner} B gzip`.padStart(27), '(reported)');
  for (const name of ON_DEMAND) {
    try {
      check(build, dir, name);
    } catch {
      problems.push(`${build}/${name}: missing`);
    }
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`content-script size check: ${problem}`);
  process.exit(1);
}
