import { articleImages } from '@/lib/images/article-images';
import { PRE_STEPS, type StepReport } from '@/lib/article/clean';
import { POST_STEPS } from '@/lib/article/post-clean';
import { findDates } from '@/lib/article/dates';
import { detectArticle } from '@/lib/article/detect';
import { articleNode, jsonLdNodes } from '@/lib/article/json-ld';
import { cleanByline } from '@/lib/article/byline';
import { readMetadata } from '@/lib/article/metadata';
import { ownLinks } from '@/lib/article/host';
import { repairMojibake } from '@/lib/article/mojibake';
import { declobberedCopy, real } from '@/lib/article/declobber';
import { placeStreamedContent } from '@/lib/article/streamed-content';
import { hiddenFromReadability, isUnlikelyCandidate, runReadability, type Parsed } from '@/lib/article/readability-run';
import { summarize } from '@/lib/article/summary';
import { findFaqSections, restoreFaqSections, type FaqSection } from '@/lib/article/faq-sections';
import { restoreLead, type PageParagraph } from '@/lib/article/lead-paragraphs';
import { blockTexts, collapse, countWords, linkDensity, endsSentence, PARAGRAPH_LENGTH, readingMinutes, weightedLength, wordOverlap } from '@/lib/article/text';
import type { ExtractOutcome } from '@/lib/article/types';
import type { Sanitizer } from '@/lib/article/sanitize';

export interface ExtractOptions {
  /** Sanitizes page HTML (see `createSanitizer`); required, nothing leaves unsanitized. */
  sanitize: Sanitizer;
  url?: string;
  now?: Date;
  summarySentences?: number;
  /** Pages with more elements are not simplified (they could freeze the tab). */
  maxElements?: number;
  /**
   * Names of cleaning steps to skip (for ablation and debugging); `streamed-content` leaves streamed parts where
   * they were sent; `recovery` turns off the retry ladder, `relaxed` and `focused` only those readings.
   */
  disabledSteps?: string[];
  /** Milliseconds after which optional work (later steps, retries) is skipped and a warning says so. */
  timeBudgetMs?: number;
  /** Filled in when given: what each step removed, the attempts made, and where the time went. */
  debug?: ExtractDebug;
}

/** One Readability run of the recovery ladder. */
export interface AttemptReport {
  name: string;
  chars: number;
  /** Word recall against the page's schema.org articleBody, when it has one. */
  bodyRecall?: number;
  chosen: boolean;
}

export interface ExtractDebug {
  steps: StepReport[];
  attempts: AttemptReport[];
  /**
   * Milliseconds per stage: detect = the article decision, meta = metadata and dates (the whole metadata pass),
   * body = the page's declared article body; summary = sentence choice.
   */
  ms: {
    core?: number;
    total?: number;
    clone?: number;
    detect?: number;
    meta?: number;
    body?: number;
    pre?: number;
    readability?: number;
    post?: number;
    sanitize?: number;
    summary?: number;
  };
}

const DEFAULT_MAX_ELEMENTS = 60_000;
const DEFAULT_TIME_BUDGET_MS = 4_000;
/** Below this many characters of text an extraction is "thin" and the ladder tries again. */
const THIN_CHARS = 500;

/**
 * When Readability's conditional cleaning took out at least this share (of the text it kept) from the content it
 * chose, the page is read again relaxed (see `widerWins`).
 */
const RELAX_WHEN_CLEANED = 0.25;

/** When the strict reading holds less than this share of the prose of the element holding the page's prose, that element is read alone. */
const FOCUS_WHEN_COVERED = 0.5;

interface Attempt {
  name: string;
  parsed: Parsed;
  chars: number;
  cleanedAway: number;
  bodyRecall?: number;
}

/** A paragraph of prose rather than a headline, a label or a teaser's line (teaser excerpts are cut mid-sentence). */
const isProse = (block: string) => weightedLength(block) >= 100 && endsSentence(block);

const chars = (blocks: string[]) => blocks.reduce((n, b) => n + b.length, 0);
/** At least half of the text of `blocks` is in prose paragraphs. */
const mostlyProse = (blocks: string[]) => chars(blocks.filter(isProse)) >= 0.5 * chars(blocks);

/**
 * Readability's class-name weighting and conditional cleaning sometimes cut whole sections of a story (blocks
 * named like widgets, a grid of the article's own cards, sections under a table of contents), and its candidate
 * search can settle on one section of a story split into deeply nested parts. A wider reading (relaxed or focused)
 * wins when it keeps what the strict one found, adds at least half as much again, and what it adds is prose (most
 * of it in finished sentences, not in headline-and-label lines or cut excerpts as teasers are; tables and lists of
 * references aside) and not a list of links.
 */
function widerWins(strict: Attempt, relaxed: Attempt, url: string): boolean {
  if (relaxed.chars < 1.5 * strict.chars) return false;
  if (wordOverlap(relaxed.parsed.content.textContent ?? '', strict.parsed.content.textContent ?? '') < 0.9) return false;
  if (linkDensity(relaxed.parsed.content) > 1 / 3) return false;
  const kept = new Set(blockTexts(strict.parsed.content));
  // Tables hold data, not sentences: they are judged by their links only. So are list items that are mostly links
  // to other sites: references (a changelog's pull requests, a story's sources), where a teaser links to this site.
  const content = relaxed.parsed.content;
  const references = Array.from(content.getElementsByTagName('li')).filter((li) => linkDensity(li) >= 0.5 && ownLinks(li, url) === 0);
  const data = new Set([...Array.from(content.getElementsByTagName('table')), ...references].flatMap((t) => blockTexts(t)));
  return mostlyProse(blockTexts(content).filter((b) => !kept.has(b) && !data.has(b)));
}

/**
 * Readability settled outside the page's prose (a disclosure box, a dialog's text) because the story's wrapper was
 * stripped for its class name: the focused reading holds at least three times as much, most of what the strict one
 * found is not in it, and what it holds is prose, not a list of links.
 */
function displacedWins(strict: Attempt, focused: Attempt): boolean {
  if (focused.chars < 3 * strict.chars) return false;
  if (linkDensity(focused.parsed.content) > 1 / 3) return false;
  const blocks = blockTexts(focused.parsed.content);
  // By blocks, not words: a short box's words are all found somewhere in a long story.
  const have = new Set(blocks);
  const strictBlocks = blockTexts(strict.parsed.content);
  if (chars(strictBlocks.filter((b) => have.has(b))) >= 0.5 * chars(strictBlocks)) return false;
  return mostlyProse(blocks);
}

/**
 * Weighted length of the blocks of `root` long enough to be paragraphs (as `proseContainer` counts them): a list of
 * short lines (a sponsors' roll, link labels) is not the story's prose, however long it runs.
 */
const proseLength = (root: Element) => blockTexts(root).reduce((n, b) => {
  const len = weightedLength(b);
  return len >= PARAGRAPH_LENGTH ? n + len : n;
}, 0);

interface ProseContainer {
  el: Element;
  /** Weighted length (see text.ts) of the prose inside `el`, and on the whole page. */
  prose: number;
  total: number;
  /** The prose paragraphs themselves, in document order, and where the page's visible `<h1>`s stand among them (see lead-paragraphs.ts). */
  paragraphs: PageParagraph[];
  headlines: number[];
  /** Wrappers Readability would strip by their class that hold most of the page's prose (see below). */
  overruled: Element[];
}

/** Comment threads stay unlikely candidates whatever they hold: a long discussion is not the story. */
const THREAD = /comment|disqus|repl(?:y|ies)|forum|discussion/i;

/**
 * The deepest element holding at least 80% of the page's prose (paragraphs of some length, mostly not links, outside
 * what Readability's candidate search drops: hidden blocks, comments, sidebars…), with its prose length and the page's.
 * An element Readability would strip as an unlikely candidate by its class or id, but which holds most of the page's
 * prose, is a layout wrapper ("main-with-sidebar"), not a sidebar: its prose counts, and it is reported as overruled.
 */
function proseContainer(doc: Document): ProseContainer | null {
  const body = doc.body;
  if (!body) return null;
  const memo = (test: (el: Element) => boolean) => {
    const seen = new Map<Element, boolean>();
    return (el: Element) => {
      let u = seen.get(el);
      if (u === undefined) seen.set(el, (u = test(el)));
      return u;
    };
  };
  const isHidden = memo(hiddenFromReadability);
  const isUnlikely = memo(isUnlikelyCandidate);
  const found: { p: Element; text: string; len: number; chain: Element[]; unlikely: Element[] }[] = [];
  const unlikelyProse = new Map<Element, number>();
  // Each visible headline, by the number of `found` paragraphs before it.
  const headlineAt: number[] = [];
  let all = 0;
  for (const p of Array.from(body.querySelectorAll('p, h1'))) {
    if (p.tagName === 'H1') {
      if (!isHidden(p) && !isUnlikely(p)) headlineAt.push(found.length);
      continue;
    }
    const text = collapse(p.textContent ?? '');
    const len = weightedLength(text);
    if (len < PARAGRAPH_LENGTH) continue;
    const chain: Element[] = [];
    for (let a = p.parentElement; a && a !== body; a = a.parentElement) chain.push(a);
    if (isHidden(p) || chain.some(isHidden) || linkDensity(p) > 0.3) continue;
    const unlikely = [p, ...chain].filter(isUnlikely);
    for (const u of unlikely) unlikelyProse.set(u, (unlikelyProse.get(u) ?? 0) + len);
    found.push({ p, text, len, chain, unlikely });
    all += len;
  }
  const overruled = new Set(Array.from(unlikelyProse).filter(([el, len]) => len >= 0.5 * all && !THREAD.test(`${el.getAttribute('class') ?? ''} ${el.id}`)).map(([el]) => el));
  const counts = new Map<Element, number>();
  const paragraphs: PageParagraph[] = [];
  let total = 0;
  // How many kept paragraphs precede each of `found`, to place the headlines among the kept ones.
  const keptBefore: number[] = [];
  for (const f of found) {
    keptBefore.push(paragraphs.length);
    if (f.unlikely.some((u) => !overruled.has(u))) continue;
    total += f.len;
    paragraphs.push({ el: f.p, text: f.text });
    for (const a of f.chain) counts.set(a, (counts.get(a) ?? 0) + f.len);
  }
  if (!total) return null;
  let el: Element = body;
  for (;;) {
    let next: Element | null = null;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if ((counts.get(c) ?? 0) >= 0.8 * total) next = c;
    if (!next) break;
    el = next;
  }
  keptBefore.push(paragraphs.length);
  const headlines = headlineAt.map((i) => keptBefore[i]);
  return { el, prose: el === body ? total : counts.get(el)!, total, paragraphs, headlines, overruled: [...overruled] };
}

/** The page's own statement of its body (schema.org articleBody), when long enough to judge by. */
function declaredBody(doc: Document): string | null {
  const node = articleNode(jsonLdNodes(doc));
  const body = node?.articleBody;
  return typeof body === 'string' && collapse(body).length >= 400 ? body : null;
}

/** The first picture of the story itself, for pages that name no lead image: skips icons, pixels and data: URLs. */
function firstContentImage(body: HTMLElement, base: string): string | null {
  for (const img of Array.from(body.getElementsByTagName('img'))) {
    const w = Number(img.getAttribute('width') ?? '0');
    const h = Number(img.getAttribute('height') ?? '0');
    if ((w && w < 120) || (h && h < 80)) continue;
    const src = img.getAttribute('src');
    if (!src) continue;
    try {
      const u = new URL(src, base);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.href;
    } catch {
      // A malformed src: try the next image.
    }
  }
  return null;
}

/**
 * Extract the article of a document. Works on clones: the given document is never changed.
 * Expected failures (not HTML, no content, too large) are returned as values.
 */
export function extractArticle(live: Document, opts: ExtractOptions): ExtractOutcome {
  const started = performance.now();
  // The live page is read only through the DOM's prototypes (its markup may shadow members; see declobber.ts).
  const url = opts.url ?? real<string>(live, 'URL');
  if (real<string>(live, 'contentType') === 'application/pdf') {
    return { ok: false, reason: 'pdf', message: 'This is a PDF. Brief can only clip web pages.' };
  }
  if (!real<Element | null>(live, 'documentElement') || !real<HTMLElement | null>(live, 'body')) {
    return { ok: false, reason: 'not-html', message: 'This page has no HTML body to read.' };
  }
  const maxElements = opts.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const elementCount = real<(tag: string) => HTMLCollection>(live, 'getElementsByTagName').call(live, '*').length;
  const warnings: string[] = [];
  if (elementCount > maxElements * 3) {
    return { ok: false, reason: 'too-large', message: `This page is too large to simplify (${elementCount} elements).` };
  }
  const budget = opts.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const overBudget = () => performance.now() - started > budget;
  const debug = opts.debug;
  const disabled = new Set(opts.disabledSteps ?? []);

  const coreStarted = performance.now();
  // A copy of the page as a reader sees it: streamed parts in their places (see streamed-content.ts).
  const workingCopy = (report: boolean): Document => {
    const t0 = performance.now();
    const copy = declobberedCopy(live);
    if (!disabled.has('streamed-content')) {
      const s0 = performance.now();
      const placed = placeStreamedContent(copy);
      if (report) debug?.steps.push({ name: 'streamed-content', removed: placed, samples: [], ms: performance.now() - s0 });
    }
    if (debug) debug.ms.clone = (debug.ms.clone ?? 0) + performance.now() - t0;
    return copy;
  };
  // The working copy: read for metadata first, then handed to the first Readability attempt (which changes it).
  const doc = workingCopy(true);
  const t0 = performance.now();
  const detection = detectArticle(doc, url);
  const t1 = performance.now();
  const meta = readMetadata(doc, url);
  const dates = findDates(doc, { url, lang: meta.lang, siteName: meta.siteName, now: opts.now ?? new Date() });
  const t2 = performance.now();
  const body = disabled.has('recovery') ? null : declaredBody(doc);
  const readingMs = performance.now() - t0;
  if (debug) Object.assign(debug.ms, { detect: t1 - t0, meta: t2 - t1, body: performance.now() - t2 });

  // In debug mode, a step's first few removals (or restorations) as short samples of their text.
  const noteTo = (samples: string[]) => (debug ? (el: Element) => void (samples.length < 5 && samples.push(collapse(el.textContent ?? '').slice(0, 80))) : undefined);
  let skippedForTime = false;
  let prose = null as ProseContainer | null;
  let faqs: FaqSection[] = [];
  const parse = (name: string, clone: Document, how: { pre: boolean; relaxed?: boolean; focus?: boolean }): Attempt | null => {
    const { pre, relaxed = false, focus = false } = how;
    const add = (k: 'clone' | 'pre' | 'readability', t0: number) => debug && (debug.ms[k] = (debug.ms[k] ?? 0) + performance.now() - t0);
    let t0 = performance.now();
    if (pre) {
      for (const step of PRE_STEPS) {
        if (disabled.has(step.name)) continue;
        if (overBudget()) {
          skippedForTime = true;
          break;
        }
        const samples: string[] = [];
        const s0 = performance.now();
        const removed = step.run(clone, noteTo(samples));
        // A second cleaned copy (the relaxed attempt) is not reported again: the steps' counts stay per page.
        if (name === 'cleaned') debug?.steps.push({ name: step.name, removed, samples, ms: performance.now() - s0 });
      }
    }
    add('pre', t0);
    // Where the page's prose is, on the cleaned copy before Readability changes it (see the focused reading).
    const found = name === 'cleaned' || focus ? proseContainer(clone) : null;
    if (name === 'cleaned') prose = found;
    if (name === 'cleaned' && found && !disabled.has('faq-sections')) faqs = findFaqSections(clone, found.paragraphs);
    if (focus && !found) return null;
    // The wrapper holding the story is read whatever its class says (see proseContainer).
    if (focus) for (const el of found!.overruled) for (const attr of ['class', 'id', 'role']) el.removeAttribute(attr);
    t0 = performance.now();
    const { parsed, cleanedAway } = runReadability(clone, { maxElements, relaxed, within: focus ? found?.el : undefined });
    add('readability', t0);
    if (!parsed) return null;
    return { name, parsed, chars: collapse(parsed.content.textContent ?? '').length, cleanedAway };
  };

  const attempts: Attempt[] = [];
  try {
    const first = parse('cleaned', doc, { pre: true });
    if (first) attempts.push(first);
    // Recovery ladder: a thin result, or one that misses much of the page's declared body, is tried again
    // on the untouched page (the cleaning may have cut real content), and the best attempt wins.
    const recallOf = (a: Attempt) => (body ? wordOverlap(a.parsed.content.textContent ?? '', body) : undefined);
    if (first && body) first.bodyRecall = recallOf(first);
    const weak = !first || first.chars < THIN_CHARS || (first.bodyRecall !== undefined && first.bodyRecall < 0.7);
    if (weak && !disabled.has('recovery') && elementCount > 0) {
      if (overBudget()) skippedForTime = true;
      else {
        const fresh = workingCopy(false);
        const second = parse('untouched', fresh, { pre: false });
        if (second) {
          second.bodyRecall = recallOf(second);
          attempts.push(second);
        }
      }
    }
  } catch (err) {
    if (err instanceof Error && /Aborting parsing document/.test(err.message)) {
      return { ok: false, reason: 'too-large', message: `This page is too large to simplify (${elementCount} elements).` };
    }
    throw err;
  }
  if (!attempts.length) {
    return { ok: false, reason: 'no-content', message: 'Brief found no article text on this page.' };
  }
  // The best attempt: the one closest to the declared body, else the longer one when the first was thin.
  let best = attempts[0];
  for (const a of attempts.slice(1)) {
    if (a.bodyRecall !== undefined && best.bodyRecall !== undefined) {
      if (a.bodyRecall > best.bodyRecall + 0.1) best = a;
    } else if (best.chars < THIN_CHARS && a.chars > best.chars * 1.5) best = a;
  }
  // The cleaned page read again relaxed, when Readability's own cleaning cut much of what it had chosen.
  const strict = attempts[0];
  if (best === strict && strict.name === 'cleaned' && strict.cleanedAway >= RELAX_WHEN_CLEANED * strict.chars && !disabled.has('recovery') && !disabled.has('relaxed')) {
    if (overBudget()) skippedForTime = true;
    else {
      const copy = workingCopy(false);
      const relaxed = parse('relaxed', copy, { pre: true, relaxed: true });
      if (relaxed) {
        attempts.push(relaxed);
        if (widerWins(strict, relaxed, url)) best = relaxed;
      }
    }
  }
  // The element holding the page's prose, read alone, when Readability's choice holds less than half of that prose:
  // its candidate search settled on one part of a story split into deeply nested sections.
  if (best === strict && strict.name === 'cleaned' && prose && prose.el.tagName !== 'BODY' && !disabled.has('recovery') && !disabled.has('focused')) {
    if (proseLength(strict.parsed.content) < FOCUS_WHEN_COVERED * prose.prose) {
      if (overBudget()) skippedForTime = true;
      else {
        const focused = parse('focused', workingCopy(false), { pre: true, focus: true });
        if (focused) {
          attempts.push(focused);
          if (widerWins(strict, focused, url) || displacedWins(strict, focused)) best = focused;
        }
      }
    }
  }
  if (debug) debug.attempts = attempts.map((a) => ({ name: a.name, chars: a.chars, bodyRecall: a.bodyRecall, chosen: a === best }));
  const parsed = best.parsed;

  const title = repairMojibake(meta.title || parsed.title || '');
  const byline = meta.byline ?? cleanByline(parsed.byline, meta.siteName);
  const postStarted = performance.now();
  if (prose && !disabled.has('lead-paragraphs')) {
    const samples: string[] = [];
    const restored = restoreLead(parsed.content, prose.paragraphs, prose.headlines, noteTo(samples));
    debug?.steps.push({ name: 'lead-paragraphs', removed: restored, samples, ms: performance.now() - postStarted });
  }
  if (prose && faqs.length) {
    const samples: string[] = [];
    const f0 = performance.now();
    const restored = restoreFaqSections(parsed.content, faqs, prose.paragraphs, noteTo(samples));
    debug?.steps.push({ name: 'faq-sections', removed: restored, samples, ms: performance.now() - f0 });
  }
  for (const step of POST_STEPS) {
    if (disabled.has(step.name)) continue;
    const samples: string[] = [];
    const s0 = performance.now();
    const removed = step.run(parsed.content, { title, byline, url }, noteTo(samples));
    debug?.steps.push({ name: step.name, removed, samples, ms: performance.now() - s0 });
  }
  if (skippedForTime) warnings.push('The page took too long to clean fully; some cleaning steps were skipped.');

  if (debug) debug.ms.post = performance.now() - postStarted;
  const sanitizeStarted = performance.now();
  // Text comes from the sanitized nodes, so the stored text and HTML say the same thing.
  const holder = doc.implementation.createHTMLDocument('');
  holder.body.append(opts.sanitize.fragment(parsed.content));
  const html = holder.body.innerHTML;
  const paragraphs = blockTexts(holder.body);
  const text = paragraphs.join('\n\n');
  if (debug) debug.ms.sanitize = performance.now() - sanitizeStarted;
  // Core = the extraction itself (copy, steps, Readability, after-steps, sanitize), without metadata, dates, detection.
  if (debug) debug.ms.core = performance.now() - coreStarted - readingMs;

  const summaryStarted = performance.now();
  // Captions describe pictures, not the story: they are never key points.
  const captions = new Set(Array.from(holder.body.querySelectorAll('figcaption')).map((c) => collapse(c.textContent ?? '')));
  const summary = summarize(captions.size ? paragraphs.filter((p) => !captions.has(p)) : paragraphs, { title, lang: meta.lang, count: opts.summarySentences ?? 3 });
  if (debug) {
    debug.ms.summary = performance.now() - summaryStarted;
    debug.ms.total = performance.now() - started;
  }
  return {
    ok: true,
    article: {
      url,
      canonicalUrl: meta.canonicalUrl,
      isArticle: detection.isArticle,
      title,
      byline,
      siteName: meta.siteName ?? parsed.siteName ?? null,
      lang: meta.lang ?? parsed.lang ?? null,
      dir: meta.dir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null),
      published: dates.published,
      modified: dates.modified,
      leadImage: meta.leadImage ?? firstContentImage(holder.body, url),
      excerpt: meta.description,
      summary,
      html,
      images: articleImages(holder.body, url),
      text,
      wordCount: countWords(text),
      readingMinutes: readingMinutes(text),
      warnings,
    },
  };
}
