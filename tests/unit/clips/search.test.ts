import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '@/lib/article/types';
import { ClipDB } from '@/lib/clips/db';
import { deleteClip, saveArticle, updateClip } from '@/lib/clips/repository';
import { ClipSearch, docFor, highlightParts, searchTokens } from '@/lib/clips/search-index';
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

  it('survives a JSON round trip', () => {
    const again = ClipSearch.fromJSON(search.toJSON());
    expect(again.search('deepword').map((h) => h.id)).toEqual(['a']);
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
    const toJSON = search.toJSON.bind(search);
    search.toJSON = () => {
      void updateClip(db, a.clip.id, { tags: ['late'] });
      return toJSON();
    };
    // The update's transaction was queued first, so it has committed by the time the snapshot's has.
    await catchUp(db, search, { persist: true });
    search.toJSON = toJSON;
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
