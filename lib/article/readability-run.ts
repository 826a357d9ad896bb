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
  FLAG_CLEAN_CONDITIONALLY: number;
  _cleanConditionally(e: Element, tag: string): void;
  _grabArticle(): Element | null;
  _prepArticle(e: Element): void;
}

interface Rules {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp };
  UNLIKELY_ROLES: string[];
  _isProbablyVisible(el: Element): boolean;
}
const rules = Readability.prototype as unknown as Rules;

/**
 * Whether Readability strips `el` as an unlikely candidate (comments, menus, sidebars… by class, id or role), by
 * its own rules; the exceptions inside tables and code are left to the caller.
 */
export function isUnlikelyCandidate(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && rules.UNLIKELY_ROLES.includes(role)) return true;
  const match = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return rules.REGEXPS.unlikelyCandidates.test(match) && !rules.REGEXPS.okMaybeItsACandidate.test(match) && el.tagName !== 'BODY' && el.tagName !== 'A';
}

/** Whether Readability's candidate search drops `el` as unseen: hidden (by style or attribute) or a modal dialog. */
export function hiddenFromReadability(el: Element): boolean {
  return !rules._isProbablyVisible(el) || (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog');
}

/** Whether Readability's candidate search drops `el` before scoring: unseen, or an unlikely candidate. */
export function readabilitySkips(el: Element): boolean {
  return hiddenFromReadability(el) || isUnlikelyCandidate(el);
}

/** Remove what Readability's own candidate search drops inside `root` (outside tables and code, as it does). */
function stripSkipped(root: Element): void {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName === 'TABLE' || c.tagName === 'CODE' || c.tagName === 'PRE') continue;
      if (readabilitySkips(c)) out.push(c);
      else walk(c);
    }
  };
  walk(root);
  for (const el of out) el.remove();
}

/**
 * Run Readability on `doc` (which it changes), measuring what its conditional cleaning removed. `relaxed` turns off
 * class-name weighting and conditional cleaning (unlikely candidates are still stripped): what Readability itself
 * falls back to on a page where it finds too little text.
 */
export function runReadability(doc: Document, opts: { maxElements: number; relaxed?: boolean; within?: Element }): ReadabilityRun {
  const reader = new Readability<Element>(doc, { maxElemsToParse: opts.maxElements, keepClasses: false, serializer: (el) => el as Element });
  const inside = reader as unknown as Internals;
  if (typeof inside._flags !== 'number' || typeof inside._cleanConditionally !== 'function' || typeof inside._grabArticle !== 'function' || typeof inside._prepArticle !== 'function' || !(rules.REGEXPS?.unlikelyCandidates instanceof RegExp) || !Array.isArray(rules.UNLIKELY_ROLES) || typeof rules._isProbablyVisible !== 'function') {
    throw new Error('Readability internals changed: see lib/article/readability-run.ts');
  }
  if (opts.relaxed) inside._flags = inside.FLAG_STRIP_UNLIKELYS;
  const within = opts.within;
  if (within) {
    // The container was chosen by its prose, not by Readability's scores: class names must not count against it.
    if (!opts.relaxed) inside._flags = inside.FLAG_STRIP_UNLIKELYS | inside.FLAG_CLEAN_CONDITIONALLY;
    inside._grabArticle = function (this: Internals) {
      const content = doc.createElement('div');
      const page = doc.createElement('div');
      page.id = 'readability-page-1';
      page.className = 'page';
      stripSkipped(within);
      page.append(within);
      content.append(page);
      this._prepArticle(content);
      return content;
    };
  }
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
