// `npm run bench`: the performance benchmark of the built extension in headless Chromium.
//
//   build into bench/out/build (if sources are newer) ─▶ bundle page-scan.ts ─▶ write pages ─▶ loopback site server
//   ─▶ two Chromium contexts (with / without the extension)
//   ─▶ 1 scan cost · 2 page load · 3 churn · 4 typing · 5 size
//   ─▶ table on stdout, bench/results.json, bench/README-section.md
//
// Options: --quick (few loads and repetitions: checks the harness, not the figures);
//          --only=scan,load,churn,typing,size (some parts only). Neither writes the result files.
// Works without ../shared (generated pages only then). Timings are measured, never asserted.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { staleBuildReason } from '../tests/support/build-state';
import { WARNING_HOST } from '../tests/support/extension';
import { startSiteServer } from '../tests/support/server';
import type { Page } from '@playwright/test';
import { ensureVisible, launch, type Launched } from './browser';
import { measureChurn } from './churn';
import { corporaDir, heaviestCorpusPages } from './corpus';
import { measureLoadCpu, measurePageLoads, type LoadCpu } from './page-load';
import { churnPage, formPage, typingPage } from './pages';
import { checkTargets, readmeSection, renderTables, type Results } from './report';
import { measureScanCost, type ScanCost } from './scan-cost';
import { bundleSizes } from './size';
import { ratio } from './stats';
import { measureTyping, type TypingResult } from './typing';

const started = Date.now();
const loadAtStart = loadavg()[0]!;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/out');
const quick = process.argv.includes('--quick');
// --only=scan,load,churn,typing,size runs some parts (a partial run leaves results.json alone).
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const PARTS = ['scan', 'load', 'churn', 'typing', 'size'] as const;
const only = new Set(onlyArg ? onlyArg.slice('--only='.length).split(',') : PARTS);
for (const part of only) if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only: unknown part "${part}" (parts: ${PARTS.join(', ')})`);
const partial = quick || only.size < PARTS.length;
const LOADS = quick ? 3 : 21;
/** Traced loads per page and context (tracing slows a load, so these are separate from the timed ones). */
const TRACED_LOADS = quick ? 1 : 15;
const GEN_HOST = 'shop.fanzha-bench.com';
const CORPUS_HOST = 'corpus.fanzha-bench.com';

const log = (msg: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);

const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
/** The benchmark's own build folder (see wxt.bench.config.ts): other commands empty .output at any moment. */
const BUILD_DIR = 'bench/out/build';

/** Every script the manifest names is there (a build that is half written is not). */
function buildIsWhole(dir: string): boolean {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) return false;
  const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[] }[];
  };
  const files = [m.background?.service_worker, ...(m.background?.scripts ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.js ?? [])];
  return files.every((f) => f === undefined || existsSync(join(dir, f)));
}

/** Builds both browsers (the project's WXT config, into BUILD_DIR) when the sources are newer than the build. */
function ensureBuilt(): string {
  const dir = join(root, BUILD_DIR);
  const reasons = BUILDS.map((b) => staleBuildReason(`${BUILD_DIR}/${b}`)).filter((r): r is string => r !== null);
  if (reasons.length === 0) {
    log('build is up to date');
    return dir;
  }
  log(`building (${reasons[0]})`);
  for (const args of [[], ['-b', 'firefox']]) {
    const r = spawnSync('npx', ['wxt', 'build', '-c', 'bench/wxt.bench.config.ts', ...args], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) {
      process.stderr.write(r.stdout + r.stderr);
      throw new Error('wxt build failed; the benchmark measures the built extension');
    }
  }
  for (const b of BUILDS) if (!buildIsWhole(join(dir, b))) throw new Error(`${BUILD_DIR}/${b} is incomplete after the build`);
  return dir;
}

async function bundlePageScan(): Promise<string> {
  const file = join(outDir, 'page-scan.js');
  await build({
    entryPoints: [join(root, 'bench/page-scan.ts')],
    bundle: true,
    format: 'iife',
    // Whitespace and syntax only: identifiers keep their names, so the trace can find the sample functions.
    minifyWhitespace: true,
    minifySyntax: true,
    target: 'chrome120',
    outfile: file,
    logLevel: 'error',
  });
  return file;
}

/** Writes the generated pages as a site folder for tests/support/server.ts; links the corpora when present. */
function writeSites(): { sitesDir: string; generated: { label: string; path: string; controls: number }[]; corpus: string[] } {
  const sitesDir = join(outDir, 'sites');
  rmSync(sitesDir, { recursive: true, force: true });
  const gen = join(sitesDir, GEN_HOST);
  mkdirSync(gen, { recursive: true });
  const generated = [100, 1000, 10_000].map((n) => ({ label: `generated ${n.toLocaleString('en')}`, path: `/controls-${n}.html`, controls: n }));
  for (const g of generated) writeFileSync(join(gen, g.path), formPage(g.controls));
  writeFileSync(join(gen, 'churn.html'), churnPage(10_000, 5_000));
  writeFileSync(join(gen, 'typing.html'), typingPage());
  const corpora = corporaDir(root);
  const heaviest = heaviestCorpusPages(corpora, 2);
  if (heaviest.length) symlinkSync(corpora, join(sitesDir, CORPUS_HOST), 'dir');
  return { sitesDir, generated, corpus: heaviest.map((p) => p.relPath) };
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** A new page in each browser, its only tab and visible (the extension's onboarding tab was closed at launch). */
async function onlyVisiblePages(plain: Launched, ext: Launched): Promise<[Page, Page]> {
  const plainPage = await plain.context.newPage();
  const extPage = await ext.context.newPage();
  for (const c of [plain.context, ext.context]) for (const p of c.pages()) if (p !== plainPage && p !== extPage) await p.close();
  await ensureVisible(plainPage);
  await ensureVisible(extPage);
  return [plainPage, extPage];
}

/**
 * Part 4 in a pair of browsers of its own, launched like the others but drawing frames as soon as there is
 * something to draw (typing.ts: why).
 */
async function typingInFreeFrames(builds: string, proxy: string, typingUrl: string): Promise<TypingResult> {
  const plain = await launch(null, proxy, { freeFrames: true });
  const ext = await launch(join(builds, 'chrome-mv3'), proxy, { freeFrames: true });
  try {
    const [plainPage, extPage] = await onlyVisiblePages(plain, ext);
    return await measureTyping({ context: plain.context, page: plainPage }, { context: ext.context, page: extPage, extensionId: ext.extensionId! }, typingUrl, WARNING_HOST, 200);
  } finally {
    await Promise.all([plain.close(), ext.close()]);
  }
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const builds = ensureBuilt();
  const pageScan = await bundlePageScan();
  const sites = writeSites();
  const server = await startSiteServer([sites.sitesDir]);
  const url = (host: string, path: string) => server.url(`http://${host}${path}`);
  const pages = [
    ...sites.generated.map((g) => ({ label: g.label, url: url(GEN_HOST, g.path) })),
    ...sites.corpus.map((rel) => ({ label: `real: ${rel.split('/').slice(-2).join('/')}`, url: url(CORPUS_HOST, `/${rel.split('/').map(encodeURIComponent).join('/')}`) })),
  ];
  log(sites.corpus.length ? `real pages: ${sites.corpus.join(', ')}` : '../shared/eval/corpora not found: generated pages only');

  const plain = await launch(null, server.proxy);
  const ext = await launch(join(builds, 'chrome-mv3'), server.proxy);
  const extensionId = ext.extensionId!;
  try {
    const [plainPage, extPage] = await onlyVisiblePages(plain, ext);
    // The user agent string is reduced (156.0.0.0); the DevTools protocol has the full version.
    const versionSession = await plain.context.newCDPSession(plainPage);
    const chromium = ((await versionSession.send('Browser.getVersion')).product ?? 'unknown').replace(/^.*?\//, '');
    await versionSession.detach();

    const scan: ScanCost[] = [];
    if (only.has('scan')) log('1/5 scan cost');
    for (const p of only.has('scan') ? pages : []) {
      const big = p.label.includes('10,000');
      const reps = quick ? 3 : big ? 9 : 21;
      scan.push(await measureScanCost(plain.context, plainPage, p.label, p.url, pageScan, reps, big ? 1 : 3, quick ? 1 : big ? 3 : 5));
      const last = scan.at(-1)!;
      log(
        `   ${p.label}: scan CPU ${last.scanCpuMs.toFixed(2)} ms (wall ${last.scanMs.toFixed(2)}), first scan CPU ${last.coldScanCpuMs.toFixed(2)}, ` +
          `baseline CPU ${last.baselineCpuMs.toFixed(2)} ms (wall ${last.baselineMs.toFixed(2)}), ` +
          `sliced: longest task CPU ${last.sliced.longestTaskCpuMs.toFixed(2)} ms of ${last.sliced.tasks}`,
      );
    }
    const s1k = scan.find((s) => s.page === 'generated 1,000');
    const s10k = scan.find((s) => s.page === 'generated 10,000');
    const growth1kTo10k = s1k && s10k ? ratio(s10k.scanCpuMs, s1k.scanCpuMs) : null;
    const growth1kTo10kWall = s1k && s10k ? ratio(s10k.scanMs, s1k.scanMs) : null;
    const baselineGrowth1kTo10k = s1k && s10k ? ratio(s10k.baselineCpuMs, s1k.baselineCpuMs) : null;

    if (only.has('load')) log(`2/5 page load (${LOADS} loads per page and context)`);
    const load = only.has('load')
      ? await measurePageLoads(plainPage, extPage, pages, LOADS, (m) => {
          if (/ (1|5|10|15|20)\//.test(m)) log(`   ${m}`);
        })
      : [];
    let loadCpu: LoadCpu[] = [];
    if (only.has('load')) {
      log(`   main-thread CPU of a load, traced (${TRACED_LOADS} loads per page and context)`);
      loadCpu = await measureLoadCpu({ context: plain.context, page: plainPage }, { context: ext.context, page: extPage, extensionId }, pages, TRACED_LOADS);
    }

    if (only.has('churn')) log('3/5 churn');
    const churn = only.has('churn') ? await measureChurn(ext.context, extPage, url(GEN_HOST, '/churn.html'), extensionId) : null;

    if (only.has('typing')) log('4/5 typing');
    const typing = only.has('typing') ? await typingInFreeFrames(builds, server.proxy, url(GEN_HOST, '/typing.html')) : null;

    if (only.has('size')) log('5/5 size');
    const size = only.has('size') ? bundleSizes(builds, BUILDS) : [];

    const parts = { scan, growth1kTo10k, growth1kTo10kWall, baselineGrowth1kTo10k, load, loadCpu, churn, typing, size };
    const results: Results = {
      meta: {
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        commit: git(['rev-parse', '--short', 'HEAD']) + (git(['status', '--porcelain', '--', 'src']) ? ' + uncommitted src changes' : ''),
        chromium,
        node: process.versions.node,
        cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
        cores: cpus().length,
        durationS: (Date.now() - started) / 1000,
        loadAverage: { start: loadAtStart, end: loadavg()[0]! },
        corpusPages: sites.corpus,
      },
      ...parts,
      targets: checkTargets(parts),
    };
    const text = renderTables(results);
    if (!partial) {
      writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
      writeFileSync(join(root, 'bench/README-section.md'), readmeSection(results, text));
    }
    process.stdout.write(`${text}\n`);
    log(partial ? 'partial run: results.json and README-section.md left as they were' : 'wrote bench/results.json and bench/README-section.md');
  } finally {
    await Promise.all([plain.close(), ext.close()]);
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
