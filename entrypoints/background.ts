import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { clipTabFromShortcut, COMMANDS, CONTEXT_MENU_ID } from '@/lib/background/commands';
import { handleMessage } from '@/lib/background/router';
import { t } from '@/lib/i18n/t';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) =>
    handleMessage(message, sender, browser.runtime.id, browser.runtime.getURL('/')),
  );

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMANDS.clipArticle) void clipTabFromShortcut(tab?.id);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CONTEXT_MENU_ID, title: t('menuClipPage'), contexts: ['page'] });
    // Ask once that the library is never evicted under storage pressure.
    void navigator.storage?.persist?.();
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CONTEXT_MENU_ID) void clipTabFromShortcut(tab?.id);
  });
});
