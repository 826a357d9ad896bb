import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/t';
import type { PlainKey } from '@/lib/i18n/locales/index';

export type BadgeState = 'none' | 'article' | 'saved' | 'error';

// Each state differs by symbol as well as colour, so it reads without colour vision.
const LOOK: Record<BadgeState, { text: string; color: string; title: PlainKey }> = {
  none: { text: '', color: '#000000', title: 'badgeNone' },
  article: { text: '\u2022', color: '#2563eb', title: 'badgeArticle' },
  saved: { text: '\u2713', color: '#15803d', title: 'badgeSaved' },
  error: { text: '!', color: '#b91c1c', title: 'badgeError' },
};

/** Mark the toolbar icon of a tab. `detail` extends the tooltip (e.g. the reason of an error). */
export async function setBadge(tabId: number, state: BadgeState, detail?: string): Promise<void> {
  const look = LOOK[state];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: detail ? t('badgeWithDetail', { state: t(look.title), detail }) : t(look.title) }),
  ]);
}
