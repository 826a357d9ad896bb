import type { SearchDirty } from '@/lib/clips/types';

/**
 * A journal entry saying "this clip changed since the search snapshot", written in the same transaction as the
 * change. Each write gets a fresh revision, so an index that took in an earlier change still sees a later one.
 */
export function journalEntry(id: string): SearchDirty {
  return { id, rev: crypto.randomUUID() };
}
