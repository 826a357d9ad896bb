import { defineUnlistedScript } from '#imports';
import { extractArticle } from '@/lib/article/extract';
import { createSanitizer, type Sanitizer } from '@/lib/article/sanitize';
import { contentScriptApi, ONCE } from '@/lib/content-api';
import { isEnvelope } from '@/lib/messaging';
import type { ExtractOutcome } from '@/lib/article/types';
import { fetchPageImages, type PageImage } from '@/lib/images/page-images';

/**
 * Injected into a tab on request (popup, shortcut, context menu): extracts the article from a
 * clone of the live document and sanitizes it before it leaves the page.
 */
export default defineUnlistedScript(() => {
  // Set once per isolated world so that a second injection does not add a second listener. A symbol, because
  // `<a id="...">` in the page would make any string-named global look set.
  const world = globalThis as unknown as Record<symbol, boolean>;
  if (world[ONCE]) return;
  world[ONCE] = true;
  const browser = contentScriptApi();
  let sanitize: Sanitizer | undefined;
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<ExtractOutcome | PageImage[]> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab || !isEnvelope(message)) return undefined;
    if (message.type === 'fetchImages') {
      const urls = (message.data as { urls?: unknown }).urls;
      // Only http(s) URLs: the background names them, but this listener trusts no payload.
      const valid = Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u)) : [];
      return fetchPageImages(valid);
    }
    if (message.type !== 'extract') return undefined;
    const data = message.data as { summarySentences?: unknown };
    const summarySentences = typeof data.summarySentences === 'number' ? data.summarySentences : 3;
    // Inside the promise, so that an unexpected error reaches the background as a rejection with its message.
    return new Promise((resolve) => {
      sanitize ??= createSanitizer(window);
      resolve(extractArticle(document, { sanitize, url: location.href, summarySentences }));
    });
  });
});
