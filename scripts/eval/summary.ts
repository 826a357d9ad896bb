import { readdirSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '@/lib/article/segment';
import { summarize } from '@/lib/article/summary';
import { CASES } from '../../tests/fixtures/segmentation/cases';
import { datasetDir, mean, percentile, printTable, readJson, sample, type Check, type EvalSection } from './common';
import { rougeL, rougeN } from './rouge';

interface FrankArticle {
  id: string;
  dataset: 'cnndm' | 'xsum';
  article_lines: string[];
  reference: string;
}

/** Wrong splits in the segmentation set: each case's sentences joined must come back as the same sentences. */
export function segmentationErrors(): { errors: number; cases: number } {
  let errors = 0;
  for (const c of CASES) {
    const got = splitSentences(c.sentences.join(' '), c.lang);
    if (JSON.stringify(got) !== JSON.stringify(c.sentences)) errors++;
  }
  return { errors, cases: CASES.length };
}

function lead(lines: string[], k: number): string[] {
  return lines.flatMap((l) => splitSentences(l, 'en')).slice(0, k);
}

async function summaries(quick: boolean): Promise<Check[]> {
  const dir = path.join(datasetDir('frank-summaries'), 'articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.json.gz')).sort();
  const all = sample(files.map((f) => readJson<FrankArticle>(path.join(dir, f))), quick ? 30 : undefined);
  const rows: unknown[][] = [];
  const checks: Check[] = [];
  const times: number[] = [];
  for (const set of ['cnndm', 'xsum'] as const) {
    const arts = all.filter((a) => a.dataset === set);
    const score = (pick: (a: FrankArticle) => string[]) => {
      const r = arts.map((a) => {
        const text = pick(a).join(' ');
        return [rougeN(text, a.reference, 1), rougeN(text, a.reference, 2), rougeL(text, a.reference)];
      });
      return [0, 1, 2].map((j) => 100 * mean(r.map((x) => x[j])));
    };
    const lead3 = score((a) => lead(a.article_lines, 3));
    const k = 3;
    const brief = score((a) => {
      const t0 = performance.now();
      const s = summarize(a.article_lines, { lang: 'en', count: k });
      times.push(performance.now() - t0);
      return s;
    });
    rows.push([set, arts.length, 'Lead-3', ...lead3]);
    if (set === 'xsum') rows.push([set, arts.length, 'Lead-1', ...score((a) => lead(a.article_lines, 1))]);
    rows.push([set, arts.length, `Brief (${k} sentence${k > 1 ? 's' : ''})`, ...brief]);
    checks.push({ name: `${set} ROUGE-1 minus Lead-3`, value: brief[0] - lead3[0], min: quick ? -3 : 1 });
    if (set === 'cnndm') checks.push({ name: 'cnndm ROUGE-2 minus Lead-3', value: brief[1] - lead3[1], min: quick ? -3 : 0 });
  }
  printTable('frank-summaries dev: ROUGE F1 x 100 (no stemming), Lead baselines in the same run', ['set', 'articles', 'system', 'ROUGE-1', 'ROUGE-2', 'ROUGE-L'], rows);
  const seg = segmentationErrors();
  printTable('Sentence segmentation (tests/fixtures/segmentation)', ['cases', 'wrong splits'], [[seg.cases, seg.errors]]);
  printTable('Summary time per article in Node (browser figures: npm run bench)', ['p50 ms', 'p95 ms'], [[percentile(times, 50), percentile(times, 95)]]);
  checks.push({ name: 'segmentation wrong splits', value: seg.errors, max: 0 });
  return checks;
}

export const summarySection: EvalSection = { name: 'summary', run: ({ quick }) => summaries(quick) };
