import { browser } from 'wxt/browser';
import { defineUnlistedScript } from '#imports';
import { extractArticle } from '@/lib/article/extract';
import { createSanitizer } from '@/lib/article/sanitize';
import { isEnvelope } from '@/lib/messaging';
import type { ExtractOutcome } from '@/lib/article/types';

declare global {
  // Set once per isolated world so that a second injection does not add a second listener.
  var __briefExtractorReady: boolean | undefined;
}

/**
 * Injected into a tab on request (popup, shortcut, context menu): extracts the article from a
 * clone of the live document and sanitizes it before it leaves the page.
 */
export default defineUnlistedScript(() => {
  if (globalThis.__briefExtractorReady) return;
  globalThis.__briefExtractorReady = true;
  const sanitize = createSanitizer(window);
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<ExtractOutcome> | undefined => {
    if (sender.id !== browser.runtime.id || sender.tab || !isEnvelope(message) || message.type !== 'extract') return undefined;
    const data = message.data as { summarySentences?: unknown };
    const summarySentences = typeof data.summarySentences === 'number' ? data.summarySentences : 3;
    return Promise.resolve(extractArticle(document, { sanitize, url: location.href, summarySentences }));
  });
});
