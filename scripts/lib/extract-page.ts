import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, type ExtractOptions } from '@/lib/article/extract';
import { detectArticle } from '@/lib/article/detect';
import { createSanitizer } from '@/lib/article/sanitize';
import type { ExtractedArticle } from '@/lib/article/types';

/** One line of the command line's output (the public contract, see README). */
export type CliRecord =
  | {
      file: string;
      ok: true;
      isArticle: boolean;
      title: string;
      byline: string | null;
      siteName: string | null;
      lang: string | null;
      dir: 'ltr' | 'rtl' | null;
      published: string | null;
      modified: string | null;
      leadImage: string | null;
      excerpt: string | null;
      summary: string[];
      text: string;
      html: string;
      wordCount: number;
      ms: number;
    }
  | { file: string; ok: false; error: string };

const quiet = new VirtualConsole();

const STYLE_BLOCK = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

/**
 * jsdom 29 throws while parsing a page whose <style> holds CSS its value parser rejects (e.g. `calc(~100% + 1px)`,
 * a Less leftover browsers simply ignore). Such a page is parsed again with its style sheets emptied: Brief reads
 * no style sheet, so the document it works on is the same.
 */
function parseHtml(html: string, url: string): JSDOM {
  const options = { url, virtualConsole: quiet, pretendToBeVisual: false };
  try {
    return new JSDOM(html, options);
  } catch (error) {
    const withoutCss = html.replace(STYLE_BLOCK, '$1$2');
    if (withoutCss === html) throw error;
    return new JSDOM(withoutCss, options);
  }
}

/**
 * Parse HTML with jsdom (no scripts, no resource loading) and hand the document to `fn`.
 * The window is closed afterwards so memory stays flat over thousands of pages.
 */
export function withDocument<T>(html: string, url: string, fn: (doc: Document, win: Window) => T): T {
  // A missing or malformed page URL must not stop the run: such pages get a neutral base URL.
  const base = URL.canParse(url) ? url : 'https://unknown.invalid/';
  const dom = parseHtml(html, base);
  try {
    return fn(dom.window.document, dom.window as unknown as Window);
  } finally {
    dom.window.close();
  }
}

function toRecord(file: string, a: ExtractedArticle, ms: number): CliRecord {
  return {
    file,
    ok: true,
    isArticle: a.isArticle,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    lang: a.lang,
    dir: a.dir,
    published: a.published?.iso ?? null,
    modified: a.modified?.iso ?? null,
    leadImage: a.leadImage,
    excerpt: a.excerpt,
    summary: a.summary,
    text: a.text,
    html: a.html,
    wordCount: a.wordCount,
    ms: Math.round(ms * 10) / 10,
  };
}

/** Extract one page's HTML into a command-line record; failures become `ok: false` records. */
export function extractHtml(
  file: string,
  html: string,
  url: string,
  opts: Omit<ExtractOptions, 'sanitize' | 'url'> = {},
): CliRecord {
  return withDocument(html, url, (doc, win) => {
    const started = performance.now();
    const outcome = extractArticle(doc, { ...opts, url, sanitize: createSanitizer(win) });
    const ms = performance.now() - started;
    if (outcome.ok) return toRecord(file, outcome.article, ms);
    // Non-article pages still get their detection verdict in the error message's record.
    const isArticle = detectArticle(doc, url).isArticle;
    return { file, ok: false, error: `${outcome.reason}: ${outcome.message}${isArticle ? '' : ' (not an article)'}` };
  });
}
