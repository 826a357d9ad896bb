import { Postings, type PackedPostings } from '@/lib/clips/search-postings';
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

// Field weights, doubled so that they stay integers in the postings (a title word weighs 4 body words).
const WEIGHT: Record<(typeof FIELDS)[number], number> = { title: 8, siteName: 4, byline: 4, tags: 6, summary: 3, body: 2 };
// BM25's term saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;
/** How a word's completions ("envo" → "envoy") and near-misses ("presidnet") count against the word itself. */
const PREFIX_FACTOR = 0.375;
const FUZZY_FACTOR = 0.25;
/** A short prefix matches thousands of terms: the most common of them stand for it. */
const MAX_EXPANSIONS = 48;
/** Terms added since the sorted dictionary was built are scanned one by one; this many trigger a new sort. */
const RESORT_AFTER = 4096;
const MAX_WORDS = 31;

const isCjk = (term: string) => HAN_KANA_HANGUL.test(term);
/** Orders term numbers by their terms (code-unit order, as the prefix lookup's binary search compares). */
const byTerm = (list: string[]) => (a: number, b: number) => (list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : 0);

export interface SearchHit {
  id: string;
  score: number;
  /** Index terms of this clip that matched (the words, their completions or near-misses), for highlighting. */
  terms: string[];
}

/** The index as saved in the database: live clips only, terms in sorted order, postings packed. */
export interface SearchSnapshot {
  format: 2;
  ids: string[];
  lengths: Float32Array;
  terms: string[];
  /** `order[k]` is the packed list of `terms[k]`. */
  order: Uint32Array;
  postings: PackedPostings;
}

/**
 * An in-memory full-text index of clips, updated one clip at a time: BM25 ranking with field weights, every word
 * must match, each word also as a prefix (typing) and, when it matches nothing, within an edit or two (typos).
 *
 * Why not MiniSearch (used until December 2026) or FlexSearch: both keep postings as JS objects, 665 MB of heap at
 * 100,000 clips and a 300 MB saved form; packed postings (search-postings.ts) hold the same in a tenth of that.
 */
export class ClipSearch {
  private dict = new Map<string, number>();
  private termList: string[] = [];
  private postings = new Postings();
  /** Document number → clip id ('' once removed). */
  private ids: string[] = [];
  private numberOf = new Map<string, number>();
  private lengths = new Float32Array(1024);
  private lengthSum = 0;
  /** Term numbers below `sortedUpTo`, sorted by term, for prefix and typo lookups. */
  private sorted = new Int32Array(0);
  private sortedUpTo = 0;

  static empty(): ClipSearch {
    return new ClipSearch();
  }

  /** Restore an index saved with `snapshot`. */
  static fromSnapshot(s: SearchSnapshot): ClipSearch {
    const index = new ClipSearch();
    index.load(s);
    return index;
  }

  private load(s: SearchSnapshot): void {
    this.termList = s.terms.slice();
    this.dict = new Map(s.terms.map((t, k) => [t, k]));
    this.postings = Postings.fromPacked(s.postings, s.order);
    this.ids = s.ids.slice();
    this.numberOf = new Map(s.ids.map((id, k) => [id, k]));
    this.lengths = new Float32Array(Math.max(1024, Math.ceil(s.ids.length * 1.25)));
    this.lengths.set(s.lengths);
    this.lengthSum = s.lengths.reduce((a, b) => a + b, 0);
    // Saved terms are in sorted order already.
    this.sorted = Int32Array.from(s.terms.keys());
    this.sortedUpTo = s.terms.length;
  }

  get size(): number {
    return this.numberOf.size;
  }

  /** Add or replace one clip. */
  put(doc: SearchDoc): void {
    this.remove(doc.id);
    const weights = new Map<string, number>();
    let length = 0;
    for (const field of FIELDS) {
      for (const term of searchTokens(doc[field])) {
        weights.set(term, (weights.get(term) ?? 0) + WEIGHT[field]);
        length++;
      }
    }
    const n = this.ids.length;
    this.ids.push(doc.id);
    this.numberOf.set(doc.id, n);
    if (n >= this.lengths.length) {
      const grown = new Float32Array(Math.ceil(this.lengths.length * 1.5));
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[n] = length;
    this.lengthSum += length;
    for (const [term, weight] of weights) {
      let id = this.dict.get(term);
      if (id === undefined) {
        id = this.termList.length;
        this.termList.push(term);
        this.dict.set(term, id);
        this.postings.addTerms(id + 1);
      }
      this.postings.append(id, n, weight);
    }
  }

  remove(id: string): void {
    const n = this.numberOf.get(id);
    if (n === undefined) return;
    // The postings keep the number until the next snapshot compacts them; the empty id hides it.
    this.ids[n] = '';
    this.numberOf.delete(id);
    this.lengthSum -= this.lengths[n];
  }

  /** Ranked hits; every word must match (as a word, a prefix or, failing both, a near-miss). */
  search(query: string, limit = 200): SearchHit[] {
    const words = Array.from(new Set(searchTokens(query))).slice(0, MAX_WORDS);
    const live = this.numberOf.size;
    if (!words.length || !live) return [];
    const expanded = words.map((w) => this.expand(w));
    if (expanded.some((e) => !e.length)) return [];
    // Rarest word first: later words only add to documents that matched every word before them.
    const order = expanded.map((e, k) => ({ e, k, df: e.reduce((s, x) => s + this.postings.docFreq(x.term), 0) })).sort((a, b) => a.df - b.df);
    const docs = this.ids.length;
    const scores = new Float32Array(docs);
    const masks = new Uint32Array(docs);
    const average = this.lengthSum / live || 1;
    const lengths = this.lengths;
    order.forEach(({ e }, k) => {
      const need = 2 ** k - 1;
      const bit = 2 ** k;
      for (const { term, factor } of e) {
        const df = Math.min(live, this.postings.docFreq(term));
        const idf = Math.log(1 + (live - df + 0.5) / (df + 0.5)) * factor;
        this.postings.forEach(term, (doc, weight) => {
          if (k && (masks[doc] & need) !== need) return;
          const tf = weight / 2;
          scores[doc] += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]) / average));
          masks[doc] |= bit;
        });
      }
    });
    const full = 2 ** order.length - 1;
    const top = new TopK(limit);
    for (let doc = 0; doc < docs; doc++) if (masks[doc] === full && this.ids[doc]) top.offer(doc, scores[doc]);
    const best = top.sorted();
    // Which of the words' terms each hit holds (a completion of "pre" in one clip is "president", in another
    // "press"), so that snippets and highlights look for those only.
    const held = new Map(best.map(([doc]) => [doc, [] as string[]]));
    for (const e of expanded) {
      for (const { term } of e) {
        this.postings.forEach(term, (doc) => {
          held.get(doc)?.push(this.termList[term]);
        });
      }
    }
    return best.map(([doc, score]) => ({ id: this.ids[doc], score, terms: held.get(doc)! }));
  }

  /** The index terms a query word stands for, with how much each counts. */
  private expand(word: string): { term: number; factor: number }[] {
    const out: { term: number; factor: number }[] = [];
    const exact = this.dict.get(word);
    if (exact !== undefined) out.push({ term: exact, factor: 1 });
    if (isCjk(word)) return out;
    if (word.length >= 2) {
      const more = this.withPrefix(word).filter((t) => t !== exact);
      more.sort((a, b) => this.postings.docFreq(b) - this.postings.docFreq(a));
      for (const term of more.slice(0, MAX_EXPANSIONS)) out.push({ term, factor: PREFIX_FACTOR });
    }
    if (!out.length && word.length >= 5) {
      const most = Math.round(0.15 * word.length);
      for (const term of this.near(word, most)) out.push({ term, factor: FUZZY_FACTOR });
    }
    return out;
  }

  private ensureSorted(): void {
    if (this.termList.length - this.sortedUpTo < RESORT_AFTER) return;
    const list = this.termList;
    this.sorted = Int32Array.from(list.keys()).sort(byTerm(list));
    this.sortedUpTo = list.length;
  }

  /** Term numbers of every term starting with `prefix` (present in at least one posting). */
  private withPrefix(prefix: string): number[] {
    this.ensureSorted();
    const list = this.termList;
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[sorted[mid]] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < sorted.length && list[sorted[i]].startsWith(prefix); i++) out.push(sorted[i]);
    for (let t = this.sortedUpTo; t < list.length; t++) if (list[t].startsWith(prefix)) out.push(t);
    return out;
  }

  /** Terms within `most` edits of `word` that share its first letter (typos rarely hit the first one). */
  private near(word: string, most: number): number[] {
    const found: { term: number; d: number }[] = [];
    for (const t of this.withPrefix(word[0])) {
      const term = this.termList[t];
      if (Math.abs(term.length - word.length) > most) continue;
      const d = editDistance(word, term, most);
      if (d <= most) found.push({ term: t, d });
    }
    return found.sort((a, b) => a.d - b.d || this.postings.docFreq(b.term) - this.postings.docFreq(a.term)).slice(0, MAX_EXPANSIONS).map((f) => f.term);
  }

  /**
   * The index to save: removed clips dropped and the rest renumbered, terms sorted. The index itself switches to
   * the compacted form too, so replaced and removed clips stop taking memory.
   */
  snapshot(): SearchSnapshot {
    const renumber = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    const lengths: number[] = [];
    this.ids.forEach((id, doc) => {
      if (!id) return;
      renumber[doc] = ids.length;
      ids.push(id);
      lengths.push(this.lengths[doc]);
    });
    const postings = this.postings.packed(renumber);
    const list = this.termList;
    const kept = Array.from(list.keys()).filter((t) => postings.counts[t] > 0);
    kept.sort(byTerm(list));
    const snap: SearchSnapshot = { format: 2, ids, lengths: Float32Array.from(lengths), terms: kept.map((t) => list[t]), order: Uint32Array.from(kept), postings };
    this.load(snap);
    return snap;
  }
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("presidnet"), giving up (returning
 * `most + 1`) once it must exceed `most`.
 */
export function editDistance(a: string, b: string, most: number): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
      best = Math.min(best, row[j]);
    }
    if (best > most) return most + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length];
}

/** The `k` best (document, score) pairs offered, best first; ties go to the newer document. */
class TopK {
  private heap: [number, number][] = [];
  constructor(private readonly k: number) {}

  private less(a: [number, number], b: [number, number]): boolean {
    return a[1] < b[1] || (a[1] === b[1] && a[0] < b[0]);
  }

  offer(doc: number, score: number): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push([doc, score]);
      for (let i = h.length - 1; i > 0; ) {
        const up = (i - 1) >> 1;
        if (!this.less(h[i], h[up])) break;
        [h[i], h[up]] = [h[up], h[i]];
        i = up;
      }
      return;
    }
    if (!this.k || !this.less(h[0], [doc, score])) return;
    h[0] = [doc, score];
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }

  sorted(): [number, number][] {
    return this.heap.slice().sort((a, b) => b[1] - a[1] || b[0] - a[0]);
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
