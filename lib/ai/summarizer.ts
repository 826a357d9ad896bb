/**
 * Chrome's built-in Summarizer API (Gemini Nano, Chrome 138+) as plain values, for window contexts only
 * (popup, options, reader — the interface is not exposed in the MV3 service worker).
 *
 * The module is pure: the `Summarizer` global is passed in (`getSummarizerApi()` reads it from `globalThis`),
 * so tests use a fake and nothing here ever fetches. Usage from the popup:
 *
 * ```ts
 * const api = getSummarizerApi();
 * const state = await onDeviceAvailability(api, { lang });          // 'available' | 'downloadable' | ...
 * if (state === 'available' || (state === 'downloadable' && userClicked)) {
 *   const r = await summarizeOnDevice(api, text, { lang, length: 'short', userGesture: userClicked,
 *     onChunk: (soFar) => show(soFar), signal });
 *   if (r.ok) save({ kind: 'on-device-ai', points: r.points, text: r.text, settings: r.settings });
 *   else showFallback(r.error);                                      // extractive key points stay
 * }
 * ```
 */

export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
export type SummarizerLength = 'short' | 'medium' | 'long';

/** The subset of the Summarizer API Brief uses (see the Chrome docs for the full shape). */
export interface SummarizerInstance {
  summarize(text: string, opts?: { context?: string; signal?: AbortSignal }): Promise<string>;
  summarizeStreaming?(text: string, opts?: { context?: string; signal?: AbortSignal }): ReadableStream<string> | AsyncIterable<string>;
  readonly inputQuota?: number;
  measureInputUsage?(text: string, opts?: { context?: string }): Promise<number>;
  destroy(): void;
}

export interface SummarizerCreateOptions {
  type: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format: 'plain-text' | 'markdown';
  length: SummarizerLength;
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  signal?: AbortSignal;
  monitor?: (m: EventTarget) => void;
}

export interface SummarizerApi {
  availability(opts?: Partial<SummarizerCreateOptions>): Promise<SummarizerAvailability>;
  create(opts?: Partial<SummarizerCreateOptions>): Promise<SummarizerInstance>;
}

/** Failures as values: the popup shows a message and keeps the extractive summary. */
export type SummarizerError =
  | 'unsupported' // no Summarizer in this context (other browsers, service worker)
  | 'unavailable' // availability() said 'unavailable' (hardware, disk, policy)
  | 'needs-user-gesture' // the model must be downloaded and no click started it
  | 'not-allowed' // NotAllowedError: blocked by policy or permission
  | 'filtered' // NotReadableError: the model's output was filtered
  | 'aborted' // AbortError: cancelled (popup closed, user stopped)
  | 'invalid-state' // InvalidStateError: document inactive or session destroyed
  | 'too-long' // QuotaExceededError even after chunking
  | 'failed'; // anything else

export interface OnDeviceSettings {
  type: 'key-points';
  format: 'markdown';
  length: SummarizerLength;
  language: string | null;
}

export type OnDeviceResult =
  | { ok: true; kind: 'on-device-ai'; text: string; points: string[]; settings: OnDeviceSettings; chunks: number; ms: number }
  | { ok: false; error: SummarizerError; message: string };

/** The Summarizer global of a window context, or undefined (Firefox, Safari, service worker, old Chrome). */
export function getSummarizerApi(scope: unknown = globalThis): SummarizerApi | undefined {
  const s = scope as { Summarizer?: SummarizerApi; document?: unknown } | undefined;
  if (!s || typeof s !== 'object' || !('document' in s)) return undefined; // window contexts only
  const api = s.Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : undefined;
}

/** Language options the API accepts (it supports a few output languages; others fall back to English). */
function languageOptions(lang: string | null | undefined): Pick<SummarizerCreateOptions, 'expectedInputLanguages' | 'outputLanguage'> {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  if (!base) return {};
  return { expectedInputLanguages: [base], outputLanguage: ['en', 'es', 'ja'].includes(base) ? base : 'en' };
}

/** What `Summarizer.availability()` reports for a key-points summary, or 'unavailable' when there is no API. */
export async function onDeviceAvailability(api: SummarizerApi | undefined, opts: { lang?: string | null; length?: SummarizerLength } = {}): Promise<SummarizerAvailability> {
  if (!api) return 'unavailable';
  try {
    return await api.availability({ type: 'key-points', format: 'markdown', length: opts.length ?? 'short', ...languageOptions(opts.lang) });
  } catch {
    return 'unavailable';
  }
}

/** Map a thrown DOMException (or anything) to an error value. */
export function mapSummarizerError(e: unknown): { ok: false; error: SummarizerError; message: string } {
  const name = (e as { name?: string } | null)?.name ?? '';
  const message = (e as { message?: string } | null)?.message ?? String(e);
  const error: SummarizerError =
    name === 'NotAllowedError'
      ? 'not-allowed'
      : name === 'NotReadableError'
        ? 'filtered'
        : name === 'AbortError'
          ? 'aborted'
          : name === 'InvalidStateError'
            ? 'invalid-state'
            : name === 'QuotaExceededError'
              ? 'too-long'
              : name === 'NotSupportedError'
                ? 'unavailable'
                : 'failed';
  return { ok: false, error, message };
}

/** Markdown from the model to plain key points: bullets, emphasis, links, code and HTML removed. */
export function markdownToPoints(md: string): string[] {
  return md
    .replace(/<[^>]*>/g, '')
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}(?:[-*+•]|\d+[.)])\s+/, '')
        .replace(/^#{1,6}\s+/, '')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(\*|_)(\S(?:.*?\S)?)\1/g, '$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0 && !/^[-*_=]{3,}$/.test(line));
}

/** Split text at paragraph (then sentence) boundaries into pieces of at most `max` characters. */
export function chunkText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let cur = '';
  const push = (piece: string) => {
    if (cur && cur.length + 1 + piece.length > max) {
      chunks.push(cur);
      cur = '';
    }
    cur = cur ? `${cur}\n${piece}` : piece;
  };
  for (const para of text.split(/\n+/).map((p) => p.trim()).filter(Boolean)) {
    if (para.length <= max) {
      push(para);
      continue;
    }
    for (const sentence of para.match(/[^.!?。！？]+[.!?。！？]*\s*/gu) ?? [para]) {
      let s = sentence.trim();
      while (s.length > max) {
        push(s.slice(0, max));
        s = s.slice(max);
      }
      if (s) push(s);
    }
  }
  if (cur) chunks.push(cur);
  return chunks;
}

async function readStream(stream: ReadableStream<string> | AsyncIterable<string>, onDelta: (d: string) => void, signal?: AbortSignal): Promise<void> {
  if (Symbol.asyncIterator in (stream as object)) {
    for await (const d of stream as AsyncIterable<string>) {
      if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
      onDelta(d);
    }
    return;
  }
  const reader = (stream as ReadableStream<string>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    if (signal?.aborted) {
      void reader.cancel();
      throw new DOMException('aborted', 'AbortError');
    }
    onDelta(value);
  }
}

export interface SummarizeOnDeviceOptions {
  lang?: string | null;
  length?: SummarizerLength;
  /** Title or standfirst, passed as context. */
  context?: string;
  /** True when called from a click: required to start a model download. */
  userGesture?: boolean;
  /** Called with the whole text so far after each streamed delta (persist it: the popup closes on blur). */
  onChunk?: (soFar: string) => void;
  /** Download progress 0–1 while the model is fetched by the browser. */
  onDownloadProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Characters per chunk when the API does not report an input quota (early limit ~1,024 tokens). */
  chunkChars?: number;
  now?: () => number;
}

/**
 * Key-points summary on the device. Streams when the API can; long articles are summarised in chunks and
 * the partial summaries summarised again ("summary of summaries"). Never throws: failures are values.
 */
export async function summarizeOnDevice(api: SummarizerApi | undefined, text: string, opts: SummarizeOnDeviceOptions = {}): Promise<OnDeviceResult> {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  if (!api) return { ok: false, error: 'unsupported', message: 'The Summarizer API is not available in this browser or context.' };
  const length = opts.length ?? 'short';
  const lang = languageOptions(opts.lang);
  const availability = await onDeviceAvailability(api, { lang: opts.lang, length });
  if (availability === 'unavailable') return { ok: false, error: 'unavailable', message: 'On-device summaries are unavailable on this device.' };
  if (availability !== 'available' && !opts.userGesture) {
    return { ok: false, error: 'needs-user-gesture', message: 'The on-device model must be downloaded first; ask the user.' };
  }
  let session: SummarizerInstance | undefined;
  try {
    session = await api.create({
      type: 'key-points',
      format: 'markdown',
      length,
      ...lang,
      ...(opts.context ? { sharedContext: opts.context } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      monitor: (m) =>
        m.addEventListener('downloadprogress', (e) => {
          const loaded = (e as unknown as { loaded?: number }).loaded;
          if (typeof loaded === 'number') opts.onDownloadProgress?.(loaded);
        }),
    });
    const quota = session.inputQuota && Number.isFinite(session.inputQuota) ? session.inputQuota : undefined;
    // ~3 characters per token keeps well under the quota; the measured usage is checked below when possible.
    const max = Math.max(500, opts.chunkChars ?? (quota ? Math.floor(quota * 3) : 4000));
    const chunks = chunkText(text, max);
    const s = session;
    const run = async (input: string, stream: boolean): Promise<string> => {
      const callOpts = { ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.context ? { context: opts.context } : {}) };
      if (stream && s.summarizeStreaming) {
        let soFar = '';
        await readStream(
          s.summarizeStreaming(input, callOpts),
          (d) => {
            soFar += d;
            opts.onChunk?.(soFar);
          },
          opts.signal,
        );
        return soFar;
      }
      const out = await s.summarize(input, callOpts);
      if (stream) opts.onChunk?.(out);
      return out;
    };
    let md: string;
    if (chunks.length <= 1) {
      md = await run(chunks[0] ?? '', true);
    } else {
      const partial: string[] = [];
      for (const c of chunks) partial.push(await run(c, false));
      md = await run(chunkText(partial.join('\n'), max)[0], true);
    }
    const points = markdownToPoints(md);
    return {
      ok: true,
      kind: 'on-device-ai',
      text: points.join('\n'),
      points,
      settings: { type: 'key-points', format: 'markdown', length, language: lang.outputLanguage ?? null },
      chunks: chunks.length,
      ms: now() - started,
    };
  } catch (e) {
    return mapSummarizerError(e);
  } finally {
    session?.destroy();
  }
}
