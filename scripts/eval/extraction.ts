import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { withDocument } from '../lib/extract-page';
import { loadPage } from '../lib/load-page';
import { datasetDir, mapPages, mean, pageFile, pageIds, printTable, readTruth, sample, type Check, type EvalSection } from './common';
import { bowScores, charScores, shingleCounts, shingleF1, snippetHits, type PRF } from './metrics';
import type { BothOutput } from './tasks';

interface WcxbTruth {
  page_type: string;
  url: string;
  main_content: string | null;
  with: string[];
  without: string[];
}
interface TrafTruth {
  url: string;
  with: string[];
  without: string[];
}

export interface WcxbRow extends PRF {
  must: number;
  mustNot: number;
}

export const wcxbMeans = (rows: WcxbRow[]) => [
  mean(rows.map((x) => x.p)),
  mean(rows.map((x) => x.r)),
  mean(rows.map((x) => x.f1)),
  mean(rows.map((x) => x.must)),
  mean(rows.map((x) => x.mustNot)),
];

export function wcxbRow(text: string, t: WcxbTruth): WcxbRow {
  return {
    ...bowScores(text, t.main_content ?? ''),
    must: t.with.length ? snippetHits(text, t.with, true) / t.with.length : 1,
    mustNot: t.without.length ? snippetHits(text, t.without, true) / t.without.length : 0,
  };
}

export function wcxbArticles(quick: boolean): { id: string; truth: WcxbTruth }[] {
  const all = pageIds('wcxb').map((id) => ({ id, truth: readTruth<WcxbTruth>('wcxb', id)! })).filter((x) => x.truth);
  return sample(all.filter((x) => x.truth.page_type === 'article'), quick ? 14 : undefined);
}

function truthIds(dataset: string): string[] {
  const dir = path.join(datasetDir(dataset), 'truth');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort() : [];
}

/** trafilatura pages not in its own folder are htmldate's (byte-identical, see the evaldata README). */
function trafFile(id: string): string {
  const own = pageFile('trafilatura', id);
  return existsSync(own) ? own : pageFile('htmldate', id);
}

async function extraction(quick: boolean): Promise<Check[]> {
  const checks: Check[] = [];
  const n = (q: number) => (quick ? q : undefined);

  // WCXB: articles (the target) and non-articles (reported only).
  const articles = wcxbArticles(quick);
  const others = sample(pageIds('wcxb').map((id) => ({ id, truth: readTruth<WcxbTruth>('wcxb', id)! })).filter((x) => x.truth && x.truth.page_type !== 'article'), n(6));
  const wcxb = [...articles, ...others];
  const wOut = await mapPages<BothOutput>('both', wcxb.map((x) => ({ file: pageFile('wcxb', x.id), url: x.truth.url })));
  const rows = { brief: { article: [] as WcxbRow[], other: [] as WcxbRow[] }, bare: { article: [] as WcxbRow[], other: [] as WcxbRow[] } };
  wcxb.forEach((x, i) => {
    const kind = x.truth.page_type === 'article' ? 'article' : 'other';
    rows.brief[kind].push(wcxbRow(wOut[i].brief, x.truth));
    rows.bare[kind].push(wcxbRow(wOut[i].bare, x.truth));
  });
  printTable(`WCXB dev (${articles.length} articles, ${others.length} non-articles): bag-of-words and snippets`, ['pages', 'system', 'P', 'R', 'F1', 'must-contain', 'must-not-contain'], [
    ['articles', 'Readability', ...wcxbMeans(rows.bare.article)],
    ['articles', 'Brief', ...wcxbMeans(rows.brief.article)],
    ['non-articles', 'Readability', ...wcxbMeans(rows.bare.other)],
    ['non-articles', 'Brief', ...wcxbMeans(rows.brief.other)],
  ]);
  const [, , f1, must, mustNot] = wcxbMeans(rows.brief.article);
  const [, , bareF1] = wcxbMeans(rows.bare.article);
  checks.push(
    { name: 'WCXB articles F1', value: f1, min: quick ? 0.9 : 0.96 },
    { name: 'WCXB articles must-contain', value: must, min: quick ? 0.88 : 0.95 },
    { name: 'WCXB articles must-not-contain', value: mustNot, max: quick ? 0.08 : 0.03 },
    { name: 'WCXB articles F1 minus Readability', value: f1 - bareF1, min: 0 },
  );

  // trafilatura: snippet counts summed over the corpus, as upstream scores them.
  const trafIds = sample(truthIds('trafilatura'), n(8));
  const trafTruths = trafIds.map((id) => readTruth<TrafTruth>('trafilatura', id)!);
  const tOut = await mapPages<BothOutput>('both', trafIds.map((id, i) => ({ file: trafFile(id), url: trafTruths[i].url })));
  const acc = { brief: { tp: 0, fp: 0, w: 0, wo: 0 }, bare: { tp: 0, fp: 0, w: 0, wo: 0 } };
  trafTruths.forEach((t, i) => {
    for (const [a, text] of [[acc.brief, tOut[i].brief], [acc.bare, tOut[i].bare]] as const) {
      a.tp += snippetHits(text, t.with, false);
      a.fp += snippetHits(text, t.without, false);
      a.w += t.with.length;
      a.wo += t.without.length;
    }
  });
  const trow = (a: typeof acc.brief) => {
    const p = a.tp + a.fp ? a.tp / (a.tp + a.fp) : 0;
    const r = a.w ? a.tp / a.w : 0;
    return [r, a.wo ? a.fp / a.wo : 0, p, r, p + r ? (2 * p * r) / (p + r) : 0];
  };
  printTable(`trafilatura dev (${trafIds.length} pages): snippets, micro-averaged`, ['system', 'must-contain', 'must-not-contain', 'P', 'R', 'F1'], [
    ['Readability', ...trow(acc.bare)],
    ['Brief', ...trow(acc.brief)],
  ]);
  checks.push({ name: 'trafilatura F1 minus Readability', value: trow(acc.brief)[4] - trow(acc.bare)[4], min: quick ? -0.05 : 0 });

  // mozilla-readability: shingle scores against Readability's own expected output (a regression guard).
  const mozIds = sample(pageIds('mozilla-readability').filter((id) => existsSync(pageFile('mozilla-readability', id).replace('/pages/', '/expected/'))), n(8));
  const mOut = await mapPages<BothOutput>('both', mozIds.map((id) => ({ file: pageFile('mozilla-readability', id), url: `https://example.org/${id}/` })));
  const expected = mozIds.map((id) => withDocument(loadPage(pageFile('mozilla-readability', id).replace('/pages/', '/expected/')), 'https://example.org/', (doc) => doc.body?.textContent ?? ''));
  const mb = shingleF1(mOut.map((o, i) => shingleCounts(o.brief, expected[i])));
  const mr = shingleF1(mOut.map((o, i) => shingleCounts(o.bare, expected[i])));
  printTable(`mozilla-readability (${mozIds.length} pages): shingle scores against expected.html`, ['system', 'P', 'R', 'F1'], [
    ['Readability', mr.p, mr.r, mr.f1],
    ['Brief', mb.p, mb.r, mb.f1],
  ]);
  checks.push({ name: 'mozilla-readability shingle F1', value: mb.f1, min: quick ? 0.85 : 0.9 });

  // Multilingual: daniel-multilingual (Chinese by characters) and goose3 body prefixes (recall only).
  const danIds = sample(pageIds('daniel-multilingual'), n(8));
  const danTruths = danIds.map((id) => readTruth<{ language: string; reference_text: string; site: string }>('daniel-multilingual', id)!);
  const dOut = await mapPages<BothOutput>('both', danIds.map((id, i) => ({ file: pageFile('daniel-multilingual', id), url: `http://${danTruths[i].site}/${id}` })));
  const dan = new Map<string, { brief: number[]; bare: number[] }>();
  danTruths.forEach((t, i) => {
    const score = t.language === 'Chinese' ? charScores : bowScores;
    const row = dan.get(t.language) ?? { brief: [], bare: [] };
    row.brief.push(score(dOut[i].brief, t.reference_text).f1);
    row.bare.push(score(dOut[i].bare, t.reference_text).f1);
    dan.set(t.language, row);
  });
  const gooseIds = sample(pageIds('goose3').filter((id) => id.startsWith('content--')), n(6));
  const gTruths = gooseIds.map((id) => readTruth<{ url: string; expected: { cleaned_text?: string; meta_lang?: string } }>('goose3', id)!);
  const gOut = await mapPages<BothOutput>('both', gooseIds.map((id, i) => ({ file: pageFile('goose3', id), url: gTruths[i].url })));
  const goose = new Map<string, { brief: number[]; bare: number[] }>();
  gTruths.forEach((t, i) => {
    const ref = t.expected.cleaned_text;
    if (!ref) return;
    const lang = t.expected.meta_lang || 'unknown';
    const cjk = /[\u4e00-\u9fff\uac00-\ud7af\u3040-\u30ff]/.test(ref.slice(0, 200));
    const rec = (text: string) => (cjk ? charScores(text, ref).r : bowScores(text, ref).r);
    const row = goose.get(lang) ?? { brief: [], bare: [] };
    row.brief.push(rec(gOut[i].brief));
    row.bare.push(rec(gOut[i].bare));
    goose.set(lang, row);
  });
  printTable('Multilingual: daniel-multilingual F1 (Chinese by characters) and goose3 body-prefix recall', ['set', 'language', 'pages', 'Readability', 'Brief'], [
    ...Array.from(dan, ([lang, r]) => ['daniel', lang, r.brief.length, mean(r.bare), mean(r.brief)]),
    ...Array.from(goose, ([lang, r]) => ['goose3', lang, r.brief.length, mean(r.bare), mean(r.brief)]),
  ]);
  const multiBrief = mean(Array.from(dan.values()).flatMap((r) => r.brief));
  const multiBare = mean(Array.from(dan.values()).flatMap((r) => r.bare));
  checks.push({ name: 'daniel-multilingual F1 minus Readability', value: multiBrief - multiBare, min: quick ? -0.05 : 0 });

  const briefMs = mean(wOut.map((o) => o.briefMs));
  const bareMs = mean(wOut.map((o) => o.bareMs));
  printTable('Time per page in Node/jsdom (WCXB pages; browser figures come from npm run bench)', ['system', 'mean ms', 'ratio'], [
    ['Readability (clone + parse)', bareMs, 1],
    ['Brief (whole pipeline incl. metadata, dates, summary, sanitize)', briefMs, bareMs ? briefMs / bareMs : 0],
  ]);
  return checks;
}

export const extractionSection: EvalSection = { name: 'extraction', run: ({ quick }) => extraction(quick) };
