import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '@/lib/article/types';
import { ClipDB } from '@/lib/clips/db';
import { countOf, listAtSignpost, listFrom, listWindow, readSignposts, type LibraryFilter, type SortKey } from '@/lib/clips/library-query';
import { counts, deleteClip, getImages, normalizeTags, restoreClip, revertClips, saveArticle, updateClip, updateClips } from '@/lib/clips/repository';

function article(n: number, site: string): ExtractedArticle {
  const url = `https://${site}/${n}`;
  return {
    url, canonicalUrl: url, isArticle: true, title: `Story ${n}`, byline: null, siteName: site, lang: 'en', dir: 'ltr',
    // Published order is the reverse of saved order, so the two sorts differ.
    published: { iso: new Date(Date.UTC(2026, 0, 1) - n * 3600_000).toISOString(), raw: '', source: 'meta', confidence: 1, hasTime: true },
    modified: null, leadImage: null, excerpt: null, summary: [], html: `<p>${n}</p>`, text: `${n}`, wordCount: 1, readingMinutes: 1, warnings: [], images: [],
  };
}

/** 40 clips over two sites; every 3rd favourite, every 4th read, every 5th archived, every 2nd tagged. */
async function library(): Promise<ClipDB> {
  const db = new ClipDB(`test-${crypto.randomUUID()}`);
  for (let n = 0; n < 40; n++) {
    const { clip } = await saveArticle(db, article(n, n % 2 ? 'odd.example' : 'even.example'), 1000 + n);
    await updateClip(db, clip.id, { favourite: n % 3 ? 0 : 1, read: n % 4 ? 0 : 1, archived: n % 5 ? 0 : 1, tags: n % 2 ? [] : ['Even', ' even ', '#World'] });
  }
  return db;
}

const numbers = (rows: { title: string }[]) => rows.map((r) => Number(r.title.split(' ')[1]));

describe('listWindow', () => {
  const expectations: [LibraryFilter, (n: number) => boolean][] = [
    [{ kind: 'all' }, () => true],
    [{ kind: 'unread' }, (n) => n % 4 !== 0],
    [{ kind: 'read' }, (n) => n % 4 === 0],
    [{ kind: 'favourite' }, (n) => n % 3 === 0],
    [{ kind: 'archived' }, (n) => n % 5 === 0],
    [{ kind: 'site', site: 'odd.example' }, (n) => n % 2 === 1],
    [{ kind: 'tag', tag: 'world' }, (n) => n % 2 === 0],
  ];

  it.each(expectations)('pages %o newest saved first, and its count comes from the counters', async (filter, keep) => {
    const db = await library();
    const all = Array.from({ length: 40 }, (_, n) => 39 - n).filter(keep);
    const total = countOf(filter, await counts(db));
    expect(total).toBe(all.length);
    const pages = [...(await listWindow(db, filter, 'savedAt', 0, 5, total)), ...(await listWindow(db, filter, 'savedAt', 5, 100, total))];
    expect(numbers(pages)).toEqual(all);
  });

  it.each(expectations)('sorts %o by published time too, in memory or by walking the index', async (filter, keep) => {
    const db = await library();
    const oldestFirst = Array.from({ length: 40 }, (_, n) => n).filter(keep);
    const total = countOf(filter, await counts(db));
    expect(numbers(await listWindow(db, filter, 'publishedAt', 2, 4, total))).toEqual(oldestFirst.slice(2, 6));
    // Pretending the match set is huge takes the index-walking path: same rows.
    expect(numbers(await listWindow(db, filter, 'publishedAt', 2, 4, 1e9))).toEqual(oldestFirst.slice(2, 6));
  });
});

describe('listFrom (scrolling by key)', () => {
  it.each([[{ kind: 'all' }], [{ kind: 'unread' }], [{ kind: 'site', site: 'odd.example' }]] as [LibraryFilter][])(
    'reads the same rows by key as by position for %o, ties in saved time included, in both directions',
    async (filter) => {
      const db = new ClipDB(`test-${crypto.randomUUID()}`);
      // Saved in three bursts of equal times: ties broken by id, as IndexedDB orders them.
      for (let n = 0; n < 30; n++) await saveArticle(db, article(n, n % 2 ? 'odd.example' : 'even.example'), 1000 + Math.floor(n / 10));
      for (let n = 0; n < 30; n += 4) await updateClip(db, (await db.clips.where('url').equals(`https://${n % 2 ? 'odd.example' : 'even.example'}/${n}`).first())!.id, { read: 1 });
      const total = countOf(filter, await counts(db));
      const all = await listWindow(db, filter, 'savedAt', 0, 100, total);
      expect(all).toHaveLength(total);
      for (const at of [0, 3, total - 4]) {
        const after = await listFrom(db, filter, 'savedAt', { row: all[at], direction: 'after' }, 5);
        expect(after?.map((r) => r.id)).toEqual(all.slice(at + 1, at + 6).map((r) => r.id));
        const before = await listFrom(db, filter, 'savedAt', { row: all[at], direction: 'before' }, 3);
        expect(before?.map((r) => r.id)).toEqual(all.slice(Math.max(0, at - 3), at).map((r) => r.id));
      }
    },
  );

  it('declines where the view has no index for it (the caller reads by position)', async () => {
    const db = new ClipDB(`test-${crypto.randomUUID()}`);
    const { clip } = await saveArticle(db, article(1, 'a.example'), 1000);
    expect(await listFrom(db, { kind: 'tag', tag: 'x' }, 'savedAt', { row: clip, direction: 'after' }, 5)).toBeNull();
    expect(await listFrom(db, { kind: 'favourite' }, 'publishedAt', { row: clip, direction: 'after' }, 5)).toBeNull();
  });
});

describe('signposts (jumping far into a large view)', () => {
  it.each([
    [{ kind: 'all' }, 'savedAt'],
    [{ kind: 'all' }, 'publishedAt'],
    [{ kind: 'unread' }, 'savedAt'],
    [{ kind: 'site', site: 'odd.example' }, 'savedAt'],
  ] as [LibraryFilter, SortKey][])('reads the same rows from a signpost as by position at every offset of %o by %s, ties included', async (filter, sort) => {
    const db = new ClipDB(`test-${crypto.randomUUID()}`);
    // Saved in bursts of equal times: ties broken by id, as IndexedDB orders them.
    for (let n = 0; n < 40; n++) await saveArticle(db, article(n, n % 2 ? 'odd.example' : 'even.example'), 1000 + Math.floor(n / 6));
    for (let n = 0; n < 40; n += 4) await updateClip(db, (await db.clips.where('url').equals(`https://${n % 2 ? 'odd.example' : 'even.example'}/${n}`).first())!.id, { read: 1 });
    const total = countOf(filter, await counts(db));
    const all = await listWindow(db, filter, sort, 0, 100, total);
    expect(all).toHaveLength(total);
    const posts = await readSignposts(db, filter, sort, 7);
    expect(posts?.rows.map((r) => r.id)).toEqual(all.filter((_, i) => i % 7 === 0).map((r) => r.id));
    for (let at = 0; at < total; at++) {
      const rows = await listAtSignpost(db, filter, sort, posts!, at, 5);
      expect(rows?.map((r) => r.id), `offset ${at}`).toEqual(all.slice(at, at + 5).map((r) => r.id));
    }
    expect(await listAtSignpost(db, filter, sort, posts!, total + 7, 5)).toBeNull();
  });

  it('has none where the view has no index in its order (tags, or flags by published time)', async () => {
    const db = await library();
    expect(await readSignposts(db, { kind: 'tag', tag: 'world' }, 'savedAt')).toBeNull();
    expect(await readSignposts(db, { kind: 'favourite' }, 'publishedAt')).toBeNull();
  });
});

describe('tags and bulk changes', () => {
  it('normalises tags: trimmed, lower case, no hash, no duplicates', () => {
    expect(normalizeTags([' Politics', 'politics', '#EU', '', '  '])).toEqual(['politics', 'eu']);
  });

  it('archives many clips in one change, keeps counts right, and undoes it', async () => {
    const db = await library();
    const before = await counts(db);
    const ids = (await listWindow(db, { kind: 'unread' }, 'savedAt', 0, 10, 30)).map((c) => c.id);
    const previous = await updateClips(db, ids, (c) => ({ archived: 1, tags: [...c.tags, 'later'] }));
    const after = await counts(db);
    expect(after['tag:later']).toBe(10);
    expect(after.archived).toBe(before.archived + previous.filter((p) => !p.archived).length);
    await revertClips(db, previous);
    expect(await counts(db)).toEqual(before);
  });

  it('journals a bulk change for search only where tags changed', async () => {
    const db = await library();
    await db.searchDirty.clear();
    const ids = (await listWindow(db, { kind: 'all' }, 'savedAt', 0, 4, 40)).map((c) => c.id);
    const previous = await updateClips(db, ids, () => ({ favourite: 1 }));
    expect(await db.searchDirty.count()).toBe(0);
    await updateClips(db, ids.slice(0, 2), (c) => ({ tags: [...c.tags, 'new'] }));
    expect((await db.searchDirty.toArray()).map((e) => e.id).sort()).toEqual(ids.slice(0, 2).sort());
    await db.searchDirty.clear();
    await revertClips(db, previous);
    expect((await db.searchDirty.toArray()).map((e) => e.id).sort()).toEqual(ids.slice(0, 2).sort());
  });

  it('a clip deleted after a bulk change stays deleted when the change is undone', async () => {
    const db = await library();
    const ids = (await listWindow(db, { kind: 'all' }, 'savedAt', 0, 2, 40)).map((c) => c.id);
    const previous = await updateClips(db, ids, () => ({ favourite: 1 }));
    await deleteClip(db, ids[0]);
    await revertClips(db, previous);
    expect(await db.clips.get(ids[0])).toBeUndefined();
    expect((await counts(db)).all).toBe(39);
  });
});

describe('offline images in the store', () => {
  const img = (n: number) => ({ url: `https://cdn.example/${n}.png`, blob: new Blob([new Uint8Array([n])], { type: 'image/png' }) });

  it('saves images with the clip, replaces them on re-save, and delete/undo takes them along', async () => {
    const db = new ClipDB(`test-${crypto.randomUUID()}`);
    const { clip } = await saveArticle(db, article(1, 'a.example'), 1000, undefined, [img(1), img(2)]);
    expect((await getImages(db, clip.id)).map((i) => i.url)).toEqual([img(1).url, img(2).url]);
    await saveArticle(db, article(1, 'a.example'), 2000, undefined, [img(3)]);
    expect((await getImages(db, clip.id)).map((i) => i.url)).toEqual([img(3).url]);
    const removed = await deleteClip(db, clip.id);
    expect(await db.images.count()).toBe(0);
    await restoreClip(db, removed!);
    expect((await getImages(db, clip.id)).map((i) => [i.url, i.bytes, i.type])).toEqual([[img(3).url, 1, 'image/png']]);
  });

  it('a failing save stores neither the clip nor its images', async () => {
    const db = new ClipDB(`test-${crypto.randomUUID()}`);
    await db.open();
    db.bodies.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveArticle(db, article(1, 'a.example'), 1000, undefined, [img(1)])).rejects.toThrow('disk full');
    expect(await db.images.count()).toBe(0);
    expect(await db.clips.count()).toBe(0);
  });
});
