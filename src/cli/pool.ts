// Spreads scan jobs over worker threads (jsdom parsing is CPU-bound and single-threaded), one job per
// worker at a time. Results come back through promises, so the caller prints them in input order.
// A worker that dies fails only the job it held, and is replaced. Only threads that die before their scanner
// has loaded count towards giving up: a page that kills its thread (out of memory) is that page's error.
import { Worker } from 'node:worker_threads';
import type { ScanJob, ScanResult } from './scan-job';
import type { WorkerMessage, WorkerRequest } from './scan-worker';

// The CLI runs from TypeScript sources under tsx, and `--import tsx` does not reach worker threads on
// Node 20: each worker registers tsx's loader itself, then imports the worker module.
const workerBoot = (moduleUrl: string) => `
import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); })
  .catch((err) => { throw err; });
`;
const SCAN_WORKER = new URL('./scan-worker.ts', import.meta.url).href;

const MAX_DEATHS_IN_A_ROW = 3;

interface Pending {
  id: number;
  job: ScanJob;
  resolve: (r: ScanResult) => void;
}

export class ScanPool {
  private readonly queue: Pending[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private nextId = 0;
  private closed = false;
  /** Threads that died before their scanner loaded, since the last answer: a thread that cannot even start must not be respawned forever. */
  private deathsInARow = 0;
  private broken: string | null = null;
  private readonly boot: string;

  /** @param workerModule the module each thread runs (scan-worker.ts; tests pass others). */
  constructor(size: number, workerModule: string = SCAN_WORKER) {
    this.boot = workerBoot(workerModule);
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  run(job: ScanJob): Promise<ScanResult> {
    if (this.broken) return Promise.resolve({ ok: false, error: `cannot scan ${job.file}: ${this.broken}` });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(this.boot, { eval: true });
    let ready = false;
    worker.on('message', (msg: WorkerMessage) => {
      if ('ready' in msg) {
        ready = true;
        return;
      }
      const pending = this.busy.get(worker);
      if (!pending || pending.id !== msg.id) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      this.deathsInARow = 0;
      pending.resolve(msg.result);
      this.pump();
    });
    let dead = false;
    const died = (why: string) => {
      if (dead) return;
      dead = true;
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (this.closed) return;
      pending?.resolve({ ok: false, error: `cannot scan ${pending.job.file}: scanner thread died (${why})` });
      if (!ready && ++this.deathsInARow >= MAX_DEATHS_IN_A_ROW) {
        // Every thread dies before its scanner loads (a broken install): fail what is left instead of looping.
        this.broken = `scanner threads keep dying (${why})`;
        for (const p of this.queue.splice(0)) p.resolve({ ok: false, error: `cannot scan ${p.job.file}: ${this.broken}` });
        return;
      }
      this.idle.push(this.spawn());
      this.pump();
    };
    worker.on('error', (err) => died(err.message.split('\n')[0] ?? 'error'));
    worker.on('exit', (code) => {
      if (!this.closed) died(`exit ${code}`);
    });
    return worker;
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      const request: WorkerRequest = { id: pending.id, job: pending.job };
      worker.postMessage(request);
    }
  }
}
