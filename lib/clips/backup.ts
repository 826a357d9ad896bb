import type { ClipDB } from '@/lib/clips/db';
import { SCHEMA_VERSION } from '@/lib/clips/db';
import { counterDelta } from '@/lib/clips/counters';
import { applyCounterDelta } from '@/lib/clips/repository';
import { base64ToBytes, bytesToBase64 } from '@/lib/clips/base64';
import type { ClipBody, ClipImage, ClipMeta, ClipVersion } from '@/lib/clips/types';

/** An offline image inside a backup: its bytes as base64. */
export interface BackupImage {
  url: string;
  type: string;
  base64: string;
}

/** Brief's full-fidelity backup: every clip with its body, earlier versions and offline images, ids kept. */
export interface Backup {
  format: 'brief-backup';
  schema: number;
  exportedAt: string;
  /** Images appear from schema 3 on; older backups have none. */
  clips: { meta: ClipMeta; body: ClipBody; versions: ClipVersion[]; images?: BackupImage[] }[];
}

export type ImportOutcome =
  | { ok: true; added: number; updated: number; skipped: number }
  | { ok: false; message: string };

/** All clips (or the given ids), in saved order, as a backup object. */
export async function exportBackup(db: ClipDB, ids?: string[], now: Date = new Date()): Promise<Backup> {
  // Rows are read in one transaction (a consistent snapshot); blobs are read after it, since awaiting
  // anything but Dexie inside a transaction would end it.
  const { metas, bodies, versions, images } = await db.transaction('r', [db.clips, db.bodies, db.versions, db.images], async () => {
    const metas = ids ? (await db.clips.bulkGet(ids)).filter((m): m is ClipMeta => !!m) : await db.clips.orderBy('savedAt').toArray();
    const keys = metas.map((m) => m.id);
    return {
      metas,
      bodies: await db.bodies.bulkGet(keys),
      versions: await db.versions.where('clipId').anyOf(keys).toArray(),
      images: ids ? await db.images.where('clipId').anyOf(keys).toArray() : await db.images.toArray(),
    };
  });
  const versionsOf = groupBy(versions, (v) => v.clipId);
  const imagesOf = groupBy(images, (img) => img.clipId);
  const clips: Backup['clips'] = [];
  for (const [i, meta] of metas.entries()) {
    const own = (imagesOf.get(meta.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
    clips.push({
      meta,
      body: bodies[i] ?? { id: meta.id, html: '', text: '' },
      versions: (versionsOf.get(meta.id) ?? []).sort((a, b) => a.savedAt - b.savedAt),
      images: await Promise.all(own.map(async (img) => ({ url: img.url, type: img.type, base64: bytesToBase64(new Uint8Array(await img.blob.arrayBuffer())) }))),
    });
  }
  return { format: 'brief-backup', schema: SCHEMA_VERSION, exportedAt: now.toISOString(), clips };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Decode a backup's images; null when one is damaged (the whole import is refused then). */
function decodeImages(clipId: string, images: BackupImage[] | undefined): ClipImage[] | null {
  const rows: ClipImage[] = [];
  for (const [n, img] of (images ?? []).entries()) {
    if (typeof img?.url !== 'string' || typeof img.type !== 'string' || typeof img.base64 !== 'string') return null;
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(img.base64);
    } catch {
      return null;
    }
    const blob = new Blob([bytes as BlobPart], { type: img.type });
    rows.push({ id: `${clipId} ${String(n).padStart(3, '0')}`, clipId, url: img.url, type: img.type, bytes: blob.size, blob });
  }
  return rows;
}

function isBackup(value: unknown): value is Backup {
  const v = value as Partial<Backup> | null;
  return typeof v === 'object' && v !== null && v.format === 'brief-backup' && typeof v.schema === 'number' && Array.isArray(v.clips);
}

function validClip(c: unknown): c is Backup['clips'][number] {
  const x = c as Partial<Backup['clips'][number]> | null;
  return (
    typeof x === 'object' && x !== null &&
    typeof x.meta?.id === 'string' && typeof x.meta.url === 'string' && typeof x.meta.title === 'string' &&
    typeof x.body?.html === 'string' && typeof x.body.text === 'string'
  );
}

/**
 * Merge a backup into the library, de-duplicated by canonical URL: a clip already in the library is
 * replaced only when the backup's copy was saved later. One transaction: a bad file changes nothing.
 * The backup's HTML is stored as it is and sanitized again when rendered, like every clip.
 */
export async function importBackup(db: ClipDB, data: unknown): Promise<ImportOutcome> {
  if (!isBackup(data)) return { ok: false, message: 'This file is not a Brief backup.' };
  if (data.schema > SCHEMA_VERSION) return { ok: false, message: `This backup comes from a newer Brief (format ${data.schema}). Update Brief to import it.` };
  const bad = data.clips.findIndex((c) => !validClip(c));
  if (bad >= 0) return { ok: false, message: `Clip ${bad + 1} of this backup is damaged; nothing was imported.` };
  // Decoded before the transaction: a damaged image refuses the file before anything is written.
  const decoded: ClipImage[][] = [];
  for (const [i, c] of data.clips.entries()) {
    const images = decodeImages(c.meta.id, c.images);
    if (!images) return { ok: false, message: `An image of clip ${i + 1} of this backup is damaged; nothing was imported.` };
    decoded.push(images);
  }
  return db.transaction('rw', [db.clips, db.bodies, db.versions, db.counters, db.searchDirty, db.images], async () => {
    let added = 0;
    let updated = 0;
    let skipped = 0;
    const delta = new Map<string, number>();
    for (const [i, { meta, body, versions }] of data.clips.entries()) {
      const existing = (await db.clips.get(meta.id)) ?? (await db.clips.where('url').equals(meta.url).first());
      if (existing && existing.savedAt >= meta.savedAt) {
        skipped++;
        continue;
      }
      const row: ClipMeta = { ...meta, id: existing?.id ?? meta.id };
      if (existing && existing.id !== meta.id) await db.clips.delete(existing.id);
      await db.clips.put(row);
      await db.bodies.put({ ...body, id: row.id });
      await db.versions.bulkPut((versions ?? []).map((v) => ({ ...v, clipId: row.id })));
      // A new clip has no images yet: only a replaced one has images to drop (this keeps big imports fast).
      if (existing) await db.images.where('clipId').anyOf([existing.id, row.id]).delete();
      if (decoded[i].length) await db.images.bulkPut(decoded[i].map((img) => ({ ...img, id: img.id.replace(meta.id, row.id), clipId: row.id })));
      counterDelta(existing, row, delta);
      await db.searchDirty.bulkPut(existing && existing.id !== row.id ? [{ id: existing.id }, { id: row.id }] : [{ id: row.id }]);
      if (existing) updated++;
      else added++;
    }
    await applyCounterDelta(db, delta);
    return { ok: true, added, updated, skipped };
  });
}

/** Remove every clip (used by "delete all" and by the round-trip test). */
export async function wipeLibrary(db: ClipDB): Promise<void> {
  await db.transaction('rw', [db.clips, db.bodies, db.versions, db.counters, db.searchState, db.searchDirty, db.images], async () => {
    await Promise.all([db.clips.clear(), db.bodies.clear(), db.versions.clear(), db.counters.clear(), db.searchState.clear(), db.searchDirty.clear(), db.images.clear()]);
  });
}
