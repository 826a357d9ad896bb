import { existsSync } from 'node:fs';
import { extractHtml } from '../lib/extract-page';
import { loadPage } from '../lib/load-page';
import { bareReadability, mean, pageFile, pageIds, printTable, readTruth, sample, type Check, type EvalSection } from './common';
import { bowScores, charScores, shingleCounts, shingleF1, snippetHits } from './metrics';
import { withDocument } from '../lib/extract-page';

interface Outputs {
  brief: string;
  bare: string;
  briefMs: number;
  bareMs: number;
}

/** Brief through the command line's code path, and bare Readability, on the same page. */
export function runBoth(file: string, url: string, disabledSteps?: string[]): Outputs {
  const html = loadPage(file);
  const rec = extractHtml(file, html, url, { disabledSteps });
  const base = bareReadability(html, url);
  return { brief: rec.ok ? rec.text : '', bare: base.text, briefMs: rec.ok ? rec.ms : 0, bareMs: base.ms };
}

interface WcxbTruth {
  page_type: string;
  url: string;
  main_content: string;
  with: string[];
  without: string[];
}

const ratio = (a: number, b: number) => (b ? a / b : 0);

interface Row {
  f1: number;
  p: number;
  r: number;
  must: number;
  mustNot: number;
}

function wcxbRow(rows: Row[]): number[] {
  return [mean(rows.map((x) => x.p)), mean(rows.map((x) => x.r)), mean(rows.map((x) => x.f1)), mean(rows.map((x) => x.must)), mean(rows.map((x) => x.mustNot))];
}

/** WCXB dev: bag-of-words P/R/F1 and snippet rates per page, for Brief and bare Readability. */
export function scoreWcxb(ids: string[], disabledSteps?: string[]) {
  const brief: Record<string, Row[]> = {};
  const bare: Record<string, Row[]> = {};
  const times = { brief: [] as number[], bare: [] as number[] };
  for (const id of ids) {
    const t = readTruth<WcxbTruth>('wcxb', id);
    if (!t) continue;
    const out = runBoth(pageFile('wcxb', id), t.url, disabledSteps);
    times.brief.push(out.briefMs);
    times.bare.push(out.bareMs);
    const type = t.page_type === 'article' ? 'article' : 'non-article';
    for (const [sys, text] of [[brief, out.brief], [bare, out.bare]] as const) {
      const s = bowScores(text, t.main_content);
      (sys[type] ??= []).push({
        ...s,
        must: t.with.length ? snippetHits(text, t.with, true) / t.with.length : 1,
        mustNot: t.without.length ? snippetHits(text, t.without, true) / t.without.length : 0,
      });
    }
  }
  return { brief, bare, times };
}

interface TrafTruth {
  url: string;
  with: string[];
  without: string[];
}

function trafFile(id: string): string {
  const own = pageFile('trafilatura', id);
  return existsSync(own) ? own : pageFile('htmldate', id);
}

function extraction(quick: boolean): Check[] {
  const checks: Check[] = [];
  const n = (full: number | undefined, q: number) => (quick ? q : full);

  // WCXB
  const wcxbIds = pageIds('wcxb');
  const articles = sample(wcxbIds.filter((id) => readTruth<WcxbTruth>('wcxb', id)?.page_type === 'article'), n(undefined, 14));
  const others = sample(wcxbIds.filter((id) => readTruth<WcxbTruth>('wcxb', id)?.page_type !== 'article'), n(undefined, 6));
  const w = scoreWcxb([...articles, ...others]);
  printTable(`WCXB dev (${articles.length} articles, ${others.length} non-articles): bag-of-words and snippets`, ['pages', 'system', 'P', 'R', 'F1', 'must-contain', 'must-not-contain'], [
    ['articles', 'Readability', ...wcxbRow(w.bare.article ?? [])],
    ['articles', 'Brief', ...wcxbRow(w.brief.article ?? [])],
    ['non-articles', 'Readability', ...wcxbRow(w.bare['non-article'] ?? [])],
    ['non-articles', 'Brief', ...wcxbRow(w.brief['non-article'] ?? [])],
  ]);
  const [, , f1, must, mustNot] = wcxbRow(w.brief.article ?? []);
  const [, , bareF1] = wcxbRow(w.bare.article ?? []);
  checks.push(
    { name: 'WCXB articles F1', value: f1, min: quick ? 0.9 : 0.96 },
    { name: 'WCXB articles must-contain', value: must, min: quick ? 0.88 : 0.95 },
    { name: 'WCXB articles must-not-contain', value: mustNot, max: quick ? 0.08 : 0.03 },
    { name: 'WCXB articles F1 minus Readability', value: f1 - bareF1, min: 0 },
  );

  // trafilatura: snippet rates, micro-averaged as upstream does.
  const trafIds = sample(pageIds('trafilatura').length ? readTrafIds() : [], n(undefined, 8));
  const tr = { brief: { tp: 0, fp: 0, w: 0, wo: 0 }, bare: { tp: 0, fp: 0, w: 0, wo: 0 } };
  for (const id of trafIds) {
    const t = readTruth<TrafTruth>('trafilatura', id);
    if (!t) continue;
    const out = runBoth(trafFile(id), t.url);
    for (const [acc, text] of [[tr.brief, out.brief], [tr.bare, out.bare]] as const) {
      acc.tp += snippetHits(text, t.with, false);
      acc.fp += snippetHits(text, t.without, false);
      acc.w += t.with.length;
      acc.wo += t.without.length;
    }
  }
  const trow = (a: typeof tr.brief) => {
    const p = a.tp + a.fp ? a.tp / (a.tp + a.fp) : 0;
    const r = a.w ? a.tp / a.w : 0;
    return [a.w ? a.tp / a.w : 0, a.wo ? a.fp / a.wo : 0, p, r, p + r ? (2 * p * r) / (p + r) : 0];
  };
  printTable(`trafilatura dev (${trafIds.length} pages): snippets, micro-averaged`, ['system', 'must-contain', 'must-not-contain', 'P', 'R', 'F1'], [
    ['Readability', ...trow(tr.bare)],
    ['Brief', ...trow(tr.brief)],
  ]);
  checks.push({ name: 'trafilatura F1 minus Readability', value: trow(tr.brief)[4] - trow(tr.bare)[4], min: quick ? -0.05 : 0 });

  // mozilla-readability: shingle F1 against Readability's own expected output (a regression guard).
  const mozIds = sample(pageIds('mozilla-readability'), n(undefined, 8));
  const moz = { brief: [] as ReturnType<typeof shingleCounts>[], bare: [] as ReturnType<typeof shingleCounts>[] };
  for (const id of mozIds) {
    const expectedFile = pageFile('mozilla-readability', id).replace('/pages/', '/expected/');
    if (!existsSync(expectedFile)) continue;
    const expected = withDocument(loadPage(expectedFile), 'https://example.org/', (doc) => doc.body?.textContent ?? '');
    const out = runBoth(pageFile('mozilla-readability', id), `https://example.org/${id}/`);
    moz.brief.push(shingleCounts(out.brief, expected));
    moz.bare.push(shingleCounts(out.bare, expected));
  }
  const mb = shingleF1(moz.brief);
  const mr = shingleF1(moz.bare);
  printTable(`mozilla-readability (${mozIds.length} pages): shingle scores against expected.html`, ['system', 'P', 'R', 'F1'], [
    ['Readability', mr.p, mr.r, mr.f1],
    ['Brief', mb.p, mb.r, mb.f1],
  ]);
  checks.push({ name: 'mozilla-readability shingle F1', value: mb.f1, min: quick ? 0.85 : 0.9 });

  // Multilingual: daniel (zh by characters, others by words) and goose3 body starts.
  const dan = new Map<string, { brief: number[]; bare: number[] }>();
  const danIds = sample(pageIds('daniel-multilingual'), n(undefined, 8));
  for (const id of danIds) {
    const t = readTruth<{ language: string; reference_text: string; site: string }>('daniel-multilingual', id);
    if (!t) continue;
    const out = runBoth(pageFile('daniel-multilingual', id), `http://${t.site}/${id}`);
    const score = t.language === 'Chinese' ? charScores : bowScores;
    const row = dan.get(t.language) ?? { brief: [], bare: [] };
    row.brief.push(score(out.brief, t.reference_text).f1);
    row.bare.push(score(out.bare, t.reference_text).f1);
    dan.set(t.language, row);
  }
  const gooseIds = sample(pageIds('goose3').filter((id) => id.startsWith('content--')), n(undefined, 6));
  const goose = new Map<string, { brief: number[]; bare: number[] }>();
  for (const id of gooseIds) {
    const t = readTruth<{ url: string; expected: { cleaned_text?: string; meta_lang?: string } }>('goose3', id);
    const ref = t?.expected.cleaned_text;
    if (!t || !ref) continue;
    const out = runBoth(pageFile('goose3', id), t.url);
    const lang = t.expected.meta_lang || 'unknown';
    const cjk = /^(zh|ja|ko)/.test(lang) || /[\u4e00-\u9fff\uac00-\ud7af]/.test(ref.slice(0, 200));
    // The truth is a prefix of the body: recall of its tokens is what can be scored.
    const rec = (text: string) => (cjk ? charScores(text, ref).r : bowScores(text, ref).r);
    const row = goose.get(lang) ?? { brief: [], bare: [] };
    row.brief.push(rec(out.brief));
    row.bare.push(rec(out.bare));
    goose.set(lang, row);
  }
  printTable('Multilingual: daniel-multilingual F1 (Chinese by characters) and goose3 body-prefix recall', ['set', 'language', 'pages', 'Readability', 'Brief'], [
    ...Array.from(dan, ([lang, r]) => ['daniel', lang, r.brief.length, mean(r.bare), mean(r.brief)]),
    ...Array.from(goose, ([lang, r]) => ['goose3', lang, r.brief.length, mean(r.bare), mean(r.brief)]),
  ]);
  const multiBrief = mean(Array.from(dan.values()).flatMap((r) => r.brief));
  const multiBare = mean(Array.from(dan.values()).flatMap((r) => r.bare));
  checks.push({ name: 'daniel-multilingual F1 minus Readability', value: multiBrief - multiBare, min: quick ? -0.05 : 0 });

  const briefMs = mean(w.times.brief);
  const bareMs = mean(w.times.bare);
  printTable('Time per page in Node/jsdom (WCXB pages; the browser figures come from npm run bench)', ['system', 'mean ms', 'ratio'], [
    ['Readability (clone + parse)', bareMs, 1],
    ['Brief (whole pipeline)', briefMs, ratio(briefMs, bareMs)],
  ]);
  return checks;
}

function readTrafIds(): string[] {
  // Every annotated page, whether its HTML is in trafilatura/pages or shared with htmldate/pages.
  return Array.from(new Set([...pageIds('trafilatura'), ...listTruthIds('trafilatura')])).sort();
}

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { datasetDir } from './common';
function listTruthIds(dataset: string): string[] {
  const dir = path.join(datasetDir(dataset), 'truth');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')) : [];
}

export const extractionSection: EvalSection = { name: 'extraction', run: async ({ quick }) => extraction(quick) };
