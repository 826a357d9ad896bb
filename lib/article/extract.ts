import { Readability } from '@mozilla/readability';
import { PRE_STEPS } from '@/lib/article/clean';
import { POST_STEPS } from '@/lib/article/post-clean';
import { findDates } from '@/lib/article/dates';
import { detectArticle } from '@/lib/article/detect';
import { readMetadata } from '@/lib/article/metadata';
import { summarize } from '@/lib/article/summary';
import { blockTexts, countWords, readingMinutes } from '@/lib/article/text';
import type { ExtractOutcome } from '@/lib/article/types';

export interface ExtractOptions {
  /** Sanitizes page HTML (see `createSanitizer`); required, nothing leaves unsanitized. */
  sanitize: (html: string) => string;
  url?: string;
  now?: Date;
  summarySentences?: number;
  /** Pages with more elements are not simplified (they could freeze the tab). */
  maxElements?: number;
  /** Names of cleaning steps to skip (for ablation and debugging). */
  disabledSteps?: string[];
}

const DEFAULT_MAX_ELEMENTS = 60_000;

/**
 * Extract the article of a document. Works on a clone: the given document is never changed.
 * Expected failures (not HTML, no content, too large) are returned as values.
 */
export function extractArticle(doc: Document, opts: ExtractOptions): ExtractOutcome {
  const url = opts.url ?? doc.URL;
  if (doc.contentType && doc.contentType === 'application/pdf') {
    return { ok: false, reason: 'pdf', message: 'This is a PDF. Brief can only clip web pages.' };
  }
  if (!doc.documentElement || !doc.body) {
    return { ok: false, reason: 'not-html', message: 'This page has no HTML body to read.' };
  }
  const maxElements = opts.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const elementCount = doc.getElementsByTagName('*').length;
  const warnings: string[] = [];
  if (elementCount > maxElements * 3) {
    return { ok: false, reason: 'too-large', message: `This page is too large to simplify (${elementCount} elements).` };
  }

  const detection = detectArticle(doc, url);
  const meta = readMetadata(doc, url);
  const dates = findDates(doc, { url, lang: meta.lang, now: opts.now ?? new Date() });

  const clone = doc.cloneNode(true) as Document;
  const disabled = new Set(opts.disabledSteps ?? []);
  for (const step of PRE_STEPS) if (!disabled.has(step.name)) step.run(clone);

  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // The serializer hands back Readability's own element, so the after-steps work without a re-parse.
    parsed = new Readability<Element>(clone, { maxElemsToParse: maxElements, charThreshold: 300, keepClasses: false, serializer: (el) => el as Element }).parse();
  } catch (err) {
    if (err instanceof Error && /Aborting parsing document/.test(err.message)) {
      return { ok: false, reason: 'too-large', message: `This page is too large to simplify (${elementCount} elements).` };
    }
    throw err;
  }
  if (!parsed?.content) {
    return { ok: false, reason: 'no-content', message: 'Brief found no article text on this page.' };
  }

  const title = meta.title || parsed.title || '';
  const byline = meta.byline ?? parsed.byline?.trim() ?? null;
  for (const step of POST_STEPS) if (!disabled.has(step.name)) step.run(parsed.content, { title, byline });

  const html = opts.sanitize(parsed.content.innerHTML);
  // Text comes from the sanitized markup, so the stored text and HTML say the same thing.
  const holder = doc.implementation.createHTMLDocument('');
  holder.body.innerHTML = html;
  const paragraphs = blockTexts(holder.body);
  const text = paragraphs.join('\n\n');

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
      leadImage: meta.leadImage,
      excerpt: meta.description,
      summary: summarize(paragraphs, { title, lang: meta.lang, count: opts.summarySentences ?? 3 }),
      html,
      text,
      wordCount: countWords(text),
      readingMinutes: readingMinutes(text),
      warnings,
    },
  };
}
