/**
 * Per-page evaluation work, run inside worker threads (see scripts/lib/worker-pool.ts). Each task gets
 * a page file and URL and returns plain data; scoring happens in the main thread.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { findDates } from '@/lib/article/dates';
import { detectArticle } from '@/lib/article/detect';
import { extractArticle } from '@/lib/article/extract';
import { readMetadata } from '@/lib/article/metadata';
import { createSanitizer } from '@/lib/article/sanitize';
import { featureValues } from '@/lib/article/detect-features';
import { withDocument } from '../lib/extract-page';
import { registerTask, type WorkerJob } from '../lib/extract-worker';
import { loadPage } from '../lib/load-page';
import { bareReadability } from './common';

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
    return { isArticle, readerable, features: featureValues(doc, job.url), detectMs: t1 - t0, readerableMs: t2 - t1 };
  }),
);

export interface MetaOutput {
  brief: { title: string; byline: string | null; published: string | null; publishedSource: string | null; modified: string | null; leadImage: string | null };
  bare: { title: string | null; byline: string | null; publishedTime: string | null };
  ms: number;
  /** A system that threw on this page answers nothing (scored as not found); the message is kept for the report. */
  errors: string[];
}

const NOTHING_BRIEF: MetaOutput['brief'] = { title: '', byline: null, published: null, publishedSource: null, modified: null, leadImage: null };
const message = (who: string, err: unknown) => `${who}: ${err instanceof Error ? err.message : String(err)}`;

/** Brief's metadata and dates (the functions behind the command line's fields) beside Readability's. */
registerTask('meta', (job: WorkerJob): MetaOutput => {
  const html = loadPage(job.file);
  const errors: string[] = [];
  const attempt = <T,>(who: string, run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (err) {
      errors.push(message(who, err));
      return fallback;
    }
  };
  const brief = attempt('Brief', () => withDocument(html, job.url, (doc, win) => {
    const t0 = performance.now();
    const meta = readMetadata(doc, job.url);
    const dates = findDates(doc, { url: job.url, lang: meta.lang, siteName: meta.siteName, now: new Date() });
    const ms = performance.now() - t0;
    // Byline and lead image as the product shows them: the extraction adds fallbacks (Readability's byline
    // line, cleaned; the story's first picture) to the page-level metadata.
    const full = extractArticle(doc, { url: job.url, sanitize: createSanitizer(win) });
    return {
      ms,
      out: {
        title: meta.title,
        byline: full.ok ? full.article.byline : meta.byline,
        published: dates.published?.iso ?? null,
        publishedSource: dates.published?.source ?? null,
        modified: dates.modified?.iso ?? null,
        leadImage: full.ok ? full.article.leadImage : meta.leadImage,
      },
    };
  }), { ms: 0, out: NOTHING_BRIEF });
  const bare = attempt<MetaOutput['bare']>('Readability', () => {
    const r = bareReadability(html, job.url);
    return { title: r.title, byline: r.byline, publishedTime: r.publishedTime };
  }, { title: null, byline: null, publishedTime: null });
  return { brief: brief.out, bare, ms: brief.ms, errors };
});
