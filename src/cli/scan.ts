// The scan command: saved HTML pages → JSON verdicts, one per line on stdout; errors one per line on stderr.
//
//   npm run --silent scan -- --url URL [--trusted DOMAIN]... FILE.html
//   npm run --silent scan -- --batch FILE.jsonl
//
// Exit 0 when every page was scanned, 1 when any page or line failed (the rest still go on), 2 on wrong usage.
// It never touches the network and never runs a page's scripts (see load-page.ts).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { USAGE, parseScanArgs } from './args';
import { parseBatch } from './batch';
import { ScanPool } from './pool';
import type { ScanJob, ScanResult } from './scan-job';

const MAX_THREADS = 4;
const MIN_JOBS_FOR_THREADS = 8;

/**
 * Whoever reads our output stopped reading (`scan … | head -1`): what is left would go nowhere, so the batch
 * stops quietly, as a Unix filter does on a closed pipe. Any other write error still ends the command.
 */
let readerGone = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  readerGone = true;
});

/** Prints one result line (stdout) and, for a failure, its one-line message (stderr). True when it was a verdict. */
function report(file: string | null, result: ScanResult, line?: number): boolean {
  if (result.ok) {
    process.stdout.write(`${JSON.stringify({ file, ...result.verdict })}\n`);
    return true;
  }
  const where = line === undefined ? '' : `line ${line}: `;
  process.stderr.write(`scan: ${where}${result.error}\n`);
  process.stdout.write(`${JSON.stringify({ file, ...(line === undefined ? {} : { line }), error: result.error })}\n`);
  return false;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseScanArgs(argv);
  if (args.mode === 'usage-error') {
    process.stderr.write(`scan: ${args.message}\n${USAGE}\n`);
    return 2;
  }
  // jsdom and the engine load only where pages are scanned: here for one page or a small batch, else in
  // the pool's threads (loading them here too would cost seconds for nothing).
  const inProcess = async (job: ScanJob) => (await import('./scan-job')).runScanJob(job);
  if (args.mode === 'single') {
    const result = await inProcess(args);
    return report(args.file, result) ? 0 : 1;
  }

  let content: string;
  try {
    content = readFileSync(args.file, 'utf8');
  } catch (err) {
    process.stderr.write(`scan: cannot read batch file ${args.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 1;
  }
  const entries = parseBatch(content, args.file);
  const jobs = entries.filter((e) => 'job' in e).length;
  // Threads pay off from a handful of pages on; below that their start-up costs more than it saves.
  const threads = Math.min(availableParallelism(), MAX_THREADS, jobs);
  const pool = threads >= 2 && jobs >= MIN_JOBS_FOR_THREADS ? new ScanPool(threads) : null;
  const scan = (job: ScanJob) => (pool ? pool.run(job) : inProcess(job));
  try {
    // Start every job now (the pool queues them), then print in input order as results arrive.
    const results = entries.map((e) => ('job' in e ? scan(e.job) : null));
    let failed = false;
    for (const [i, entry] of entries.entries()) {
      if (readerGone) break;
      const ok =
        'job' in entry
          ? report(entry.job.file, await results[i]!, entry.line)
          : report(entry.file, { ok: false, error: entry.error }, entry.line);
      failed ||= !ok;
    }
    return failed ? 1 : 0;
  } finally {
    await pool?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`scan: internal error: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
