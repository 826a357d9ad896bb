import { browser } from 'wxt/browser';
import { envelope, type MessageType, type Reply, type Request } from '@/lib/messaging';

/** Send one of our messages to the background. */
export async function sendToBackground<K extends MessageType>(type: K, data: Request<K>): Promise<Reply<K>> {
  return (await browser.runtime.sendMessage(envelope(type, data))) as Reply<K>;
}

/** Send one of our messages to the top frame of a tab. */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, data: Request<K>): Promise<Reply<K>> {
  return (await browser.tabs.sendMessage(tabId, envelope(type, data), { frameId: 0 })) as Reply<K>;
}
