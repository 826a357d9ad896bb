import type { PageDate } from '@/lib/article/types';
import type { SearchSnapshot } from '@/lib/clips/search-index';

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
  /** 'pending': imported from another service, not downloaded yet (needs the page open in a tab). */
  status: 'saved' | 'pending';
  /** Flags as 0/1 numbers, because IndexedDB cannot index booleans. */
  read: 0 | 1;
  favourite: 0 | 1;
  archived: 0 | 1;
  /** Reading progress in the reader, 0..1. */
  progress: number;
  /** Hash of the text when saved, to tell "updated since you saved". */
  contentHash: string;
}

/** An earlier state of a clip, kept when a re-clip changed it. */
export interface ClipVersion {
  id: string;
  clipId: string;
  savedAt: number;
  title: string;
  modified: PageDate | null;
  html: string;
  text: string;
  contentHash: string;
}

/** Running counts for the library's filters, kept in step with every write (no count() scans). */
export interface Counter {
  /** 'all', 'unread', 'favourite', 'archived', 'pending', 'site:<name>', 'tag:<tag>'. */
  key: string;
  n: number;
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

/** An image of a clip's article, copied at clip time so the reader never fetches it. */
export interface ClipImage {
  /** `${clipId} ${n}`: images of one clip sort together and in article order. */
  id: string;
  clipId: string;
  /** The absolute URL the article HTML names; the reader swaps it for a blob: URL of `blob`. */
  url: string;
  type: string;
  bytes: number;
  blob: Blob;
}

/** The saved search index (a MiniSearch snapshot). */
export interface SearchState {
  key: 'snapshot';
  /** The saved index (absent in snapshots of the older MiniSearch format, which held `json` instead). */
  index?: SearchSnapshot;
  json?: string;
  savedAt: number;
}

/** A clip changed since the search snapshot was saved (written in the same transaction as the change). */
export interface SearchDirty {
  id: string;
  /** Revision of the change (absent in journals written before revisions existed). */
  rev?: string;
}
