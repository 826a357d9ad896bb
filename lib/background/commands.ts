import { browser } from 'wxt/browser';
import { setBadge } from '@/lib/background/badge';
import { browserEnv, saveTab, type ClipperEnv } from '@/lib/background/clip-tab';

export const COMMANDS = { clipArticle: 'clip-article' } as const;
export const CONTEXT_MENU_ID = 'brief-clip-page';

/**
 * Clip a tab without opening the popup (keyboard shortcut, context menu) and confirm on the badge.
 * Failures are shown too: badge "!" and the reason in the icon's tooltip.
 */
export async function clipTabFromShortcut(tabId: number | undefined, env: ClipperEnv = browserEnv): Promise<void> {
  if (tabId === undefined) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    if (active?.id === undefined) return;
    tabId = active.id;
  }
  const result = await saveTab(tabId, env);
  if (result.ok) await setBadge(tabId, 'saved', result.clip.title);
  else await setBadge(tabId, 'error', result.message);
}
