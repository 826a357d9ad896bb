// Bench bundle: candidate search indexes for the library, fed the same documents and queries in the page.
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { ClipSearch, searchTokens, type SearchDoc } from '@/lib/clips/search-index';

type Candidate = {
  build(docs: SearchDoc[]): Promise<void>;
  search(q: string): Promise<number>;
  serializedBytes(): Promise<number>;
};

const FIELDS = ['title', 'siteName', 'byline', 'tags', 'summary', 'body'] as const;
// The same tokens for every candidate (accent folding, CJK character pairs), so only the index differs.
const tokens = (s: string) => searchTokens(s).join(' ');

/** What Brief ships: packed postings (lib/clips/search-postings.ts). */
function packed(): Candidate {
  let index = ClipSearch.empty();
  return {
    async build(docs) {
      index = ClipSearch.empty();
      for (const d of docs) index.put(d);
      // As the library holds it after its first save: compacted.
      index.snapshot();
    },
    async search(q) {
      return index.search(q, 100).length;
    },
    async serializedBytes() {
      const x = index.snapshot();
      const strings = (a: string[]) => a.reduce((sum, s) => sum + s.length + 1, 0);
      const p = x.postings;
      return p.bytes.byteLength + p.offsets.byteLength + p.counts.byteLength + p.lasts.byteLength + x.order.byteLength + x.lengths.byteLength + strings(x.terms) + strings(x.ids);
    },
  };
}

/** MiniSearch as Brief used it until December 2026: BM25 with field boosts, prefix and fuzzy matching. */
function minisearch(): Candidate {
  const HAN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;
  const make = () =>
    new MiniSearch<SearchDoc>({
      fields: [...FIELDS],
      storeFields: [],
      tokenize: searchTokens,
      processTerm: (t: string) => t,
      searchOptions: {
        boost: { title: 4, siteName: 2, byline: 2, tags: 3, summary: 1.5, body: 1 },
        prefix: (term: string) => term.length >= 2 && !HAN.test(term),
        fuzzy: (term: string) => (term.length >= 5 && !HAN.test(term) ? 0.15 : false),
        combineWith: 'AND',
      },
    });
  let index = make();
  return {
    async build(docs) {
      index = make();
      index.addAll(docs);
    },
    async search(q) {
      return index.search(q).slice(0, 100).length;
    },
    async serializedBytes() {
      return JSON.stringify(index).length;
    },
  };
}

function flexsearch(): Candidate {
  // 'forward' indexes every prefix of every term: prefix search while typing, as the library needs.
  const make = () => new Document({ document: { id: 'id', index: [...FIELDS] }, tokenize: 'forward', encoder: { split: ' ', normalize: false } });
  let index = make();
  return {
    async build(docs) {
      index = make();
      for (const d of docs) index.add(Object.fromEntries([['id', d.id], ...FIELDS.map((f) => [f, tokens(d[f])])]));
    },
    async search(q) {
      return (index.search(tokens(q), { limit: 100, merge: true }) as unknown[]).length;
    },
    async serializedBytes() {
      let n = 0;
      await index.export((_key: string, data: string) => {
        n += data?.length ?? 0;
      });
      return n;
    },
  };
}

/** A word index in IndexedDB itself (multi-entry index of each clip's terms): no memory, no ranking. */
function idbWords(): Candidate {
  let db: IDBDatabase;
  const req = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
  return {
    async build(docs) {
      await req(indexedDB.deleteDatabase('words'));
      const open = indexedDB.open('words', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('terms', { keyPath: 'id' }).createIndex('t', 'terms', { multiEntry: true });
      db = await req(open);
      for (let i = 0; i < docs.length; i += 500) {
        const tx = db.transaction('terms', 'readwrite');
        for (const d of docs.slice(i, i + 500)) tx.objectStore('terms').put({ id: d.id, terms: Array.from(new Set(searchTokens(FIELDS.map((f) => d[f]).join(' ')))) });
        await new Promise((r) => (tx.oncomplete = r));
      }
    },
    async search(q) {
      const terms = searchTokens(q);
      if (!terms.length) return 0;
      const idx = db.transaction('terms').objectStore('terms').index('t');
      // Every term must match; the last one as a prefix (typing). Ids per term, intersected.
      const sets = await Promise.all(
        terms.map((t, k) => req(idx.getAllKeys(k === terms.length - 1 ? IDBKeyRange.bound(t, `${t}\uffff`) : IDBKeyRange.only(t))).then((ids) => new Set(ids as string[]))),
      );
      const [first, ...rest] = sets.sort((a, b) => a.size - b.size);
      return Array.from(first).filter((id) => rest.every((s) => s.has(id))).slice(0, 100).length;
    },
    async serializedBytes() {
      return NaN;
    },
  };
}

(globalThis as unknown as { __search: Record<string, Candidate> }).__search = { 'packed postings': packed(), minisearch: minisearch(), flexsearch: flexsearch(), 'indexeddb words': idbWords() };
