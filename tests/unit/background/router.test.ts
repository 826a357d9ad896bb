import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/background/router';
import { envelope } from '@/lib/messaging';

const ID = 'brief-id';
const ORIGIN = 'chrome-extension://brief-id/';

describe('handleMessage', () => {
  it('ignores messages from other extensions and foreign shapes', () => {
    expect(handleMessage(envelope('saveTab', { tabId: 1 }), { id: 'other', url: ORIGIN + 'popup.html' }, ID, ORIGIN)).toBeUndefined();
    expect(handleMessage({ type: 'saveTab', data: { tabId: 1 } }, { id: ID, url: ORIGIN + 'popup.html' }, ID, ORIGIN)).toBeUndefined();
  });

  it('refuses privileged requests that do not come from an extension page', () => {
    const fromPage = { id: ID, url: 'https://evil.example/', tab: { id: 3 } as never, frameId: 0 };
    expect(handleMessage(envelope('saveTab', { tabId: 3 }), fromPage, ID, ORIGIN)).toBeUndefined();
    expect(handleMessage(envelope('analyzeTab', { tabId: 3 }), fromPage, ID, ORIGIN)).toBeUndefined();
  });

  it('refuses malformed payloads', () => {
    const fromPopup = { id: ID, url: ORIGIN + 'popup.html' };
    expect(handleMessage(envelope('saveTab', { tabId: 'x' } as never), fromPopup, ID, ORIGIN)).toBeUndefined();
  });

  it('sets the badge of the sender tab only for detection reports', async () => {
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const sender = { id: ID, url: 'https://news.example/a', tab: { id: 7 } as never, frameId: 0 };
    await handleMessage(envelope('detected', { isArticle: true, score: 3 }), sender, ID, ORIGIN);
    expect(setText).toHaveBeenCalledWith({ tabId: 7, text: '\u2022' });
    await handleMessage(envelope('detected', { isArticle: false, score: 0 }), sender, ID, ORIGIN);
    expect(setText).toHaveBeenLastCalledWith({ tabId: 7, text: '' });
    const subframe = { ...sender, frameId: 2 };
    expect(handleMessage(envelope('detected', { isArticle: true, score: 3 }), subframe, ID, ORIGIN)).toBeUndefined();
  });
});
