import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerReply } from './extract-worker';

export interface PoolOptions {
  threads?: number;
  /** Replace a worker after this many jobs: jsdom does not give all memory back, so this keeps it flat. */
  recycleAfter?: number;
  /** Modules the workers import first (they register tasks). */
  modules?: string[];
}

const WORKER = new URL('./worker-boot.mjs', import.meta.url);

/**
 * Run jobs in worker threads and yield results in input order, as soon as each is ready.
 * Memory stays flat over thousands of pages because workers are recycled.
 */
export async function* runPool<R>(jobs: Omit<WorkerJob, 'seq'>[], opts: PoolOptions = {}): AsyncGenerator<R> {
  const threads = Math.max(1, Math.min(opts.threads ?? 2, jobs.length));
  const recycleAfter = opts.recycleAfter ?? 60;
  const results = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  let wake: (() => void) | undefined;
  let failure: unknown;

  const startWorker = () => {
    const worker = new Worker(WORKER);
    let done = 0;
    let imported = false;
    const feed = () => {
      if (next >= jobs.length) {
        void worker.terminate();
        return;
      }
      if (done >= recycleAfter) {
        void worker.terminate();
        startWorker();
        return;
      }
      const seq = next++;
      worker.postMessage({ ...jobs[seq], seq, modules: imported ? [] : opts.modules ?? [] });
      imported = true;
    };
    worker.on('message', (reply: WorkerReply) => {
      results.set(reply.seq, reply.result as R);
      done++;
      wake?.();
      feed();
    });
    worker.on('error', (err) => {
      failure = err;
      wake?.();
    });
    feed();
  };

  for (let i = 0; i < threads; i++) startWorker();
  while (emitted < jobs.length) {
    if (failure) throw failure;
    if (results.has(emitted)) {
      const r = results.get(emitted) as R;
      results.delete(emitted);
      emitted++;
      yield r;
      continue;
    }
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
