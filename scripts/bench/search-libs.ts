/**
 * `npm run bench:search [-- --docs 10000]`: how the library's search was chosen. The same N clips (real news bodies,
 * as in the library bench) and 120 queries (single word, two words, prefix, CJK) go to each candidate index in
 * real Chromium: Brief's packed postings (what it ships), MiniSearch (what it shipped until December 2026),
 * FlexSearch, and a word index kept in IndexedDB itself. Reported: build time, memory the index holds (JS heap and
 * array buffers, after GC), search p50/p95, serialized size, and the hits of each query
 * kind (a candidate that finds less is not faster for free).
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { docFor } from '@/lib/clips/search-index';
import { hasEvalData, printTable } from '../eval/common';
import { CHROMIUM_FLAGS, findChromium, serveDir } from '../lib/browser';
import { tempSite } from '../lib/photo-page';
import { benchBundle } from './bundles';
import { clipsRange, queries, sources } from './library';
import { liveHeapBytes } from './heap';
import { stat } from './stats';

const args = process.argv.slice(2);
const n = args.includes('--docs') ? Number(args[args.indexOf('--docs') + 1]) : 10_000;
const CANDIDATES = ['packed postings', 'minisearch', 'flexsearch', 'indexeddb words'];
const KINDS = ['word', 'two words', 'prefix', 'CJK'];

async function main(): Promise<void> {
  if (!hasEvalData()) {
    console.log('Evaluation data not found (../shared/evaldata): the search comparison needs its news bodies; nothing measured.');
    return;
  }
  const src = sources();
  const docs = clipsRange(src, 0, n, Date.now()).map((c) => docFor(c.meta, c.body.text));
  const qs = queries(src, 120);
  const bundle = await benchBundle('search-libs.ts');
  const dir = tempSite('brief-search-bench-');
  writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><title>search bench</title>');
  const site = await serveDir(dir);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
  const rows: (string | number)[][] = [];
  try {
    for (const name of CANDIDATES) {
      process.stderr.write(`\r  ${name}: loading ${n} documents          `);
      const page = await browser.newPage();
      await page.goto(`${site.url}/index.html`);
      await page.addScriptTag({ content: bundle });
      for (let i = 0; i < docs.length; i += 1000) await page.evaluate(`(globalThis.__docs ??= []).push(...${JSON.stringify(docs.slice(i, i + 1000))})`);
      const cdp = await page.context().newCDPSession(page);
      const heap = () => liveHeapBytes(cdp);
      const before = await heap();
      process.stderr.write(`\r  ${name}: building                          `);
      const buildMs = (await page.evaluate(`(async () => { const t = performance.now(); await __search[${JSON.stringify(name)}].build(__docs); return performance.now() - t; })()`)) as number;
      // The documents are still held, as they were before the build: what the heap grew by is the index.
      const heldBytes = (await heap()) - before;
      await page.evaluate('globalThis.__docs = null');
      process.stderr.write(`\r  ${name}: searching                         `);
      const runs = (await page.evaluate(`(async (qs) => { const out = []; for (const q of qs) { const t = performance.now(); const hits = await __search[${JSON.stringify(name)}].search(q); out.push([performance.now() - t, hits]); } return out; })(${JSON.stringify(qs)})`)) as [number, number][];
      const bytes = (await page.evaluate(`__search[${JSON.stringify(name)}].serializedBytes()`)) as number;
      const s = stat(runs.map((r) => r[0]));
      const hitsByKind = KINDS.map((_, k) => runs.filter((_, i) => i % 4 === k).reduce((sum, r) => sum + r[1], 0) / (qs.length / 4));
      rows.push([name, buildMs / 1000, heldBytes / 1e6, s.p50, s.p95, s.max, Number.isFinite(bytes) ? bytes / 1e6 : 'in IndexedDB', ...hitsByKind.map((h) => h.toFixed(1))]);
      await cdp.detach();
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  process.stderr.write('\r' + ' '.repeat(60) + '\r');
  printTable(`Search candidates, ${n} clips, 120 queries, Chromium (same tokens for all)`, ['index', 'build (s)', 'memory held (MB)', 'search p50 (ms)', 'p95', 'max', 'serialized (MB)', ...KINDS.map((k) => `mean hits: ${k}`)], rows);
}

await main();
