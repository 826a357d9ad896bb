/** Where a date was read from. */
export type DateSource =
  | 'json-ld'
  | 'meta'
  | 'microdata'
  | 'time-element'
  | 'text'
  | 'url';

/** A point in time as the page states it. */
export interface PageDate {
  /**
   * ISO 8601. With the page's own UTC offset when the page gives a time
   * (`2026-01-21T16:09:00+05:30`), a bare day (`2026-01-21`) when it gives only a day.
   */
  iso: string;
  /** The text the date was read from (attribute value or visible text). */
  raw: string;
  source: DateSource;
  /** 0..1: how sure the engine is. */
  confidence: number;
  /** False when the page gave only a day. */
  hasTime: boolean;
}

/** Cheap detection verdict, computed on the live page without changing it. */
export interface Detection {
  isArticle: boolean;
  /** Detector score; `isArticle` is `score >= threshold`. */
  score: number;
}

/** What the extractor returns for one page. All strings are untrusted page text; `html` is sanitized. */
export interface ExtractedArticle {
  url: string;
  canonicalUrl: string;
  isArticle: boolean;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  published: PageDate | null;
  modified: PageDate | null;
  leadImage: string | null;
  /** The publisher's own description/standfirst, if any. */
  excerpt: string | null;
  /** Key sentences of the body, in document order. */
  summary: string[];
  /** Sanitized article HTML. */
  html: string;
  /** Absolute URLs of the images in `html`, in reading order (what is copied offline when saving). */
  images: string[];
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** Notes on what the extractor could not do (e.g. a page too large to simplify fully). */
  warnings: string[];
}

export type ExtractFailure =
  | 'not-html'
  | 'no-content'
  | 'too-large'
  | 'pdf';

export type ExtractOutcome =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: ExtractFailure; message: string };
