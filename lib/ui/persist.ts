/**
 * Ask the browser to keep the library's storage through storage pressure. `persist()` exists only in window
 * contexts (not the service worker), so extension pages call this: the popup when a clip is saved, the library
 * when it opens. With `unlimitedStorage` Chromium grants it without a prompt; Firefox may ask the user once.
 * Returns whether storage is persistent; false where the API is missing.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
