import { defineContentScript } from '#imports';
import { detectArticle } from '@/lib/article/detect';
import { watchForPageChanges } from '@/lib/page-changes';
import { sendToBackground } from '@/lib/messaging-client';

/**
 * Always-on part of Brief: cheap detection on the live page, reported to the background for the badge.
 * No clone, no Readability, no DOM writes, no storage, no network; top frame only.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let last: boolean | undefined;
    const report = () => {
      const detection = detectArticle(document, location.href);
      if (detection.isArticle === last) return;
      last = detection.isArticle;
      sendToBackground('detected', detection).catch((err: unknown) => {
        // The extension was reloaded or updated under this page: nothing left to report to.
        if (!ctx.isInvalid) throw err;
      });
    };
    report();
    watchForPageChanges(ctx, report);
  },
});
