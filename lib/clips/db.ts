import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ClipBody, ClipImage, ClipMeta, ClipVersion, Counter, SearchDirty, SearchState } from '@/lib/clips/types';
import { countersOf } from '@/lib/clips/counters';
import { t } from '@/lib/i18n/t';

export const DB_NAME = 'brief';
/** The newest schema this build knows. An older build opening a newer database refuses (see `openLibrary`). */
export const SCHEMA_VERSION = 3;

/** v1 → v2: flags, status, progress and content hash on every clip; counters built once. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const counts = new Map<string, number>();
  await tx
    .table('clips')
    .toCollection()
    .modify((clip: ClipMeta) => {
      clip.status ??= 'saved';
      clip.read ??= 0;
      clip.favourite ??= 0;
      clip.archived ??= 0;
      clip.progress ??= 0;
      clip.contentHash ??= '';
      clip.tags ??= [];
      for (const key of countersOf(clip)) counts.set(key, (counts.get(key) ?? 0) + 1);
    });
  await tx.table('counters').bulkPut(Array.from(counts, ([key, n]) => ({ key, n })));
  // No search index exists yet: every clip is indexed on the library's next open.
  await tx.table('searchDirty').bulkPut((await tx.table('clips').toCollection().primaryKeys()).map((id) => ({ id })));
}

/** Brief's library. Lives in the extension origin only: never open it from a content script. */
export class ClipDB extends Dexie {
  clips!: EntityTable<ClipMeta, 'id'>;
  bodies!: EntityTable<ClipBody, 'id'>;
  versions!: EntityTable<ClipVersion, 'id'>;
  counters!: EntityTable<Counter, 'key'>;
  searchState!: EntityTable<SearchState, 'key'>;
  searchDirty!: EntityTable<SearchDirty, 'id'>;
  images!: EntityTable<ClipImage, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Every published version stays declared, so any older database upgrades step by step.
    // Index only what is queried; never the body.
    this.version(1).stores({
      clips: 'id, &url, savedAt, publishedAt, siteName, *tags',
      bodies: 'id',
    });
    this.version(2)
      .stores({
        clips: 'id, &url, savedAt, publishedAt, siteName, *tags, status, read, favourite, archived',
        bodies: 'id',
        versions: 'id, clipId, savedAt',
        counters: 'key',
        searchState: 'key',
        searchDirty: 'id',
      })
      .upgrade(upgradeToV2);
    // v3: article images stored offline (older clips have none: nothing to migrate), and compound
    // indexes so that each library filter pages newest-first without scanning (see library-query.ts).
    this.version(3).stores({
      clips: 'id, &url, savedAt, publishedAt, siteName, *tags, status, read, favourite, archived, [read+savedAt], [favourite+savedAt], [archived+savedAt], [siteName+savedAt], [status+savedAt]',
      images: 'id, clipId',
    });
  }
}

let shared: ClipDB | undefined;

/** The app's database, opened lazily on first use. */
export function clipDB(): ClipDB {
  shared ??= new ClipDB();
  return shared;
}

export type OpenOutcome = { ok: true; db: ClipDB } | { ok: false; reason: 'newer-schema' | 'open-failed'; message: string };

/**
 * Open the library, refusing a database written by a newer Brief (after a rollback): Dexie would
 * open it anyway and this build would write rows the newer one does not expect.
 */
export async function openLibrary(db: ClipDB = clipDB()): Promise<OpenOutcome> {
  // Look before opening: Dexie would otherwise adapt a newer database's schema to this build's.
  const factory = (db._options.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB;
  const listed = (await factory?.databases?.()) ?? [];
  const found = listed.find((d) => d.name === db.name);
  if (found?.version && found.version / 10 > SCHEMA_VERSION) return newerSchema(found.version / 10);
  try {
    await db.open();
  } catch (err) {
    return { ok: false, reason: 'open-failed', message: t('dbOpenFailed', { detail: err instanceof Error ? err.message : String(err) }) };
  }
  // IndexedDB versions are Dexie versions × 10.
  const onDisk = db.backendDB().version / 10;
  if (onDisk > SCHEMA_VERSION) {
    db.close();
    return newerSchema(onDisk);
  }
  return { ok: true, db };
}

function newerSchema(onDisk: number): OpenOutcome {
  return {
    ok: false,
    reason: 'newer-schema',
    message: t('dbNewer', { onDisk: Math.floor(onDisk), supported: SCHEMA_VERSION }),
  };
}
