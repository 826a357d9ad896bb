import { bytesToBase64 } from '@/lib/clips/base64';
import { fetchImage, IMAGE_CAP, type ImageError } from '@/lib/images/fetch-image';

/** An image as the tab hands it to the background (messages carry JSON, so bytes travel as base64). */
export type PageImage = { url: string; ok: true; type: string; base64: string } | { url: string; ok: false; error: ImageError };

/**
 * Runs in the tab (extractor content script): download the article's images with the page's cookies
 * and HTTP cache. Cross-origin images without CORS fail here; the background retries those.
 */
export async function fetchPageImages(urls: string[], fetcher: typeof fetch = fetch): Promise<PageImage[]> {
  const out: PageImage[] = [];
  let total = 0;
  for (const url of urls.slice(0, IMAGE_CAP.count)) {
    const got = await fetchImage(url, fetcher, IMAGE_CAP.bytes - total);
    if (!got.ok) {
      out.push({ url, ok: false, error: got.error });
      continue;
    }
    total += got.blob.size;
    out.push({ url, ok: true, type: got.blob.type, base64: bytesToBase64(new Uint8Array(await got.blob.arrayBuffer())) });
  }
  return out;
}
