import { parentPort } from 'node:worker_threads';
import { extractHtml, type CliRecord } from './extract-page';
import { loadPage } from './load-page';

export interface WorkerJob {
  seq: number;
  file: string;
  url: string;
  /** Run a named task instead of extraction (used by the evaluation). */
  task?: string;
  args?: unknown;
}

export interface WorkerReply {
  seq: number;
  result: unknown;
}

type Task = (job: WorkerJob) => unknown;
const tasks = new Map<string, Task>();

/** Register a named task that worker jobs can ask for (module side effects run in the worker). */
export function registerTask(name: string, task: Task): void {
  tasks.set(name, task);
}

function extract(job: WorkerJob): CliRecord {
  try {
    return extractHtml(job.file, loadPage(job.file), job.url);
  } catch (err) {
    return { file: job.file, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', async (job: WorkerJob & { modules?: string[] }) => {
    for (const m of job.modules ?? []) await import(m);
    const task = job.task ? tasks.get(job.task) : extract;
    if (!task) throw new Error(`Unknown worker task ${job.task}`);
    let result: unknown;
    try {
      result = task(job);
    } catch (err) {
      // One bad page must not end a run over thousands: the failure is the result.
      result = { error: err instanceof Error ? err.message : String(err) };
    }
    const reply: WorkerReply = { seq: job.seq, result };
    port.postMessage(reply);
  });
}
