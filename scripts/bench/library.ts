/**
 * The library at scale, in the real extension: N clips imported through the options page's own import (JSON
 * backups of CHUNK clips), then the library opened, searched and exported as a user would.
 *
 * Bodies are real news articles from the dev data (frank-summaries: CNN/DailyMail and XSum texts), cycled to
 * reach N; each clip gets its own URL, site, dates and a unique headline number, so the index holds N documents
 * with a realistic vocabulary (smaller than N distinct articles would have: the figures are a lower bound for
 * index size).
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Backup } from '@/lib/clips/backup';
import type { SearchSnapshot } from '@/lib/clips/search-index';
import type { ClipMeta } from '@/lib/clips/types';
import { datasetDir, printTable, readJson } from '../eval/common';
import type { ExtensionBrowser } from '../lib/browser';
import { liveHeapBytes } from './heap';
import { stat, type Stat } from './stats';

const CHUNK = 5_000;
/** Fresh opens of the library timed: a p95 needs more than a handful (with 5 it was simply the slowest). */
const OPENS = 20;
const DAY = 86_400_000;

export interface Source {
  lines: string[];
}

export function sources(): Source[] {
  const dir = path.join(datasetDir('frank-summaries'), 'articles');
  return readdirSync(dir)
    .filter((f) => /\.json(\.gz)?$/.test(f))
    .sort()
    .map((f) => ({ lines: readJson<{ article_lines: string[] }>(path.join(dir, f)).article_lines.filter((l) => l.trim()) }))
    .filter((s) => s.lines.length >= 3);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Clips `from`..`to` (exclusive) of a library of realistic clips. */
export function clipsRange(src: Source[], from: number, to: number, now: number): Backup['clips'] {
  const out: Backup['clips'] = [];
  for (let i = from; i < to; i++) {
    const s = src[i % src.length];
    const site = `News ${i % 97}`;
    const savedAt = now - (to - i) * 60_000;
    const publishedAt = savedAt - (i % 30) * DAY;
    const title = `${s.lines[0].split(/(?<=[.!?])\s/)[0].slice(0, 90)} (${i})`;
    const text = s.lines.join('\n\n');
    const iso = new Date(publishedAt).toISOString();
    const meta: ClipMeta = {
      id: randomUUID(),
      url: `https://news${i % 97}.example/${new Date(publishedAt).toISOString().slice(0, 10).replace(/-/g, '/')}/story-${i}`,
      title,
      byline: `Reporter ${i % 211}`,
      siteName: site,
      lang: 'en',
      dir: 'ltr',
      excerpt: s.lines[1].slice(0, 200),
      summary: s.lines.slice(0, 3),
      published: { iso, raw: iso, source: 'json-ld' } as ClipMeta['published'],
      modified: null,
      publishedAt,
      leadImage: null,
      wordCount: text.split(/\s+/).length,
      readingMinutes: Math.max(1, Math.round(text.split(/\s+/).length / 230)),
      savedAt,
      createdAt: savedAt,
      tags: i % 5 === 0 ? ['later'] : [],
      status: 'saved',
      read: (i % 3 === 0 ? 1 : 0) as 0 | 1,
      favourite: 0,
      archived: 0,
      progress: 0,
      contentHash: `h${i}`,
    };
    out.push({ meta, body: { id: meta.id, html: s.lines.map((l) => `<p>${escape(l)}</p>`).join(''), text }, versions: [] });
  }
  return out;
}

/** Queries of four kinds, drawn from the clips' own vocabulary: single word, two words, prefix, and CJK. */
export function queries(src: Source[], n: number): string[] {
  const words = src.flatMap((s) => s.lines.join(' ').split(/[^A-Za-z]+/)).filter((w) => w.length >= 5);
  const pick = (k: number) => words[(k * 7919) % words.length].toLowerCase();
  const out: string[] = [];
  for (let k = 0; out.length < n; k++) {
    const kind = k % 4;
    if (kind === 0) out.push(pick(k));
    else if (kind === 1) out.push(`${pick(k)} ${pick(k + 1)}`);
    else if (kind === 2) out.push(pick(k).slice(0, 3));
    else out.push(['東京', '北京', '서울', '経済'][k % 4]);
  }
  return out;
}

export interface LibraryFigures {
  clips: number;
  importS: number;
  firstRows: Stat;
  /** The library query and the rows' render within firstRows. */
  rowsQuery: Stat;
  /** Rows on the first screen (the list renders what is visible, plus a margin). */
  rowsShown: number;
  /** Scroll a screen down (30 from the top, 30 from the middle), or jump anywhere in the list → the rows there painted. */
  scrollPage: Stat;
  scrollJump: Stat;
  firstSearchMs: number;
  /** Growth of the library page's memory (JS heap and array buffers, after GC) when the index is loaded. */
  indexHeapBytes: number;
  search: Stat;
  /** Search right after a clip changed (its tags). */
  searchAfterChange: Stat;
  indexBytes: number;
  exportS: number;
}

// Every row the virtualised list rendered has its clip (no placeholder left): the screen is painted.
const PAINTED = `(() => { const li = document.querySelectorAll('ul.virtual-list > li'); return li.length >= 10 && !document.querySelector('ul.virtual-list > li.placeholder'); })()`;

/**
 * Open the library in a fresh tab: navigation → the first screen of rows painted, and the part of it after the
 * page's shell (header) was in the DOM, which is the library query and the rows' render (what the library's size
 * affects; the rest is loading the page's scripts). Both moments are taken in the page, by an observer installed
 * before the page's own scripts run: an observer sent over DevTools after the navigation may arrive after the shell
 * did (then the span reads short) or later still.
 */
async function openTimed(ext: ExtensionBrowser): Promise<{ page: Page; ms: number; queryMs: number; rows: number }> {
  const page = await ext.context.newPage();
  // A string: tsx's helpers do not exist in the page (and the extension page's CSP forbids waitForFunction's eval).
  await page.addInitScript(`(() => {
    const at = {};
    let done;
    window.__firstScreen = new Promise((resolve) => (done = resolve));
    const mo = new MutationObserver(() => {
      if (!at.shell && document.querySelector('main.library h1')) at.shell = performance.now();
      if (at.shell && ${PAINTED}) {
        at.painted = performance.now();
        mo.disconnect();
        done(at);
      }
    });
    mo.observe(document, { childList: true, subtree: true });
  })()`);
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`, { waitUntil: 'commit' });
  const at = (await page.evaluate('window.__firstScreen')) as { shell: number; painted: number };
  const rows = (await page.evaluate(`document.querySelectorAll('ul.virtual-list > li').length`)) as number;
  return { page, ms: at.painted, queryMs: at.painted - at.shell, rows };
}

/** Scroll the list to `y` px → every row rendered there shows its clip (the window of rows may need a query). */
function scrollTimed(page: Page, y: number): Promise<number> {
  return page.evaluate(`(async (y) => {
    const painted = () => ${PAINTED} && document.querySelector('ul.virtual-list > li[aria-posinset="' + (Math.floor(Math.max(0, y - document.querySelector('ul.virtual-list').offsetTop) / 76) + 1) + '"]');
    const t0 = performance.now();
    window.scrollTo(0, y);
    return new Promise((resolve) => {
      const tick = () => (painted() ? resolve(performance.now() - t0) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
  })(${y})`) as Promise<number>;
}

/** One search as typed: input event → the results line and rows committed to the DOM. */
function searchTimed(page: Page, q: string): Promise<number> {
  // A string, not a function: tsx's name-keeping helpers do not exist in the page.
  return page.evaluate(`(async (query) => {
    const input = document.querySelector('input[type="search"]');
    // Clear first, so the results line disappears and its return marks this query's answer.
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const shown = () => Array.from(document.querySelectorAll('main p')).some((p) => /match(?:es)?$|^No clip matches/.test(p.textContent || ''));
    const t0 = performance.now();
    const done = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        if (shown()) {
          mo.disconnect();
          resolve(performance.now() - t0);
        }
      });
      mo.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return done;
  })(${JSON.stringify(q)})`) as Promise<number>;
}

export async function benchLibrary(ext: ExtensionBrowser, n: number, progress: (msg: string) => void): Promise<LibraryFigures> {
  const src = sources();
  const now = Date.now();
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  let importMs = 0;
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    progress(`library: importing ${to}/${n}`);
    const backup: Backup = { format: 'brief-backup', schema: 1, exportedAt: new Date(now).toISOString(), clips: clipsRange(src, from, to, now) };
    const buffer = Buffer.from(JSON.stringify(backup));
    // Timed in the page, from the file input's change (the user picked the file) to the "Imported" notice: handing a
    // 30 MB file to the page over the DevTools pipe is the harness's cost, not Brief's. (The next import replaces the
    // notice, whose text then names the next chunk.)
    await page.evaluate(`window.__imported = new Promise((resolve) => {
      document.querySelector('input[type="file"]').addEventListener('change', () => {
        const t0 = performance.now();
        // Done when the busy line is gone and the notice is there (the previous chunk's notice reads the same).
        let busy = false;
        const done = () => {
          const running = Array.from(document.querySelectorAll('.status')).some((e) => e.textContent === 'Import…');
          busy ||= running;
          return busy && !running && document.body.textContent.includes(${JSON.stringify(`Imported ${(to - from).toLocaleString('en-US')} new clip`)});
        };
        const mo = new MutationObserver(() => { if (done()) { mo.disconnect(); resolve(performance.now() - t0); } });
        mo.observe(document.body, { childList: true, subtree: true, characterData: true });
      }, { once: true, capture: true });
    }), 0`); // the trailing 0: evaluate must not wait for the promise, which the file choice below settles
    await page.locator('input[type="file"]').setInputFiles({ name: `chunk-${from}.json`, mimeType: 'application/json', buffer });
    importMs += (await page.evaluate('window.__imported')) as number;
  }
  await page.close();

  const opens: number[] = [];
  const rowTimes: number[] = [];
  let rowsShown = 0;
  let last: Page | undefined;
  for (let i = 0; i < OPENS; i++) {
    const r = await openTimed(ext);
    opens.push(r.ms);
    rowTimes.push(r.queryMs);
    rowsShown = r.rows;
    if (i < OPENS - 1) await r.page.close();
    else last = r.page;
  }
  const lib = last!;
  progress('library: scrolling');
  const pageTimes: number[] = [];
  const height = (await lib.evaluate('window.innerHeight')) as number;
  for (let k = 1; k <= 30; k++) pageTimes.push(await scrollTimed(lib, k * height));
  const full = (await lib.evaluate('document.documentElement.scrollHeight')) as number;
  // Deep in the list, where reading rows by position would have to walk past half the library.
  const middle = Math.floor(full / 2);
  await scrollTimed(lib, middle);
  for (let k = 1; k <= 30; k++) pageTimes.push(await scrollTimed(lib, middle + k * height));
  const jumpTimes: number[] = [];
  for (let k = 0; k < 20; k++) jumpTimes.push(await scrollTimed(lib, Math.floor(((k * 7919) % 1000) / 1000 * (full - height))));
  await lib.evaluate('window.scrollTo(0, 0)');
  // The index's memory: the page's live memory after a garbage collection, before and after the index is built.
  const cdp = await lib.context().newCDPSession(lib);
  const heap = () => liveHeapBytes(cdp);
  const heapBefore = await heap();
  progress('library: first search (builds the index from the import journal)');
  const firstSearchMs = await searchTimed(lib, 'minister');
  const indexHeapBytes = (await heap()) - heapBefore;
  await cdp.detach();
  const times: number[] = [];
  for (const [k, q] of queries(src, 120).entries()) {
    if (k % 20 === 0) progress(`library: search ${k}/120`);
    times.push(await searchTimed(lib, q));
  }
  // A clip changes (a tag added through the list), then the next search: the index takes in the change without
  // rewriting its saved snapshot (hundreds of MB at 100k).
  progress('library: searches after a change');
  const afterChange: number[] = [];
  for (const [k, q] of queries(src, 10).entries()) {
    await lib.getByRole('searchbox').fill('');
    const box = lib.getByRole('combobox', { name: /^Add a tag to/ }).first();
    await box.fill(`bench${k}`);
    await box.press('Enter');
    await lib.getByText(`#bench${k}.`).first().waitFor();
    afterChange.push(await searchTimed(lib, q));
  }
  const indexBytes = await ext.serviceWorker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('brief');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('searchState').objectStore('searchState').get('snapshot');
          get.onsuccess = () => {
            // The saved index's arrays and strings (a character counted as a byte, as the old JSON form was).
            // (No named functions in here: tsx would wrap them in a helper the worker does not have.)
            const x = get.result?.index as SearchSnapshot | undefined;
            const p = x?.postings;
            const chars = x ? x.terms.reduce((sum, s) => sum + s.length + 1, 0) + x.ids.reduce((sum, s) => sum + s.length + 1, 0) : 0;
            resolve(x && p ? p.bytes.byteLength + p.offsets.byteLength + p.counts.byteLength + p.lasts.byteLength + x.order.byteLength + x.lengths.byteLength + chars : 0);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
  progress('library: export everything (JSON)');
  const t0 = performance.now();
  await lib.getByText('Export all').click();
  const [download] = await Promise.all([lib.waitForEvent('download', { timeout: 600_000 }), lib.getByRole('button', { name: 'Backup (JSON, with images)' }).click()]);
  await download.path();
  const exportS = (performance.now() - t0) / 1000;
  await lib.close();
  return {
    clips: n,
    importS: importMs / 1000,
    firstRows: stat(opens),
    rowsQuery: stat(rowTimes),
    rowsShown,
    scrollPage: stat(pageTimes),
    scrollJump: stat(jumpTimes),
    firstSearchMs,
    indexHeapBytes,
    search: stat(times),
    searchAfterChange: stat(afterChange),
    indexBytes,
    exportS,
  };
}

/** The library table of the benchmark (shared by `npm run bench` and `npm run bench:library`). */
export function printLibraryTable(library: (LibraryFigures | { clips: number; error: string })[]): void {
  printTable(
    'Library (real news bodies, imported through the library page)',
    ['clips', 'import all (s)', 'open → first screen painted p50 / p95 (ms)', 'of which query + render p50 / p95', 'rows on screen', 'scroll a screen p50 / p95', 'jump anywhere p50 / p95', 'first search, builds index (ms)', 'search p50 / p95 / max (ms, 120 queries)', 'search after a change p50 / max (ms)', 'index in memory (MB)', 'index on disk (MB)', 'export all JSON (s)'],
    library.map((f) =>
      'error' in f
        ? [f.clips, `failed: ${f.error}`, '', '', '', '', '', '', '', '', '', '', '']
        : [f.clips, f.importS, `${f.firstRows.p50.toFixed(1)} / ${f.firstRows.p95.toFixed(1)}`, `${f.rowsQuery.p50.toFixed(1)} / ${f.rowsQuery.p95.toFixed(1)}`, f.rowsShown, `${f.scrollPage.p50.toFixed(1)} / ${f.scrollPage.p95.toFixed(1)}`, `${f.scrollJump.p50.toFixed(1)} / ${f.scrollJump.p95.toFixed(1)}`, f.firstSearchMs, `${f.search.p50.toFixed(1)} / ${f.search.p95.toFixed(1)} / ${f.search.max.toFixed(1)}`, `${f.searchAfterChange.p50.toFixed(1)} / ${f.searchAfterChange.max.toFixed(1)}`, f.indexHeapBytes / 1e6, f.indexBytes / 1e6, f.exportS],
    ),
  );
}
