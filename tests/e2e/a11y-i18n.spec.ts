import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { StaticServer } from '../../scripts/lib/browser';
import { expect, storedRows, tabIdOf, test } from './fixtures';

const ARTICLE = 'article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html';
const SCHEMES = ['light', 'dark'] as const;

/** axe-core's WCAG 2.x A/AA rules (contrast included) on the page as it is now; returns the violations. */
async function violations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations.map((v) => ({ where, rule: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

interface Texts {
  save: RegExp;
  saved: RegExp;
  library: string;
  settings: string;
  keyPoints: string;
}

/** Clip the article, then check popup, library, settings and reader in both colour schemes. */
interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  site: StaticServer;
  openExtensionPage: (p: string) => Promise<Page>;
}

async function checkAllPages(
  { context, serviceWorker, site, openExtensionPage }: Fixtures,
  texts: Texts,
  dir: 'ltr' | 'rtl',
  lang: string,
) {
  const page = await context.newPage();
  await page.goto(`${site.url}/${ARTICLE}`);
  const popup = await openExtensionPage(`popup.html?tabId=${await tabIdOf(serviceWorker, page)}`);
  const found: Awaited<ReturnType<typeof violations>> = [];

  await expect(popup.getByRole('button', { name: texts.save })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('dir', dir);
  await expect(popup.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
  await expect(popup.getByRole('region', { name: texts.keyPoints })).toBeVisible();
  for (const colorScheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme });
    found.push(...(await violations(popup, `popup ${colorScheme}`)));
  }
  // Keyboard only: the save button is reachable with Tab and works with Enter; the result is announced.
  await popup.emulateMedia({ colorScheme: 'light' });
  let guard = 0;
  while (!(await popup.getByRole('button', { name: texts.save }).evaluate((b) => b === document.activeElement)) && guard++ < 20) await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status').filter({ hasText: texts.saved })).toBeVisible();
  found.push(...(await violations(popup, 'popup after saving')));

  const [clip] = await storedRows<{ id: string }>(serviceWorker, 'clips');
  const library = await openExtensionPage('options.html');
  await expect(library.getByRole('heading', { level: 1 })).toHaveText(texts.library);
  await expect(library.locator('html')).toHaveAttribute('dir', dir);
  await expect(library.getByRole('list').getByRole('link')).toHaveCount(1);
  for (const colorScheme of SCHEMES) {
    await library.emulateMedia({ colorScheme });
    found.push(...(await violations(library, `library ${colorScheme}`)));
  }
  await library.goto(library.url().replace(/#.*$/, '') + '#settings');
  await expect(library.getByRole('heading', { level: 2, name: texts.settings })).toBeVisible();
  for (const colorScheme of SCHEMES) {
    await library.emulateMedia({ colorScheme });
    found.push(...(await violations(library, `settings ${colorScheme}`)));
  }

  const reader = await openExtensionPage(`reader.html?id=${clip.id}`);
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  // The UI follows the browser's language; the article keeps its own.
  await expect(reader.locator('html')).toHaveAttribute('dir', dir);
  await expect(reader.locator('article')).toHaveAttribute('lang', 'en');
  for (const colorScheme of SCHEMES) {
    await reader.emulateMedia({ colorScheme });
    found.push(...(await violations(reader, `reader ${colorScheme}`)));
  }
  await reader.locator('.prefs summary').click();
  found.push(...(await violations(reader, 'reader settings open')));
  for (const theme of ['sepia', 'dark'] as const) {
    await reader.locator(`input[name="theme"]`).nth(theme === 'sepia' ? 2 : 3).check();
    await expect(reader.locator('html')).toHaveAttribute('data-theme', theme);
    found.push(...(await violations(reader, `reader ${theme} theme`)));
  }
  expect(found).toEqual([]);
}

// Each test runs axe over four pages in several themes: about 27 s on a 2-core machine, too near the 30 s default.
test.describe.configure({ timeout: 90_000 });

test.describe('in English', () => {
  test('popup, library, settings and reader have no axe violations, light and dark, and work by keyboard', async ({ context, serviceWorker, site, openExtensionPage }) => {
    await checkAllPages({ context, serviceWorker, site, openExtensionPage }, { save: /^Save$/, saved: /Saved to your library/, library: 'Your library', settings: 'Settings', keyPoints: 'Key points' }, 'ltr', 'en');
  });
});

test.describe('in Arabic', () => {
  test.use({ uiLanguage: 'ar' });
  test('the UI is Arabic and mirrored, with no axe violations, light and dark', async ({ context, serviceWorker, site, openExtensionPage }) => {
    await checkAllPages({ context, serviceWorker, site, openExtensionPage }, { save: /^احفظ$/, saved: /حُفظت في مكتبتك/, library: 'مكتبتك', settings: 'الإعدادات', keyPoints: 'النقاط الرئيسية' }, 'rtl', 'ar');
  });
});

test.describe('in German', () => {
  test.use({ uiLanguage: 'de' });
  test('the UI is German, dates in German, with no axe violations, light and dark', async ({ context, serviceWorker, site, openExtensionPage }) => {
    await checkAllPages({ context, serviceWorker, site, openExtensionPage }, { save: /^Speichern$/, saved: /In deiner Bibliothek gespeichert/, library: 'Deine Bibliothek', settings: 'Einstellungen', keyPoints: 'Kernpunkte' }, 'ltr', 'de');
    const library = context.pages().find((p) => p.url().includes('options.html'))!;
    await library.goto(library.url().replace(/#.*$/, ''));
    // "gespeichert 25.11.2026"-style dates and the German filter names.
    await expect(library.getByRole('navigation', { name: 'Filter' }).getByRole('button', { name: /^Alle Clips 1$/ })).toBeVisible();
    await expect(library.getByText(/gespeichert \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
  });
});
