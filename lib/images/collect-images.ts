import { base64ToBytes } from '@/lib/clips/base64';
import type { ImageInput } from '@/lib/clips/repository';
import { IMAGE_CAP, type Fetched, type ImageError } from '@/lib/images/fetch-image';
import type { PageImage } from '@/lib/images/page-images';

/** What happened to an article's images when saving (the popup says it). */
export interface ImageReport {
  saved: ImageInput[];
  failed: { url: string; error: ImageError }[];
  /** Images beyond the count cap, not attempted. */
  overCap: number;
}

export interface ImageSources {
  /** All at once, in the tab. */
  inTab: (urls: string[]) => Promise<PageImage[]>;
  /** One by one, from the extension (host permission: no CORS), for what the tab could not get. */
  direct: (url: string, maxBytes: number) => Promise<Fetched>;
}

/** Copy an article's images for offline reading, within the per-clip caps. The tab first, then the extension. */
export async function collectImages(urls: string[], sources: ImageSources, cap: { count: number; bytes: number } = IMAGE_CAP): Promise<ImageReport> {
  const wanted = urls.slice(0, cap.count);
  const report: ImageReport = { saved: [], failed: [], overCap: urls.length - wanted.length };
  if (!wanted.length) return report;
  let fromTab: PageImage[] = [];
  try {
    fromTab = await sources.inTab(wanted);
  } catch {
    // The tab navigated or closed after extraction: the extension still gets what it can.
  }
  const byUrl = new Map(fromTab.map((p) => [p.url, p]));
  let total = 0;
  for (const url of wanted) {
    const page = byUrl.get(url);
    let got: Fetched | undefined;
    if (page?.ok) {
      try {
        got = { ok: true, blob: new Blob([base64ToBytes(page.base64) as BlobPart], { type: page.type }) };
      } catch {
        got = undefined;
      }
    }
    if (!got?.ok) {
      got = await sources.direct(url, cap.bytes - total);
      // When both fail, the server's own answer (HTTP 404…) says more than the extension's network error.
      if (!got.ok && page && !page.ok && page.error.startsWith('http-')) got = { ok: false, error: page.error };
    }
    if (got.ok && total + got.blob.size > cap.bytes) got = { ok: false, error: 'over-cap' };
    if (got.ok) {
      total += got.blob.size;
      report.saved.push({ url, blob: got.blob });
    } else {
      report.failed.push({ url, error: got.error });
    }
  }
  return report;
}
