import { Readability } from '@mozilla/readability';

/** Readability's result, its content being Readability's own element (so later steps need no re-parse). */
export type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>> & { content: Element };

export interface ReadabilityRun {
  parsed: Parsed | null;
  /** Characters of text that Readability's conditional cleaning took out of the content it had chosen. */
  cleanedAway: number;
}

/**
 * The two internals of Readability 0.6.0 (pinned) used here: `_flags`, the heuristics a run uses, and
 * `_cleanConditionally`, the pass that drops blocks inside the chosen content. Readability has no option for
 * either; a test (tests/unit/article/readability-run.test.ts) fails if an upgrade changes them.
 */
interface Internals {
  _flags: number;
  FLAG_STRIP_UNLIKELYS: number;
  _cleanConditionally(e: Element, tag: string): void;
}

/**
 * Run Readability on `doc` (which it changes), measuring what its conditional cleaning removed. `relaxed` turns off
 * class-name weighting and conditional cleaning (unlikely candidates are still stripped): what Readability itself
 * falls back to on a page where it finds too little text.
 */
export function runReadability(doc: Document, opts: { maxElements: number; relaxed?: boolean }): ReadabilityRun {
  const reader = new Readability<Element>(doc, { maxElemsToParse: opts.maxElements, keepClasses: false, serializer: (el) => el as Element });
  const inside = reader as unknown as Internals;
  if (typeof inside._flags !== 'number' || typeof inside._cleanConditionally !== 'function') {
    throw new Error('Readability internals changed: see lib/article/readability-run.ts');
  }
  if (opts.relaxed) inside._flags = inside.FLAG_STRIP_UNLIKELYS;
  let cleanedAway = 0;
  const clean = inside._cleanConditionally;
  inside._cleanConditionally = function (this: Internals, e: Element, tag: string) {
    const before = e.textContent?.length ?? 0;
    clean.call(this, e, tag);
    cleanedAway += before - (e.textContent?.length ?? 0);
  };
  const parsed = reader.parse();
  return { parsed: parsed?.content ? (parsed as Parsed) : null, cleanedAway };
}
