// A worker thread of the batch pool: scans the jobs it is sent, one at a time, and answers with the result.
import { parentPort } from 'node:worker_threads';
import { runScanJob, type ScanJob } from './scan-job';

export interface WorkerRequest {
  id: number;
  job: ScanJob;
}

const port = parentPort;
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    void runScanJob(msg.job).then((result) => port.postMessage({ id: msg.id, result }));
  });
}
