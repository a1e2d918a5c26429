// 5. Size: every JavaScript and CSS file of each built extension, raw and gzip -9, each with its role:
//   'every page'  — named in the manifest's content_scripts: injected into every page (the 20 KB target);
//   'past the gate' — the scanner (scanner.js), which the background injects into every frame its gate lets
//                   through (not official or trusted sites), after the frame has loaded;
//   'on demand'   — another top-level script that is neither the background nor a page's chunk (WXT's unlisted
//                   scripts, such as the warning UI the background injects into pages it warns on);
//   'background', 'extension page' — never in a web page.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SCANNER_FILE } from '../src/entrypoints/scanner/api';

export interface BundleFile {
  build: string;
  file: string;
  raw: number;
  gzip: number;
  contentScript: boolean;
  role: 'every page' | 'past the gate' | 'on demand' | 'background' | 'extension page';
}

/**
 * `gzip -9c FILE | wc -c`, the content-script budget's own measure (scripts/check-content-size.mjs), so the
 * bench and `npm test` judge the 20 KB by the same bytes. Node's zlib at level 9 comes out about 2 % larger on
 * our bundles (its deflate differs from GNU gzip's); it is used only where no gzip binary exists.
 */
function gzipSize(file: string, body: Buffer): number {
  const gzip = spawnSync('gzip', ['-9c', file], { maxBuffer: 64 * 1024 * 1024 });
  return gzip.status === 0 ? gzip.stdout.length : gzipSync(body, { level: 9 }).length;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(js|css)$/.test(entry.name)) yield full;
  }
}

/** Files the manifest injects into pages (content_scripts[].js / css). */
interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
}

/** The scanner's path in a build, as the background injects it (without the leading slash). */
const SCANNER = SCANNER_FILE.replace(/^\//, '');

function roleOf(file: string, m: Manifest): BundleFile['role'] {
  const injected = (m.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]).map((f) => f.replace(/^\//, ''));
  if (injected.includes(file)) return 'every page';
  const background = [m.background?.service_worker, ...(m.background?.scripts ?? [])].filter(Boolean);
  if (background.includes(file)) return 'background';
  if (file === SCANNER) return 'past the gate';
  if (!file.includes('/') && file.endsWith('.js')) return 'on demand';
  return 'extension page';
}

export function bundleSizes(outputDir: string, builds: readonly string[]): BundleFile[] {
  const out: BundleFile[] = [];
  for (const build of builds) {
    const dir = join(outputDir, build);
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`size: ${dir} has no manifest.json (the build did not run)`);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    for (const full of files(dir)) {
      const file = relative(dir, full).split('\\').join('/');
      const body = readFileSync(full);
      const role = roleOf(file, manifest);
      out.push({ build, file, raw: statSync(full).size, gzip: gzipSize(full, body), contentScript: role === 'every page', role });
    }
  }
  const order: BundleFile['role'][] = ['every page', 'past the gate', 'on demand', 'background', 'extension page'];
  return out.sort((a, b) => a.build.localeCompare(b.build) || order.indexOf(a.role) - order.indexOf(b.role) || a.file.localeCompare(b.file));
}
