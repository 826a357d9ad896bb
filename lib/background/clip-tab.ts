import { browser, type Browser } from 'wxt/browser';
import type { ExtractFailure, ExtractOutcome } from '@/lib/article/types';
import { restrictionOf } from '@/lib/background/restricted';
import { openLibrary, type OpenOutcome } from '@/lib/clips/db';
import { changesSince, findByUrl, saveArticle } from '@/lib/clips/repository';
import { collectImages, type ImageReport } from '@/lib/images/collect-images';
import { fetchImage, type Fetched } from '@/lib/images/fetch-image';
import { isPrivateHost } from '@/lib/images/private-host';
import type { AnalyzeResult, SaveResult, TabFailure } from '@/lib/messaging';
import { sendToTab } from '@/lib/messaging-client';
import { t } from '@/lib/i18n/t';
import type { PlainKey } from '@/lib/i18n/locales/index';
import { clampSummarySentences, savePrivateClips, summarySentences } from '@/lib/settings';

/** What the clipper needs from the browser; tests pass fakes. */
export interface ClipperEnv {
  /** The library, opened (and refused when a newer Brief wrote it). */
  db: () => Promise<OpenOutcome>;
  getTab: (tabId: number) => Promise<Browser.tabs.Tab | undefined>;
  inject: (tabId: number) => Promise<void>;
  extract: (tabId: number, summarySentences: number) => Promise<ExtractOutcome>;
  summarySentences: () => Promise<number>;
  savePrivateClips: () => Promise<boolean>;
  /** Copy the article's images for offline reading (the tab first, then the extension). */
  images: (tabId: number, urls: string[], pageUrl: string) => Promise<ImageReport>;
}

/**
 * How the worker downloads an image the tab could not hand over. The page itself may reach its own network; the
 * worker (the user's cookies, no CORS) follows a public page only to public hosts.
 */
export function workerFetch(pageUrl: string, fetcher: typeof fetch = fetch): (url: string, maxBytes: number) => Promise<Fetched> {
  return async (url, maxBytes) => (isPrivateHost(url) && !isPrivateHost(pageUrl) ? { ok: false, error: 'private-network' } : fetchImage(url, fetcher, maxBytes));
}

export const browserEnv: ClipperEnv = {
  db: () => openLibrary(),
  getTab: async (tabId) => browser.tabs.get(tabId).catch(() => undefined),
  inject: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/extractor.js'] });
  },
  extract: (tabId, count) => sendToTab(tabId, 'extract', { summarySentences: count }),
  summarySentences: async () => clampSummarySentences(await summarySentences.getValue()),
  savePrivateClips: () => savePrivateClips.getValue(),
  images: (tabId, urls, pageUrl) =>
    collectImages(urls, {
      inTab: (wanted) => sendToTab(tabId, 'fetchImages', { urls: wanted }),
      direct: workerFetch(pageUrl),
    }),
};

// The extractor (also run by the command line) reports why in English; the UI says it in the reader's language.
const EXTRACT_FAILURES: Record<ExtractFailure, PlainKey> = { pdf: 'extractPdf', 'not-html': 'extractNotHtml', 'too-large': 'extractTooLarge', 'no-content': 'extractNoContent' };

type Extracted = { ok: true; outcome: Extract<ExtractOutcome, { ok: true }> } | ({ ok: false } & TabFailure);

async function extractTab(tabId: number, env: ClipperEnv): Promise<Extracted> {
  const tab = await env.getTab(tabId);
  if (!tab) return { ok: false, reason: 'no-tab', message: t('errNoTab') };
  const restricted = restrictionOf(tab.url);
  if (restricted) return { ok: false, reason: 'restricted', message: t(restricted) };
  if (tab.incognito && !(await env.savePrivateClips())) {
    return {
      ok: false,
      reason: 'restricted',
      message: t('errPrivate'),
    };
  }
  try {
    await env.inject(tabId);
  } catch (err) {
    // Scripting refusals are how the browser says "not this page" (error pages, policy-blocked sites).
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: 'restricted', message: t('errCannotRead', { detail }) };
  }
  const outcome = await env.extract(tabId, await env.summarySentences());
  if (!outcome.ok) return { ok: false, reason: 'extract-failed', message: t(EXTRACT_FAILURES[outcome.reason]) };
  return { ok: true, outcome };
}

/** Extract a tab's article and look it up in the library (popup's first request). */
export async function analyzeTab(tabId: number, env: ClipperEnv = browserEnv): Promise<AnalyzeResult> {
  const extracted = await extractTab(tabId, env);
  if (!extracted.ok) return extracted;
  const { article } = extracted.outcome;
  // A library this build may not open still lets the popup show the article (and refuses the save with why).
  const library = await env.db();
  const saved = library.ok ? ((await findByUrl(library.db, article.canonicalUrl || article.url)) ?? null) : null;
  return { ok: true, article, saved, changes: saved ? changesSince(saved, article) : null };
}

/** Extract a tab's article and save it (new clip, or update of the clip with the same canonical URL). */
export async function saveTab(tabId: number, env: ClipperEnv = browserEnv): Promise<SaveResult> {
  const extracted = await extractTab(tabId, env);
  if (!extracted.ok) return extracted;
  const { article } = extracted.outcome;
  const library = await env.db();
  if (!library.ok) return { ok: false, reason: 'save-failed', message: library.message };
  const images = await env.images(tabId, article.images, article.url);
  try {
    const { clip, updated, changed } = await saveArticle(library.db, article, Date.now(), undefined, images.saved);
    return { ok: true, clip, updated, changed, images: { saved: images.saved.length, failed: images.failed, overCap: images.overCap } };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    const message =
      name === 'QuotaExceededError' || /quota/i.test(String(err))
        ? t('errStorageFull')
        : t('errSaveFailed', { detail: err instanceof Error ? err.message : String(err) });
    return { ok: false, reason: 'save-failed', message };
  }
}
