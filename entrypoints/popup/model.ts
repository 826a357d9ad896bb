import { t } from '@/lib/i18n/t';
import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { ExtractedArticle } from '@/lib/article/types';
import type { ChangesSinceSaved } from '@/lib/clips/repository';
import type { ClipMeta } from '@/lib/clips/types';
import type { SavedImages, TabFailure } from '@/lib/messaging';
import { sendToBackground } from '@/lib/messaging-client';
import { requestPersistentStorage } from '@/lib/ui/persist';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'failed'; failure: TabFailure }
  | { kind: 'ready'; article: ExtractedArticle; saved: ClipMeta | null; changes: ChangesSinceSaved | null };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; clip: ClipMeta; updated: boolean; changed: boolean; images: SavedImages }
  | { kind: 'failed'; message: string };

/** The popup's state and actions. `?tabId=N` aims it at tab N; otherwise the active tab. */
export function createPopupModel(params: URLSearchParams, send = sendToBackground) {
  const state = signal<PopupState>({ kind: 'loading' });
  const save = signal<SaveState>({ kind: 'idle' });
  let tabId: number | undefined;

  async function resolveTab(): Promise<number | undefined> {
    const fromUrl = Number(params.get('tabId'));
    if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  }

  async function load(): Promise<void> {
    tabId = await resolveTab();
    if (tabId === undefined) {
      state.value = { kind: 'failed', failure: { reason: 'no-tab', message: t('errNoPage') } };
      return;
    }
    const result = await send('analyzeTab', { tabId });
    state.value = result.ok ? { kind: 'ready', article: result.article, saved: result.saved, changes: result.changes } : { kind: 'failed', failure: result };
  }

  async function saveNow(): Promise<void> {
    if (tabId === undefined || save.value.kind === 'saving') return;
    save.value = { kind: 'saving' };
    const result = await send('saveTab', { tabId });
    save.value = result.ok ? { kind: 'saved', clip: result.clip, updated: result.updated, changed: result.changed, images: result.images } : { kind: 'failed', message: result.message };
    // The first save is the moment to ask the browser to keep the library through storage pressure.
    if (result.ok) void requestPersistentStorage();
  }

  const article = computed(() => (state.value.kind === 'ready' ? state.value.article : null));
  return { state, save, article, load, saveNow };
}

export type PopupModel = ReturnType<typeof createPopupModel>;
