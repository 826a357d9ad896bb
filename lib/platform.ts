import { browser } from 'wxt/browser';

/**
 * What differs between Chromium and Firefox, in one place. The rest of Brief is written once: `wxt/browser` gives the
 * promise-based `browser.*` in both, and the background is stateless between events, so it runs the same as
 * Chromium's service worker and Firefox's event page (WXT emits one or the other). Chrome's on-device Summarizer API
 * is absent in Firefox; lib/ai/summarizer.ts reads it from the global and reports "unsupported" there.
 */

/**
 * The clip shortcut. Neither browser binds Alt+Shift+letter (Firefox's own keys use Ctrl/⌘ or Alt alone, per its
 * browser keyset), and on a Mac Option+Shift+S would type "Í", so macOS gets Control+Shift+S.
 */
export const CLIP_SHORTCUT = { default: 'Alt+Shift+S', mac: 'MacCtrl+Shift+S' } as const;

/** Firefox identifies add-ons by this id; it stays fixed so updates and the library's storage carry over. */
export const GECKO_ID = 'brief@brief-clipper.example';

type CommandsWithEditor = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

/** Firefox (137+) opens its shortcut editor itself; Chromium lists shortcuts on a page an extension may open (a link may not). */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as CommandsWithEditor;
  if (commands.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
