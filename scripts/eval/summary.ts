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

/**
 * Half A (even positions in file order) is what the summarizer's weights were chosen on; half B is held out.
 * Both are reported so over-fitting shows.
 */
function half(arts: FrankArticle[], h: 'A' | 'B' | 'all'): FrankArticle[] {
  return h === 'all' ? arts : arts.filter((_, i) => i % 2 === (h === 'A' ? 0 : 1));
}

async function summaries(quick: boolean): Promise<Check[]> {
  const dir = path.join(datasetDir('frank-summaries'), 'articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.json.gz')).sort();
  const all = files.map((f) => readJson<FrankArticle>(path.join(dir, f)));
  const rows: unknown[][] = [];
  const checks: Check[] = [];
  const times: number[] = [];
  const k = 3;
  for (const set of ['cnndm', 'xsum'] as const) {
    const inSet = all.filter((a) => a.dataset === set);
    // --quick: a deterministic spread of 15 articles per set (regression guard for CI, well under 30 s).
    const parts: ['A' | 'B' | 'all', FrankArticle[]][] = quick ? [['all', sample(inSet, 15)]] : [['A', half(inSet, 'A')], ['B', half(inSet, 'B')], ['all', inSet]];
    for (const [h, arts] of parts) {
      const score = (pick: (a: FrankArticle) => string[]) => {
        const r = arts.map((a) => {
          const text = pick(a).join(' ');
          return [rougeN(text, a.reference, 1), rougeN(text, a.reference, 2), rougeL(text, a.reference)];
        });
        return [0, 1, 2].map((j) => 100 * mean(r.map((x) => x[j])));
      };
      const lead3 = score((a) => lead(a.article_lines, 3));
      const brief = score((a) => {
        const t0 = performance.now();
        const s = summarize(a.article_lines, { lang: 'en', count: k });
        if (h !== 'all' || quick) times.push(performance.now() - t0);
        return s;
      });
      const label = h === 'all' ? (quick ? 'quick sample' : 'all') : h === 'A' ? 'A (tuned on)' : 'B (held out)';
      rows.push([set, label, arts.length, 'Lead-3', ...lead3]);
      if (set === 'xsum' && h === 'all') rows.push([set, label, arts.length, 'Lead-1', ...score((a) => lead(a.article_lines, 1))]);
      rows.push([set, label, arts.length, `Brief (${k} sentences)`, ...brief]);
      rows.push([set, label, arts.length, 'Brief minus Lead-3', ...brief.map((x, j) => x - lead3[j])]);
      if (h !== 'all') continue;
      // Full run: the targets. Quick run: regression guard (a 15-article sample is noisy).
      checks.push({ name: `${set} ROUGE-1 minus Lead-3`, value: brief[0] - lead3[0], min: quick ? -3 : 1 });
      if (set === 'cnndm') checks.push({ name: 'cnndm ROUGE-2 minus Lead-3', value: brief[1] - lead3[1], min: quick ? -3 : 0 });
    }
  }
  printTable(
    'frank-summaries dev: ROUGE F1 x 100 (rouge-score tokenisation: lowercase, [a-z0-9]+ tokens, no stemming, ROUGE-L = LCS over the whole summary; same for both systems), Lead baselines in the same run',
    ['set', 'half', 'articles', 'system', 'ROUGE-1', 'ROUGE-2', 'ROUGE-L'],
    rows,
  );
  const seg = segmentationErrors();
  printTable('Sentence segmentation (tests/fixtures/segmentation)', ['cases', 'languages', 'wrong splits'], [[seg.cases, new Set(CASES.map((c) => c.lang)).size, seg.errors]]);
  printTable('Summary time per article in Node (browser figures: npm run bench)', ['articles', 'p50 ms', 'p95 ms', 'max ms'], [[times.length, percentile(times, 50), percentile(times, 95), Math.max(...times)]]);
  checks.push({ name: 'segmentation wrong splits', value: seg.errors, max: 0 });
  return checks;
}

export const summarySection: EvalSection = { name: 'summary', run: ({ quick }) => summaries(quick) };
