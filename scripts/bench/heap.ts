import type { CDPSession } from '@playwright/test';

/**
 * A page's live memory after a full collection: the JS heap plus the backing stores of its ArrayBuffers, which
 * V8 keeps outside the heap (`usedSize` alone would report a packed index in typed arrays as almost free).
 */
export async function liveHeapBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}
