// Where the scan's time goes: runs the bench page script (unminified, so functions keep their names) on a
// generated page in headless Chromium under the V8 sampling profiler and prints self time per function.
//
//   node --import tsx bench/profile-scan.ts [controls=1000] [repetitions=20]
//   (NO_PROFILE=1: the timings only; PROFILE_DIR=folder: its own working folder)
//
// A diagnosis tool for the sensor and classifier owners; `npm run bench` does not run it.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startSiteServer } from '../tests/support/server';
import { launch } from './browser';
import { formPage } from './pages';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const controls = Number(process.argv[2] ?? 1000);
const reps = Number(process.argv[3] ?? 20);
// PROFILE_DIR lets two people profile at once without overwriting each other's page and bundle.
const dir = resolve(process.env.PROFILE_DIR ?? join(root, 'bench/out/profile'));
mkdirSync(join(dir, 'sites/profile.fanzha-bench.com'), { recursive: true });
writeFileSync(join(dir, 'sites/profile.fanzha-bench.com/index.html'), formPage(controls));
const script = join(dir, 'page-scan.js');
await build({ entryPoints: [join(root, 'bench/page-scan.ts')], bundle: true, format: 'iife', outfile: script, target: 'chrome120', logLevel: 'error' });

const server = await startSiteServer([join(dir, 'sites')]);
const b = await launch(null, server.proxy);
try {
  const page = await b.context.newPage();
  await page.goto(server.url('http://profile.fanzha-bench.com/'), { waitUntil: 'load' });
  await page.evaluate(`${readFileSync(script, 'utf8')}\n//# sourceURL=fanzha-bench-page-scan.js`);
  // Timings without the profiler first (wall clock, in-page): the cold first scan, then warm medians.
  type Bench = {
    measure(r: number, w: number): { scan: number[]; baseline: number[] };
    phases(r: number): Record<string, number[]>;
  };
  const bench = (fn: string, ...args: number[]) =>
    page.evaluate(([f, a]) => {
      const api = (globalThis as unknown as { __fanzhaBench: Record<string, (...x: number[]) => unknown> }).__fanzhaBench;
      return api[f as string]!(...(a as number[]));
    }, [fn, args] as const);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const cold = (await bench('measure', 1, 0)) as Awaited<ReturnType<Bench['measure']>>;
  const warm = (await bench('measure', reps, 3)) as Awaited<ReturnType<Bench['measure']>>;
  const ph = (await bench('phases', reps)) as Awaited<ReturnType<Bench['phases']>>;
  console.log(
    `no profiler: cold first scan ${cold.scan[0]!.toFixed(2)} ms; warm scan ${med(warm.scan).toFixed(2)} ms, baseline ${med(warm.baseline).toFixed(2)} ms, ratio ${(med(warm.scan) / med(warm.baseline)).toFixed(2)}×`,
  );
  console.log(`phases (median ms): ${Object.entries(ph).map(([k, v]) => `${k} ${med(v).toFixed(2)}`).join(', ')}`);
  const profile = async (): Promise<void> => {
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const r = await page.evaluate(
      (n) => (globalThis as unknown as { __fanzhaBench: { measure(r: number, w: number): { scan: number[] } } }).__fanzhaBench.measure(n, 0),
      reps,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byFn = new Map<string, number>();
    const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ' [native]'}`.slice(0, 90);
    for (const n of profile.nodes) byFn.set(key(n), (byFn.get(key(n)) ?? 0) + (self.get(n.id) ?? 0));
    // Inclusive time: a node's self time plus its descendants', counted once per function per stack.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inclusive = new Map<string, number>();
    for (const [id, us] of self) {
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const k = key(byId.get(cur)!);
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + us);
      }
    }
    const scanTotal = r.scan.reduce((s, x) => s + x, 0);
    console.log(`${controls} controls, ${reps} scans: median ${[...r.scan].sort((a, b) => a - b)[r.scan.length >> 1]!.toFixed(2)} ms, ${((scanTotal / reps / controls) * 1000).toFixed(1)} µs per control`);
    console.log('self time per function over all scans and baseline walks (ms, per scan):');
    for (const [fn, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      console.log(`${(us / 1000).toFixed(1).padStart(9)} ${(us / 1000 / reps).toFixed(2).padStart(8)}  ${fn}`);
    }
    console.log('inclusive time per function (ms, per scan):');
    for (const [fn, us] of [...inclusive].filter(([k]) => !k.includes('[native]') || k.startsWith('(garbage')).sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      console.log(`${(us / 1000 / reps).toFixed(2).padStart(8)}  ${fn}`);
    }
  };
  if (!process.env.NO_PROFILE) await profile();
} finally {
  await b.close();
  await server.close();
}
