import { mapPages, mean, pageFile, pageIds, percentile, printTable, readJson, readTruth, sample, datasetDir, type Check, type EvalSection } from './common';
import { newsPages } from './detection-sets';
import type { DetectOutput } from './tasks';
import path from 'node:path';

interface Scores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function tally(pred: boolean[], gold: boolean[]): Scores {
  const s = { tp: 0, fp: 0, fn: 0, tn: 0 };
  pred.forEach((p, i) => {
    if (p && gold[i]) s.tp++;
    else if (p) s.fp++;
    else if (gold[i]) s.fn++;
    else s.tn++;
  });
  return s;
}

function prf(s: Scores): [number, number, number] {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

async function detection(quick: boolean): Promise<Check[]> {
  // WCXB dev: positives are page_type "article".
  const all = pageIds('wcxb').map((id) => ({ id, t: readTruth<{ page_type: string; url: string }>('wcxb', id)! })).filter((x) => x.t);
  const pages = quick ? [...sample(all.filter((x) => x.t.page_type === 'article'), 30), ...sample(all.filter((x) => x.t.page_type !== 'article'), 30)] : all;
  const out = await mapPages<DetectOutput>('detect', pages.map((x) => ({ file: pageFile('wcxb', x.id), url: x.t.url })));
  const gold = pages.map((x) => x.t.page_type === 'article');
  const brief = tally(out.map((o) => o.isArticle), gold);
  const base = tally(out.map((o) => o.readerable), gold);
  printTable(`WCXB dev (${pages.length} pages, ${gold.filter(Boolean).length} articles): is it an article?`, ['system', 'P', 'R', 'F1', 'TP', 'FP', 'FN', 'TN'], [
    ['isProbablyReaderable', ...prf(base), base.tp, base.fp, base.fn, base.tn],
    ['Brief', ...prf(brief), brief.tp, brief.fp, brief.fn, brief.tn],
  ]);
  const types = Array.from(new Set(pages.map((x) => x.t.page_type))).sort();
  printTable('WCXB dev by page type: share judged "article"', ['page type', 'pages', 'isProbablyReaderable', 'Brief'], types.map((type) => {
    const idx = pages.map((x, i) => (x.t.page_type === type ? i : -1)).filter((i) => i >= 0);
    return [type, idx.length, mean(idx.map((i) => (out[i].readerable ? 1 : 0))), mean(idx.map((i) => (out[i].isArticle ? 1 : 0)))];
  }));

  // mozilla-readability flags, newspaper4k home pages (negatives), multilingual news (positives).
  const moz = sample(readJson<{ id: string; readerable: boolean }[]>(path.join(datasetDir('mozilla-readability'), 'index.json')), quick ? 10 : undefined);
  const mozOut = await mapPages<DetectOutput>('detect', moz.map((m) => ({ file: pageFile('mozilla-readability', m.id), url: `https://example.org/${m.id}/` })));
  const newsAll = newsPages();
  const bySet = (prefix: string, n?: number) => sample(newsAll.filter((x) => x.set.startsWith(prefix)), quick ? n : undefined);
  const news = [...bySet('newspaper4k'), ...bySet('daniel-multilingual', 8), ...bySet('goose3', 6)];
  const newsOut = await mapPages<DetectOutput>('detect', news);
  const sets = new Map<string, { brief: number[]; base: number[] }>();
  news.forEach((x, i) => {
    const r = sets.get(x.set) ?? { brief: [], base: [] };
    // 1 when judged as the set's truth says (home pages: "not an article").
    r.brief.push(newsOut[i].isArticle === x.article ? 1 : 0);
    r.base.push(newsOut[i].readerable === x.article ? 1 : 0);
    sets.set(x.set, r);
  });
  const row = (set: string, label: string, expected: string) => [label, sets.get(set)?.brief.length ?? 0, expected, mean(sets.get(set)?.base ?? []), mean(sets.get(set)?.brief ?? [])];
  printTable('Other sets', ['set', 'pages', 'expected', 'isProbablyReaderable', 'Brief'], [
    ['mozilla-readability: agrees with readerable flag', moz.length, 'agree', mean(mozOut.map((o, i) => (o.readerable === moz[i].readerable ? 1 : 0))), mean(mozOut.map((o, i) => (o.isArticle === moz[i].readerable ? 1 : 0)))],
    row('newspaper4k home pages', 'newspaper4k home pages', 'not article'),
    row('newspaper4k articles', 'newspaper4k articles (8 scripts, real URLs)', 'article'),
    ...Array.from(sets.keys()).filter((set) => set.startsWith('daniel-multilingual')).map((set) => row(set, set, 'article')),
    row('goose3 news', 'goose3 news pages (ar/zh/ko/es/fr/de/en)', 'article'),
  ]);

  const dms = out.map((o) => o.detectMs);
  const rms = out.map((o) => o.readerableMs);
  printTable('Cost per page in Node/jsdom (browser figures: npm run bench)', ['system', 'p50 ms', 'p95 ms', 'ratio p50'], [
    ['isProbablyReaderable', percentile(rms, 50), percentile(rms, 95), 1],
    ['Brief detector', percentile(dms, 50), percentile(dms, 95), percentile(rms, 50) ? percentile(dms, 50) / percentile(rms, 50) : 0],
  ]);

  const [p, , f1] = prf(brief);
  const cjkRecall = mean(['Chinese', 'Russian', 'Greek'].flatMap((l) => sets.get(`daniel-multilingual ${l}`)?.brief ?? []));
  return [
    { name: 'WCXB F1', value: f1, min: quick ? 0.85 : 0.96 },
    { name: 'WCXB precision', value: p, min: quick ? 0.85 : 0.96 },
    // Quick: a floor below the level measured when this was committed (5 of 6: 2 pages per language, so coarse); full: the target.
    { name: 'CJK/Cyrillic/Greek article recall', value: cjkRecall, min: quick ? 0.65 : 0.95 },
    { name: 'newspaper4k home pages rejected', value: mean(sets.get('newspaper4k home pages')?.brief ?? []), min: 1 },
  ];
}

export const detectionSection: EvalSection = { name: 'detection', run: ({ quick }) => detection(quick) };
