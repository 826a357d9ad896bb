import type { Page } from '@playwright/test';

/** The popup, opened as a tab aimed at another tab (`popup.html?tabId=N`), as user-level actions. */
export function popupPage(page: Page) {
  return {
    page,
    headline: () => page.getByRole('heading', { level: 1 }),
    keyPoints: () => page.getByRole('region', { name: 'Key points' }).getByRole('listitem'),
    published: () => page.locator('.timestamp', { hasText: 'Published' }),
    updated: () => page.locator('.timestamp', { hasText: 'Updated' }),
    status: () => page.getByRole('status').or(page.getByRole('alert')),
    save: () => page.getByRole('button', { name: /^(Save|Save again|Clip anyway)$/ }).click(),
  };
}
