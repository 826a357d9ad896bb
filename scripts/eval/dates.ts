import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { datasetDir, mapPages, pageFile, pageIds, percentile, printTable, readTruth, sample, type Check, type EvalSection } from './common';
import { dayOf, sameAuthor, sameDayAsUtc, sameImage, sameMinute, sameTitle } from './meta-compare';
import type { MetaOutput } from './tasks';

const rate = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : 0);

function truthIds(dataset: string): string[] {
  const dir = path.join(datasetDir(dataset), 'truth');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort() : [];
}

/** htmldate scoring: right day = TP, another day = FP, nothing = FN. */
function dayScores(pred: (string | null)[], gold: string[]) {
  let tp = 0, fp = 0, fn = 0;
  pred.forEach((p, i) => {
    const d = dayOf(p);
    if (!d) fn++;
    else if (d === gold[i]) tp++;
    else fp++;
  });
  return { accuracy: tp / (gold.length || 1), precision: tp / (tp + fp || 1), none: fn / (gold.length || 1) };
}

/** Pages where a system threw: they count as "nothing found" for it, and are named so they are not hidden. */
function reportErrors(set: string, outs: MetaOutput[]): void {
  const failed = outs.flatMap((o) => o.errors);
  if (failed.length) console.log(`${set}: ${failed.length} failure(s), scored as nothing found: ${Array.from(new Set(failed)).slice(0, 5).join(' | ')}`);
}

async function dates(quick: boolean): Promise<Check[]> {
  const checks: Check[] = [];
  const n = (q: number) => (quick ? q : undefined);

  // htmldate: published day.
  const hIds = sample(pageIds('htmldate').filter((id) => readTruth<{ published: string | null }>('htmldate', id)?.published), n(20));
  const hT = hIds.map((id) => readTruth<{ url: string; published: string }>('htmldate', id)!);
  const hOut = await mapPages<MetaOutput>('meta', hIds.map((id, i) => ({ file: pageFile('htmldate', id), url: hT[i].url })));
  reportErrors('htmldate', hOut);
  const gold = hT.map((t) => t.published);
  const b = dayScores(hOut.map((o) => o.brief.published), gold);
  const r = dayScores(hOut.map((o) => o.bare.publishedTime), gold);
  printTable(`htmldate dev (${hIds.length} pages): published day`, ['system', 'accuracy', 'precision', 'nothing found'], [
    ['Readability', r.accuracy, r.precision, r.none],
    ['Brief', b.accuracy, b.precision, b.none],
  ]);
  const bySource = new Map<string, { n: number; right: number }>();
  hOut.forEach((o, i) => {
    const key = o.brief.publishedSource ?? 'none';
    const row = bySource.get(key) ?? { n: 0, right: 0 };
    row.n++;
    if (dayOf(o.brief.published) === gold[i]) row.right++;
    bySource.set(key, row);
  });
  printTable('htmldate dev: where Brief\u2019s published date came from', ['source', 'pages', 'right'], Array.from(bySource, ([k, v]) => [k, v.n, v.n ? v.right / v.n : 0]));
  checks.push({ name: 'htmldate published day', value: b.accuracy, min: quick ? 0.6 : 0.92 }, { name: 'htmldate precision', value: b.precision, min: quick ? 0.75 : 0.95 });

  // trafilatura: date, title, author.
  const tIds = sample(truthIds('trafilatura').filter((id) => readTruth<{ title?: string }>('trafilatura', id)?.title !== undefined), n(15));
  const tT = tIds.map((id) => readTruth<{ url: string; title?: string; author?: string | string[]; date?: string }>('trafilatura', id)!);
  const trafFile = (id: string) => (existsSync(pageFile('trafilatura', id)) ? pageFile('trafilatura', id) : pageFile('htmldate', id));
  const tOut = await mapPages<MetaOutput>('meta', tIds.map((id, i) => ({ file: trafFile(id), url: tT[i].url })));
  reportErrors('trafilatura', tOut);
  const authorOf = (a: string | string[] | undefined) => (Array.isArray(a) ? a.join('; ') : a ?? '');
  const tRows = (sys: 'brief' | 'bare') => {
    const dateIdx = tT.map((t, i) => (t.date ? i : -1)).filter((i) => i >= 0);
    const authIdx = tT.map((t, i) => (authorOf(t.author) ? i : -1)).filter((i) => i >= 0);
    const titleIdx = tT.map((t, i) => (t.title ? i : -1)).filter((i) => i >= 0);
    const pub = (o: MetaOutput) => (sys === 'brief' ? o.brief.published : o.bare.publishedTime);
    return [
      rate(dateIdx.map((i) => dayOf(pub(tOut[i])) === tT[i].date)),
      rate(titleIdx.map((i) => sameTitle(tOut[i][sys].title, tT[i].title))),
      rate(authIdx.map((i) => sameAuthor(tOut[i][sys].byline, authorOf(tT[i].author)))),
    ];
  };
  printTable(`trafilatura dev (${tIds.length} pages): metadata accuracy`, ['system', 'date (day)', 'title', 'author'], [
    ['Readability', ...tRows('bare')],
    ['Brief', ...tRows('brief')],
  ]);

  // postlight-parser: title, author, published (minute and day), lead image.
  type PT = { url: string; title?: string | null; author?: string | null; date_published?: string | null; lead_image_url?: string | null };
  const pIds = sample(pageIds('postlight-parser'), n(12));
  const pT = pIds.map((id) => readTruth<PT>('postlight-parser', id)!);
  const pOut = await mapPages<MetaOutput>('meta', pIds.map((id, i) => ({ file: pageFile('postlight-parser', id), url: pT[i].url })));
  reportErrors('postlight', pOut);
  const pRows = (sys: 'brief' | 'bare') => {
    const has = (k: keyof PT) => pT.map((t, i) => (t[k] ? i : -1)).filter((i) => i >= 0);
    const pub = (o: MetaOutput) => (sys === 'brief' ? o.brief.published : o.bare.publishedTime);
    return [
      rate(has('title').map((i) => sameTitle(pOut[i][sys].title, pT[i].title))),
      rate(has('author').map((i) => sameAuthor(pOut[i][sys].byline, pT[i].author))),
      rate(has('date_published').map((i) => sameMinute(pub(pOut[i]), pT[i].date_published ?? null))),
      rate(has('date_published').map((i) => sameDayAsUtc(pub(pOut[i]), pT[i].date_published))),
      sys === 'brief' ? rate(has('lead_image_url').map((i) => sameImage(pOut[i].brief.leadImage, pT[i].lead_image_url))) : NaN,
    ];
  };
  const pb = pRows('brief');
  printTable(`postlight-parser dev (${pIds.length} pages)`, ['system', 'title', 'author', 'published (minute)', 'published (day)', 'lead image'], [
    ['Readability', ...pRows('bare').map((v) => (Number.isNaN(v) ? '-' : v))],
    ['Brief', ...pb],
  ]);
  checks.push(
    { name: 'postlight title', value: pb[0], min: quick ? 0.75 : 0.9 },
    { name: 'postlight author', value: pb[1], min: quick ? 0.5 : 0.85 },
    { name: 'postlight published day', value: pb[3], min: quick ? 0.6 : 0.9 },
    { name: 'postlight lead image', value: pb[4], min: quick ? 0.6 : 0.85 },
  );

  // WCXB dev articles: title and publish date.
  type WT = { page_type: string; url: string; title?: string | null; publish_date?: string | null };
  const wIds = sample(pageIds('wcxb').filter((id) => readTruth<WT>('wcxb', id)?.page_type === 'article'), n(15));
  const wT = wIds.map((id) => readTruth<WT>('wcxb', id)!);
  const wOut = await mapPages<MetaOutput>('meta', wIds.map((id, i) => ({ file: pageFile('wcxb', id), url: wT[i].url })));
  reportErrors('wcxb', wOut);
  const wRows = (sys: 'brief' | 'bare') => {
    const pub = (o: MetaOutput) => (sys === 'brief' ? o.brief.published : o.bare.publishedTime);
    const dIdx = wT.map((t, i) => (t.publish_date ? i : -1)).filter((i) => i >= 0);
    const tIdx = wT.map((t, i) => (t.title ? i : -1)).filter((i) => i >= 0);
    return [rate(tIdx.map((i) => sameTitle(wOut[i][sys].title, wT[i].title))), rate(dIdx.map((i) => dayOf(pub(wOut[i])) === wT[i].publish_date))];
  };
  printTable(`WCXB dev articles (${wIds.length} pages)`, ['system', 'title', 'publish day'], [
    ['Readability', ...wRows('bare')],
    ['Brief', ...wRows('brief')],
  ]);

  const ms = [...hOut, ...pOut, ...wOut, ...tOut].map((o) => o.ms);
  printTable('Metadata pass cost in Node/jsdom (browser figures: npm run bench)', ['p50 ms', 'p95 ms'], [[percentile(ms, 50), percentile(ms, 95)]]);
  return checks;
}

export const datesSection: EvalSection = { name: 'dates', run: ({ quick }) => dates(quick) };
