import type { ClipDB } from '@/lib/clips/db';
import { ClipSearch, docFor } from '@/lib/clips/search-index';

/**
 * The library's search index, persistent and incremental: a saved snapshot plus the journal of clips
 * changed since (`searchDirty`, written in the same transaction as each change). Opening loads the
 * snapshot and re-indexes only the journal; nothing is rebuilt from scratch after the first time.
 */
export async function openSearch(db: ClipDB, batch = 500, progress?: Progress): Promise<ClipSearch> {
  const snapshot = await db.searchState.get('snapshot');
  const search = snapshot ? ClipSearch.fromJSON(snapshot.json) : ClipSearch.empty();
  await catchUp(db, search, batch, progress);
  return search;
}

/** Told how many of the changed clips are indexed so far (a big import takes a while to index). */
export type Progress = (done: number, total: number) => void;

/** Index the clips changed since the last snapshot, then save one new snapshot if anything changed. */
export async function catchUp(db: ClipDB, search: ClipSearch, batch = 500, progress?: Progress): Promise<number> {
  const dirty = (await db.searchDirty.toCollection().primaryKeys()) as string[];
  for (let i = 0; i < dirty.length; i += batch) {
    progress?.(i, dirty.length);
    const ids = dirty.slice(i, i + batch);
    const [metas, bodies] = await db.transaction('r', db.clips, db.bodies, () => Promise.all([db.clips.bulkGet(ids), db.bodies.bulkGet(ids)]));
    ids.forEach((id, k) => {
      const meta = metas[k];
      if (meta) search.put(docFor(meta, bodies[k]?.text ?? ''));
      else search.remove(id);
    });
  }
  if (!dirty.length) return 0;
  // Snapshot and journal move together: after a crash the journal still names every unsaved change.
  await db.transaction('rw', db.searchState, db.searchDirty, async () => {
    await db.searchState.put({ key: 'snapshot', json: search.toJSON(), savedAt: Date.now() });
    await db.searchDirty.bulkDelete(dirty);
  });
  return dirty.length;
}
