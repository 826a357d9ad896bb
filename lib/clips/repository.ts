import type { ExtractedArticle } from '@/lib/article/types';
import type { ClipDB } from '@/lib/clips/db';
import type { Clip, ClipMeta } from '@/lib/clips/types';

export interface SaveOutcome {
  clip: ClipMeta;
  /** True when a clip of the same canonical URL existed and was updated. */
  updated: boolean;
}

function epochOf(iso: string | undefined): number {
  if (!iso) return 0;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
}

/**
 * Save an extracted article, or update the clip with the same canonical URL.
 * Metadata and body are written in one transaction: all or nothing.
 */
export async function saveArticle(
  db: ClipDB,
  article: ExtractedArticle,
  now: number = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<SaveOutcome> {
  const url = article.canonicalUrl || article.url;
  return db.transaction('rw', db.clips, db.bodies, async () => {
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
    };
    await db.clips.put(clip);
    await db.bodies.put({ id, html: article.html, text: article.text });
    return { clip, updated: existing !== undefined };
  });
}

export async function findByUrl(db: ClipDB, url: string): Promise<ClipMeta | undefined> {
  return db.clips.where('url').equals(url).first();
}

/** Newest first. `before` pages by `savedAt` (keyset paging, no offsets). */
export async function listClips(db: ClipDB, opts: { limit?: number; before?: number } = {}): Promise<ClipMeta[]> {
  const limit = opts.limit ?? 50;
  const range = opts.before === undefined ? db.clips.orderBy('savedAt') : db.clips.where('savedAt').below(opts.before);
  return range.reverse().limit(limit).toArray();
}

export async function getClip(db: ClipDB, id: string): Promise<Clip | undefined> {
  return db.transaction('r', db.clips, db.bodies, async () => {
    const meta = await db.clips.get(id);
    const body = await db.bodies.get(id);
    return meta && body ? { meta, body } : undefined;
  });
}

/** Delete a clip and return it, so the caller can offer undo. */
export async function deleteClip(db: ClipDB, id: string): Promise<Clip | undefined> {
  return db.transaction('rw', db.clips, db.bodies, async () => {
    const clip = await getClip(db, id);
    await db.clips.delete(id);
    await db.bodies.delete(id);
    return clip;
  });
}

/** Put back a clip removed by `deleteClip` (undo). */
export async function restoreClip(db: ClipDB, clip: Clip): Promise<void> {
  await db.transaction('rw', db.clips, db.bodies, async () => {
    await db.clips.put(clip.meta);
    await db.bodies.put(clip.body);
  });
}
