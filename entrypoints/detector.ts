import { defineUnlistedScript } from '#imports';
import { detectArticle } from '@/lib/article/detect';
import { contentScriptApi } from '@/lib/content-api';
import { envelope } from '@/lib/messaging';
import { watchForPageChanges } from '@/lib/page-changes';

/**
 * Always-on part of Brief, declared as a content script in wxt.config.ts (top frame, document_idle):
 * cheap detection on the live page, reported to the background for the badge. No clone, no
 * Readability, no DOM writes, no storage, no network, no page message listeners. Kept as a plain
 * script rather than a WXT content script to stay within its size budget.
 */
export default defineUnlistedScript(() => {
  const browser = contentScriptApi();
  let last: boolean | undefined;
  const report = () => {
    const detection = detectArticle(document, location.href);
    if (detection.isArticle === last) return;
    last = detection.isArticle;
    // Rejects when the extension was reloaded under this page; then there is nobody left to tell.
    browser.runtime.sendMessage(envelope('detected', detection)).catch(() => watcher.stop());
  };
  const watcher = watchForPageChanges(report);
  report();
});
