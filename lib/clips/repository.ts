import type { ExtractedArticle } from '@/lib/article/types';
import { journalEntry } from '@/lib/clips/journal';
import { counterDelta } from '@/lib/clips/counters';
import type { ClipDB } from '@/lib/clips/db';
import { textHash } from '@/lib/clips/hash';
import type { Clip, ClipImage, ClipMeta } from '@/lib/clips/types';

/** An image downloaded at clip time, named by the URL the article HTML uses for it. */
export interface ImageInput {
  url: string;
  blob: Blob;
}

/** A deleted clip with everything needed to put it back. */
export type RemovedClip = Clip & { images: ClipImage[] };

export interface SaveOutcome {
  clip: ClipMeta;
  /** True when a clip of the same canonical URL existed and was updated. */
  updated: boolean;
  /** True when the update changed the text or the modified time; the previous state was kept as a version. */
  changed: boolean;
}

/** What changed on the page since it was saved. */
export interface ChangesSinceSaved {
  modifiedChanged: boolean;
  textChanged: boolean;
}

function epochOf(iso: string | undefined): number {
  if (!iso) return 0;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
}

/** Compare a fresh extraction with the saved clip. */
export function changesSince(saved: ClipMeta, article: ExtractedArticle): ChangesSinceSaved {
  return {
    modifiedChanged: (article.modified?.iso ?? null) !== (saved.modified?.iso ?? null) && article.modified !== null,
    textChanged: saved.contentHash !== '' && saved.contentHash !== textHash(article.text),
  };
}

/** Apply counter changes; call inside a transaction over `counters`. */
export async function applyCounterDelta(db: ClipDB, delta: Map<string, number>): Promise<void> {
  for (const [key, d] of delta) {
    const n = Math.max(0, ((await db.counters.get(key))?.n ?? 0) + d);
    if (n === 0) await db.counters.delete(key);
    else await db.counters.put({ key, n });
  }
}

function bumpCounters(db: ClipDB, before: ClipMeta | undefined, after: ClipMeta | undefined): Promise<void> {
  return applyCounterDelta(db, counterDelta(before, after));
}

const imageRows = (clipId: string, images: ImageInput[]): ClipImage[] =>
  images.map((img, n) => ({ id: `${clipId} ${String(n).padStart(3, '0')}`, clipId, url: img.url, type: img.blob.type, bytes: img.blob.size, blob: img.blob }));

/**
 * Save an extracted article with its offline images, or update the clip with the same canonical URL
 * (keeping its tags and flags, and the previous text as a version when it changed; its images are
 * replaced by the new ones). One transaction: all or nothing.
 */
export async function saveArticle(
  db: ClipDB,
  article: ExtractedArticle,
  now: number = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
  images: ImageInput[] = [],
): Promise<SaveOutcome> {
  const url = article.canonicalUrl || article.url;
  const contentHash = textHash(article.text);
  return db.transaction('rw', [db.clips, db.bodies, db.versions, db.counters, db.searchDirty, db.images], async () => {
    const existing = await db.clips.where('url').equals(url).first();
    const id = existing?.id ?? newId();
    const clip: ClipMeta = {
      id,
      url,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      lang: article.lang,
      dir: article.dir,
      excerpt: article.excerpt,
      summary: article.summary,
      published: article.published,
      modified: article.modified,
      publishedAt: epochOf(article.published?.iso),
      leadImage: article.leadImage,
      wordCount: article.wordCount,
      readingMinutes: article.readingMinutes,
      savedAt: now,
      createdAt: existing?.createdAt ?? now,
      tags: existing?.tags ?? [],
      status: 'saved',
      read: existing?.read ?? 0,
      favourite: existing?.favourite ?? 0,
      archived: existing?.archived ?? 0,
      progress: existing?.progress ?? 0,
      contentHash,
    };
    let changed = false;
    if (existing && existing.status === 'saved') {
      const change = changesSince(existing, article);
      changed = change.textChanged || change.modifiedChanged;
      const body = await db.bodies.get(id);
      if (changed && body) {
        await db.versions.put({
          id: newId(),
          clipId: id,
          savedAt: existing.savedAt,
          title: existing.title,
          modified: existing.modified,
          html: body.html,
          text: body.text,
          contentHash: existing.contentHash,
        });
      }
    }
    await db.clips.put(clip);
    await db.bodies.put({ id, html: article.html, text: article.text });
    await db.images.where('clipId').equals(id).delete();
    await db.images.bulkPut(imageRows(id, images));
    await bumpCounters(db, existing, clip);
    await db.searchDirty.put(journalEntry(id));
    return { clip, updated: existing !== undefined, changed };
  });
}

export async function findByUrl(db: ClipDB, url: string): Promise<ClipMeta | undefined> {
  return db.clips.where('url').equals(url).first();
}

export async function getClip(db: ClipDB, id: string): Promise<Clip | undefined> {
  return db.transaction('r', db.clips, db.bodies, async () => {
    const meta = await db.clips.get(id);
    const body = await db.bodies.get(id);
    return meta && body ? { meta, body } : undefined;
  });
}

/** A clip's offline images, in article order. */
export async function getImages(db: ClipDB, clipId: string): Promise<ClipImage[]> {
  return db.images.where('clipId').equals(clipId).sortBy('id');
}

/** Delete a clip (with its versions and images) and return it, so the caller can offer undo. */
export async function deleteClip(db: ClipDB, id: string): Promise<RemovedClip | undefined> {
  return db.transaction('rw', [db.clips, db.bodies, db.versions, db.counters, db.searchDirty, db.images], async () => {
    const meta = await db.clips.get(id);
    const body = await db.bodies.get(id);
    if (!meta) return undefined;
    const images = await db.images.where('clipId').equals(id).toArray();
    await db.clips.delete(id);
    await db.bodies.delete(id);
    await db.versions.where('clipId').equals(id).delete();
    await db.images.where('clipId').equals(id).delete();
    await bumpCounters(db, meta, undefined);
    await db.searchDirty.put(journalEntry(id));
    return { meta, body: body ?? { id, html: '', text: '' }, images };
  });
}

/** Put back a clip removed by `deleteClip` (undo). */
export async function restoreClip(db: ClipDB, clip: RemovedClip): Promise<void> {
  await db.transaction('rw', [db.clips, db.bodies, db.counters, db.searchDirty, db.images], async () => {
    const existing = await db.clips.get(clip.meta.id);
    await db.clips.put(clip.meta);
    await db.bodies.put(clip.body);
    await db.images.bulkPut(clip.images);
    await bumpCounters(db, existing, clip.meta);
    await db.searchDirty.put(journalEntry(clip.meta.id));
  });
}

/** Change flags or tags of many clips in one transaction (bulk actions); returns the clips as they were, for undo. */
export async function updateClips(
  db: ClipDB,
  ids: string[],
  change: (clip: ClipMeta) => Partial<Pick<ClipMeta, 'read' | 'favourite' | 'archived' | 'tags'>>,
): Promise<ClipMeta[]> {
  return db.transaction('rw', [db.clips, db.counters, db.searchDirty], async () => {
    const before = (await db.clips.bulkGet(ids)).filter((c): c is ClipMeta => !!c);
    const delta = new Map<string, number>();
    const after = before.map((b) => {
      const patch = change(b);
      const a: ClipMeta = { ...b, ...patch, tags: patch.tags ? normalizeTags(patch.tags) : b.tags };
      counterDelta(b, a, delta);
      return a;
    });
    await db.clips.bulkPut(after);
    await applyCounterDelta(db, delta);
    // Only tags are searched among these fields: flags alone leave the index as it is.
    await db.searchDirty.bulkPut(after.filter((a, i) => !sameTags(a, before[i])).map((a) => journalEntry(a.id)));
    return before;
  });
}

/** Put clips' listing data back as it was before a bulk change (undo). */
export async function revertClips(db: ClipDB, before: ClipMeta[]): Promise<void> {
  await db.transaction('rw', [db.clips, db.counters, db.searchDirty], async () => {
    const current = await db.clips.bulkGet(before.map((b) => b.id));
    const delta = new Map<string, number>();
    const back: ClipMeta[] = [];
    const retagged: string[] = [];
    before.forEach((b, i) => {
      const now = current[i];
      // A clip deleted since the change stays deleted.
      if (!now) return;
      counterDelta(now, b, delta);
      back.push(b);
      if (!sameTags(b, now)) retagged.push(b.id);
    });
    await db.clips.bulkPut(back);
    await applyCounterDelta(db, delta);
    await db.searchDirty.bulkPut(retagged.map(journalEntry));
  });
}

const sameTags = (a: ClipMeta, b: ClipMeta | undefined) => !!b && a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]);

/** Tags as stored: trimmed, lower-cased for matching, no empties or duplicates. */
export function normalizeTags(tags: string[]): string[] {
  return Array.from(new Set(tags.map((t) => t.trim().replace(/^#/, '').toLowerCase()).filter(Boolean)));
}

/** Change a clip's flags, tags or reading progress. */
export async function updateClip(
  db: ClipDB,
  id: string,
  patch: Partial<Pick<ClipMeta, 'read' | 'favourite' | 'archived' | 'tags' | 'progress'>>,
): Promise<ClipMeta | undefined> {
  return db.transaction('rw', [db.clips, db.counters, db.searchDirty], async () => {
    const before = await db.clips.get(id);
    if (!before) return undefined;
    const after: ClipMeta = { ...before, ...patch, tags: patch.tags ? normalizeTags(patch.tags) : before.tags };
    await db.clips.put(after);
    await bumpCounters(db, before, after);
    if (patch.tags) await db.searchDirty.put(journalEntry(id));
    return after;
  });
}

/** The library's running counts ('all', 'unread', 'site:…', 'tag:…'), read without scanning clips. */
export async function counts(db: ClipDB): Promise<Record<string, number>> {
  return Object.fromEntries((await db.counters.toArray()).map((c) => [c.key, c.n]));
}
