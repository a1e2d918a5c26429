// A worker thread of the batch pool: scans the jobs it is sent, one at a time, and answers with the result.
import { parentPort } from 'node:worker_threads';
import { runScanJob, type ScanJob, type ScanResult } from './scan-job';

export interface WorkerRequest {
  id: number;
  job: ScanJob;
}

/** What a worker sends: once `ready` (the scanner loaded), then one answer per job. */
export type WorkerMessage = { ready: true } | { id: number; result: ScanResult };

const port = parentPort;
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    void runScanJob(msg.job).then((result) => port.postMessage({ id: msg.id, result } satisfies WorkerMessage));
  });
  // The scanner (jsdom, the engine) loaded: from now on a death is the page's doing, not a broken install.
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
