import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, serveDir } from '../../scripts/lib/browser';
import { photoPage, tempSite } from '../../scripts/lib/photo-page';
import { expect, storedRows, tabIdOf, test } from './fixtures';

test('images are copied when clipping and the reader shows them offline, with zero network requests', async ({ context, serviceWorker, openExtensionPage }) => {
  const dir = tempSite('brief-photos-');
  const server = await serveDir(dir);
  try {
    copyFileSync(path.join(ROOT, 'public/icon/32.png'), path.join(dir, 'same.png'));
    copyFileSync(path.join(ROOT, 'public/icon/48.png'), path.join(dir, 'other.png'));
    // The same server under another host name is another origin, and it sends no CORS headers.
    const other = server.url.replace('127.0.0.1', 'localhost');
    writeFileSync(
      path.join(dir, 'photo.html'),
      photoPage([
        { src: '/same.png', alt: 'The council chamber' },
        { src: `${other}/other.png`, alt: 'The planned route' },
        { src: '/gone.png', alt: 'The old depot' },
      ]),
    );

    const page = await context.newPage();
    await page.goto(`${server.url}/photo.html`);
    const popup = await openExtensionPage(`popup.html?tabId=${await tabIdOf(serviceWorker, page)}`);
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByText('Saved to your library')).toBeVisible();
    await expect(popup.getByText('2 of 3 images saved for offline reading')).toBeVisible();
    await page.close();
    const images = await storedRows<{ url: string; type: string; bytes: number }>(serviceWorker, 'images');
    expect(images.map((i) => [i.url.replace(/:\d+/, ''), i.type])).toEqual([
      ['http://127.0.0.1/same.png', 'image/png'],
      ['http://localhost/other.png', 'image/png'],
    ]);

    // From here on, nothing may reach the network (blob: URLs of the extension's own origin are local).
    const requests: string[] = [];
    context.on('request', (r) => {
      if (!/^(chrome-extension|blob:chrome-extension):/.test(r.url())) requests.push(r.url());
    });
    const served = server.requests.length;
    const library = await openExtensionPage('options.html');
    await library.getByRole('link', { name: 'Council approves tram line' }).click();
    await expect(library.getByRole('heading', { level: 1 })).toHaveText('Council approves tram line');
    const shown = library.locator('.article-body img');
    await expect(shown).toHaveCount(2);
    await expect.poll(() => shown.evaluateAll((imgs) => imgs.map((i) => [(i as HTMLImageElement).src.slice(0, 5), (i as HTMLImageElement).naturalWidth]))).toEqual([
      ['blob:', 32],
      ['blob:', 48],
    ]);
    await expect(library.getByRole('link', { name: 'Image not saved offline: The old depot' })).toBeVisible();
    await expect(library.locator('.article-body figcaption')).toHaveCount(3);
    expect(requests).toEqual([]);
    expect(server.requests.length).toBe(served);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
