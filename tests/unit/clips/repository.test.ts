import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '@/lib/article/types';
import { ClipDB } from '@/lib/clips/db';
import { listFrom, listWindow } from '@/lib/clips/library-query';
import { deleteClip, findByUrl, getClip, restoreClip, saveArticle } from '@/lib/clips/repository';

function article(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url: 'https://news.example/a?utm_source=x',
    canonicalUrl: 'https://news.example/a',
    isArticle: true,
    title: 'A headline',
    byline: 'A. Writer',
    siteName: 'Example News',
    lang: 'en',
    dir: 'ltr',
    published: { iso: '2026-01-21T16:09:00+05:30', raw: '21-01-2026 16:09 IST', source: 'text', confidence: 0.8, hasTime: true },
    modified: null,
    leadImage: null,
    excerpt: null,
    summary: ['One.', 'Two.'],
    html: '<p>Body</p>',
    text: 'Body',
    wordCount: 1,
    readingMinutes: 1,
    warnings: [], images: [],
    ...overrides,
  };
}

const freshDb = () => new ClipDB(`test-${crypto.randomUUID()}`);

describe('saveArticle', () => {
  it('stores metadata and body under one id, keyed by canonical URL', async () => {
    const db = freshDb();
    const { clip, updated } = await saveArticle(db, article(), 1000);
    expect(updated).toBe(false);
    expect(clip.url).toBe('https://news.example/a');
    expect(clip.publishedAt).toBe(Date.parse('2026-01-21T10:39:00Z'));
    const stored = await getClip(db, clip.id);
    expect(stored?.body.html).toBe('<p>Body</p>');
    expect(stored?.meta.title).toBe('A headline');
  });

  it('updates the clip of the same canonical URL instead of duplicating it', async () => {
    const db = freshDb();
    const first = await saveArticle(db, article(), 1000);
    const second = await saveArticle(db, article({ title: 'New headline', text: 'Changed' }), 2000);
    expect(second.updated).toBe(true);
    expect(second.clip.id).toBe(first.clip.id);
    expect(second.clip.createdAt).toBe(1000);
    expect(second.clip.savedAt).toBe(2000);
    expect(await db.clips.count()).toBe(1);
    expect((await getClip(db, first.clip.id))?.body.text).toBe('Changed');
  });

  it('leaves no partial clip when the body write fails', async () => {
    const db = freshDb();
    await db.open();
    db.bodies.put = (() => Promise.reject(new Error('disk full'))) as never;
    await expect(saveArticle(db, article())).rejects.toThrow('disk full');
    expect(await db.clips.count()).toBe(0);
  });
});

describe('listing, deleting and undo', () => {
  it('lists newest first, a window at a time, by position or on from a row', async () => {
    const db = freshDb();
    for (let i = 0; i < 5; i++) await saveArticle(db, article({ canonicalUrl: `https://n.example/${i}` }), 1000 + i);
    const page1 = await listWindow(db, { kind: 'all' }, 'savedAt', 0, 2, 5);
    expect(page1.map((c) => c.savedAt)).toEqual([1004, 1003]);
    const page2 = await listFrom(db, { kind: 'all' }, 'savedAt', { row: page1[1], direction: 'after' }, 2);
    expect(page2?.map((c) => c.savedAt)).toEqual([1002, 1001]);
  });

  it('deletes a clip and restores it on undo', async () => {
    const db = freshDb();
    const { clip } = await saveArticle(db, article());
    const removed = await deleteClip(db, clip.id);
    expect(await findByUrl(db, clip.url)).toBeUndefined();
    expect(await db.bodies.count()).toBe(0);
    await restoreClip(db, removed!);
    expect((await getClip(db, clip.id))?.body.text).toBe('Body');
  });
});
