// Bench bundle: Brief's whole extraction pipeline and bare Readability, callable from the page.
import { Readability } from '@mozilla/readability';
import { findDates } from '@/lib/article/dates';
import { declobberedCopy } from '@/lib/article/declobber';
import { detectArticle } from '@/lib/article/detect';
import { extractArticle, type ExtractDebug } from '@/lib/article/extract';
import { readMetadata } from '@/lib/article/metadata';
import { createSanitizer, type Sanitizer } from '@/lib/article/sanitize';

let sanitize: Sanitizer | undefined;
(globalThis as Record<string, unknown>).__bench = {
  brief(): number {
    const t0 = performance.now();
    sanitize ??= createSanitizer(window);
    const out = extractArticle(document, { sanitize, url: location.href });
    const ms = performance.now() - t0;
    if (!out.ok && out.reason === 'too-large') return -1;
    return ms;
  },
  /**
   * The same run with the debug record: milliseconds per stage, to say where the time goes. Each stage's figure is
   * its median over five runs: a stage of a millisecond or two is otherwise mostly the garbage collector's pauses
   * (the whole run allocates a copy of the page), which fall on whichever stage happens to be running.
   */
  stages(): ExtractDebug['ms'] {
    const clean = (sanitize ??= createSanitizer(window));
    const runs = Array.from({ length: 5 }, () => {
      const debug: ExtractDebug = { steps: [], attempts: [], ms: {} };
      extractArticle(document, { sanitize: clean, url: location.href, debug });
      return debug.ms as Record<string, number>;
    });
    const median: Record<string, number> = {};
    for (const key of Object.keys(runs[0])) median[key] = runs.map((r) => r[key] ?? 0).sort((a, b) => a - b)[2];
    return median;
  },
  /**
   * The metadata pass alone (metadata and dates), in the state extraction runs it in: on a fresh copy of the page,
   * right after the copy is made and the article decision read from it. Median of five runs, each after a garbage
   * collection, so the pauses owed to the copies and runs before it do not fall in it. `warm` (the budgeted figure)
   * lets one untimed pass on a copy of its own follow the collection: a forced full collection hands memory back, and
   * the first pass after it pays, most likely, for taking that memory again (0.8 / 2.1 ms p50 / p95 against 0.5 / 1.5
   * ms in the bench of 2026-12-01), which extraction, started on a page in use, never does. `afterCollection` is the
   * pass right after the collection, reported beside it. (A collection between the copy and the pass would leave the
   * copy cold in the caches, which never happens in extraction either.) `gc` exists when Chromium runs with
   * --js-flags=--expose-gc.
   */
  metadataPass(): { warm: number; afterCollection: number } {
    const gc = (globalThis as { gc?: () => void }).gc;
    const pass = () => {
      const copy = declobberedCopy(document);
      detectArticle(copy, location.href);
      const t0 = performance.now();
      const meta = readMetadata(copy, location.href);
      findDates(copy, { url: location.href, lang: meta.lang, siteName: meta.siteName, now: new Date() });
      return performance.now() - t0;
    };
    const median = (warmUp: boolean) => {
      const runs = Array.from({ length: 5 }, () => {
        gc?.();
        if (warmUp) pass();
        return pass();
      });
      return runs.sort((a, b) => a - b)[2];
    };
    return { afterCollection: median(false), warm: median(true) };
  },
  bare(): number {
    const t0 = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - t0;
  },
};
