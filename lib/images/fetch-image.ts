/** How many of an article's images are kept offline per clip, and how many bytes in all (the popup shows it). */
export const IMAGE_CAP = { count: 20, bytes: 10 * 1024 * 1024 } as const;

/** Why an image was not kept: a code the UI words in the reader's language (`http-404` keeps the status). */
export type ImageError = 'timeout' | 'unreachable' | 'not-image' | 'too-large' | 'over-cap' | 'private-network' | `http-${number}`;

/** One image download: the bytes, or why not. Expected failures are values. */
export type Fetched = { ok: true; blob: Blob } | { ok: false; error: ImageError };

const IMAGE_TIMEOUT_MS = 15_000;

/**
 * Download one image with the caller's cookies and cache (the page has usually loaded it already).
 * Only image responses count: a login page or an HTML error served with 200 is a failure.
 */
export async function fetchImage(url: string, fetcher: typeof fetch = fetch, maxBytes: number = IMAGE_CAP.bytes): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'include', cache: 'force-cache', redirect: 'follow', signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS) });
  } catch (err) {
    return { ok: false, error: err instanceof Error && err.name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
  if (!response.ok) return { ok: false, error: `http-${response.status}` };
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (!type.startsWith('image/')) return { ok: false, error: 'not-image' };
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return { ok: false, error: 'too-large' };
  const blob = await response.blob();
  if (blob.size > maxBytes) return { ok: false, error: 'too-large' };
  return { ok: true, blob: blob.type ? blob : new Blob([blob], { type }) };
}
