// What the page-text read costs on pages past the 50,000-character cap (sensor/page-text-window.ts): the padded
// claim pages of tests/fixtures/sites/peifu-dengji.cn (hidden, tiny, off-screen filler; 40,000 empty divs), their
// unpadded control and the honest long article of changwen-zixun.cn, in headless Chromium without the extension.
// In the page, per fixture: the one-task scan (scan-page.ts) right after load, then the text read alone
// (pageTextNear with the scan's fields) after a style change (the first read after one pays the style and layout
// recalculation) and warm, the same style change's own layout cost without a read (what the page pays anyway at its
// next frame); with the longest task a PerformanceObserver saw. A diagnosis tool: `npm run bench` does
// not run it, and no test asserts its times.
//
//   node --import tsx bench/padded-text-cost.ts [repetitions=5]
//   (PAGE_TEXT_WINDOW=file.ts: that page-text-window.ts instead, to compare with another version)

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_PATH, QUIET_CHROMIUM_ARGS } from '../tests/support/extension';
import { FIXTURE_SITES, startSiteServer } from '../tests/support/server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reps = Number(process.argv[2] ?? 5);
const PAGES = [
  'https://peifu-dengji.cn/',
  'https://peifu-dengji.cn/hidden.html',
  'https://peifu-dengji.cn/tiny.html',
  'https://peifu-dengji.cn/offscreen.html',
  'https://peifu-dengji.cn/empty-divs.html',
  'https://changwen-zixun.cn/',
  'https://changwen-zixun.cn/comments.html',
];

const entry = `
import { scanPage } from './src/entrypoints/scanner/scan-page';
import { pageTextNear } from './src/sensor/page-text-window';
const typed = { has: () => false };
globalThis.__paddedCost = async (reps) => {
  // Each read in a task of its own (a timer), so that a long task the observer reports is that read's.
  const tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(e.duration); }).observe({ type: 'longtask' });
  const turn = () => new Promise((r) => setTimeout(r, 30));
  const inTask = async (fn) => { await turn(); const t = performance.now(); fn(); const d = performance.now() - t; await turn(); return d; };
  let facts, elements;
  const scan = await inTask(() => ({ facts, elements } = scanPage(document, location.href, typed)));
  const fields = facts.fields.map((f) => elements[f.index]);
  const afterStyle = [], warm = [], layout = [];
  let text = '';
  for (let i = 0; i < reps; i++) {
    afterStyle.push(await inTask(() => {
      document.body.style.setProperty('letter-spacing', 0.01 * (2 * i + 1) + 'px');
      text = pageTextNear(document, fields);
    }));
    warm.push(await inTask(() => pageTextNear(document, fields)));
    // The page's own cost of the same style change (style and layout brought up to date), without any read.
    layout.push(await inTask(() => {
      document.body.style.setProperty('letter-spacing', 0.01 * (2 * i + 2) + 'px');
      void document.body.offsetHeight;
    }));
  }
  document.body.style.removeProperty('letter-spacing');
  await new Promise((r) => setTimeout(r, 200));
  return { scan, afterStyle, warm, layout, tasks, chars: text.length, kinds: facts.fields.map((f) => f.kind), textSame: text === facts.text };
};`;
const dir = mkdtempSync(join(tmpdir(), 'fanzha-padded-'));
const script = join(dir, 'padded-cost.js');
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', outfile: script, target: 'chrome120', logLevel: 'error',
  alias: { '@': join(root, 'src') },
  plugins: [
    {
      name: 'other-page-text-window',
      setup(b) {
        const other = process.env.PAGE_TEXT_WINDOW;
        if (other) b.onResolve({ filter: /page-text-window$/ }, () => ({ path: resolve(other) }));
      },
    },
  ],
});

const server = await startSiteServer([FIXTURE_SITES]);
const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [`--proxy-server=${server.proxy}`, ...QUIET_CHROMIUM_ARGS],
  ignoreHTTPSErrors: true,
  viewport: { width: 1280, height: 800 },
});
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ms = (x: number) => x.toFixed(1);
try {
  for (const address of PAGES) {
    const page = await context.newPage();
    await page.goto(server.url(address), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    await page.addScriptTag({ path: script });
    type R = { scan: number; afterStyle: number[]; warm: number[]; layout: number[]; tasks: number[]; chars: number; kinds: string[]; textSame: boolean };
    const r = (await page.evaluate((n) => (globalThis as unknown as { __paddedCost(n: number): Promise<R> }).__paddedCost(n), reps)) as R;
    console.log(
      `${address.padEnd(42)} scan ${ms(r.scan).padStart(6)} ms | text after a style change: first ${ms(r.afterStyle[0]!)}, median ${ms(med(r.afterStyle))}, max ${ms(Math.max(...r.afterStyle))} | warm median ${ms(med(r.warm))} | the style change's own layout median ${ms(med(r.layout))} | longest task ${ms(Math.max(0, ...r.tasks))} | ${r.chars} chars, ${r.kinds.join('+') || 'no fields'}`,
    );
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
