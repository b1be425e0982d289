/**
 * Worker threads that run tasks (tasks.ts), one at a time each, started as work arrives and
 * up to `size`. A worker that dies (an uncaught error, out of memory) fails its task with
 * that error and is replaced for the rest. Results come back in the order tasks finish:
 * orderedMap puts them back in input order.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './tasks.ts';

/** The number of workers `--jobs` defaults to: one per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The worker's module: beside this one in the built package (lib/, flat). From the
 * TypeScript sources (tests), there is none, and extraction runs in this thread.
 */
const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Pending {
  task: Task;
  resolve: (result: never) => void;
  reject: (error: Error) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly workers = new Set<Worker>();
  private readonly running = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(
    readonly size: number,
    private readonly url: URL = WORKER_URL,
  ) {
    if (!existsSync(fileURLToPath(url))) {
      throw new Error(`worker threads need the built package (${fileURLToPath(url)} is missing): run \`npm run build:package\`, or use one job`);
    }
  }

  run<T extends Task>(task: T): Promise<TaskResult<T>> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (result: never) => void, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.workers];
    this.workers.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      let worker = this.idle.pop();
      if (!worker) {
        if (this.workers.size >= this.size) return;
        worker = this.start();
      }
      const pending = this.queue.shift()!;
      this.running.set(worker, pending);
      worker.postMessage(pending.task);
    }
  }

  private start(): Worker {
    const worker = new Worker(this.url);
    this.workers.add(worker);
    worker.on('message', (message: { result?: unknown; failure?: { message: string; stack?: string } }) => {
      const pending = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      if (message.failure) {
        const error = new Error(message.failure.message);
        if (message.failure.stack) error.stack = message.failure.stack;
        pending?.reject(error);
      } else pending?.resolve(message.result as never);
      this.dispatch();
    });
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`a worker thread stopped (exit code ${code})`)));
    return worker;
  }

  private lost(worker: Worker, error: Error): void {
    if (!this.workers.delete(worker)) return;
    const idle = this.idle.indexOf(worker);
    if (idle >= 0) this.idle.splice(idle, 1);
    const pending = this.running.get(worker);
    this.running.delete(worker);
    pending?.reject(error);
    this.dispatch();
  }
}

/** Runs tasks in worker threads, or in this thread for one job. */
export interface TaskRunner {
  run<T extends Task>(task: T): Promise<TaskResult<T>>;
  close(): Promise<void>;
}

export function taskRunner(jobs: number): TaskRunner {
  // The extractor is loaded where it runs: in this thread only for one job.
  if (jobs <= 1) return { run: async (task) => (await import('./tasks.ts')).runTask(task), close: async () => undefined };
  const pool = new WorkerPool(jobs);
  return { run: (task) => pool.run(task), close: () => pool.close() };
}
