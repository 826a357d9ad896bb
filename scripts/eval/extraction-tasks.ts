/**
 * Worker task of the extraction section: Brief through the command line's code path (extractHtml) and bare
 * Readability on the same page, with Brief's debug record (per-step removals, attempts, core extraction time).
 */
import { registerTask, type WorkerJob } from '../lib/extract-worker';
import { extractHtml } from '../lib/extract-page';
import { loadPage } from '../lib/load-page';
import type { ExtractDebug } from '@/lib/article/extract';
import { bareReadability } from './common';

export interface ExtractionOutput {
  brief: string;
  bare: string;
  /** The titles each system shows above its text (snippets are looked for in title and text: the clip). */
  briefTitle: string;
  bareTitle: string;
  /** Whole pipeline as the command line runs it (detection, metadata, dates, summary, sanitize included). */
  briefMs: number;
  /** Brief's extraction core: clone, steps, Readability attempts, after-steps, sanitize. */
  coreMs: number;
  bareMs: number;
  attempts: number;
  removed: Record<string, number>;
  error?: string;
}

registerTask('extraction-both', (job: WorkerJob): ExtractionOutput => {
  try {
    const html = loadPage(job.file);
    const args = (job.args ?? {}) as { disabledSteps?: string[]; skipBare?: boolean };
    const debug: ExtractDebug = { steps: [], attempts: [], ms: {} };
    const rec = extractHtml(job.file, html, job.url, { disabledSteps: args.disabledSteps, debug });
    const base = args.skipBare ? { text: '', title: null, ms: 0 } : bareReadability(html, job.url);
    const removed: Record<string, number> = {};
    for (const s of debug.steps) removed[s.name] = (removed[s.name] ?? 0) + s.removed;
    return {
      brief: rec.ok ? rec.text : '',
      bare: base.text,
      briefTitle: rec.ok ? rec.title : '',
      bareTitle: base.title ?? '',
      briefMs: rec.ok ? rec.ms : 0,
      coreMs: debug.ms.core ?? 0,
      bareMs: base.ms,
      attempts: debug.attempts.length,
      removed,
      error: rec.ok ? undefined : rec.error,
    };
  } catch (err) {
    return { brief: '', bare: '', briefTitle: '', bareTitle: '', briefMs: 0, coreMs: 0, bareMs: 0, attempts: 0, removed: {}, error: String(err) };
  }
});
