import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { withDocument } from '../lib/extract-page';

/** Where the evaluation data lives: $BRIEF_EVALDATA, else ../shared/evaldata beside the repo. */
export function evalDataDir(): string {
  return process.env.BRIEF_EVALDATA ?? path.resolve(import.meta.dirname, '../../../shared/evaldata');
}

export function hasEvalData(): boolean {
  return existsSync(evalDataDir());
}

export function datasetDir(name: string): string {
  return path.join(evalDataDir(), name);
}

/** Ids of the pages of a dataset (file names without `.html.gz`), sorted. */
export function pageIds(dataset: string): string[] {
  const dir = path.join(datasetDir(dataset), 'pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz') || f.endsWith('.html'))
    .map((f) => f.replace(/\.html(\.gz)?$/, ''))
    .sort();
}

export function pageFile(dataset: string, id: string): string {
  const gz = path.join(datasetDir(dataset), 'pages', `${id}.html.gz`);
  return existsSync(gz) ? gz : path.join(datasetDir(dataset), 'pages', `${id}.html`);
}

export function readJson<T>(file: string): T {
  const bytes = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return JSON.parse(text) as T;
}

export function readTruth<T>(dataset: string, id: string): T | undefined {
  const f = path.join(datasetDir(dataset), 'truth', `${id}.json`);
  return existsSync(f) ? readJson<T>(f) : existsSync(f + '.gz') ? readJson<T>(f + '.gz') : undefined;
}

/** Deterministic sample of `n` items spread over the list (for --quick runs). */
export function sample<T>(items: T[], n: number | undefined): T[] {
  if (n === undefined || items.length <= n) return items;
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]);
}

export interface BaselineResult {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  text: string;
  readerable: boolean;
  ms: number;
}

/** Bare Readability, as the baseline: clone + `new Readability(clone).parse()`, and `isProbablyReaderable`. */
export function bareReadability(html: string, url: string): BaselineResult {
  return withDocument(html, url, (doc) => {
    const readerable = isProbablyReaderable(doc);
    const started = performance.now();
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    const ms = performance.now() - started;
    return {
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      publishedTime: parsed?.publishedTime ?? null,
      text: parsed?.textContent ?? '',
      readerable,
      ms,
    };
  });
}

const fmt = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v));

/** Print an aligned table. */
export function printTable(title: string, header: string[], rows: unknown[][]): void {
  const cells = [header, ...rows.map((r) => r.map(fmt))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => '| ' + r.map((x, c) => x.padEnd(widths[c])).join(' | ') + ' |';
  console.log(`\n### ${title}\n`);
  console.log(line(cells[0]));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of cells.slice(1)) console.log(line(r));
}

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** A section of `npm run eval`: prints its tables and returns the checks it makes against targets. */
export interface EvalSection {
  name: string;
  run(opts: { quick: boolean }): Promise<Check[]>;
}

export interface Check {
  name: string;
  value: number;
  /** The value must be >= min (or <= max). */
  min?: number;
  max?: number;
}

export function passed(c: Check): boolean {
  return (c.min === undefined || c.value >= c.min) && (c.max === undefined || c.value <= c.max);
}

import { runPool } from '../lib/worker-pool';

const TASKS = new URL('./tasks.ts', import.meta.url).href;

/** Run a per-page task (scripts/eval/tasks.ts) over pages in worker threads; results in input order. */
export async function mapPages<R>(task: string, pages: { file: string; url: string; args?: unknown }[]): Promise<R[]> {
  const out: R[] = [];
  for await (const r of runPool<R>(pages.map((p) => ({ ...p, task })), { modules: [TASKS] })) out.push(r);
  return out;
}
