import { t, tn } from '@/lib/i18n/t';
import { computed, signal } from '@preact/signals';
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { backupLines, importBackupFile } from '@/lib/clips/backup';
import { clipDB, openLibrary, type ClipDB } from '@/lib/clips/db';
import type { ImageBytes } from '@/lib/clips/export-files';
import { countOf, listAtSignpost, listFrom, listWindow, readSignposts, SIGNPOSTS_FROM, type LibraryFilter, type Signposts, type SortKey } from '@/lib/clips/library-query';
import { importPocketCsv } from '@/lib/clips/pocket';
import { counts, deleteClip, getClip, getImages, normalizeTags, restoreClip, revertClips, updateClips, type RemovedClip } from '@/lib/clips/repository';
import { highlightParts, type ClipSearch, type SearchHit } from '@/lib/clips/search-index';
import { catchUp, openSearch } from '@/lib/clips/search-store';
import type { Clip, ClipMeta } from '@/lib/clips/types';
import { lastBackupAt } from '@/lib/settings';
import { download } from '@/lib/ui/download';
import { liveSignal } from '@/lib/ui/live-signal';

export type Notice = { kind: 'ok' | 'error' | 'info'; text: string } | null;
export interface SearchRow {
  clip: ClipMeta;
  snippet: { text: string; hit: boolean }[];
}

/**
 * The virtualised list reads a window of rows around what is on screen: WINDOW rows starting STEP rows
 * above the first visible one, moved in STEP-row jumps so that scrolling re-queries only now and then.
 */
const WINDOW = 60;
const STEP = 20;
/** Hits listed per search; the first screen of them is shown before the rest is read; bodies give snippets for the first 30. */
const SEARCH_LIMIT = 100;
const FIRST_HITS = 15;
const SNIPPET_BODIES = 30;

function snippetOf(text: string, terms: string[]): { text: string; hit: boolean }[] {
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), text.length));
  const start = Math.max(0, at - 60);
  return highlightParts((start > 0 ? '…' : '') + text.slice(start, start + 220) + '…', terms);
}


/**
 * The library's state: filters, the visible window of the list, search, selection, undo and import/export.
 * `signpostsFrom`: views of at least this many clips read signposts for far jumps (see readSignposts).
 */
export function createLibraryModel(db: ClipDB = clipDB(), opts: { signpostsFrom?: number } = {}) {
  const signpostsFrom = opts.signpostsFrom ?? SIGNPOSTS_FROM;
  const filter = signal<LibraryFilter>({ kind: 'all' });
  const sort = signal<SortKey>('savedAt');
  /** Set once `start` has opened the library: the live queries wait for it (the database opens only through openLibrary's check). */
  const open = signal(false);
  const totals = liveSignal(() => (open.peek() ? counts(db) : Promise.resolve({} as Record<string, number>)), {} as Record<string, number>, () => open.value);
  const count = computed(() => countOf(filter.value, totals.value.value));
  const firstVisible = signal(0);
  const windowStart = computed(() => Math.max(0, Math.floor(firstVisible.value / STEP) * STEP - STEP));
  // The signposts of the view on screen, read in the background after a far jump, and dropped whenever the clips
  // change (a row added or removed moves every position after it); a jump before they are read goes by position.
  /** Which view (filter and order) the list shows: rows, a scroll's anchor and signposts belong to one. */
  const viewKey = () => JSON.stringify([filter.peek(), sort.peek()]);
  let signposts: { key: string; posts: Signposts } | null = null;
  /** Whether far jumps in the view on screen read from signposts now (for tests and the page's diagnostics). */
  const signposted = signal(false);
  let readingSignposts = '';
  let clipWrites = 0;
  const reread = signal(0);
  const clipsPart = `idb://${db.name}/clips/`;
  Dexie.on('storagemutated', (parts) => {
    if (parts[clipsPart] || parts.all) {
      clipWrites++;
      signposts = null;
      signposted.value = false;
      // The live query follows only the rows it read, from the signpost down: a row added or removed above them
      // moves them without a notice to it, so the window is read again.
      if (shown.bySignpost) reread.value++;
    }
  });
  function readSignpostsSoon(key: string): void {
    if (readingSignposts === key) return;
    readingSignposts = key;
    const writes = clipWrites;
    const [f, s] = [filter.peek(), sort.peek()];
    // After the jump's rows are painted: the read lists every id of the view.
    const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 0));
    idle(() => {
      readSignposts(db, f, s)
        .then((posts) => {
          // Taken only if nothing changed meanwhile and the view is still the same one (else the next jump asks again).
          if (posts && writes === clipWrites && viewKey() === key) {
            signposts = { key, posts };
            signposted.value = true;
          }
        })
        .catch((e: unknown) => {
          // Jumps then go by position, slower but right; the failure is reported, not swallowed.
          console.warn('Brief: the library could not read its signposts', e);
        })
        .finally(() => {
          if (readingSignposts === key) readingSignposts = '';
        });
    });
  }
  let shown = { start: 0, rows: [] as ClipMeta[], key: '', bySignpost: false };
  let firstRowsRead = () => {};
  /** Settles once the list's first rows are read or failed (the page defers other storage work until then). */
  const firstRows = new Promise<void>((resolve) => (firstRowsRead = resolve));
  const rows = liveSignal(
    () => (open.peek() ? readRows().finally(firstRowsRead) : Promise.resolve({ start: 0, rows: [] as ClipMeta[] })),
    { start: 0, rows: [] as ClipMeta[] },
    () => [open.value, filter.value, sort.value, windowStart.value, reread.value],
  );
  async function readRows(): Promise<{ start: number; rows: ClipMeta[] }> {
    const start = windowStart.peek();
    const key = viewKey();
    signposted.value = signposts?.key === key;
    const prev = shown;
    let next: ClipMeta[] | null = null;
    let bySignpost = false;
    // A scroll moves the window by a step: read on from a row already shown instead of counting rows from the
    // top. The same window read again (the library changed) or a far jump goes by position.
    if (prev.key === key && prev.rows.length && start !== prev.start && Math.abs(start - prev.start) <= prev.rows.length) {
      const down = start > prev.start;
      const keptIds = (down ? prev.rows.slice(start - prev.start) : prev.rows.slice(0, WINDOW - (prev.start - start))).map((r) => r.id);
      // The rows kept are read again: fresh values, and the live query then follows their changes too.
      const kept = await db.clips.bulkGet(keptIds);
      if (kept.every(Boolean)) {
        const fresh = kept as ClipMeta[];
        const anchor = { row: down ? prev.rows[prev.rows.length - 1] : prev.rows[0], direction: down ? ('after' as const) : ('before' as const) };
        const more = await listFrom(db, filter.peek(), sort.peek(), anchor, down ? WINDOW - fresh.length : prev.start - start);
        if (more && (down || more.length === prev.start - start)) next = down ? [...fresh, ...more] : [...more, ...fresh];
      }
    }
    // A far jump in a large view reads from its nearest signpost, once they are read (see readSignposts).
    if (!next && start > 0 && signposts?.key === key) {
      const writes = clipWrites;
      const read = await listAtSignpost(db, filter.peek(), sort.peek(), signposts.posts, start, WINDOW);
      // A change's notice may reach this page after the live query began this read: it may have moved every row.
      if (writes === clipWrites && read) {
        next = read;
        bySignpost = true;
      }
    }
    if (!next) {
      next = await listWindow(db, filter.peek(), sort.peek(), start, WINDOW, count.peek());
      // The first far jump in a large view (or the first since a change) goes by position and has the signposts
      // read for the next ones: reading them costs about as much as one such jump, so only a reader who jumps pays.
      if (start > 0 && count.peek() >= signpostsFrom && !busy.peek()) readSignpostsSoon(key);
    }
    shown = { start, rows: next, key, bySignpost };
    return { start, rows: next };
  }

  const tags = computed(() =>
    Object.keys(totals.value.value)
      .filter((k) => k.startsWith('tag:'))
      .map((k) => k.slice(4))
      .sort(),
  );
  const sites = computed(() =>
    Object.entries(totals.value.value)
      .filter(([k]) => k.startsWith('site:'))
      .map(([k, n]) => ({ site: k.slice(5), n }))
      .sort((a, b) => b.n - a.n || a.site.localeCompare(b.site)),
  );
  const query = signal('');
  /** Search results; a hit whose row is still being read is `undefined` (drawn as a placeholder). */
  const results = signal<(SearchRow | undefined)[] | null>(null);
  const selected = signal<ReadonlySet<string>>(new Set());
  const undo = signal<{ label: string; run: () => Promise<void> } | null>(null);
  const notice = signal<Notice>(null);
  const openError = signal<string | null>(null);
  const busy = signal<string | null>(null);
  let search: Promise<ClipSearch> | undefined;

  /** Open the library; the page calls this before its first render, so that the open overlaps the render. */
  async function start(): Promise<void> {
    const opened = await openLibrary(db);
    if (opened.ok) open.value = true;
    else {
      openError.value = opened.message;
      firstRowsRead();
    }
  }

  /** For actions the user can start before the open settled: false (and the page shows why) when it failed. */
  const isOpen = async () => (await openLibrary(db)).ok;

  /** Save the search index with what it has taken in (the page calls this when it is hidden). */
  async function saveSearch(): Promise<void> {
    if (search) await catchUp(db, await search, { persist: true });
  }

  /** The row at a list position, when its window is loaded (else the list shows a placeholder). */
  function rowAt(index: number): ClipMeta | undefined {
    const w = rows.value.value;
    return w.rows[index - w.start];
  }

  function setFilter(next: LibraryFilter): void {
    filter.value = next;
    firstVisible.value = 0;
    selected.value = new Set();
  }

  async function runSearch(q: string): Promise<void> {
    query.value = q;
    if (!q.trim()) {
      results.value = null;
      return;
    }
    if (!(await isOpen())) return;
    // After a big import the index has thousands of clips to take in: say so while it does.
    const progress = (done: number, total: number) => {
      if (total > 2000) busy.value = preparing = t('preparingSearch', { done, total });
    };
    let preparing: string | null = null;
    search ??= openSearch(db, undefined, progress);
    let index: ClipSearch;
    try {
      index = await search;
      await catchUp(db, index, { progress });
    } finally {
      if (preparing && busy.value === preparing) busy.value = null;
    }
    if (query.value !== q) return; // a newer keystroke won
    const hits = index.search(q, SEARCH_LIMIT);
    // The first screen of hits is read and shown before the rest (placeholders until then): reading a hundred
    // rows and bodies first would make every keystroke wait for rows nobody sees yet.
    const rowsOf = async (part: SearchHit[], withBodies = true) => {
      const metas = await db.clips.bulkGet(part.map((h) => h.id));
      const bodies = withBodies ? await db.bodies.bulkGet(part.map((h) => h.id)) : [];
      return part.map((h, i): SearchRow | null => {
        const clip = metas[i];
        return clip ? { clip, snippet: snippetOf(bodies[i]?.text ?? clip.summary.join(' '), h.terms) } : null;
      });
    };
    const first = await rowsOf(hits.slice(0, FIRST_HITS));
    if (query.value !== q) return;
    results.value = hits.length > FIRST_HITS ? [...first.map((r) => r ?? undefined), ...new Array<undefined>(hits.length - FIRST_HITS)] : first.filter((r) => r !== null);
    if (hits.length <= FIRST_HITS) return;
    // Past the bodies of the first screens, snippets come from the summary.
    const more = await rowsOf(hits.slice(FIRST_HITS, SNIPPET_BODIES));
    const rest = await rowsOf(hits.slice(SNIPPET_BODIES), false);
    if (query.value !== q) return;
    results.value = [...first, ...more, ...rest].filter((r) => r !== null);
  }

  const refreshSearch = () => (query.value ? runSearch(query.value) : Promise.resolve());

  async function remove(ids: string[]): Promise<void> {
    const removed: RemovedClip[] = [];
    for (const id of ids) {
      const clip = await deleteClip(db, id);
      if (clip) removed.push(clip);
    }
    selected.value = new Set();
    const whatRemoved = removed.length === 1 ? t('quoted', { title: removed[0].meta.title }) : tn('clipCount', removed.length);
    undo.value = {
      label: t('deleted', { what: whatRemoved }),
      run: async () => {
        for (const clip of removed) await restoreClip(db, clip);
        notice.value = { kind: 'ok', text: t('restored', { what: whatRemoved }) };
      },
    };
    await refreshSearch();
  }

  /** Change flags or tags of clips, with undo; `label` says what was done. */
  async function change(ids: string[], patch: (clip: ClipMeta) => Partial<Pick<ClipMeta, 'read' | 'favourite' | 'archived' | 'tags'>>, label: string): Promise<void> {
    const before = await updateClips(db, ids, patch);
    if (ids.length > 1) selected.value = new Set();
    undo.value = { label, run: () => revertClips(db, before) };
    await refreshSearch();
  }

  const what = (ids: string[], title?: string) => (ids.length === 1 && title ? t('quoted', { title }) : tn('clipCount', ids.length));

  const actions = {
    favourite: (ids: string[], on: boolean, title?: string) => change(ids, () => ({ favourite: on ? 1 : 0 }), t(on ? 'favouriteOn' : 'favouriteOff', { what: what(ids, title) })),
    archive: (ids: string[], on: boolean, title?: string) => change(ids, () => ({ archived: on ? 1 : 0 }), t(on ? 'archiveOn' : 'archiveOff', { what: what(ids, title) })),
    markRead: (ids: string[], on: boolean, title?: string) => change(ids, () => ({ read: on ? 1 : 0 }), t(on ? 'readOn' : 'readOff', { what: what(ids, title) })),
    addTag: (ids: string[], tag: string) => {
      const [clean] = normalizeTags([tag]);
      if (!clean) return Promise.resolve();
      return change(ids, (c) => ({ tags: [...c.tags, clean] }), t('tagged', { what: what(ids), tag: clean }));
    },
    removeTag: (ids: string[], tag: string) => change(ids, (c) => ({ tags: c.tags.filter((t) => t !== tag) }), t('untagged', { what: what(ids), tag })),
  };

  async function undoLast(): Promise<void> {
    const last = undo.value;
    if (!last) return;
    undo.value = null;
    await last.run();
    await refreshSearch();
  }

  function toggle(id: string, on: boolean): void {
    const next = new Set(selected.value);
    if (on) next.add(id);
    else next.delete(id);
    selected.value = next;
  }

  const stamp = () => new Date().toISOString().slice(0, 10);
  const selectionOrAll = () => (selected.value.size ? Array.from(selected.value) : undefined);

  /** Run a long export or import with a visible busy state; unexpected errors are shown, not swallowed. */
  async function task(label: string, run: () => Promise<Notice>): Promise<void> {
    busy.value = t('busy', { task: label });
    try {
      if (!(await isOpen())) return;
      notice.value = await run();
    } catch (err) {
      notice.value = { kind: 'error', text: t('taskFailed', { task: label, detail: err instanceof Error ? err.message : String(err) }) };
    } finally {
      busy.value = null;
    }
  }

  const exportJson = () =>
    task(t('taskBackup'), async () => {
      // Collected as blobs of a few MB each: the file can be larger than any single string.
      const parts: Blob[] = [];
      let lines: string[] = [];
      let chars = 0;
      let clips = -1; // the header line is not a clip
      for await (const line of backupLines(db, selectionOrAll())) {
        lines.push(line);
        chars += line.length;
        clips++;
        if (chars > 8_000_000) {
          parts.push(new Blob(lines));
          lines = [];
          chars = 0;
        }
      }
      parts.push(new Blob(lines));
      download(`brief-backup-${stamp()}.jsonl`, new Blob(parts), 'application/jsonl');
      if (!selected.value.size) await lastBackupAt.setValue(Date.now());
      return { kind: 'ok', text: t('exported', { what: tn('clipCount', clips) }) };
    });

  // Markdown, zip and the sanitizer load when an export is asked for, not with the library.
  const exporters = () => import('@/lib/clips/export-files');

  async function clipsWithImages(): Promise<{ clip: Clip; images: ImageBytes[] }[]> {
    const { imageBytes } = await exporters();
    const ids = selectionOrAll() ?? ((await db.clips.orderBy('savedAt').primaryKeys()) as string[]);
    const out: { clip: Clip; images: ImageBytes[] }[] = [];
    for (const id of ids) {
      const clip = await getClip(db, id);
      if (clip && clip.meta.status === 'saved') out.push({ clip, images: await imageBytes(await getImages(db, id)) });
    }
    return out;
  }

  const exportMarkdown = () =>
    task(t('taskMarkdown'), async () => {
      const [clips, { markdownZip }] = await Promise.all([clipsWithImages(), exporters()]);
      download(`brief-markdown-${stamp()}.zip`, markdownZip(clips) as BlobPart, 'application/zip');
      return { kind: 'ok', text: t('exportedMarkdown', { what: tn('clipCount', clips.length) }) };
    });

  let sanitize: ((html: string) => string) | undefined;
  const exportHtml = () =>
    task(t('taskHtml'), async () => {
      const [clips, { clipToHtml, htmlZip, slugFor }, { createSanitizer }] = await Promise.all([clipsWithImages(), exporters(), import('@/lib/article/sanitize')]);
      sanitize ??= createSanitizer(window);
      if (clips.length === 1) {
        download(`${slugFor(clips[0].clip.meta.title, new Set())}.html`, clipToHtml(clips[0].clip, sanitize, clips[0].images), 'text/html');
      } else {
        download(`brief-html-${stamp()}.zip`, htmlZip(clips, sanitize) as BlobPart, 'application/zip');
      }
      return { kind: 'ok', text: t('exportedHtml', { what: tn('clipCount', clips.length) }) };
    });

  const importFile = (file: File) =>
    task(t('taskImport'), async () => {
      if (/\.csv$/i.test(file.name)) {
        const r = await importPocketCsv(db, await file.text());
        return r.ok ? { kind: 'ok', text: tn('importedPocket', r.added, { skipped: r.skipped }) } : { kind: 'error', text: r.message };
      }
      const r = await importBackupFile(db, file);
      await refreshSearch();
      return r.ok ? { kind: 'ok', text: tn('importedBackup', r.added, { updated: r.updated, skipped: r.skipped }) } : { kind: 'error', text: r.message };
    });

  /** Open clips imported from another service in background tabs, where Brief can save their text (a few at a time). */
  async function openPending(max = 10): Promise<void> {
    if (!(await isOpen())) return;
    const pending = await listWindow(db, { kind: 'pending' }, 'savedAt', 0, max, max);
    for (const clip of pending) await browser.tabs.create({ url: clip.url, active: false });
    notice.value = { kind: 'info', text: tn('openedPending', pending.length) };
  }

  return {
    filter, sort, count, openPending, totals: totals.value, tags, sites, error: rows.error, query, results, selected, undo, notice, openError, busy, firstVisible, signposted,
    start, firstRows, saveSearch, rowAt, setFilter, runSearch, remove, ...actions, undoLast, toggle, exportJson, exportMarkdown, exportHtml, importFile,
  };
}

export type LibraryModel = ReturnType<typeof createLibraryModel>;
