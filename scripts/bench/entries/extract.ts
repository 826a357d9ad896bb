// Bench bundle: Brief's whole extraction pipeline and bare Readability, callable from the page.
import { Readability } from '@mozilla/readability';
import { extractArticle, type ExtractDebug } from '@/lib/article/extract';
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
  /** The same run with the debug record: milliseconds per stage, to say where the time goes. */
  stages(): ExtractDebug['ms'] {
    sanitize ??= createSanitizer(window);
    const debug: ExtractDebug = { steps: [], attempts: [], ms: {} };
    extractArticle(document, { sanitize, url: location.href, debug });
    return debug.ms;
  },
  bare(): number {
    const t0 = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - t0;
  },
};
