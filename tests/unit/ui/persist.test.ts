import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '@/lib/ui/persist';

const fakeStorage = (persisted: boolean, grant: boolean) =>
  ({ persisted: vi.fn(async () => persisted), persist: vi.fn(async () => grant) }) as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };

describe('requestPersistentStorage', () => {
  it('asks only when storage is not persistent yet, and reports the answer', async () => {
    const already = fakeStorage(true, false);
    expect(await requestPersistentStorage(already)).toBe(true);
    expect(already.persist).not.toHaveBeenCalled();
    const refused = fakeStorage(false, false);
    expect(await requestPersistentStorage(refused)).toBe(false);
    expect(refused.persist).toHaveBeenCalledOnce();
    expect(await requestPersistentStorage(fakeStorage(false, true))).toBe(true);
  });

  it('is false where the API is missing (service worker, old browsers)', async () => {
    expect(await requestPersistentStorage({} as StorageManager)).toBe(false);
  });
});
