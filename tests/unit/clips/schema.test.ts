import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import v1 from '../../fixtures/db/v1-clips.json';
import type { ExtractedArticle } from '@/lib/article/types';
import { ClipDB, openLibrary, SCHEMA_VERSION } from '@/lib/clips/db';
import { listWindow } from '@/lib/clips/library-query';
import { counts, deleteClip, restoreClip, saveArticle, updateClip } from '@/lib/clips/repository';

const name = () => `test-${crypto.randomUUID()}`;

async function writeV1(dbName: string): Promise<void> {
  const old = new Dexie(dbName);
  old.version(1).stores({ clips: 'id, &url, savedAt, publishedAt, siteName, *tags', bodies: 'id' });
  await old.table('clips').bulkPut(v1.clips);
  await old.table('bodies').bulkPut(v1.bodies);
  old.close();
}

function article(url: string, text: string, modified: string | null = null): ExtractedArticle {
  return {
    url, canonicalUrl: url, isArticle: true, title: 'T', byline: null, siteName: 'Site', lang: 'en', dir: 'ltr',
    published: null, modified: modified ? { iso: modified, raw: modified, source: 'meta', confidence: 0.9, hasTime: true } : null,
    leadImage: null, excerpt: null, summary: [], html: `<p>${text}</p>`, text, wordCount: 1, readingMinutes: 1, warnings: [], images: [],
  };
}

describe('schema upgrades', () => {
  it('upgrades a version-1 library: every clip kept, new fields defaulted, counters built', async () => {
    const dbName = name();
    await writeV1(dbName);
    const db = new ClipDB(dbName);
    const opened = await openLibrary(db);
    expect(opened.ok).toBe(true);
    const clips = await db.clips.toArray();
    expect(clips).toHaveLength(2);
    for (const c of clips) expect(c).toMatchObject({ status: 'saved', read: 0, favourite: 0, archived: 0, progress: 0 });
    expect(await db.bodies.count()).toBe(2);
    expect(await counts(db)).toEqual({ all: 2, unread: 2, 'site:Example News': 1, 'site:Other': 1, 'tag:politics': 1 });
  });

  it('upgrades a version-2 library to version 3: clips and counters kept, images table and filter indexes ready', async () => {
    const dbName = name();
    // Version 2 exactly as released (v1 + v2 declarations), written by the v2 code path.
    const v2 = new Dexie(dbName);
    v2.version(1).stores({ clips: 'id, &url, savedAt, publishedAt, siteName, *tags', bodies: 'id' });
    v2.version(2).stores({ clips: 'id, &url, savedAt, publishedAt, siteName, *tags, status, read, favourite, archived', bodies: 'id', versions: 'id, clipId, savedAt', counters: 'key', searchState: 'key', searchDirty: 'id' });
    const rows = v1.clips.map((c) => ({ ...c, status: 'saved', read: 1, favourite: 0, archived: 0, progress: 0.5, contentHash: 'h' }));
    await v2.table('clips').bulkPut(rows);
    await v2.table('bodies').bulkPut(v1.bodies);
    await v2.table('counters').bulkPut([{ key: 'all', n: 2 }]);
    v2.close();
    const db = new ClipDB(dbName);
    expect(await openLibrary(db)).toMatchObject({ ok: true });
    expect(db.verno).toBe(3);
    expect(await db.clips.toArray()).toEqual(expect.arrayContaining(rows.map((r) => expect.objectContaining({ id: r.id, progress: 0.5 }))));
    expect(await counts(db)).toEqual({ all: 2 });
    expect(await db.images.count()).toBe(0);
    expect(await db.clips.where('[read+savedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count()).toBe(2);
  });

  it('opening an upgraded library again changes nothing (upgrades are idempotent)', async () => {
    const dbName = name();
    await writeV1(dbName);
    const first = new ClipDB(dbName);
    await first.open();
    const before = { clips: await first.clips.toArray(), counters: await counts(first) };
    first.close();
    const again = new ClipDB(dbName);
    expect(await openLibrary(again)).toMatchObject({ ok: true });
    expect(await again.clips.toArray()).toEqual(before.clips);
    expect(await counts(again)).toEqual(before.counters);
  });

  it('refuses a database written by a newer Brief, changing nothing', async () => {
    const dbName = name();
    const newer = new Dexie(dbName);
    newer.version(SCHEMA_VERSION + 1).stores({ clips: 'id, &url, savedAt', bodies: 'id', versions: 'id', counters: 'key', future: 'id' });
    await newer.table('clips').put({ id: 'x', url: 'https://a.example', savedAt: 1 });
    newer.close();
    const outcome = await openLibrary(new ClipDB(dbName));
    expect(outcome).toMatchObject({ ok: false, reason: 'newer-schema', message: expect.stringMatching(/newer version of Brief/) });
    const check = new Dexie(dbName);
    await check.open();
    expect(check.verno).toBe(SCHEMA_VERSION + 1);
    expect(await check.table('clips').count()).toBe(1);
    check.close();
  });
});

describe('the app database opens only through the check', () => {
  it('never opens a newer library behind the check: queries before the open fail, and nothing is written', async () => {
    const dbName = name();
    const newer = new Dexie(dbName);
    newer.version(SCHEMA_VERSION + 1).stores({ clips: 'id, &url, savedAt', future: 'id' });
    await newer.table('clips').put({ id: 'x', url: 'https://a.example', savedAt: 1 });
    newer.close();
    // As the app's shared instance is made (clipDB()): no implicit open.
    const app = new ClipDB(dbName, { autoOpen: false });
    await expect(app.clips.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(await openLibrary(app)).toMatchObject({ ok: false, reason: 'newer-schema' });
    await expect(app.clips.toArray()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const check = new Dexie(dbName);
    await check.open();
    expect(check.verno).toBe(SCHEMA_VERSION + 1);
    expect(check.tables.map((t) => t.name).sort()).toEqual(['clips', 'future']);
    check.close();
  });

  it('callers asking at once share one open; later callers get the open library at once', async () => {
    const app = new ClipDB(name(), { autoOpen: false });
    const opens: unknown[] = [];
    const realOpen = app.open.bind(app);
    app.open = () => {
      opens.push(1);
      return realOpen();
    };
    const [a, b] = await Promise.all([openLibrary(app), openLibrary(app)]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toMatchObject({ ok: true });
    expect(await openLibrary(app)).toMatchObject({ ok: true });
    expect(opens).toHaveLength(1);
    expect(await app.clips.count()).toBe(0);
  });
});

describe('update, rollback, re-update', () => {
  /** The next Brief, as it might be: one more table, everything else as today. */
  class NextClipDB extends ClipDB {
    constructor(name: string) {
      super(name);
      this.version(SCHEMA_VERSION + 1).stores({ highlights: 'id, clipId' });
    }
  }

  it('a rollback refuses the newer library without touching it, and the newer build opens it again intact', async () => {
    const dbName = name();
    const today = new ClipDB(dbName);
    const { clip } = await saveArticle(today, article('https://a.example/1', 'kept through it all'));
    today.close();

    // The next build's own openLibrary would accept its own schema: here it simply opens (and upgrades).
    const next = new NextClipDB(dbName);
    await next.open();
    expect(next.verno).toBe(SCHEMA_VERSION + 1);
    await next.table('highlights').put({ id: 'h1', clipId: clip.id });
    next.close();

    const rolledBack = new ClipDB(dbName);
    expect(await openLibrary(rolledBack)).toMatchObject({ ok: false, reason: 'newer-schema' });
    expect(rolledBack.isOpen()).toBe(false);

    const again = new NextClipDB(dbName);
    await again.open();
    expect((await again.clips.get(clip.id))?.title).toBe('T');
    expect((await again.bodies.get(clip.id))?.text).toBe('kept through it all');
    expect(await again.table('highlights').count()).toBe(1);
  });

  it('after a failed open the library says what to do, and opening again works', async () => {
    const db = new ClipDB(name());
    const open = db.open.bind(db);
    let failures = 1;
    db.open = (() => (failures-- > 0 ? Promise.reject(new Error('UnknownError: internal error opening backing store')) : open())) as typeof db.open;
    const first = await openLibrary(db);
    expect(first).toMatchObject({ ok: false, reason: 'open-failed', message: expect.stringMatching(/could not open your library .* retry/) });
    expect(await openLibrary(db)).toMatchObject({ ok: true });
    await saveArticle(db, article('https://a.example/2', 'written after the retry'));
    expect(await db.clips.count()).toBe(1);
  });
});

describe('counters, flags and versions', () => {
  it('keeps counters in step with saves, flags, tags, deletes and undo', async () => {
    const db = new ClipDB(name());
    const a = await saveArticle(db, article('https://a.example/1', 'one'));
    await saveArticle(db, article('https://a.example/2', 'two'));
    await updateClip(db, a.clip.id, { read: 1, favourite: 1, tags: ['x', 'x', ' y '] });
    expect(await counts(db)).toEqual({ all: 2, unread: 1, favourite: 1, 'site:Site': 2, 'tag:x': 1, 'tag:y': 1 });
    const removed = await deleteClip(db, a.clip.id);
    expect(await counts(db)).toEqual({ all: 1, unread: 1, 'site:Site': 1 });
    await restoreClip(db, removed!);
    expect((await counts(db)).all).toBe(2);
    expect((await counts(db))['tag:y']).toBe(1);
  });

  it('keeps the previous version when a re-clip changed the text, and keeps tags and flags', async () => {
    const db = new ClipDB(name());
    const first = await saveArticle(db, article('https://a.example/1', 'first text'), 1000);
    await updateClip(db, first.clip.id, { tags: ['keep'], read: 1 });
    const same = await saveArticle(db, article('https://a.example/1', 'first  text'), 2000);
    expect(same).toMatchObject({ updated: true, changed: false });
    const again = await saveArticle(db, article('https://a.example/1', 'second text', '2026-01-22T10:00:00+00:00'), 3000);
    expect(again).toMatchObject({ updated: true, changed: true });
    expect(again.clip).toMatchObject({ tags: ['keep'], read: 1 });
    const versions = await db.versions.where('clipId').equals(first.clip.id).toArray();
    expect(versions.map((v) => v.text)).toEqual(['first  text']);
  });

  it('sorts by published time as well as saved time', async () => {
    const db = new ClipDB(name());
    const older = article('https://a.example/old', 'x');
    older.published = { iso: '2020-01-01', raw: '2020-01-01', source: 'meta', confidence: 0.9, hasTime: false };
    const newer = article('https://a.example/new', 'y');
    newer.published = { iso: '2025-01-01', raw: '2025-01-01', source: 'meta', confidence: 0.9, hasTime: false };
    await saveArticle(db, newer, 1);
    await saveArticle(db, older, 2);
    expect((await listWindow(db, { kind: 'all' }, 'publishedAt', 0, 10, 2)).map((c) => c.url)).toEqual(['https://a.example/new', 'https://a.example/old']);
  });
});
