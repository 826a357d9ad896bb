import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@/lib/clips/base64';
import { collectImages } from '@/lib/images/collect-images';
import { fetchImage, type Fetched } from '@/lib/images/fetch-image';
import { fetchPageImages } from '@/lib/images/page-images';
import { isPrivateHost } from '@/lib/images/private-host';

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);
const reply = (body: Uint8Array | string, type: string, status = 200) =>
  new Response(body as BodyInit, { status, headers: { 'content-type': type } });

describe('fetchImage', () => {
  it('keeps image responses and refuses pages, errors, oversize bodies and network failures with a reason', async () => {
    const fake = (async (url: string) => {
      if (url.endsWith('ok.png')) return reply(bytes(10), 'image/png');
      if (url.endsWith('login')) return reply('<html>', 'text/html; charset=utf-8');
      if (url.endsWith('404.png')) return reply('', 'text/plain', 404);
      if (url.endsWith('big.jpg')) return reply(bytes(2000), 'image/jpeg');
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const got = await fetchImage('https://a.example/ok.png', fake);
    expect(got.ok && got.blob.size).toBe(10);
    expect(got.ok && got.blob.type).toBe('image/png');
    expect(await fetchImage('https://a.example/login', fake)).toEqual({ ok: false, error: 'not-image' });
    expect(await fetchImage('https://a.example/404.png', fake)).toEqual({ ok: false, error: 'http-404' });
    expect(await fetchImage('https://a.example/big.jpg', fake, 1000)).toEqual({ ok: false, error: 'too-large' });
    expect(await fetchImage('https://other.example/x.png', fake)).toEqual({ ok: false, error: 'unreachable' });
  });

  it('sends the page cookies and prefers the cache the page already filled', async () => {
    let init: RequestInit | undefined;
    await fetchImage('https://a.example/ok.png', (async (_u: string, i?: RequestInit) => {
      init = i;
      return reply(bytes(1), 'image/png');
    }) as typeof fetch);
    expect(init).toMatchObject({ credentials: 'include', cache: 'force-cache' });
  });
});

describe('fetchPageImages (in the tab)', () => {
  it('returns base64 bytes per URL, at most the count cap, and failures as values', async () => {
    const urls = Array.from({ length: 25 }, (_, i) => `https://a.example/${i}.png`);
    const out = await fetchPageImages(urls, (async (url: string) => (url.endsWith('/3.png') ? reply('', 'text/plain', 500) : reply(bytes(3, 7), 'image/png'))) as typeof fetch);
    expect(out).toHaveLength(20);
    expect(out[0]).toEqual({ url: urls[0], ok: true, type: 'image/png', base64: bytesToBase64(bytes(3, 7)) });
    expect(out[3]).toEqual({ url: urls[3], ok: false, error: 'http-500' });
  });
});

describe('collectImages', () => {
  const png = (n: number): Fetched => ({ ok: true, blob: new Blob([bytes(n)], { type: 'image/png' }) });

  it('takes what the tab got, asks the extension for the rest, and keeps article order', async () => {
    const asked: string[] = [];
    const report = await collectImages(['https://a/1', 'https://cdn/2', 'https://gone/3'], {
      inTab: async (urls) => urls.map((url) => (url === 'https://a/1' ? { url, ok: true, type: 'image/png', base64: bytesToBase64(bytes(4)) } : { url, ok: false, error: 'unreachable' as const })),
      direct: async (url) => {
        asked.push(url);
        return url === 'https://cdn/2' ? png(5) : { ok: false, error: 'http-404' as const };
      },
    });
    expect(asked).toEqual(['https://cdn/2', 'https://gone/3']);
    expect(report.saved.map((s) => [s.url, s.blob.size])).toEqual([['https://a/1', 4], ['https://cdn/2', 5]]);
    expect(report.failed).toEqual([{ url: 'https://gone/3', error: 'http-404' }]);
    expect(report.overCap).toBe(0);
  });

  it('stops at the count and byte caps and says how many were left out', async () => {
    const urls = Array.from({ length: 5 }, (_, i) => `https://a/${i}`);
    const report = await collectImages(urls, { inTab: async () => [], direct: async () => png(400) }, { count: 4, bytes: 1000 });
    expect(report.saved).toHaveLength(2);
    expect(report.failed.map((f) => f.error)).toEqual(['over-cap', 'over-cap']);
    expect(report.overCap).toBe(1);
  });

  it('still saves through the extension when the tab went away', async () => {
    const report = await collectImages(['https://a/1'], { inTab: async () => Promise.reject(new Error('Receiving end does not exist')), direct: async () => png(2) });
    expect(report.saved).toHaveLength(1);
  });
});

describe('isPrivateHost', () => {
  it.each([
    ['http://localhost:8080/a.png', true],
    ['http://127.0.0.1/a.png', true],
    ['http://10.1.2.3/a.png', true],
    ['http://172.20.0.1/a.png', true],
    ['http://192.168.1.1/router.png', true],
    ['http://169.254.169.254/latest/meta-data', true],
    ['http://[::1]/a.png', true],
    ['http://[fd12::1]/a.png', true],
    ['http://printer.local/a.png', true],
    ['https://cdn.example.com/a.png', false],
    ['https://172.32.0.1/a.png', false],
    ['https://8.8.8.8/a.png', false],
    ['not a url', true],
  ])('%s → %s', (url, expected) => {
    expect(isPrivateHost(url)).toBe(expected);
  });
});
