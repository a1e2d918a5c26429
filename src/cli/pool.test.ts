import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ScanPool } from './pool';

const dir = mkdtempSync(join(tmpdir(), 'pool-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const workerModule = (name: string, source: string) => {
  const file = join(dir, name);
  writeFileSync(file, source);
  return pathToFileURL(file).href;
};
const job = (file: string) => ({ file, url: 'https://a.example/', trusted: [] });

describe('ScanPool', { timeout: 60_000 }, () => {
  it('answers every job, whichever thread finishes first', async () => {
    // Answers after a delay that makes later jobs finish first.
    const echo = workerModule(
      'echo.mjs',
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', ({ id, job }) => setTimeout(
         () => parentPort.postMessage({ id, result: { ok: false, error: 'seen ' + job.file } }), 50 - Number(job.file) * 10));`,
    );
    const pool = new ScanPool(2, echo);
    try {
      const results = await Promise.all(['0', '1', '2', '3', '4'].map((f) => pool.run(job(f))));
      expect(results.map((r) => (r.ok ? '' : r.error))).toEqual(['seen 0', 'seen 1', 'seen 2', 'seen 3', 'seen 4']);
    } finally {
      await pool.close();
    }
  });

  it('fails only the jobs whose pages kill a thread, however many come in a row', async () => {
    // Loads, says so, then dies on every job named "die" (as a thread does when a page takes all its memory).
    const fragile = workerModule(
      'fragile.mjs',
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', ({ id, job }) => {
         if (job.file === 'die') process.exit(3);
         parentPort.postMessage({ id, result: { ok: false, error: 'seen ' + job.file } });
       });
       parentPort.postMessage({ ready: true });`,
    );
    // Five deaths in a row with no answer between them: a broken install would look the same, but for "ready".
    const pool = new ScanPool(2, fragile);
    try {
      const files = ['die', 'die', 'die', 'die', 'die', 'a', 'b', 'c'];
      const results = await Promise.all(files.map((f) => pool.run(job(f))));
      expect(results.map((r) => (r.ok ? '' : r.error))).toEqual([
        ...Array.from({ length: 5 }, () => 'cannot scan die: scanner thread died (exit 3)'),
        'seen a',
        'seen b',
        'seen c',
      ]);
    } finally {
      await pool.close();
    }
  });

  it('fails the jobs instead of looping when its threads cannot start', async () => {
    const broken = workerModule('broken.mjs', `throw new Error('cannot load the scanner');`);
    const pool = new ScanPool(2, broken);
    try {
      const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((f) => pool.run(job(f))));
      for (const r of results) expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/cannot scan \w: scanner thread/) });
      expect(await pool.run(job('late'))).toMatchObject({ ok: false, error: expect.stringMatching(/keep dying/) });
    } finally {
      await pool.close();
    }
  });
});
