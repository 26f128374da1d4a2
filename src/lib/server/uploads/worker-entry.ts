// The upload worker's script: one task per worker, then exit. Bundled into a string by
// worker-plugin.ts and started with `eval: true` by run.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type UploadTask } from './tasks';

const { task, bytes } = workerData as { task: UploadTask; bytes: Uint8Array };
parentPort?.postMessage(runTask(task, bytes));
