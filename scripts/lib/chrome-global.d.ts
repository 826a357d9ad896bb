import type { browser } from 'wxt/browser';

declare global {
  /** The `chrome` global inside code evaluated in extension contexts by Playwright. */
  const chrome: typeof browser;
}
