// Runs the two browser suites at the same time: Playwright (Chromium, tests/e2e) and the Firefox tests
// (tests/firefox). Why together: the Playwright suite is one worker, one browser per test, and spends most of its
// ~390 s waiting (about half a core), while the Firefox suite needs about one core for ~140 s; on a 2-core CI machine
// running them side by side takes the Firefox time off the wall clock.
//
// Nothing collides: each suite starts its own site server on a free port (tests/support/server.ts listens on port
// 0), each browser gets its own temporary profile and talks to its driver over a pipe or a free port, both run
// headless (no display), Playwright's test-results/ is not written by the Firefox tests, and both only read the
// builds in .output/ (`npm test` builds before this; the Playwright global setup would rebuild only a stale Chrome
// build, never the Firefox one).
//
// Output: Playwright's is shown as it comes (the long suite, so CI shows progress); the Firefox suite's is kept
// and printed as one block once Playwright is done, so the two never mix line by line. The exit code is non-zero
// when either suite fails (or dies), and the end says which.
// Usage: node scripts/test-browsers.mjs   (each suite alone: npm run test:e2e, npm run test:firefox)
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const children = new Set();

/** Starts `npm run <script>`; resolves to its outcome. `keep`: collect stdout+stderr instead of passing it through. */
function run(script, keep) {
  const started = Date.now();
  const env = { ...process.env };
  // The kept suite writes into a pipe, not the terminal: let it colour as the terminal would.
  if (keep && process.stdout.isTTY && env.FORCE_COLOR === undefined) env.FORCE_COLOR = '1';
  const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', keep ? 'pipe' : 'inherit', keep ? 'pipe' : 'inherit'], env });
  children.add(child);
  const chunks = [];
  if (keep) {
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
  }
  return new Promise((resolve) => {
    const done = (code, signal, error) => {
      children.delete(child);
      resolve({ script, code, signal, error, seconds: (Date.now() - started) / 1000, output: Buffer.concat(chunks) });
    };
    child.once('error', (error) => done(null, null, error));
    child.once('close', (code, signal) => done(code, signal, null));
  });
}

function passed(result) {
  return result.code === 0;
}

function describe(result) {
  const time = `${result.seconds.toFixed(1)} s`;
  if (passed(result)) return `${result.script}: passed (${time})`;
  if (result.error) return `${result.script}: FAILED to start: ${result.error.message}`;
  if (result.signal) return `${result.script}: FAILED, killed by ${result.signal} (${time})`;
  return `${result.script}: FAILED, exit code ${result.code} (${time})`;
}

// Ctrl-C or a CI cancel: pass it on, so no browser is left behind, then exit with the suites.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
  });
}

const firefox = run('test:firefox', true);
const e2e = await run('test:e2e', false);
const ff = await firefox;

const rule = '─'.repeat(100);
console.log(`\n${rule}\nFirefox tests (run alongside the Playwright tests; their output, kept until now):\n${rule}`);
process.stdout.write(ff.output);
if (ff.output.length > 0 && ff.output[ff.output.length - 1] !== 0x0a) process.stdout.write('\n');
console.log(`${rule}\n${describe(e2e)}\n${describe(ff)}`);
process.exitCode = passed(e2e) && passed(ff) ? 0 : 1;
