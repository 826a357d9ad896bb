import { effect } from '@preact/signals';
import { expect, it } from 'vitest';
import { createLibraryModel } from '@/entrypoints/options/model';
import type { ExtractedArticle } from '@/lib/article/types';
import { ClipDB } from '@/lib/clips/db';
import { saveArticle } from '@/lib/clips/repository';

function article(n: number, text: string): ExtractedArticle {
  return {
    url: `https://s.example/${n}`, canonicalUrl: `https://s.example/${n}`, isArticle: true, title: `Story ${n}`, byline: null, siteName: 'Site',
    lang: 'en', dir: 'ltr', published: null, modified: null, leadImage: null, excerpt: null, summary: [`Summary ${n}.`], html: '', text,
    wordCount: 1, readingMinutes: 1, warnings: [], images: []
  };
}

it('shows the first screen of hits before reading the rest, then every hit with a highlighted snippet', async () => {
  const db = new ClipDB(`test-${crypto.randomUUID()}`);
  for (let n = 0; n < 40; n++) await saveArticle(db, article(n, `${'filler words here. '.repeat(n)}The needle is here.`));
  await saveArticle(db, article(99, 'no match at all'));
  const model = createLibraryModel(db);
  const seen: (number | null)[][] = [];
  const stop = effect(() => {
    const r = model.results.value;
    if (r) seen.push([r.length, r.filter(Boolean).length]);
  });
  await model.runSearch('needle');
  stop();
  // First the count and a screen of rows (the rest placeholders), then all of them.
  expect(seen[0][0]).toBe(40);
  expect(seen[0][1]).toBeGreaterThan(0);
  expect(seen[0][1]).toBeLessThan(40);
  expect(seen.at(-1)).toEqual([40, 40]);
  const rows = model.results.value!;
  // Snippets from the body for the first 30 hits (then from the summary).
  expect(rows.slice(0, 30).every((r) => r!.snippet.some((p) => p.hit && p.text.toLowerCase() === 'needle'))).toBe(true);
});
