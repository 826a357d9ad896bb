import { badgeOf, expect, storedRows, tabIdOf, test } from './fixtures';
import { popupPage } from './pages/popup';

const HEADLINE = 'Diplomatic Moves: U.S. Envoy and Russia in Tense Talks';

test('the badge marks an article page and not a front page or a product page', async ({ context, serviceWorker, site }) => {
  const article = await context.newPage();
  await article.goto(`${site.url}/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html`);
  const front = await context.newPage();
  await front.goto(`${site.url}/front-page.html`);
  const product = await context.newPage();
  await product.goto(`${site.url}/not-article.html`);

  const articleTab = await tabIdOf(serviceWorker, article);
  await expect.poll(() => badgeOf(serviceWorker, articleTab)).toBe('\u2022');
  expect(await badgeOf(serviceWorker, await tabIdOf(serviceWorker, front))).toBe('');
  expect(await badgeOf(serviceWorker, await tabIdOf(serviceWorker, product))).toBe('');
});

test('the popup shows headline, key points and both times, then saves the clip', async ({ context, serviceWorker, site, openExtensionPage }) => {
  const article = await context.newPage();
  await article.goto(`${site.url}/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html`);
  const tabId = await tabIdOf(serviceWorker, article);
  const popup = popupPage(await openExtensionPage(`popup.html?tabId=${tabId}`));

  await expect(popup.headline()).toHaveText(HEADLINE);
  await expect(popup.keyPoints()).toHaveCount(3);
  await expect(popup.keyPoints().first()).toContainText('In a bid to renew diplomatic efforts');
  await expect(popup.published()).toContainText(/(16:09|4:09\sPM) IST/);
  await expect(popup.updated()).toContainText(/(16:09|4:09\sPM) IST/);
  await expect(popup.published()).toHaveAttribute('title', /from text/);
  await expect(popup.page.locator('time').first()).toHaveAttribute('datetime', '2026-01-21T16:09:00+05:30');

  await popup.save();
  await expect(popup.status()).toContainText('Saved to your library');
  const rows = await storedRows<{ title: string; published: { iso: string }; modified: { iso: string } }>(serviceWorker, 'clips');
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ title: HEADLINE, published: { iso: '2026-01-21T16:09:00+05:30' }, modified: { iso: '2026-01-21T16:09:00+05:30' } });

  // Opening the popup again says it is saved and offers to update it.
  const again = popupPage(await openExtensionPage(`popup.html?tabId=${tabId}`));
  await expect(again.status()).toContainText('Saved on');
  await expect(again.page.getByRole('button', { name: 'Save again' })).toBeVisible();
});

test('a page that is not an article can still be clipped', async ({ context, serviceWorker, site, openExtensionPage }) => {
  const product = await context.newPage();
  await product.goto(`${site.url}/not-article.html`);
  const popup = popupPage(await openExtensionPage(`popup.html?tabId=${await tabIdOf(serviceWorker, product)}`));
  await expect(popup.status()).toContainText('does not look like a news article');
  await popup.page.getByRole('button', { name: 'Clip anyway' }).click();
  await expect(popup.page.getByText('Saved to your library')).toBeVisible();
});

test('a restricted page gets its message', async ({ context, serviceWorker, openExtensionPage }) => {
  const settings = await context.newPage();
  await settings.goto('chrome://version');
  const tabId = await serviceWorker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => !t.url || t.url.startsWith('chrome://'));
    return tab?.id ?? -1;
  });
  expect(tabId).toBeGreaterThan(0);
  const popup = popupPage(await openExtensionPage(`popup.html?tabId=${tabId}`));
  await expect(popup.status()).toContainText('Brief cannot read');
  await expect(popup.page.getByRole('button', { name: /Save|Clip/ })).toHaveCount(0);
});
