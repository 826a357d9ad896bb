import { expect, it, vi } from 'vitest';
import { createLibraryModel } from '@/entrypoints/options/model';
import type { ExtractedArticle } from '@/lib/article/types';
import { ClipDB } from '@/lib/clips/db';
import { listWindow } from '@/lib/clips/library-query';
import { saveArticle } from '@/lib/clips/repository';

function article(n: number): ExtractedArticle {
  return {
    url: `https://s.example/${n}`, canonicalUrl: `https://s.example/${n}`, isArticle: true, title: `Story ${n}`, byline: null, siteName: 'Site',
    lang: 'en', dir: 'ltr', published: null, modified: null, leadImage: null, excerpt: null, summary: [], html: '', text: `Body ${n}`,
    wordCount: 2, readingMinutes: 1, warnings: [], images: [],
  };
}

it('jumps far into a large view from signposts read after its first far jump, and reads them anew after a change', async () => {
  const db = new ClipDB(`test-${crypto.randomUUID()}`);
  // Bursts of equal saved times: ties are ordered by id, which the signposts must follow.
  for (let n = 0; n < 300; n++) await saveArticle(db, article(n), 1000 + Math.floor(n / 4));
  const model = createLibraryModel(db, { signpostsFrom: 100 });
  await model.start();
  await model.firstRows;
  const byPosition = await listWindow(db, { kind: 'all' }, 'savedAt', 0, 300, 300);
  // Nothing is read for jumps until the reader jumps: the first far jump goes by position, and has them read.
  expect(model.signposted.value).toBe(false);
  model.firstVisible.value = 150;
  await vi.waitFor(() => expect(model.rowAt(150)?.id).toBe(byPosition[150].id));
  await vi.waitFor(() => expect(model.signposted.value).toBe(true));
  // From here on, reading by position (an offset walk from the top) would show in orderBy calls.
  const orderBy = vi.spyOn(db.clips, 'orderBy');
  model.firstVisible.value = 250;
  await vi.waitFor(() => expect(model.rowAt(250)?.id).toBe(byPosition[250].id));
  for (let i = 230; i < 280; i++) expect(model.rowAt(i)?.id).toBe(byPosition[i].id);
  expect(orderBy).not.toHaveBeenCalled();

  // A new clip moves every position by one: the signposts are dropped, the window deep in the list is read again
  // by position (which has them read anew), and the next jump from them lands right.
  await saveArticle(db, article(300), 5000);
  await vi.waitFor(() => expect(model.rowAt(250)?.id).toBe(byPosition[249].id));
  await vi.waitFor(() => expect(model.signposted.value).toBe(true));
  orderBy.mockClear();
  model.firstVisible.value = 60;
  await vi.waitFor(() => expect(model.rowAt(60)?.id).toBe(byPosition[59].id));
  expect(model.rowAt(61)?.id).toBe(byPosition[60].id);
  expect(orderBy).not.toHaveBeenCalled();
});
