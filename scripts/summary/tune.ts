/**
 * Grid search of the summarizer's weights on half of frank-summaries dev (CNN/DM), reporting the other
 * half too so over-fitting shows. `npx tsx scripts/summary/tune.ts`
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '@/lib/article/segment';
import { DEFAULT_WEIGHTS, summarize, type SummaryWeights } from '@/lib/article/summary';
import { datasetDir, mean, readJson } from '../eval/common';
import { rougeN } from '../eval/rouge';

interface A { dataset: string; article_lines: string[]; reference: string }
const dir = path.join(datasetDir('frank-summaries'), 'articles');
const arts = readdirSync(dir).sort().map((f) => readJson<A>(path.join(dir, f))).filter((a) => a.dataset === 'cnndm');
const halves = [arts.filter((_, i) => i % 2 === 0), arts.filter((_, i) => i % 2 === 1)];

const score = (set: A[], pick: (a: A) => string[]) => {
  const r = set.map((a) => [rougeN(pick(a).join(' '), a.reference, 1), rougeN(pick(a).join(' '), a.reference, 2)]);
  return [100 * mean(r.map((x) => x[0])), 100 * mean(r.map((x) => x[1]))];
};
const lead = (a: A) => a.article_lines.flatMap((l) => splitSentences(l, 'en')).slice(0, 3);
const leads = halves.map((h) => score(h, lead));
let best: { w: SummaryWeights; s: number[] } = { w: DEFAULT_WEIGHTS, s: score(halves[0], (a) => summarize(a.article_lines, { count: 3 })) };
for (const position of [0.5, 1, 2])
  for (const centrality of [0, 0.35, 0.7])
    for (const length of [0, 0.2, 0.4])
      for (const unfinished of [0, 0.3, 1])
        for (const redundancy of [0.3, 0.6, 1])
          for (const decay of [0.5, 1, 1.5]) {
            const w = { ...DEFAULT_WEIGHTS, position, centrality, length, unfinished, redundancy, decay };
            const s = score(halves[0], (a) => summarize(a.article_lines, { count: 3 }, w));
            if (s[0] + s[1] > best.s[0] + best.s[1]) best = { w, s };
          }
const other = score(halves[1], (a) => summarize(a.article_lines, { count: 3 }, best.w));
console.log('best weights (tuned on half A):', JSON.stringify(best.w));
console.log(`half A: Lead-3 R1 ${leads[0][0].toFixed(2)} R2 ${leads[0][1].toFixed(2)} | Brief R1 ${best.s[0].toFixed(2)} R2 ${best.s[1].toFixed(2)}`);
console.log(`half B: Lead-3 R1 ${leads[1][0].toFixed(2)} R2 ${leads[1][1].toFixed(2)} | Brief R1 ${other[0].toFixed(2)} R2 ${other[1].toFixed(2)}`);
