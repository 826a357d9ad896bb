import Dexie from 'dexie';
import type { ClipDB } from '@/lib/clips/db';
import type { ClipMeta } from '@/lib/clips/types';

/** What the library shows: one filter at a time, like a mail client's folders. */
export type LibraryFilter =
  | { kind: 'all' | 'unread' | 'read' | 'favourite' | 'archived' | 'pending' }
  | { kind: 'site'; site: string }
  | { kind: 'tag'; tag: string };

export type SortKey = 'savedAt' | 'publishedAt';

/** The running counter ('all', 'unread', 'site:…') that says how many clips a filter shows. */
export function countOf(filter: LibraryFilter, counts: Record<string, number>): number {
  switch (filter.kind) {
    case 'site':
      return counts[`site:${filter.site}`] ?? 0;
    case 'tag':
      return counts[`tag:${filter.tag}`] ?? 0;
    case 'read':
      return (counts.all ?? 0) - (counts.unread ?? 0);
    default:
      return counts[filter.kind] ?? 0;
  }
}

/** The indexed field and value a filter selects on (tags: the multi-entry index). */
function selector(filter: LibraryFilter): { field: 'read' | 'favourite' | 'archived' | 'status' | 'siteName' | 'tags'; value: string | number } | null {
  switch (filter.kind) {
    case 'all':
      return null;
    case 'unread':
      return { field: 'read', value: 0 };
    case 'read':
      return { field: 'read', value: 1 };
    case 'favourite':
      return { field: 'favourite', value: 1 };
    case 'archived':
      return { field: 'archived', value: 1 };
    case 'pending':
      return { field: 'status', value: 'pending' };
    case 'site':
      return { field: 'siteName', value: filter.site };
    case 'tag':
      return { field: 'tags', value: filter.tag };
  }
}

function matches(clip: ClipMeta, sel: NonNullable<ReturnType<typeof selector>>): boolean {
  const v = clip[sel.field];
  return Array.isArray(v) ? v.includes(sel.value as string) : v === sel.value;
}

// Below this many matches, a filter's rows are read through its own index and sorted in memory.
const SORT_IN_MEMORY = 3000;

/** What places a row in the list's order: its sort keys and id. */
export type RowKey = Pick<ClipMeta, 'id' | 'savedAt' | 'publishedAt'>;

/**
 * A row the window is read from: the rows strictly after it (`direction: 'after'`), that row and the rows after it
 * (`'from'`), or the rows before it, in list order.
 */
export interface Anchor {
  row: RowKey;
  direction: 'after' | 'from' | 'before';
}

/** Whether `row` comes strictly after `anchor` in the list's order (sort key descending, then id descending, as IndexedDB orders ties). */
const comesAfter = (row: RowKey, anchor: RowKey, sort: SortKey) => row[sort] < anchor[sort] || (row[sort] === anchor[sort] && row.id < anchor.id);

/**
 * Rows next to a row already on screen, by key instead of by position: scrolling deep in a large library then
 * costs what it costs at the top (an offset walks every row before it). `null` where the filter has no index for
 * it (those views are small or sorted in memory anyway).
 */
export async function listFrom(db: ClipDB, filter: LibraryFilter, sort: SortKey, anchor: Anchor, limit: number, skip = 0): Promise<ClipMeta[] | null> {
  const a = anchor.row;
  const down = anchor.direction !== 'before';
  const keep =
    anchor.direction === 'after'
      ? (r: ClipMeta) => comesAfter(r, a, sort)
      : anchor.direction === 'from'
        ? (r: ClipMeta) => r.id === a.id || comesAfter(r, a, sort)
        : (r: ClipMeta) => comesAfter(a, r, sort);
  const range = orderedRange(db, filter, sort, down ? { to: a } : { from: a });
  if (!range) return null;
  const rows = await range.filter(keep).offset(skip).limit(limit).toArray();
  return down ? rows : rows.reverse();
}

/**
 * A view's rows in an index, in list order (`to`: down to that row's sort key; `from`: up from it, in reverse;
 * `oldestFirst`: the whole view in reverse), or null where the filter has no index in that order.
 */
function orderedRange(db: ClipDB, filter: LibraryFilter, sort: SortKey, bound: { to?: RowKey; from?: RowKey; oldestFirst?: boolean } = {}) {
  const sel = selector(filter);
  const { to, from, oldestFirst } = bound;
  if (!sel) {
    if (to) return db.clips.where(sort).belowOrEqual(to[sort]).reverse();
    if (from) return db.clips.where(sort).aboveOrEqual(from[sort]);
    return oldestFirst ? db.clips.orderBy(sort) : db.clips.orderBy(sort).reverse();
  }
  if (sort !== 'savedAt' || sel.field === 'tags') return null;
  const index = db.clips.where(`[${sel.field}+savedAt]`);
  if (from) return index.between([sel.value, from.savedAt], [sel.value, Dexie.maxKey], true, true);
  const all = index.between([sel.value, Dexie.minKey], [sel.value, to ? to.savedAt : Dexie.maxKey], true, true);
  return oldestFirst ? all : all.reverse();
}

/** Views with fewer rows than this are read by position: walking past a few thousand rows is cheap. */
export const SIGNPOSTS_FROM = 5000;
/** A signpost every this many rows: a jump then walks past at most this many. */
export const SIGNPOST_EVERY = 250;

/** Every SIGNPOST_EVERY-th row of a view, in list order: where a jump to a far position starts reading. */
export interface Signposts {
  every: number;
  rows: RowKey[];
}

/**
 * Read a large view's signposts. IndexedDB reads by position by walking past every row before it, so a jump deep
 * into 100,000 clips costs hundreds of milliseconds; with signposts it reads from the nearest one and walks past
 * fewer than `every` rows. The view's ids come in one request, oldest first (IndexedDB lists keys in bulk only
 * in ascending order; ties in the index come in id order, so the reverse is the list's order), then the rows at
 * the signposts. Null where the view has no index in its order (those are small or sorted in memory).
 */
export async function readSignposts(db: ClipDB, filter: LibraryFilter, sort: SortKey, every = SIGNPOST_EVERY): Promise<Signposts | null> {
  const range = orderedRange(db, filter, sort, { oldestFirst: true });
  if (!range) return null;
  const ids = (await range.primaryKeys()) as string[];
  const picks: string[] = [];
  for (let i = ids.length - 1, n = 0; i >= 0; i--, n++) if (n % every === 0) picks.push(ids[i]);
  const rows = await db.clips.bulkGet(picks);
  // A row deleted in between: the signposts are already out of date (the caller reads them again after a change).
  if (rows.some((r) => !r)) return null;
  return { every, rows: (rows as ClipMeta[]).map((r) => ({ id: r.id, savedAt: r.savedAt, publishedAt: r.publishedAt })) };
}

/** Rows `offset … offset+limit` of a view, read from its nearest signpost (null when the signposts do not reach it). */
export async function listAtSignpost(db: ClipDB, filter: LibraryFilter, sort: SortKey, posts: Signposts, offset: number, limit: number): Promise<ClipMeta[] | null> {
  const k = Math.floor(offset / posts.every);
  const post = posts.rows[k];
  if (!post) return null;
  return listFrom(db, filter, sort, { row: post, direction: 'from' }, limit, offset - k * posts.every);
}

/**
 * Rows `offset … offset+limit` of a filtered, newest-first view, for the virtualised list. Never
 * scans the whole table for a page: the saved-time order of every flag and site filter has a compound
 * index; other orders sort a small match set in memory, or walk the sort index when matches are dense.
 * `expected` is the filter's running count (from the counters), used to choose.
 */
export async function listWindow(db: ClipDB, filter: LibraryFilter, sort: SortKey, offset: number, limit: number, expected: number): Promise<ClipMeta[]> {
  const sel = selector(filter);
  if (!sel) return db.clips.orderBy(sort).reverse().offset(offset).limit(limit).toArray();
  if (sort === 'savedAt' && sel.field !== 'tags') {
    return db.clips
      .where(`[${sel.field}+savedAt]`)
      .between([sel.value, Dexie.minKey], [sel.value, Dexie.maxKey])
      .reverse()
      .offset(offset)
      .limit(limit)
      .toArray();
  }
  if (expected <= SORT_IN_MEMORY) {
    const rows = await db.clips.where(sel.field).equals(sel.value).toArray();
    return rows.sort((a, b) => b[sort] - a[sort] || (a.id < b.id ? 1 : -1)).slice(offset, offset + limit);
  }
  return db.clips.orderBy(sort).reverse().filter((c) => matches(c, sel)).offset(offset).limit(limit).toArray();
}
