import { describe, expect, it, vi } from 'vitest';
import {
  chunkText,
  getSummarizerApi,
  mapSummarizerError,
  markdownToPoints,
  onDeviceAvailability,
  summarizeOnDevice,
  type SummarizerApi,
  type SummarizerAvailability,
  type SummarizerInstance,
} from '@/lib/ai/summarizer';

function fake(availability: SummarizerAvailability, opts: { quota?: number; fail?: string; stream?: boolean } = {}) {
  const calls: { create: unknown[]; inputs: string[]; destroyed: number } = { create: [], inputs: [], destroyed: 0 };
  const session: SummarizerInstance = {
    inputQuota: opts.quota,
    async summarize(text) {
      calls.inputs.push(text);
      if (opts.fail) throw new DOMException('x', opts.fail);
      return `- **Point** about ${text.length} chars`;
    },
    destroy: () => void calls.destroyed++,
  };
  if (opts.stream !== false) {
    session.summarizeStreaming = (text) => {
      calls.inputs.push(text);
      return new ReadableStream<string>({
        start(c) {
          if (opts.fail) return c.error(new DOMException('x', opts.fail));
          c.enqueue('* First *point*\n');
          c.enqueue('* Second [point](https://x.test)');
          c.close();
        },
      });
    };
  }
  const api: SummarizerApi = {
    availability: vi.fn(async () => availability),
    create: vi.fn(async (o) => {
      calls.create.push(o);
      return session;
    }),
  };
  return { api, calls };
}

describe('on-device Summarizer wrapper', () => {
  it('feature-detects window contexts only', () => {
    const { api } = fake('available');
    expect(getSummarizerApi({ Summarizer: api, document: {} })).toBe(api);
    expect(getSummarizerApi({ Summarizer: api })).toBeUndefined(); // service worker: no document
    expect(getSummarizerApi({ document: {} })).toBeUndefined();
    expect(getSummarizerApi(undefined)).toBeUndefined();
  });

  it('reports availability, and unavailable without an API or when it throws', async () => {
    expect(await onDeviceAvailability(fake('downloadable').api)).toBe('downloadable');
    expect(await onDeviceAvailability(undefined)).toBe('unavailable');
    const broken: SummarizerApi = { availability: async () => Promise.reject(new Error('x')), create: async () => Promise.reject(new Error('x')) };
    expect(await onDeviceAvailability(broken)).toBe('unavailable');
  });

  it('streams a key-points summary, sanitised to plain text, and destroys the session', async () => {
    const { api, calls } = fake('available');
    const seen: string[] = [];
    const r = await summarizeOnDevice(api, 'Some article text.', { lang: 'de-DE', onChunk: (s) => seen.push(s) });
    expect(r).toMatchObject({ ok: true, kind: 'on-device-ai', points: ['First point', 'Second point'], chunks: 1 });
    expect(seen).toEqual(['* First *point*\n', '* First *point*\n* Second [point](https://x.test)']);
    expect(calls.create[0]).toMatchObject({ type: 'key-points', format: 'markdown', length: 'short', expectedInputLanguages: ['de'], outputLanguage: 'en' });
    expect(calls.destroyed).toBe(1);
  });

  it('does not create (download) without a user gesture while the model is downloadable', async () => {
    const { api } = fake('downloadable');
    expect(await summarizeOnDevice(api, 'text')).toMatchObject({ ok: false, error: 'needs-user-gesture' });
    expect(api.create).not.toHaveBeenCalled();
    expect(await summarizeOnDevice(api, 'text', { userGesture: true })).toMatchObject({ ok: true });
    expect(await summarizeOnDevice(fake('unavailable').api, 'text', { userGesture: true })).toMatchObject({ ok: false, error: 'unavailable' });
    expect(await summarizeOnDevice(undefined, 'text')).toMatchObject({ ok: false, error: 'unsupported' });
  });

  it('maps DOMExceptions to values', async () => {
    for (const [name, error] of [
      ['NotAllowedError', 'not-allowed'],
      ['NotReadableError', 'filtered'],
      ['AbortError', 'aborted'],
      ['InvalidStateError', 'invalid-state'],
      ['QuotaExceededError', 'too-long'],
      ['TypeError', 'failed'],
    ] as const) {
      const { api, calls } = fake('available', { fail: name });
      expect(await summarizeOnDevice(api, 'text')).toMatchObject({ ok: false, error });
      expect(calls.destroyed).toBe(1);
      expect(mapSummarizerError(new DOMException('m', name)).error).toBe(error);
    }
  });

  it('summarises long text in chunks, then the partial summaries', async () => {
    const { api, calls } = fake('available', { stream: false });
    const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} says something long enough to matter here.`).join('\n');
    const r = await summarizeOnDevice(api, text, { chunkChars: 600 });
    expect(r.ok && r.chunks).toBeGreaterThan(1);
    expect(calls.inputs.length).toBe((r.ok ? r.chunks : 0) + 1);
    expect(calls.inputs.every((x) => x.length <= 600)).toBe(true);
  });

  it('stops on abort', async () => {
    const { api } = fake('available');
    const ac = new AbortController();
    ac.abort();
    const r = await summarizeOnDevice(api, 'text', { signal: ac.signal });
    expect(r).toMatchObject({ ok: false, error: 'aborted' });
  });

  it('chunks at paragraph and sentence boundaries', () => {
    expect(chunkText('a\nb\nc', 3)).toEqual(['a\nb', 'c']);
    const long = 'One sentence here. Another one there. '.repeat(20);
    expect(chunkText(long, 100).every((c) => c.length <= 100)).toBe(true);
    expect(chunkText(long, 100).join(' ').replace(/\s+/g, ' ')).toBe(long.trim().replace(/\s+/g, ' '));
  });

  it('turns markdown into plain points', () => {
    expect(markdownToPoints('## Key\n- **Bold** claim\n1. `code` <b>x</b>\n---\n\n* [link](http://a)')).toEqual(['Key', 'Bold claim', 'code x', 'link']);
  });
});
