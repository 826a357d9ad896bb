import type { Browser } from 'wxt/browser';
import type { Detection } from '@/lib/article/types';
import { setBadge } from '@/lib/background/badge';
import { analyzeTab, saveTab } from '@/lib/background/clip-tab';
import { isEnvelope, type Envelope } from '@/lib/messaging';

function isTabRequest(data: unknown): data is { tabId: number } {
  return typeof data === 'object' && data !== null && Number.isInteger((data as { tabId?: unknown }).tabId);
}

function isDetection(data: unknown): data is Detection {
  const d = data as Partial<Detection> | null;
  return typeof d === 'object' && d !== null && typeof d.isArticle === 'boolean' && typeof d.score === 'number';
}

/**
 * The background's message table. Every message is checked: it must be ours, come from this
 * extension, and have the expected shape. Content-script messages act on the sender's own tab only;
 * popup requests must come from an extension page.
 */
export function handleMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): Promise<unknown> | undefined {
  if (sender.id !== extensionId || !isEnvelope(message)) return undefined;
  const msg: Envelope = message;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  switch (msg.type) {
    case 'detected': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0 || !isDetection(msg.data)) return undefined;
      return setBadge(tabId, msg.data.isArticle ? 'article' : 'none');
    }
    case 'analyzeTab':
      return fromExtensionPage && isTabRequest(msg.data) ? analyzeTab(msg.data.tabId) : undefined;
    case 'saveTab':
      return fromExtensionPage && isTabRequest(msg.data) ? saveTab(msg.data.tabId) : undefined;
    default:
      return undefined;
  }
}
