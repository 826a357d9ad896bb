import { badgeOf, expect, pressShortcut, storedRows, tabIdOf, test } from './fixtures';

test('the shortcut, pressed as a real key, clips the page and confirms on the badge', async ({ context, serviceWorker, site }) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  expect(commands).toContainEqual(expect.objectContaining({ name: 'clip-article', shortcut: 'Alt+Shift+S' }));

  const page = await context.newPage();
  await page.goto(`${site.url}/second-article.html`);
  const tabId = await tabIdOf(serviceWorker, page);
  await expect.poll(() => badgeOf(serviceWorker, tabId)).toBe('\u2022');
  await page.bringToFront();
  await pressShortcut(page, 'Alt+Shift+S');

  await expect.poll(async () => (await storedRows<{ title: string }>(serviceWorker, 'clips')).map((r) => r.title)).toEqual(['Neue Brücke über die Elbe eröffnet']);
  await expect.poll(() => badgeOf(serviceWorker, tabId)).toBe('\u2713');
});

test('saved clips are listed, read offline with zero requests, deleted and restored', async ({ context, serviceWorker, site, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(`${site.url}/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html`);
  const tabId = await tabIdOf(serviceWorker, page);
  const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByText('Saved to your library')).toBeVisible();
  await page.close();

  // From here on, nothing may reach the network.
  const requests: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://')) requests.push(r.url());
  });
  const before = site.requests.length;

  const library = await openExtensionPage('options.html');
  const item = library.getByRole('link', { name: 'Diplomatic Moves: U.S. Envoy and Russia in Tense Talks' });
  await expect(item).toBeVisible();
  await item.click();
  await expect(library.getByRole('heading', { level: 1 })).toHaveText('Diplomatic Moves: U.S. Envoy and Russia in Tense Talks');
  await expect(library.locator('.article-body p').first()).toContainText('In a bid to renew diplomatic efforts');
  await expect(library.locator('.article-body')).not.toContainText('TRENDING');
  await expect(library.locator('.article-body img')).toHaveCount(0);
  expect(requests).toEqual([]);
  expect(site.requests.length).toBe(before);

  await library.goBack();
  await library.getByRole('button', { name: /^Delete “Diplomatic/ }).click();
  await expect(library.getByText('Deleted “Diplomatic')).toBeVisible();
  await expect(item).toHaveCount(0);
  await library.getByRole('button', { name: 'Undo' }).click();
  await expect(item).toBeVisible();
  expect(await storedRows(serviceWorker, 'clips')).toHaveLength(1);
});

test('search finds a word from deep in a body', async ({ context, serviceWorker, site, openExtensionPage }) => {
  for (const p of ['article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html', 'second-article.html']) {
    const page = await context.newPage();
    await page.goto(`${site.url}/${p}`);
    const popup = await openExtensionPage(`popup.html?tabId=${await tabIdOf(serviceWorker, page)}`);
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect(popup.getByText('Saved to your library')).toBeVisible();
  }
  const library = await openExtensionPage('options.html');
  await library.getByRole('searchbox').fill('Kushner');
  await expect(library.getByText('1 match', { exact: true })).toBeVisible();
  await expect(library.locator('mark').first()).toHaveText('Kushner');
  await library.getByRole('searchbox').fill('brucke');
  await expect(library.getByRole('link', { name: 'Neue Brücke über die Elbe eröffnet' })).toBeVisible();
});
