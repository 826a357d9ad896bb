import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { withDocument } from '../lib/extract-page';
import { loadPage } from '../lib/load-page';
import { runPool } from '../lib/worker-pool';
import { PRE_STEPS } from '@/lib/article/clean';
import { POST_STEPS } from '@/lib/article/post-clean';
import { datasetDir, mean, pageFile, pageIds, printTable, readTruth, sample, type Check, type EvalSection } from './common';
import { bowScores, charScores, shingleCounts, shingleF1, snippetHits, type PRF } from './metrics';
import type { ExtractionOutput } from './extraction-tasks';

const TASKS = new URL('./extraction-tasks.ts', import.meta.url).href;

/** Brief (command-line code path) and bare Readability over pages in worker threads; results in input order. */
async function extractAll(pages: { file: string; url: string; args?: unknown }[]): Promise<ExtractionOutput[]> {
  const out: ExtractionOutput[] = [];
  for await (const r of runPool<ExtractionOutput>(pages.map((p) => ({ ...p, task: 'extraction-both' })), { modules: [TASKS] })) out.push(r);
  return out;
}

/** `BRIEF_EVAL_LIMIT=N`: at most N pages per dataset in a full run (for iterating on a busy machine). */
const LIMIT = process.env.BRIEF_EVAL_LIMIT ? Number(process.env.BRIEF_EVAL_LIMIT) : undefined;

export interface WcxbTruth {
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
  /** The same snippet rates with typography folded on both sides (see foldTypography). */
  mustFolded: number;
  mustNotFolded: number;
}

export const wcxbMeans = (rows: WcxbRow[]) => [
  mean(rows.map((x) => x.p)),
  mean(rows.map((x) => x.r)),
  mean(rows.map((x) => x.f1)),
  mean(rows.map((x) => x.must)),
  mean(rows.map((x) => x.mustNot)),
];

/** Words are scored on the body text; snippets on the clip (title and body), since a reader sees both. */
export function wcxbRow(text: string, t: WcxbTruth, title = ''): WcxbRow {
  const clip = `${title}\n${text}`;
  return {
    ...bowScores(text, t.main_content ?? ''),
    must: t.with.length ? snippetHits(clip, t.with, true) / t.with.length : 1,
    mustNot: t.without.length ? snippetHits(clip, t.without, true) / t.without.length : 0,
    mustFolded: t.with.length ? snippetHits(clip, t.with, true, true) / t.with.length : 1,
    mustNotFolded: t.without.length ? snippetHits(clip, t.without, true, true) / t.without.length : 0,
  };
}

export function wcxbArticles(quick: boolean): { id: string; truth: WcxbTruth }[] {
  const all = pageIds('wcxb').map((id) => ({ id, truth: readTruth<WcxbTruth>('wcxb', id)! })).filter((x) => x.truth);
  return sample(all.filter((x) => x.truth.page_type === 'article'), quick ? 12 : LIMIT);
}

function truthIds(dataset: string): string[] {
  const dir = path.join(datasetDir(dataset), 'truth');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort() : [];
}

const expectedFile = (id: string) => pageFile('mozilla-readability', id).replace('/pages/', '/expected/');

/** trafilatura pages not in its own folder are htmldate's (byte-identical, see the evaldata README). */
function trafFile(id: string): string {
  const own = pageFile('trafilatura', id);
  return existsSync(own) ? own : pageFile('htmldate', id);
}

async function extraction(quick: boolean): Promise<Check[]> {
  const checks: Check[] = [];
  const n = (q: number) => (quick ? q : LIMIT);

  // WCXB: articles (the target) and non-articles (reported only).
  const articles = wcxbArticles(quick);
  const others = sample(pageIds('wcxb').map((id) => ({ id, truth: readTruth<WcxbTruth>('wcxb', id)! })).filter((x) => x.truth && x.truth.page_type !== 'article'), n(4));
  const wcxb = [...articles, ...others];
  const trafIds = sample(truthIds('trafilatura'), n(6));
  const trafTruths = trafIds.map((id) => readTruth<TrafTruth>('trafilatura', id)!);
  const mozIds = sample(pageIds('mozilla-readability').filter((id) => existsSync(expectedFile(id))), n(6));
  const danIds = sample(pageIds('daniel-multilingual'), n(4));
  const danTruths = danIds.map((id) => readTruth<{ language: string; reference_text: string; site: string }>('daniel-multilingual', id)!);
  const gooseIds = sample(pageIds('goose3').filter((id) => id.startsWith('content--')), n(4));
  const gTruths = gooseIds.map((id) => readTruth<{ url: string; expected: { cleaned_text?: string; meta_lang?: string } }>('goose3', id)!);
  // All pages in one worker pool (workers start once), then split per dataset.
  const groups = [
    wcxb.map((x) => ({ file: pageFile('wcxb', x.id), url: x.truth.url })),
    trafIds.map((id, i) => ({ file: trafFile(id), url: trafTruths[i].url })),
    mozIds.map((id) => ({ file: pageFile('mozilla-readability', id), url: `https://example.org/${id}/` })),
    danIds.map((id, i) => ({ file: pageFile('daniel-multilingual', id), url: `http://${danTruths[i].site}/${id}` })),
    gooseIds.map((id, i) => ({ file: pageFile('goose3', id), url: gTruths[i].url })),
  ];
  const outAll = await extractAll(groups.flat());
  const [wOut, tOut, mOut, dOut, gOut] = groups.map((g, i) => {
    const start = groups.slice(0, i).reduce((k, x) => k + x.length, 0);
    return outAll.slice(start, start + g.length);
  });
  const failed = groups.flat().map((g, i) => [g.file, outAll[i].error]).filter(([, e]) => e);
  for (const [file, e] of failed) console.log(`Brief failed on ${path.basename(String(file))}: ${e}`);
  const rows = { brief: { article: [] as WcxbRow[], other: [] as WcxbRow[] }, bare: { article: [] as WcxbRow[], other: [] as WcxbRow[] } };
  wcxb.forEach((x, i) => {
    const kind = x.truth.page_type === 'article' ? 'article' : 'other';
    rows.brief[kind].push(wcxbRow(wOut[i].brief, x.truth, wOut[i].briefTitle));
    rows.bare[kind].push(wcxbRow(wOut[i].bare, x.truth, wOut[i].bareTitle));
  });
  printTable(`WCXB dev (${articles.length} articles, ${others.length} non-articles): bag-of-words of the body, snippets in title and body`, ['pages', 'system', 'P', 'R', 'F1', 'must-contain', 'must-not-contain'], [
    ['articles', 'Readability', ...wcxbMeans(rows.bare.article)],
    ['articles', 'Brief', ...wcxbMeans(rows.brief.article)],
    ['non-articles', 'Readability', ...wcxbMeans(rows.bare.other)],
    ['non-articles', 'Brief', ...wcxbMeans(rows.brief.other)],
  ]);
  const folded = (r: WcxbRow[]) => [mean(r.map((x) => x.mustFolded)), mean(r.map((x) => x.mustNotFolded))];
  printTable('WCXB dev articles: the same snippets with typography folded on both sides (curly quotes, dashes, Markdown marks)', ['system', 'must-contain', 'must-not-contain'], [
    ['Readability', ...folded(rows.bare.article)],
    ['Brief', ...folded(rows.brief.article)],
  ]);
  const [, , f1, must, mustNot] = wcxbMeans(rows.brief.article);
  const [, , bareF1, bareMust, bareMustNot] = wcxbMeans(rows.bare.article);
  // Full run: the targets. Quick run (CI): a guard that Brief is not worse than Readability on the sample.
  checks.push(
    quick ? { name: 'WCXB articles must-contain minus Readability', value: must - bareMust, min: 0 } : { name: 'WCXB articles must-contain', value: must, min: 0.95 },
    quick ? { name: 'WCXB articles must-not-contain minus Readability', value: mustNot - bareMustNot, max: 0 } : { name: 'WCXB articles must-not-contain', value: mustNot, max: 0.03 },
    { name: 'WCXB articles F1 minus Readability', value: f1 - bareF1, min: 0 },
  );
  if (!quick) checks.push({ name: 'WCXB articles F1', value: f1, min: 0.96 });

  // trafilatura: snippet counts summed over the corpus, as upstream scores them.
  const acc = { brief: { tp: 0, fp: 0, w: 0, wo: 0 }, bare: { tp: 0, fp: 0, w: 0, wo: 0 } };
  trafTruths.forEach((t, i) => {
    const clips = [`${tOut[i].briefTitle}\n${tOut[i].brief}`, `${tOut[i].bareTitle}\n${tOut[i].bare}`];
    for (const [a, text] of [[acc.brief, clips[0]], [acc.bare, clips[1]]] as const) {
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
  printTable(`trafilatura dev (${trafIds.length} pages): snippets in title and body, micro-averaged`, ['system', 'must-contain', 'must-not-contain', 'P', 'R', 'F1'], [
    ['Readability', ...trow(acc.bare)],
    ['Brief', ...trow(acc.brief)],
  ]);
  checks.push({ name: 'trafilatura F1 minus Readability', value: trow(acc.brief)[4] - trow(acc.bare)[4], min: quick ? -0.05 : 0 });

  // mozilla-readability: shingle scores against Readability's own expected output (a regression guard).
  const expected = mozIds.map((id) => withDocument(loadPage(expectedFile(id)), 'https://example.org/', (doc) => doc.body?.textContent ?? ''));
  const mb = shingleF1(mOut.map((o, i) => shingleCounts(o.brief, expected[i])));
  const mr = shingleF1(mOut.map((o, i) => shingleCounts(o.bare, expected[i])));
  printTable(`mozilla-readability (${mozIds.length} pages): shingle scores against expected.html`, ['system', 'P', 'R', 'F1'], [
    ['Readability', mr.p, mr.r, mr.f1],
    ['Brief', mb.p, mb.r, mb.f1],
  ]);
  checks.push({ name: 'mozilla-readability shingle F1', value: mb.f1, min: quick ? 0.85 : 0.9 });

  // Multilingual: daniel-multilingual (Chinese by characters) and goose3 body prefixes (recall only).
  const dan = new Map<string, { brief: number[]; bare: number[] }>();
  danTruths.forEach((t, i) => {
    const score = t.language === 'Chinese' ? charScores : bowScores;
    const row = dan.get(t.language) ?? { brief: [], bare: [] };
    row.brief.push(score(dOut[i].brief, t.reference_text).f1);
    row.bare.push(score(dOut[i].bare, t.reference_text).f1);
    dan.set(t.language, row);
  });
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

  // Time: Brief's extraction core (clone, steps, Readability attempts, after-steps, sanitize) against bare Readability
  // (clone + parse) on the same pages in the same worker; the whole command-line pipeline is shown for reference.
  const all = [...wOut, ...tOut, ...mOut, ...dOut, ...gOut].filter((o) => !o.error && o.bareMs > 0);
  const coreMs = mean(all.map((o) => o.coreMs));
  const bareMs = mean(all.map((o) => o.bareMs));
  const briefMs = mean(all.map((o) => o.briefMs));
  const ratios = all.map((o) => o.coreMs / o.bareMs).sort((a, b) => a - b);
  const retried = all.filter((o) => o.attempts > 1).length;
  printTable(`Time per page in Node/jsdom (${all.length} pages; browser figures come from npm run bench)`, ['system', 'mean ms', 'ratio of means', 'median page ratio'], [
    ['Readability (clone + parse)', bareMs, 1, 1],
    ['Brief extraction (clone + steps + Readability + recovery + after-steps + sanitize)', coreMs, bareMs ? coreMs / bareMs : 0, ratios[Math.floor(ratios.length / 2)] ?? 0],
    ['Brief whole pipeline (+ detection, metadata, dates, summary)', briefMs, bareMs ? briefMs / bareMs : 0, ''],
  ]);
  console.log(`\nRecovery ladder retried ${retried} of ${all.length} pages.`);
  checks.push({ name: 'extraction time / Readability time', value: bareMs ? coreMs / bareMs : 0, max: quick ? 1.6 : 1.35 });
  return checks;
}

/** `--ablate`: WCXB articles again with each step switched off, one row per step (how much each one contributes). */
async function ablation(quick: boolean): Promise<void> {
  const articles = wcxbArticles(quick);
  const steps = ['streamed-content', ...PRE_STEPS.map((s) => s.name), 'recovery', 'relaxed', 'focused', 'lead-paragraphs', 'faq-sections', ...POST_STEPS.map((s) => s.name)];
  const configs: { name: string; disabled: string[] }[] = [{ name: '(all steps)', disabled: [] }, ...steps.map((s) => ({ name: `without ${s}`, disabled: [s] })), { name: '(no steps)', disabled: steps }];
  const rows: unknown[][] = [];
  for (const c of configs) {
    const out = await extractAll(articles.map((x) => ({ file: pageFile('wcxb', x.id), url: x.truth.url, args: { disabledSteps: c.disabled, skipBare: true } })));
    const removed = out.reduce((n, o) => n + Object.entries(o.removed).filter(([k]) => !c.disabled.includes(k)).reduce((m, [, v]) => m + v, 0), 0);
    rows.push([c.name, ...wcxbMeans(out.map((o, i) => wcxbRow(o.brief, articles[i].truth, o.briefTitle))), removed]);
  }
  printTable(`Ablation on WCXB dev articles (${articles.length} pages): each step switched off`, ['configuration', 'P', 'R', 'F1', 'must-contain', 'must-not-contain', 'nodes removed'], rows);
}

export const extractionSection: EvalSection = {
  name: 'extraction',
  run: async ({ quick }) => {
    if (process.argv.includes('--ablate')) {
      await ablation(quick);
      return [];
    }
    return extraction(quick);
  },
};
