/** A worker thread of the pool (worker-pool.ts): runs one task at a time, as the main thread would. */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './tasks.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs in a worker thread of WorkerPool');
port.on('message', (task: Task) => {
  runTask(task).then(
    (result) => port.postMessage({ result }),
    (error: unknown) => port.postMessage({ failure: { message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack } }),
  );
});
