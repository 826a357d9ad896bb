import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, ROOT, serveDir, storedRows, type StaticServer } from '../../scripts/lib/browser';

export { storedRows };

export interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Open a page of the extension (e.g. 'options.html') in a new tab. */
  openExtensionPage: (pathAndQuery: string) => Promise<Page>;
}

export interface WorkerFixtures {
  /** Local server for tests/fixtures/pages; `requests` records every path it was asked for. */
  site: StaticServer;
}

/** Chromium with the built extension in a fresh profile per test; fixture pages on 127.0.0.1. */
export const test = base.extend<ExtensionFixtures & { uiLanguage: string; ext: Awaited<ReturnType<typeof launchWithExtension>> }, WorkerFixtures>({
  // The browser's UI language for a test (`test.use({ uiLanguage: 'ar' })`).
  uiLanguage: ['en-US', { option: true }],
  site: [
    async ({}, use) => {
      const server = await serveDir(path.join(ROOT, 'tests/fixtures/pages'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ uiLanguage }, use) => {
    const ext = await launchWithExtension({ headless: process.env.HEADED !== '1', uiLanguage });
    await use(ext);
    await ext.close();
  },
  context: async ({ ext }, use) => use(ext.context),
  serviceWorker: async ({ ext }, use) => use(ext.serviceWorker),
  extensionId: async ({ ext }, use) => use(ext.extensionId),
  openExtensionPage: async ({ context, extensionId }, use) =>
    use(async (p) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${p}`);
      return page;
    }),
});

export { expect };

/** The tab id of a page, as the extension sees it. */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  const url = page.url();
  return serviceWorker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

export function badgeOf(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Press a shortcut through Chromium's real accelerator path (see toolchain guide §6). */
export async function pressShortcut(page: Page, shortcut: string): Promise<void> {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toUpperCase();
  const code = key.charCodeAt(0);
  const bits: Record<string, number> = { Alt: 1, Ctrl: 2, Control: 2, Meta: 4, Command: 4, Shift: 8 };
  const modifiers = parts.reduce((m, p) => m | (bits[p] ?? 0), 0);
  const cdp = await page.context().newCDPSession(page);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', { type, modifiers, key, code: `Key${key}`, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code });
  }
  await cdp.detach();
}
