import Dexie from 'dexie';
import type { ClipDB } from '@/lib/clips/db';
import { journalEntry } from '@/lib/clips/journal';
import { ClipSearch, docFor } from '@/lib/clips/search-index';

/**
 * The library's search index, persistent and incremental: a saved snapshot plus the journal of clips changed
 * since (`searchDirty`, written in the same transaction as each change). Opening loads the snapshot and indexes
 * only the journal. The snapshot is rewritten only once the journal is long (or the page asks, when it is hidden):
 * at 100,000 clips it is tens of megabytes, too much to write after every saved clip.
 */
export async function openSearch(db: ClipDB, batch = 500, progress?: Progress): Promise<ClipSearch> {
  let snapshot = await db.searchState.get('snapshot');
  if (snapshot && !snapshot.index) {
    await reindexAll(db);
    snapshot = undefined;
  }
  const search = snapshot?.index ? ClipSearch.fromSnapshot(snapshot.index) : ClipSearch.empty();
  await catchUp(db, search, { batch, progress });
  return search;
}

/**
 * A snapshot in an older format (MiniSearch's JSON, before December 2026) is dropped and every clip journalled, in
 * one transaction: the next open indexes the whole library, and a crash on the way leaves the journal complete.
 */
async function reindexAll(db: ClipDB): Promise<void> {
  await db.transaction('rw', db.clips, db.searchState, db.searchDirty, async () => {
    await db.searchState.delete('snapshot');
    await db.searchDirty.bulkPut((await db.clips.toCollection().primaryKeys()).map(journalEntry));
  });
}

/** Told how many of the changed clips are indexed so far (a big import takes a while to index). */
export type Progress = (done: number, total: number) => void;

/** A journal this long is folded into a new snapshot. */
export const SNAPSHOT_EVERY = 500;

// Which journal revisions each open index has taken in (the journal keeps them until a snapshot holds them).
const takenIn = new WeakMap<ClipSearch, Map<string, string>>();

// The count of journal writes (from this page or another of Brief's pages or its worker) at each index's last read.
const readAt = new WeakMap<ClipSearch, number>();
const counters = new WeakMap<ClipDB, { n: number }>();

/** Writes to the journal so far, counted from Dexie's change notices, which reach every extension page. */
function journalWrites(db: ClipDB): { n: number } {
  let counter = counters.get(db);
  if (!counter) {
    const c = { n: 0 };
    const part = `idb://${db.name}/searchDirty/`;
    // `all` is Dexie's "anything may have changed" notice.
    Dexie.on('storagemutated', (parts) => {
      if (parts[part] || parts.all) c.n++;
    });
    counters.set(db, (counter = c));
  }
  return counter;
}

/**
 * Index the clips changed since the last snapshot (those this index has not taken in yet), then, if the journal is
 * long or `persist` is set, save one new snapshot and drop the journal entries it holds. Returns how many clips
 * were indexed now.
 */
export async function catchUp(db: ClipDB, search: ClipSearch, opts: { batch?: number; progress?: Progress; persist?: boolean } = {}): Promise<number> {
  const batch = opts.batch ?? 500;
  const seen = takenIn.get(search) ?? new Map<string, string>();
  takenIn.set(search, seen);
  // Nothing written to the journal since this index last read it: skip reading it again (a search would pay for
  // a database round trip on every keystroke). Counted before the read, so a write during it is read next time.
  const writes = journalWrites(db);
  const before = writes.n;
  if (!opts.persist && readAt.get(search) === before) return 0;
  const journal = await db.searchDirty.toArray();
  readAt.set(search, before);
  const todo = journal.filter((e) => seen.get(e.id) !== (e.rev ?? ''));
  for (let i = 0; i < todo.length; i += batch) {
    opts.progress?.(i, todo.length);
    const ids = todo.slice(i, i + batch).map((e) => e.id);
    const [metas, bodies] = await db.transaction('r', db.clips, db.bodies, () => Promise.all([db.clips.bulkGet(ids), db.bodies.bulkGet(ids)]));
    ids.forEach((id, k) => {
      const meta = metas[k];
      if (meta) search.put(docFor(meta, bodies[k]?.text ?? ''));
      else search.remove(id);
    });
  }
  for (const e of todo) seen.set(e.id, e.rev ?? '');
  if (journal.length && (opts.persist || journal.length >= SNAPSHOT_EVERY)) {
    const index = search.snapshot();
    // Snapshot and journal move together: an entry is dropped only if the snapshot holds its revision (a clip
    // changed again meanwhile keeps its entry), and after a crash the journal still names every unsaved change.
    await db.transaction('rw', db.searchState, db.searchDirty, async () => {
      await db.searchState.put({ key: 'snapshot', index, savedAt: Date.now() });
      const now = await db.searchDirty.bulkGet(journal.map((e) => e.id));
      const held = journal.filter((e, k) => now[k] && (now[k]!.rev ?? '') === (e.rev ?? '')).map((e) => e.id);
      await db.searchDirty.bulkDelete(held);
    });
    for (const e of journal) seen.delete(e.id);
  }
  return todo.length;
}
