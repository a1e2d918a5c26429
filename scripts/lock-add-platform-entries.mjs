#!/usr/bin/env node
// Why this exists: the npm registry reachable from our build machines does not serve every platform
// binary of some packages (rollup's @rollup/rollup-<platform> builds for other operating systems).
// `npm install` then leaves those optional dependencies out of package-lock.json, and `npm ci`
// refuses a lock that does not list them. They are never installed on Linux x64 anyway, so this
// script adds lock entries that carry only their version and platform fields; `npm ci` sees the lock
// in sync and skips them as platform-incompatible. Run it after any `npm install` that changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** os/cpu/libc of a platform package, read from the suffix of its name (e.g. linux-arm64-musl). */
function platformOf(name) {
  const suffix = name.split('/').pop().replace(/^(rollup|binding)-/, '');
  const [os, cpu, abi = ''] = suffix.split('-');
  if (!os || !cpu) return null;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux') entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`;
    const target = `${base}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[target] || packages[hoisted]) continue;
    const platform = platformOf(dep);
    if (!platform || dep === 'fsevents') continue;
    packages[hoisted] = { version, dev: pkg.dev, optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock: added ${added} platform entries`);
