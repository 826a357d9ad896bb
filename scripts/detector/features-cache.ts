import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { FEATURE_NAMES, pageFeatures } from '@/lib/article/detect-features';
import { withDocument } from '../lib/extract-page';
import { loadPage } from '../lib/load-page';

export interface PageRow {
  id: string;
  features: number[];
  readerable: boolean;
}

/** Features of pages, cached in the temp folder (parsing 1,000+ pages with jsdom takes minutes). */
export function featureRows(dataset: string, items: { id: string; file: string; url: string }[]): PageRow[] {
  const key = `${dataset}-${FEATURE_NAMES.join(',').length}-${FEATURE_NAMES.length}`;
  const cacheFile = path.join(tmpdir(), `brief-features-${key}.json`);
  const cache: Record<string, PageRow> = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
  let dirty = false;
  const rows = items.map(({ id, file, url }) => {
    if (cache[id]) return cache[id];
    const row = withDocument(loadPage(file), url, (doc) => {
      const f = pageFeatures(doc, url);
      return { id, features: FEATURE_NAMES.map((n) => f[n]), readerable: isProbablyReaderable(doc) };
    });
    cache[id] = row;
    dirty = true;
    return row;
  });
  if (dirty) writeFileSync(cacheFile, JSON.stringify(cache));
  return rows;
}
