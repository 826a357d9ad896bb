import { browser } from 'wxt/browser';

export type BadgeState = 'none' | 'article' | 'saved' | 'error';

const LOOK: Record<BadgeState, { text: string; color: string; title: string }> = {
  none: { text: '', color: '#000000', title: 'Brief' },
  article: { text: '\u2022', color: '#2563eb', title: 'Brief \u2014 article detected: click to clip' },
  saved: { text: '\u2713', color: '#15803d', title: 'Brief \u2014 saved' },
  error: { text: '!', color: '#b91c1c', title: 'Brief \u2014 could not clip' },
};

/** Mark the toolbar icon of a tab. `detail` extends the tooltip (e.g. the reason of an error). */
export async function setBadge(tabId: number, state: BadgeState, detail?: string): Promise<void> {
  const look = LOOK[state];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: detail ? `${look.title}: ${detail}` : look.title }),
  ]);
}
