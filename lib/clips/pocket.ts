import Papa from 'papaparse';
import { journalEntry } from '@/lib/clips/journal';
import type { ClipDB } from '@/lib/clips/db';
import { counterDelta } from '@/lib/clips/counters';
import { applyCounterDelta } from '@/lib/clips/repository';
import type { ClipMeta } from '@/lib/clips/types';
import { t } from '@/lib/i18n/t';

export type PocketImportOutcome = { ok: true; added: number; skipped: number } | { ok: false; message: string };

interface PocketRow {
  title?: string;
  url?: string;
  time_added?: string;
  tags?: string;
  status?: string;
}

/**
 * Import Pocket's CSV export (title, url, time_added, tags, status) as clips "not yet saved": Brief can
 * only read a page in a tab, so these wait until the user opens them. URLs already in the library are skipped.
 */
export async function importPocketCsv(db: ClipDB, csv: string, newId: () => string = () => crypto.randomUUID()): Promise<PocketImportOutcome> {
  const parsed = Papa.parse<PocketRow>(csv.trim(), { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('url')) return { ok: false, message: t('pocketNoUrl') };
  const rows: ClipMeta[] = [];
  for (const r of parsed.data) {
    let url: URL;
    try {
      url = new URL((r.url ?? '').trim());
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const added = Number(r.time_added) * 1000;
    const savedAt = Number.isFinite(added) && added > 0 ? added : Date.now();
    rows.push({
      id: newId(),
      url: url.href,
      title: (r.title ?? '').trim() || url.href,
      byline: null, siteName: url.hostname.replace(/^www\./, ''), lang: null, dir: null, excerpt: null, summary: [],
      published: null, modified: null, publishedAt: 0, leadImage: null, wordCount: 0, readingMinutes: 0,
      savedAt, createdAt: savedAt,
      tags: (r.tags ?? '').split('|').map((t) => t.trim()).filter(Boolean),
      status: 'pending',
      read: r.status === 'archive' ? 1 : 0,
      favourite: 0,
      archived: r.status === 'archive' ? 1 : 0,
      progress: 0,
      contentHash: '',
    });
  }
  return db.transaction('rw', [db.clips, db.bodies, db.counters, db.searchDirty], async () => {
    let added = 0;
    let skipped = 0;
    const delta = new Map<string, number>();
    for (const row of rows) {
      if (await db.clips.where('url').equals(row.url).first()) {
        skipped++;
        continue;
      }
      await db.clips.put(row);
      await db.bodies.put({ id: row.id, html: '', text: '' });
      counterDelta(undefined, row, delta);
      await db.searchDirty.put(journalEntry(row.id));
      added++;
    }
    await applyCounterDelta(db, delta);
    return { ok: true, added, skipped };
  });
}
