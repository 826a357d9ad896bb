import type { PageDate } from '@/lib/article/types';

/** Listing data of a saved clip: everything but the body, so lists never load article HTML. */
export interface ClipMeta {
  /** UUID, stable across export/import. */
  id: string;
  /** Canonical URL; unique: saving it again updates the clip. */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  summary: string[];
  published: PageDate | null;
  modified: PageDate | null;
  /** Epoch ms of `published` (0 when unknown), for sorting. */
  publishedAt: number;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  savedAt: number;
  /** Epoch ms of the first save; `savedAt` moves on each re-save. */
  createdAt: number;
  tags: string[];
}

/** The article body, stored apart from the listing data. */
export interface ClipBody {
  id: string;
  /** Sanitized HTML. */
  html: string;
  text: string;
}

export interface Clip {
  meta: ClipMeta;
  body: ClipBody;
}
