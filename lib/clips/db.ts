import Dexie, { type EntityTable } from 'dexie';
import type { ClipBody, ClipMeta } from '@/lib/clips/types';

export const DB_NAME = 'brief';

/** Brief's library. Lives in the extension origin only: never open it from a content script. */
export class ClipDB extends Dexie {
  clips!: EntityTable<ClipMeta, 'id'>;
  bodies!: EntityTable<ClipBody, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Index only what is queried; never the body.
    this.version(1).stores({
      clips: 'id, &url, savedAt, publishedAt, siteName, *tags',
      bodies: 'id',
    });
  }
}

let shared: ClipDB | undefined;

/** The app's database, opened lazily on first use. */
export function clipDB(): ClipDB {
  shared ??= new ClipDB();
  return shared;
}
