import { describe, expect, it } from 'vitest';
import type { ExtractOutcome, ExtractedArticle } from '@/lib/article/types';
import { analyzeTab, saveTab, workerFetch, type ClipperEnv } from '@/lib/background/clip-tab';
import { ClipDB } from '@/lib/clips/db';

const article = {
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
  isArticle: true,
  title: 'T',
  byline: null,
  siteName: null,
  lang: 'en',
  dir: 'ltr',
  published: null,
  modified: null,
  leadImage: null,
  excerpt: null,
  summary: [],
  html: '<p>x</p>',
  text: 'x',
  wordCount: 1,
  readingMinutes: 1,
  warnings: [], images: [],
} satisfies ExtractedArticle;

function env(overrides: Partial<ClipperEnv> = {}): ClipperEnv {
  const db = new ClipDB(`test-${crypto.randomUUID()}`);
  return {
    db: async () => ({ ok: true, db }),
    getTab: async (id) => ({ id, url: 'https://news.example/a' }) as never,
    inject: async () => {},
    extract: async (): Promise<ExtractOutcome> => ({ ok: true, article }),
    summarySentences: async () => 3,
    savePrivateClips: async () => false,
    images: async () => ({ saved: [], failed: [], overCap: 0 }),
    ...overrides,
  };
}

describe('analyzeTab / saveTab', () => {
  it('reports a restricted page without injecting anything', async () => {
    let injected = false;
    const e = env({ getTab: async () => ({ id: 1, url: 'chrome://settings' }) as never, inject: async () => void (injected = true) });
    const result = await analyzeTab(1, e);
    expect(result).toMatchObject({ ok: false, reason: 'restricted' });
    expect(injected).toBe(false);
  });

  it('turns a refused injection into a restricted-page message', async () => {
    const e = env({ inject: async () => Promise.reject(new Error('Cannot access contents of the page')) });
    expect(await saveTab(1, e)).toMatchObject({ ok: false, reason: 'restricted', message: expect.stringMatching(/Cannot access/) });
  });

  it('passes extraction failures on as values', async () => {
    const e = env({ extract: async () => ({ ok: false, reason: 'no-content', message: 'Brief found no article text on this page.' }) });
    expect(await analyzeTab(1, e)).toEqual({ ok: false, reason: 'extract-failed', message: 'Brief found no article text on this page.' });
  });

  it('does not read pages of private windows unless allowed', async () => {
    const privateTab = async (id: number) => ({ id, url: 'https://news.example/a', incognito: true }) as never;
    expect(await saveTab(1, env({ getTab: privateTab }))).toMatchObject({ ok: false, reason: 'restricted', message: expect.stringMatching(/private window/) });
    expect(await saveTab(1, env({ getTab: privateTab, savePrivateClips: async () => true }))).toMatchObject({ ok: true });
  });

  it('asks the extractor for the configured number of key sentences', async () => {
    let asked = 0;
    const e = env({ summarySentences: async () => 5, extract: async (_id, n) => ((asked = n), { ok: true, article }) });
    await analyzeTab(1, e);
    expect(asked).toBe(5);
  });

  it('refuses to save into a library a newer Brief wrote, saying why, and still shows the article', async () => {
    let fetchedImages = false;
    const refused = { ok: false, reason: 'newer-schema', message: 'This library was saved by a newer version of Brief.' } as const;
    const e = env({ db: async () => refused, images: async () => ((fetchedImages = true), { saved: [], failed: [], overCap: 0 }) });
    expect(await saveTab(1, e)).toEqual({ ok: false, reason: 'save-failed', message: refused.message });
    expect(fetchedImages).toBe(false);
    expect(await analyzeTab(1, e)).toMatchObject({ ok: true, saved: null, article: { title: 'T' } });
  });

  it('says a gone tab is gone', async () => {
    expect(await analyzeTab(1, env({ getTab: async () => undefined }))).toMatchObject({ ok: false, reason: 'no-tab' });
  });

  it('saves, then reports the clip as already saved, then updates it', async () => {
    const e = env();
    expect(await analyzeTab(1, e)).toMatchObject({ ok: true, saved: null });
    const first = await saveTab(1, e);
    expect(first).toMatchObject({ ok: true, updated: false });
    const analysed = await analyzeTab(1, e);
    expect(analysed.ok && analysed.saved?.url).toBe('https://news.example/a');
    expect(await saveTab(1, e)).toMatchObject({ ok: true, updated: true });
  });

  it('tells the user what to do when storage is full, and changes nothing', async () => {
    const e = env();
    const library = await e.db();
    if (!library.ok) throw new Error(library.message);
    const db = library.db;
    await db.open();
    db.clips.put = (() => Promise.reject(Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' }))) as never;
    const result = await saveTab(1, e);
    expect(result).toMatchObject({ ok: false, reason: 'save-failed', message: expect.stringMatching(/storage full/) });
    expect(await db.bodies.count()).toBe(0);
  });
});

describe('workerFetch', () => {
  const fetched: string[] = [];
  const fake = (async (url: string) => {
    fetched.push(url);
    return new Response(new Uint8Array([1]), { headers: { 'content-type': 'image/png' } });
  }) as typeof fetch;

  it('never lets a public page send the worker into a private network, and lets a private page reach its own', async () => {
    fetched.length = 0;
    const fromPublic = workerFetch('https://news.example/story', fake);
    expect(await fromPublic('http://192.168.1.1/router.png', 1e6)).toEqual({ ok: false, error: 'private-network' });
    expect((await fromPublic('https://cdn.example/photo.png', 1e6)).ok).toBe(true);
    expect((await workerFetch('http://intranet.local/page', fake)('http://10.0.0.5/chart.png', 1e6)).ok).toBe(true);
    expect(fetched).toEqual(['https://cdn.example/photo.png', 'http://10.0.0.5/chart.png']);
  });
});
