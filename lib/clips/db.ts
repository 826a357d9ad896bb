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
    const factory = (options?.indexedDB as IDBFactory | undefined) ?? (Dexie.dependencies.indexedDB as IDBFactory | undefined);
    super(name, { ...options, indexedDB: factory && pinnedOpen(factory, SCHEMA_VERSION * 10) });
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

/**
 * IndexedDB as Dexie sees it, except that an open without a version asks for `version`. Dexie, refused by a newer
 * database (VersionError), opens it again without a version and then raises its version to fit this build's schema:
 * with the version pinned, the second open is refused too and the newer library stays untouched (see openLibrary).
 * Opens with a version (every upgrade) pass through.
 */
function pinnedOpen(real: IDBFactory, version: number): IDBFactory {
  return {
    open: (name: string, v?: number) => real.open(name, v ?? version),
    deleteDatabase: (name: string) => real.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
    databases: () => real.databases(),
  };
}

let shared: ClipDB | undefined;

/**
 * The app's database. It never opens by itself: every open goes through `openLibrary`'s check, because Dexie,
 * opening a database a newer Brief wrote, would raise its version to fit this build's schema. A query before the
 * open fails fast (DatabaseClosedError) instead of opening behind the check's back.
 */
export function clipDB(): ClipDB {
  shared ??= new ClipDB(DB_NAME, { autoOpen: false });
  return shared;
}

export type OpenOutcome = { ok: true; db: ClipDB } | { ok: false; reason: 'newer-schema' | 'open-failed'; message: string };

const opening = new WeakMap<ClipDB, Promise<OpenOutcome>>();

/**
 * Open the library, refusing a database written by a newer Brief (after a rollback): Dexie would
 * open it anyway and this build would write rows the newer one does not expect. Callers may ask at once from
 * several places: they share one open.
 */
export function openLibrary(db: ClipDB = clipDB()): Promise<OpenOutcome> {
  if (db.isOpen()) return Promise.resolve({ ok: true, db });
  let pending = opening.get(db);
  if (!pending) {
    pending = openChecked(db).finally(() => opening.delete(db));
    opening.set(db, pending);
  }
  return pending;
}

async function openChecked(db: ClipDB): Promise<OpenOutcome> {
  try {
    await db.open();
  } catch (err) {
    // A newer Brief's library: IndexedDB refuses this build's lower version (and the pinned factory, any other).
    if (err instanceof Error && err.name === 'VersionError') return newerSchema(await versionOnDisk(db));
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

/** The Dexie version of the library on disk (for the refusal's message; 0 when the browser cannot list databases). */
async function versionOnDisk(db: ClipDB): Promise<number> {
  const listed = (await (db._options.indexedDB as IDBFactory).databases?.()) ?? [];
  return (listed.find((d) => d.name === db.name)?.version ?? 0) / 10;
}

function newerSchema(onDisk: number): OpenOutcome {
  return {
    ok: false,
    reason: 'newer-schema',
    message: t('dbNewer', { onDisk: Math.floor(onDisk), supported: SCHEMA_VERSION }),
  };
}
