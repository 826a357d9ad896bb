import { computed, signal } from '@preact/signals';
import { exportBackup, importBackup } from '@/lib/clips/backup';
import { clipDB, openLibrary, type ClipDB } from '@/lib/clips/db';
import { markdownZip } from '@/lib/clips/export-files';
import { importPocketCsv } from '@/lib/clips/pocket';
import { counts, deleteClip, getClip, listClips, restoreClip } from '@/lib/clips/repository';
import { highlightParts, type ClipSearch } from '@/lib/clips/search-index';
import { catchUp, openSearch } from '@/lib/clips/search-store';
import type { Clip, ClipMeta } from '@/lib/clips/types';
import { download } from '@/lib/ui/download';
import { liveSignal } from '@/lib/ui/live-signal';

export type Notice = { kind: 'ok' | 'error' | 'info'; text: string } | null;
export interface SearchRow {
  clip: ClipMeta;
  snippet: { text: string; hit: boolean }[];
}

// One screenful and a little more: the first page of the library is read and rendered before anything else.
const PAGE = 50;

function snippetOf(text: string, terms: string[]): { text: string; hit: boolean }[] {
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length));
  const start = Math.max(0, at - 60);
  return highlightParts((start > 0 ? '…' : '') + text.slice(start, start + 220) + '…', terms);
}

/** The library's state: the live list, search, selection, undo and import/export. */
export function createLibraryModel(db: ClipDB = clipDB()) {
  const limit = signal(PAGE);
  const sort = signal<'savedAt' | 'publishedAt'>('savedAt');
  const list = liveSignal(() => listClips(db, { limit: limit.peek(), sort: sort.peek() }), [] as ClipMeta[], () => [limit.value, sort.value]);
  const totals = liveSignal(() => counts(db), {} as Record<string, number>);
  const query = signal('');
  const results = signal<SearchRow[] | null>(null);
  const selected = signal<ReadonlySet<string>>(new Set());
  const undo = signal<{ label: string; clips: Clip[] } | null>(null);
  const notice = signal<Notice>(null);
  const openError = signal<string | null>(null);
  let search: Promise<ClipSearch> | undefined;

  async function start(): Promise<void> {
    const opened = await openLibrary(db);
    if (!opened.ok) openError.value = opened.message;
  }

  async function runSearch(q: string): Promise<void> {
    query.value = q;
    if (!q.trim()) {
      results.value = null;
      return;
    }
    search ??= openSearch(db);
    const index = await search;
    await catchUp(db, index);
    if (query.value !== q) return; // a newer keystroke won
    const hits = index.search(q, 100);
    const metas = await db.clips.bulkGet(hits.map((h) => h.id));
    const bodies = await db.bodies.bulkGet(hits.slice(0, 30).map((h) => h.id));
    results.value = hits.flatMap((h, i) => {
      const clip = metas[i];
      if (!clip) return [];
      const text = bodies[i]?.text ?? clip.summary.join(' ');
      return [{ clip, snippet: snippetOf(text, h.terms) }];
    });
  }

  async function remove(ids: string[]): Promise<void> {
    const removed: Clip[] = [];
    for (const id of ids) {
      const clip = await deleteClip(db, id);
      if (clip) removed.push(clip);
    }
    selected.value = new Set();
    undo.value = { label: removed.length === 1 ? `Deleted “${removed[0].meta.title}”.` : `Deleted ${removed.length} clips.`, clips: removed };
    if (query.value) await runSearch(query.value);
  }

  async function undoLast(): Promise<void> {
    const last = undo.value;
    if (!last) return;
    for (const clip of last.clips) await restoreClip(db, clip);
    undo.value = null;
    notice.value = { kind: 'ok', text: last.clips.length === 1 ? 'Clip restored.' : `${last.clips.length} clips restored.` };
    if (query.value) await runSearch(query.value);
  }

  function toggle(id: string, on: boolean): void {
    const next = new Set(selected.value);
    if (on) next.add(id);
    else next.delete(id);
    selected.value = next;
  }

  const stamp = () => new Date().toISOString().slice(0, 10);
  const selectionOrAll = () => (selected.value.size ? Array.from(selected.value) : undefined);

  async function exportJson(): Promise<void> {
    const backup = await exportBackup(db, selectionOrAll());
    download(`brief-backup-${stamp()}.json`, JSON.stringify(backup), 'application/json');
    notice.value = { kind: 'ok', text: `Exported ${backup.clips.length} clips.` };
  }

  async function exportMarkdown(): Promise<void> {
    const ids = selectionOrAll() ?? ((await db.clips.toCollection().primaryKeys()) as string[]);
    const clips = (await Promise.all(ids.map((id) => getClip(db, id)))).filter((c): c is Clip => !!c);
    download(`brief-markdown-${stamp()}.zip`, markdownZip(clips) as BlobPart, 'application/zip');
    notice.value = { kind: 'ok', text: `Exported ${clips.length} clips as Markdown.` };
  }

  async function importFile(file: File): Promise<void> {
    const text = await file.text();
    if (/\.csv$/i.test(file.name)) {
      const r = await importPocketCsv(db, text);
      notice.value = r.ok ? { kind: 'ok', text: `Imported ${r.added} links from Pocket (${r.skipped} already here). Open each to save its text.` } : { kind: 'error', text: r.message };
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      notice.value = { kind: 'error', text: 'This file is not JSON. Choose a Brief backup (.json) or a Pocket export (.csv).' };
      return;
    }
    const r = await importBackup(db, data);
    notice.value = r.ok ? { kind: 'ok', text: `Imported ${r.added} new clips, updated ${r.updated}, ${r.skipped} already up to date.` } : { kind: 'error', text: r.message };
  }

  const total = computed(() => totals.value.value.all ?? 0);
  const hasMore = computed(() => list.value.value.length >= limit.value);
  return {
    clips: list.value, error: list.error, totals: totals.value, total, hasMore, sort, query, results, selected, undo, notice, openError,
    start, runSearch, remove, undoLast, toggle, exportJson, exportMarkdown, importFile,
    loadMore: () => {
      limit.value += PAGE;
    },
  };
}

export type LibraryModel = ReturnType<typeof createLibraryModel>;
