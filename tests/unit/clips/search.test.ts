import { describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '@/lib/article/types';
import { ClipDB } from '@/lib/clips/db';
import { deleteClip, saveArticle, updateClip } from '@/lib/clips/repository';
import { ClipSearch, docFor, editDistance, highlightParts, searchTokens } from '@/lib/clips/search-index';
import { catchUp, openSearch, SNAPSHOT_EVERY } from '@/lib/clips/search-store';

function article(n: number, title: string, text: string, extra: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url: `https://s.example/${n}`, canonicalUrl: `https://s.example/${n}`, isArticle: true, title, byline: null, siteName: 'Site',
    lang: 'en', dir: 'ltr', published: null, modified: null, leadImage: null, excerpt: null, summary: [], html: '', text,
    wordCount: 1, readingMinutes: 1, warnings: [], images: [], ...extra,
  };
}

describe('searchTokens', () => {
  it('folds case and diacritics and splits CJK into character pairs', () => {
    expect(searchTokens('Núñez São Paulo')).toEqual(['nunez', 'sao', 'paulo']);
    expect(searchTokens('东京奥运会')).toEqual(['东京', '京奥', '奥运', '运会']);
    expect(searchTokens('iPhone手机')).toEqual(['iphone', '手机']);
  });
});

describe('ClipSearch', () => {
  const search = ClipSearch.empty();
  const meta = (id: string, title: string, tags: string[] = []) => ({ id, title, siteName: 'Example', byline: 'Ana', tags, summary: [], excerpt: null }) as never;
  search.put(docFor(meta('a', 'Envoy meets Putin'), 'Talks about peace in Ukraine. ' + 'filler '.repeat(500) + 'deepword at the end'));
  search.put(docFor(meta('b', 'Café culture in São Paulo', ['travel']), 'Coffee everywhere.'));
  search.put(docFor(meta('c', '东京奥运会开幕'), '东京奥运会今天开幕。'));

  it.each([
    ['deepword', ['a']],
    ['sao paulo', ['b']],
    ['cafe', ['b']],
    ['CAFÉ', ['b']],
    ['envo', ['a']],
    ['travel', ['b']],
    ['奥运', ['c']],
    ['东京奥运', ['c']],
    ['peace ukraine', ['a']],
    ['peace coffee', []],
  ])('finds %s', (query, expected) => {
    expect(search.search(query).map((h) => h.id)).toEqual(expected);
  });

  it('ranks a title match above a body match', () => {
    const s = ClipSearch.empty();
    s.put(docFor(meta('body', 'Other'), 'climate climate'));
    s.put(docFor(meta('title', 'Climate report'), 'nothing'));
    expect(s.search('climate').map((h) => h.id)).toEqual(['title', 'body']);
  });

  it('survives a snapshot round trip', () => {
    const again = ClipSearch.fromSnapshot(structuredClone(search.snapshot()));
    expect(again.search('deepword').map((h) => h.id)).toEqual(['a']);
  });
});

describe('ClipSearch matching and ranking', () => {
  const meta = (id: string, title: string) => ({ id, title, siteName: '', byline: '', tags: [], summary: [], excerpt: null }) as never;

  it('completes a typed prefix, and finds near-misses only for a word that matches nothing', () => {
    const s = ClipSearch.empty();
    s.put(docFor(meta('p', 'The president speaks'), 'press conference'));
    s.put(docFor(meta('q', 'Presidents of clubs'), 'football'));
    s.put(docFor(meta('r', 'Residents protest'), 'noise'));
    expect(s.search('pres').map((h) => [h.id, h.terms.sort()]).sort()).toEqual([['p', ['president', 'press']], ['q', ['presidents']]]);
    expect(s.search('presidnet').map((h) => h.id)).toEqual(['p']);
    // "president" exists, so "presidents" is not widened into a near miss of it; it still completes to itself.
    expect(s.search('president').map((h) => h.id)).toEqual(['p', 'q']);
    expect(s.search('residnts').map((h) => h.id)).toEqual(['r']);
    expect(s.search('xylophone')).toEqual([]);
  });

  it('ranks an exact word above a completion, and a rare word above a common one', () => {
    const s = ClipSearch.empty();
    s.put(docFor(meta('long', 'Other'), 'trader traders'));
    s.put(docFor(meta('exact', 'Other'), 'trade'));
    expect(s.search('trade').map((h) => h.id)).toEqual(['exact', 'long']);
  });

  it('finds the same clips as a plain scan, for random libraries and queries, through replacements and removals', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const words = Array.from({ length: 60 }, (_, k) => `w${k.toString(36)}x`);
    const s = ClipSearch.empty();
    const texts = new Map<string, string>();
    for (let step = 0; step < 400; step++) {
      const id = `c${rand(120)}`;
      if (rand(10) === 0) {
        s.remove(id);
        texts.delete(id);
      } else {
        const text = Array.from({ length: 1 + rand(30) }, () => words[rand(words.length)]).join(' ');
        s.put(docFor(meta(id, ''), text));
        texts.set(id, text);
      }
      if (step === 250) expect(ClipSearch.fromSnapshot(structuredClone(s.snapshot())).size).toBe(texts.size);
    }
    for (let q = 0; q < 40; q++) {
      const query = [words[rand(words.length)], words[rand(words.length)]];
      const want = Array.from(texts).filter(([, t]) => query.every((w) => t.split(' ').includes(w))).map(([id]) => id).sort();
      expect(s.search(query.join(' '), 1000).map((h) => h.id).sort()).toEqual(want);
    }
    expect(s.size).toBe(texts.size);
  });

  it('returns at most `limit` hits, best first', () => {
    const s = ClipSearch.empty();
    for (let k = 1; k <= 50; k++) s.put(docFor(meta(`d${k}`, ''), `${'news '.repeat(k)}filler filler filler filler`));
    const hits = s.search('news', 10);
    expect(hits).toHaveLength(10);
    expect(hits.map((h) => h.score)).toEqual(hits.map((h) => h.score).sort((a, b) => b - a));
    expect(hits[0].id).toBe('d50');
  });

  it('measures edit distance with a bound', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('same', 'same', 0)).toBe(0);
    expect(editDistance('presidnet', 'president', 1)).toBe(1);
  });
});

describe('highlightParts', () => {
  it('marks matches ignoring case and accents', () => {
    expect(highlightParts('Café in São Paulo', ['cafe', 'paulo'])).toEqual([
      { text: 'Café', hit: true },
      { text: ' in São ', hit: false },
      { text: 'Paulo', hit: true },
    ]);
  });
});

describe('openSearch (persistent, incremental)', () => {
  it('indexes saved clips, follows edits and deletes, and reloads from its snapshot', async () => {
    const db = new ClipDB(`test-${crypto.randomUUID()}`);
    const a = await saveArticle(db, article(1, 'First story', 'alpha words here'));
    await saveArticle(db, article(2, 'Second story', 'beta words here'));
    let search = await openSearch(db);
    expect(search.search('alpha').map((h) => h.id)).toEqual([a.clip.id]);
    // A short journal is not worth a new snapshot yet; saving one on request folds it in.
    expect(await db.searchDirty.count()).toBe(2);
    await catchUp(db, search, { persist: true });
    expect(await db.searchDirty.count()).toBe(0);
    expect(await db.searchState.get('snapshot')).toBeDefined();

    await updateClip(db, a.clip.id, { tags: ['gamma'] });
    const third = await saveArticle(db, article(3, 'Third', 'delta'));
    expect(await db.searchDirty.count()).toBe(2);
    search = await openSearch(db);
    expect(search.search('gamma').map((h) => h.id)).toEqual([a.clip.id]);
    expect(search.search('delta').map((h) => h.id)).toEqual([third.clip.id]);

    await deleteClip(db, third.clip.id);
    search = await openSearch(db);
    expect(search.search('delta')).toEqual([]);
    expect(search.size).toBe(2);
  });
});

describe('a snapshot of the older format', () => {
  it('is dropped and the whole library indexed again', async () => {
    const db = new ClipDB(`test-${crypto.randomUUID()}`);
    const a = await saveArticle(db, article(1, 'First story', 'alpha words here'));
    await db.searchDirty.clear();
    await db.searchState.put({ key: 'snapshot', json: '{"documentCount":0}', savedAt: 1 });
    const search = await openSearch(db);
    expect(search.search('alpha').map((h) => h.id)).toEqual([a.clip.id]);
    await catchUp(db, search, { persist: true });
    expect((await db.searchState.get('snapshot'))?.index?.format).toBe(2);
    expect(await db.searchDirty.count()).toBe(0);
  });
});

describe('the search journal', () => {
  it('takes in a clip changed again after it was indexed, and indexes nothing twice', async () => {
    const db = new ClipDB(`test-${crypto.randomUUID()}`);
    const a = await saveArticle(db, article(1, 'First story', 'alpha words here'));
    const search = await openSearch(db);
    expect(await catchUp(db, search)).toBe(0);
    await updateClip(db, a.clip.id, { tags: ['gamma'] });
    expect(await catchUp(db, search)).toBe(1);
    expect(search.search('gamma').map((h) => h.id)).toEqual([a.clip.id]);
    await updateClip(db, a.clip.id, { tags: ['omega'] });
    expect(await catchUp(db, search)).toBe(1);
    expect(search.search('gamma')).toEqual([]);
    expect(search.search('omega').map((h) => h.id)).toEqual([a.clip.id]);
  });

  it('reads the journal again only after a write to it, from this page or another', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const db = new ClipDB(name);
    const a = await saveArticle(db, article(1, 'First story', 'alpha'));
    const search = await openSearch(db);
    const reads = vi.spyOn(db.searchDirty, 'toArray');
    expect(await catchUp(db, search)).toBe(0);
    expect(await catchUp(db, search)).toBe(0);
    expect(reads).not.toHaveBeenCalled();
    // Another connection (the worker saving a clip, another library tab) writes the clip and its journal entry.
    const other = new ClipDB(name);
    await updateClip(other, a.clip.id, { tags: ['elsewhere'] });
    expect(await catchUp(db, search)).toBe(1);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(search.search('elsewhere').map((h) => h.id)).toEqual([a.clip.id]);
    other.close();
  });

  it('folds a long journal into a snapshot by itself, and a reopened index starts from it', async () => {
    const db = new ClipDB(`test-${crypto.randomUUID()}`);
    for (let n = 0; n < SNAPSHOT_EVERY; n++) await saveArticle(db, article(n, `Story ${n}`, n === 7 ? 'needle in body' : 'hay'));
    const search = await openSearch(db);
    expect(await db.searchDirty.count()).toBe(0);
    expect(search.size).toBe(SNAPSHOT_EVERY);
    const reopened = await openSearch(db);
    expect(reopened.search('needle')).toHaveLength(1);
  });

  it('keeps the journal entry of a clip that changed while the snapshot was being written', async () => {
    const db = new ClipDB(`test-${crypto.randomUUID()}`);
    const a = await saveArticle(db, article(1, 'First story', 'alpha'));
    const search = await openSearch(db);
    // The change lands after the index took in the journal but before the snapshot's transaction.
    const snapshot = search.snapshot.bind(search);
    search.snapshot = () => {
      void updateClip(db, a.clip.id, { tags: ['late'] });
      return snapshot();
    };
    // The update's transaction was queued first, so it has committed by the time the snapshot's has.
    await catchUp(db, search, { persist: true });
    search.snapshot = snapshot;
    expect(await db.searchDirty.count()).toBe(1);
    expect(await catchUp(db, search)).toBe(1);
    expect(search.search('late').map((h) => h.id)).toEqual([a.clip.id]);
  });
});

describe('highlightParts with characters that fold to other lengths', () => {
  it('still marks matches next to an ellipsis', () => {
    expect(highlightParts('…met Kushner…', ['kushner'])).toEqual([
      { text: '…met ', hit: false },
      { text: 'Kushner', hit: true },
      { text: '…', hit: false },
    ]);
  });
});
