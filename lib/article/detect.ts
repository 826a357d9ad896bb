import { featureValues } from '@/lib/article/detect-features';
import { BIAS, WEIGHTS } from '@/lib/article/detect-model';
import type { Detection } from '@/lib/article/types';

/**
 * Is this page an article? A fixed logistic model (weights learned offline by
 * scripts/detector/train.ts) over cheap page features. Reads `doc` without changing it; safe to run
 * on every page.
 */
export function detectArticle(doc: Document, url: string = doc.URL): Detection {
  let score = BIAS;
  featureValues(doc, url).forEach((value, j) => (score += WEIGHTS[j] * value));
  return { isArticle: score >= 0, score: Math.round(score * 100) / 100 };
}
