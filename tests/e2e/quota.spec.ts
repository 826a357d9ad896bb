import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serveDir } from '../../scripts/lib/browser';
import { photoPage, tempSite, writeFakeJpeg } from '../../scripts/lib/photo-page';
import { expect, storedRows, tabIdOf, test } from './fixtures';

test('a full disk refuses the save with a clear message, harms nothing saved, and the next save works', async ({ context, serviceWorker, site, openExtensionPage }) => {
  const dir = tempSite('brief-quota-');
  const photos = await serveDir(dir);
  try {
    for (let k = 0; k < 4; k++) writeFakeJpeg(path.join(dir, `p${k}.jpg`), 400_000, k + 1);
    writeFileSync(path.join(dir, 'story.html'), photoPage(Array.from({ length: 4 }, (_, k) => ({ src: `/p${k}.jpg`, alt: `Photo ${k + 1}` }))));

    // One clip already in the library.
    const first = await context.newPage();
    await first.goto(`${site.url}/second-article.html`);
    let popup = await openExtensionPage(`popup.html?tabId=${await tabIdOf(serviceWorker, first)}`);
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByText('Saved to your library')).toBeVisible();
    const before = { clips: await storedRows(serviceWorker, 'clips'), bodies: await storedRows(serviceWorker, 'bodies') };

    // The disk fills up. Chromium's quota override (CDP) does not bind an extension with unlimitedStorage, so the
    // failure is injected where the browser raises it: IndexedDB writes in Brief's service worker now fail with the
    // QuotaExceededError a full disk gives.
    await serviceWorker.evaluate(() => {
      const g = globalThis as unknown as { __put?: typeof IDBObjectStore.prototype.put };
      g.__put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'bodies') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return g.__put!.apply(this, args);
      };
    });

    const story = await context.newPage();
    await story.goto(`${photos.url}/story.html`);
    popup = await openExtensionPage(`popup.html?tabId=${await tabIdOf(serviceWorker, story)}`);
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByRole('alert')).toContainText('storage full');
    expect(await storedRows(serviceWorker, 'clips')).toEqual(before.clips);
    expect(await storedRows(serviceWorker, 'bodies')).toEqual(before.bodies);
    expect(await storedRows(serviceWorker, 'images')).toEqual([]);

    // Space again: the same save goes through, and the library is writable as before.
    await serviceWorker.evaluate(() => {
      IDBObjectStore.prototype.put = (globalThis as unknown as { __put: typeof IDBObjectStore.prototype.put }).__put;
    });
    await popup.reload();
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByText('Saved to your library')).toBeVisible();
    expect(await storedRows(serviceWorker, 'clips')).toHaveLength(2);
    expect(await storedRows(serviceWorker, 'images')).toHaveLength(4);
  } finally {
    await photos.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
