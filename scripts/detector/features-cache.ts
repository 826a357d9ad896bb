import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FEATURE_NAMES } from '@/lib/article/detect-features';
import { mapPages } from '../eval/common';
import type { DetectOutput } from '../eval/tasks';

/**
 * Detection features of pages, computed in worker threads and cached in the temp folder keyed by the
 * feature list (parsing 1,000+ pages with jsdom takes minutes).
 */
export async function featureRows(dataset: string, items: { id: string; file: string; url: string }[]): Promise<(DetectOutput & { id: string })[]> {
  const cacheFile = path.join(tmpdir(), `brief-features-${dataset}-${FEATURE_NAMES.join('-').length}-${FEATURE_NAMES.length}.json`);
  const cache: Record<string, DetectOutput> = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
  const missing = items.filter((it) => !cache[it.id]);
  const fresh = await mapPages<DetectOutput>('detect', missing);
  missing.forEach((it, i) => (cache[it.id] = fresh[i]));
  if (missing.length) writeFileSync(cacheFile, JSON.stringify(cache));
  return items.map((it) => ({ ...cache[it.id], id: it.id }));
}
