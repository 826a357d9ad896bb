import path from 'node:path';
import { datasetDir, pageFile, pageIds, readJson, readTruth } from './common';

/** A page of the news sets that detection is checked on (and trained on), with the URL it is judged at. */
export interface NewsPage {
  id: string;
  file: string;
  url: string;
  site: string;
  /** 'daniel-multilingual Greek', 'goose3 news', 'newspaper4k articles', 'newspaper4k home pages'. */
  set: string;
  article: boolean;
}

const host = (url: string) => url.split('/')[2] ?? url;

/** daniel-multilingual's news (no URLs on record: site + id), goose3's news pages, newspaper4k's articles and home pages. */
export function newsPages(): NewsPage[] {
  const daniel = pageIds('daniel-multilingual').map((id): NewsPage => {
    const t = readTruth<{ language: string; site: string }>('daniel-multilingual', id)!;
    return { id, file: pageFile('daniel-multilingual', id), url: `http://${t.site}/${id}`, site: t.site, set: `daniel-multilingual ${t.language}`, article: true };
  });
  const goose = pageIds('goose3')
    .filter((id) => id.startsWith('content--'))
    .map((id): NewsPage => {
      const url = readTruth<{ url: string }>('goose3', id)!.url;
      return { id, file: pageFile('goose3', id), url, site: host(url), set: 'goose3 news', article: true };
    });
  const n4k = readJson<{ id: string; kind: string }[]>(path.join(datasetDir('newspaper4k'), 'index.json'))
    .filter((x) => x.kind.startsWith('home') || x.kind === 'article')
    .map((x): NewsPage => {
      const url = readTruth<{ url?: string }>('newspaper4k', x.id)?.url ?? `https://example.org/${x.id}`;
      const article = x.kind === 'article';
      return { id: x.id, file: pageFile('newspaper4k', x.id), url, site: host(url), set: article ? 'newspaper4k articles' : 'newspaper4k home pages', article };
    });
  return [...daniel, ...goose, ...n4k];
}
