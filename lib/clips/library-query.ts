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

/** A row the window is read from: the rows strictly after it (`direction: 'after'`) or before it, in list order. */
export interface Anchor {
  row: ClipMeta;
  direction: 'after' | 'before';
}

/** Whether `row` comes strictly after `anchor` in the list's order (sort key descending, then id descending, as IndexedDB orders ties). */
const comesAfter = (row: ClipMeta, anchor: ClipMeta, sort: SortKey) => row[sort] < anchor[sort] || (row[sort] === anchor[sort] && row.id < anchor.id);

/**
 * Rows next to a row already on screen, by key instead of by position: scrolling deep in a large library then
 * costs what it costs at the top (an offset walks every row before it). `null` where the filter has no index for
 * it (those views are small or sorted in memory anyway).
 */
export async function listFrom(db: ClipDB, filter: LibraryFilter, sort: SortKey, anchor: Anchor, limit: number): Promise<ClipMeta[] | null> {
  const sel = selector(filter);
  const a = anchor.row;
  const keep = anchor.direction === 'after' ? (r: ClipMeta) => comesAfter(r, a, sort) : (r: ClipMeta) => comesAfter(a, r, sort);
  let range;
  if (!sel) range = anchor.direction === 'after' ? db.clips.where(sort).belowOrEqual(a[sort]).reverse() : db.clips.where(sort).aboveOrEqual(a[sort]);
  else if (sort === 'savedAt' && sel.field !== 'tags')
    range =
      anchor.direction === 'after'
        ? db.clips.where(`[${sel.field}+savedAt]`).between([sel.value, Dexie.minKey], [sel.value, a.savedAt], true, true).reverse()
        : db.clips.where(`[${sel.field}+savedAt]`).between([sel.value, a.savedAt], [sel.value, Dexie.maxKey], true, true);
  else return null;
  const rows = await range.filter(keep).limit(limit).toArray();
  return anchor.direction === 'after' ? rows : rows.reverse();
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
