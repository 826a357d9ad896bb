import MiniSearch, { type SearchResult } from 'minisearch';
import type { ClipMeta } from '@/lib/clips/types';

/** What is indexed of a clip. Bodies are cut at BODY_CHARS to keep the index small at 100k clips. */
export interface SearchDoc {
  id: string;
  title: string;
  siteName: string;
  byline: string;
  tags: string;
  summary: string;
  body: string;
}

export const BODY_CHARS = 20_000;
const FIELDS = ['title', 'siteName', 'byline', 'tags', 'summary', 'body'] as const;
const BOOST = { title: 4, siteName: 2, byline: 2, tags: 3, summary: 1.5, body: 1 };

const HAN_KANA_HANGUL = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;

/** Lowercase, without diacritics ("Núñez" → "nunez"), so search ignores accents. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Terms of a text: words for spaced scripts; for Chinese/Japanese/Korean runs, overlapping character
 * pairs (and single characters for one-character runs), since those scripts put no spaces between words.
 */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (!HAN_KANA_HANGUL.test(run)) {
      out.push(run);
      continue;
    }
    // Split mixed runs ("iphone手机") into spaced and CJK parts.
    for (const part of run.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+/gu) ?? []) {
      if (!HAN_KANA_HANGUL.test(part)) out.push(part);
      else if (part.length === 1) out.push(part);
      else for (let i = 0; i < part.length - 1; i++) out.push(part.slice(i, i + 2));
    }
  }
  return out;
}

export function docFor(meta: ClipMeta, text: string): SearchDoc {
  return {
    id: meta.id,
    title: meta.title,
    siteName: meta.siteName ?? '',
    byline: meta.byline ?? '',
    tags: meta.tags.join(' '),
    summary: [meta.excerpt ?? '', ...meta.summary].join(' '),
    body: text.slice(0, BODY_CHARS),
  };
}

const OPTIONS = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: searchTokens,
  processTerm: (t: string) => t,
  searchOptions: {
    boost: BOOST,
    prefix: (term: string) => term.length >= 2 && !HAN_KANA_HANGUL.test(term),
    fuzzy: (term: string) => (term.length >= 5 && !HAN_KANA_HANGUL.test(term) ? 0.15 : false),
    combineWith: 'AND' as const,
  },
};

export interface SearchHit {
  id: string;
  score: number;
  /** Index terms that matched, for highlighting. */
  terms: string[];
}

/** An in-memory full-text index of clips (MiniSearch), updated one clip at a time. */
export class ClipSearch {
  private constructor(private readonly index: MiniSearch<SearchDoc>) {}

  static empty(): ClipSearch {
    return new ClipSearch(new MiniSearch<SearchDoc>(OPTIONS));
  }

  /** Restore an index saved with `toJSON`. */
  static fromJSON(json: string): ClipSearch {
    return new ClipSearch(MiniSearch.loadJSON<SearchDoc>(json, OPTIONS));
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Add or replace one clip. */
  put(doc: SearchDoc): void {
    if (this.index.has(doc.id)) this.index.discard(doc.id);
    this.index.add(doc);
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  /** Ranked hits; every word must match (the last one as a prefix while typing). */
  search(query: string, limit = 200): SearchHit[] {
    if (!query.trim()) return [];
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r: SearchResult) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }

  toJSON(): string {
    return JSON.stringify(this.index);
  }
}

/** Text cut into plain and matching parts, for rendering highlights without injecting HTML. */
export function highlightParts(text: string, terms: string[]): { text: string; hit: boolean }[] {
  if (!terms.length || !text) return [{ text, hit: false }];
  // Fold per character, keeping positions aligned with the original text ("…" or "ß" would change lengths).
  const folded = Array.from(text, (c) => {
    const f = fold(c);
    return f.length === c.length ? f : c.toLowerCase().length === c.length ? c.toLowerCase() : c;
  }).join('');
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) marks.fill(true, at, at + term.length);
  }
  const parts: { text: string; hit: boolean }[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    parts.push({ text: text.slice(i, j), hit: marks[i] });
    i = j;
  }
  return parts;
}
