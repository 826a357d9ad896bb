import type { ClipDB } from '@/lib/clips/db';
import { SCHEMA_VERSION } from '@/lib/clips/db';
import { counterDelta } from '@/lib/clips/counters';
import { applyCounterDelta } from '@/lib/clips/repository';
import type { ClipBody, ClipMeta, ClipVersion } from '@/lib/clips/types';

/** Brief's full-fidelity backup: every clip with its body and earlier versions, ids kept. */
export interface Backup {
  format: 'brief-backup';
  schema: number;
  exportedAt: string;
  clips: { meta: ClipMeta; body: ClipBody; versions: ClipVersion[] }[];
}

export type ImportOutcome =
  | { ok: true; added: number; updated: number; skipped: number }
  | { ok: false; message: string };

/** All clips (or the given ids), in saved order, as a backup object. */
export async function exportBackup(db: ClipDB, ids?: string[], now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', [db.clips, db.bodies, db.versions], async () => {
    const metas = ids ? (await db.clips.bulkGet(ids)).filter((m): m is ClipMeta => !!m) : await db.clips.orderBy('savedAt').toArray();
    const bodies = await db.bodies.bulkGet(metas.map((m) => m.id));
    const versions = await db.versions.where('clipId').anyOf(metas.map((m) => m.id)).toArray();
    return {
      format: 'brief-backup',
      schema: SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      clips: metas.map((meta, i) => ({
        meta,
        body: bodies[i] ?? { id: meta.id, html: '', text: '' },
        versions: versions.filter((v) => v.clipId === meta.id).sort((a, b) => a.savedAt - b.savedAt),
      })),
    };
  });
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
  return db.transaction('rw', [db.clips, db.bodies, db.versions, db.counters, db.searchDirty], async () => {
    let added = 0;
    let updated = 0;
    let skipped = 0;
    const delta = new Map<string, number>();
    for (const { meta, body, versions } of data.clips) {
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
  await db.transaction('rw', [db.clips, db.bodies, db.versions, db.counters, db.searchState, db.searchDirty], async () => {
    await Promise.all([db.clips.clear(), db.bodies.clear(), db.versions.clear(), db.counters.clear(), db.searchState.clear(), db.searchDirty.clear()]);
  });
}
