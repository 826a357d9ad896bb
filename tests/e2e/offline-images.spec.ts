import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, serveDir } from '../../scripts/lib/browser';
import { expect, storedRows, tabIdOf, test } from './fixtures';

const PARAGRAPHS = [
  'The city council approved the new tram line on Tuesday after a debate that lasted most of the afternoon and drew a crowd of residents to the public gallery.',
  'Construction is due to start next spring. The line will connect the railway station with the university and the hospital, with eleven stops along the way.',
  'Opponents had argued that the money would be better spent on buses, which can change their routes as the city grows. The council rejected an amendment to that effect.',
  'The mayor said the vote was a turning point for the city and thanked the engineers who had prepared the plans over three years of consultation.',
];

/** A news page whose images come from its own origin, from another origin without CORS, and from a dead link. */
function photoPage(otherOrigin: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves tram line</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02T09:00:00+01:00"></head>
<body><article><h1>Council approves tram line</h1>
<p>${PARAGRAPHS[0]}</p>
<figure><img src="/same.png" alt="The council chamber" width="32" height="32"><figcaption>The council chamber during the vote.</figcaption></figure>
<p>${PARAGRAPHS[1]}</p>
<figure><img src="${otherOrigin}/other.png" alt="The planned route" width="48" height="48"><figcaption>The planned route.</figcaption></figure>
<p>${PARAGRAPHS[2]}</p>
<figure><img src="/gone.png" alt="The old depot" width="40" height="40"><figcaption>The old depot.</figcaption></figure>
<p>${PARAGRAPHS[3]}</p></article></body></html>`;
}

test('images are copied when clipping and the reader shows them offline, with zero network requests', async ({ context, serviceWorker, openExtensionPage }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brief-photos-'));
  const server = await serveDir(dir);
  try {
    copyFileSync(path.join(ROOT, 'public/icon/32.png'), path.join(dir, 'same.png'));
    copyFileSync(path.join(ROOT, 'public/icon/48.png'), path.join(dir, 'other.png'));
    // Same server under another host name: another origin, and it sends no CORS headers.
    writeFileSync(path.join(dir, 'photo.html'), photoPage(server.url.replace('127.0.0.1', 'localhost')));

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
