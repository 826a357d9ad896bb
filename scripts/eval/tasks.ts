/**
 * Per-page evaluation work, run inside worker threads (see scripts/lib/worker-pool.ts). Each task gets
 * a page file and URL and returns plain data; scoring happens in the main thread.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '@/lib/article/detect';
import { FEATURE_NAMES, pageFeatures } from '@/lib/article/detect-features';
import { extractHtml, withDocument } from '../lib/extract-page';
import { registerTask, type WorkerJob } from '../lib/extract-worker';
import { loadPage } from '../lib/load-page';
import { bareReadability } from './common';

export interface BothOutput {
  brief: string;
  bare: string;
  briefMs: number;
  bareMs: number;
  error?: string;
}

/** Brief through the command line's code path, and bare Readability, on the same page. */
registerTask('both', (job: WorkerJob): BothOutput => {
  try {
    const html = loadPage(job.file);
    const disabledSteps = (job.args as { disabledSteps?: string[] } | undefined)?.disabledSteps;
    const rec = extractHtml(job.file, html, job.url, { disabledSteps });
    const base = bareReadability(html, job.url);
    return { brief: rec.ok ? rec.text : '', bare: base.text, briefMs: rec.ok ? rec.ms : 0, bareMs: base.ms, error: rec.ok ? undefined : rec.error };
  } catch (err) {
    return { brief: '', bare: '', briefMs: 0, bareMs: 0, error: String(err) };
  }
});

export interface DetectOutput {
  isArticle: boolean;
  readerable: boolean;
  features: number[];
  detectMs: number;
  readerableMs: number;
}

registerTask('detect', (job: WorkerJob): DetectOutput =>
  withDocument(loadPage(job.file), job.url, (doc) => {
    const t0 = performance.now();
    const isArticle = detectArticle(doc, job.url).isArticle;
    const t1 = performance.now();
    const readerable = isProbablyReaderable(doc);
    const t2 = performance.now();
    const f = pageFeatures(doc, job.url);
    return { isArticle, readerable, features: FEATURE_NAMES.map((n) => f[n]), detectMs: t1 - t0, readerableMs: t2 - t1 };
  }),
);
