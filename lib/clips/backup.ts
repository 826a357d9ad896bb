import type { ClipDB } from '@/lib/clips/db';
import { journalEntry } from '@/lib/clips/journal';
import { SCHEMA_VERSION } from '@/lib/clips/db';
import { counterDelta } from '@/lib/clips/counters';
import { applyCounterDelta } from '@/lib/clips/repository';
import { base64ToBytes, bytesToBase64 } from '@/lib/clips/base64';
import type { ClipBody, ClipImage, ClipMeta, ClipVersion } from '@/lib/clips/types';
import { t, tn } from '@/lib/i18n/t';

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

/** The first line of a backup file in JSON Lines form; each further line is one clip. */
export interface BackupHeader {
  format: 'brief-backup';
  schema: number;
  exportedAt: string;
  lines: true;
}

type BackupClip = Backup['clips'][number];

// Clips read per transaction when exporting, and written per transaction when importing a file.
const EXPORT_PAGE = 500;
const IMPORT_BATCH = 1000;

/** Clips with the given ids, in that order, as backup entries (one read transaction, then their image bytes). */
async function exportPage(db: ClipDB, ids: string[]): Promise<BackupClip[]> {
  // Blobs are read after the transaction: awaiting anything but Dexie inside one would end it.
  const { metas, bodies, versions, images } = await db.transaction('r', [db.clips, db.bodies, db.versions, db.images], async () => {
    const metas = (await db.clips.bulkGet(ids)).filter((m): m is ClipMeta => !!m);
    const keys = metas.map((m) => m.id);
    return {
      metas,
      bodies: await db.bodies.bulkGet(keys),
      versions: await db.versions.where('clipId').anyOf(keys).toArray(),
      images: await db.images.where('clipId').anyOf(keys).toArray(),
    };
  });
  const versionsOf = groupBy(versions, (v) => v.clipId);
  const imagesOf = groupBy(images, (img) => img.clipId);
  const clips: BackupClip[] = [];
  for (const [i, meta] of metas.entries()) {
    const own = (imagesOf.get(meta.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
    clips.push({
      meta,
      body: bodies[i] ?? { id: meta.id, html: '', text: '' },
      versions: (versionsOf.get(meta.id) ?? []).sort((a, b) => a.savedAt - b.savedAt),
      images: await Promise.all(own.map(async (img) => ({ url: img.url, type: img.type, base64: bytesToBase64(new Uint8Array(await img.blob.arrayBuffer())) }))),
    });
  }
  return clips;
}

/**
 * A backup file as JSON Lines: a header line, then one line per clip, in saved order (or the order of `ids`).
 * Read a page of clips at a time, so a library of any size exports without one giant string (a single JSON
 * document of 100,000 clips is longer than a JavaScript string can be). A clip deleted while the export runs is
 * left out.
 */
export async function* backupLines(db: ClipDB, ids?: string[], now: Date = new Date()): AsyncGenerator<string> {
  const header: BackupHeader = { format: 'brief-backup', schema: SCHEMA_VERSION, exportedAt: now.toISOString(), lines: true };
  yield `${JSON.stringify(header)}\n`;
  const keys = ids ?? ((await db.clips.orderBy('savedAt').primaryKeys()) as string[]);
  for (let i = 0; i < keys.length; i += EXPORT_PAGE) {
    for (const clip of await exportPage(db, keys.slice(i, i + EXPORT_PAGE))) yield `${JSON.stringify(clip)}\n`;
  }
}

/** All clips (or the given ids), in saved order, as one backup object (for small sets; files use `backupLines`). */
export async function exportBackup(db: ClipDB, ids?: string[], now: Date = new Date()): Promise<Backup> {
  const keys = ids ?? ((await db.clips.orderBy('savedAt').primaryKeys()) as string[]);
  const clips: BackupClip[] = [];
  for (let i = 0; i < keys.length; i += EXPORT_PAGE) clips.push(...(await exportPage(db, keys.slice(i, i + EXPORT_PAGE))));
  return { format: 'brief-backup', schema: SCHEMA_VERSION, exportedAt: now.toISOString(), clips };
}

/** The lines of a file, read as a stream (a backup may be larger than a string can hold). */
async function* fileLines(file: Blob): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const parts = (rest + value).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) if (line.trim()) yield line;
  }
  if (rest.trim()) yield rest;
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Import a backup file: JSON Lines (what Brief writes) or one JSON document (older Brief). Every line is checked
 * before anything is written, so a damaged file changes nothing; then clips are merged a thousand per transaction
 * (merging is idempotent: an import cut short by a closed tab can simply be run again).
 */
export async function importBackupFile(db: ClipDB, file: Blob): Promise<ImportOutcome> {
  let header: unknown;
  for await (const line of fileLines(file)) {
    header = parseLine(line);
    break;
  }
  const h = header as Partial<BackupHeader & Backup> | undefined;
  if (!h || h.lines !== true) {
    // One JSON document: an older backup (or not a backup at all: importBackup says which).
    const whole = parseLine(await file.text());
    if (whole === undefined) return { ok: false, message: t('backupNotJson') };
    return importBackup(db, whole);
  }
  if (h.format !== 'brief-backup' || typeof h.schema !== 'number') return { ok: false, message: t('backupNotBrief') };
  if (h.schema > SCHEMA_VERSION) return { ok: false, message: t('backupNewer', { format: h.schema }) };
  let n = 0;
  for await (const line of fileLines(file)) {
    if (n++ === 0) continue;
    const clip = parseLine(line);
    if (!validClip(clip) || !decodeImages(clip.meta.id, clip.images)) return { ok: false, message: t('backupDamaged', { n: n - 1 }) };
  }
  const total = { added: 0, updated: 0, skipped: 0 };
  let batch: BackupClip[] = [];
  const flush = async (): Promise<ImportOutcome> => {
    const r = await importBackup(db, { format: 'brief-backup', schema: h.schema as number, exportedAt: String(h.exportedAt), clips: batch });
    batch = [];
    if (!r.ok) {
      const done = total.added + total.updated + total.skipped;
      return { ok: false, message: done ? tn('backupPartial', done, { message: r.message }) : r.message };
    }
    total.added += r.added;
    total.updated += r.updated;
    total.skipped += r.skipped;
    return r;
  };
  let first = true;
  for await (const line of fileLines(file)) {
    if (first) {
      first = false;
      continue;
    }
    batch.push(JSON.parse(line) as BackupClip);
    if (batch.length >= IMPORT_BATCH) {
      const r = await flush();
      if (!r.ok) return r;
    }
  }
  if (batch.length) {
    const r = await flush();
    if (!r.ok) return r;
  }
  return { ok: true, ...total };
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
  if (!isBackup(data)) return { ok: false, message: t('backupNotBrief') };
  if (data.schema > SCHEMA_VERSION) return { ok: false, message: t('backupNewer', { format: data.schema }) };
  const bad = data.clips.findIndex((c) => !validClip(c));
  if (bad >= 0) return { ok: false, message: t('backupDamaged', { n: bad + 1 }) };
  // Decoded before the transaction: a damaged image refuses the file before anything is written.
  const decoded: ClipImage[][] = [];
  for (const [i, c] of data.clips.entries()) {
    const images = decodeImages(c.meta.id, c.images);
    if (!images) return { ok: false, message: t('backupImageDamaged', { n: i + 1 }) };
    decoded.push(images);
  }
  return db.transaction('rw', [db.clips, db.bodies, db.versions, db.counters, db.searchDirty, db.images], async () => {
    let added = 0;
    let updated = 0;
    let skipped = 0;
    const delta = new Map<string, number>();
    // Read what the library has of these clips in two requests, decide in memory, then write in bulk: one
    // request per clip and store would make a 100k import wait on half a million round trips.
    const byId = new Map<string, ClipMeta>();
    const byUrl = new Map<string, ClipMeta>();
    for (const c of await db.clips.bulkGet(data.clips.map((c) => c.meta.id))) if (c) byId.set(c.id, c);
    for (const c of await db.clips.where('url').anyOf(data.clips.map((c) => c.meta.url)).toArray()) byUrl.set(c.url, c);
    const rows = new Map<string, ClipMeta>();
    const bodies: ClipBody[] = [];
    const versionRows: ClipVersion[] = [];
    const imageRows: ClipImage[] = [];
    const replaced: string[] = [];
    for (const [i, { meta, body, versions }] of data.clips.entries()) {
      const existing = byId.get(meta.id) ?? byUrl.get(meta.url);
      if (existing && existing.savedAt >= meta.savedAt) {
        skipped++;
        continue;
      }
      // A clip of the same URL keeps its id: links to it (reader tabs, undo) stay valid.
      const row: ClipMeta = { ...meta, id: existing?.id ?? meta.id };
      rows.set(row.id, row);
      byId.set(row.id, row);
      byUrl.set(row.url, row);
      bodies.push({ ...body, id: row.id });
      for (const v of versions ?? []) versionRows.push({ ...v, clipId: row.id });
      // A new clip has no images yet: only a replaced one has images to drop.
      if (existing) replaced.push(existing.id);
      for (const img of decoded[i]) imageRows.push({ ...img, id: img.id.replace(meta.id, row.id), clipId: row.id });
      counterDelta(existing, row, delta);
      if (existing) updated++;
      else added++;
    }
    if (replaced.length) await db.images.where('clipId').anyOf(replaced).delete();
    await db.clips.bulkPut([...rows.values()]);
    await db.bodies.bulkPut(bodies);
    if (versionRows.length) await db.versions.bulkPut(versionRows);
    if (imageRows.length) await db.images.bulkPut(imageRows);
    await db.searchDirty.bulkPut([...rows.keys()].map(journalEntry));
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
