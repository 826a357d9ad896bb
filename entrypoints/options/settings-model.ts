import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { clampSummarySentences, lastBackupAt, savePrivateClips, summarySentences } from '@/lib/settings';
import { requestPersistentStorage } from '@/lib/ui/persist';
import { openShortcutSettings } from '@/lib/platform';

export interface StorageState {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** The settings section: storage, persistence, shortcut, summary length, private windows, backup reminder. */
export function createSettingsModel() {
  const storage = signal<StorageState>({ usage: null, quota: null, persisted: null });
  const shortcut = signal<string | null>(null);
  const sentences = signal(3);
  const privateClips = signal(false);
  const lastBackup = signal(0);

  async function refreshStorage(): Promise<void> {
    const s = navigator.storage;
    const estimate = s?.estimate ? await s.estimate() : {};
    storage.value = { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted: s?.persisted ? await s.persisted() : null };
  }

  async function load(): Promise<void> {
    const [commands, n, priv, backup] = await Promise.all([browser.commands.getAll(), summarySentences.getValue(), savePrivateClips.getValue(), lastBackupAt.getValue()]);
    shortcut.value = commands.find((c) => c.name === 'clip-article')?.shortcut || null;
    sentences.value = clampSummarySentences(n);
    privateClips.value = priv;
    lastBackup.value = backup;
    await refreshStorage();
    // Another page (the library's backup button) may record a backup while this one is open.
    lastBackupAt.watch((v) => (lastBackup.value = v ?? 0));
  }

  return {
    storage, shortcut, sentences, privateClips, lastBackup, load, refreshStorage,
    async persist() {
      await requestPersistentStorage();
      await refreshStorage();
    },
    async setSentences(n: number) {
      sentences.value = clampSummarySentences(n);
      await summarySentences.setValue(sentences.value);
    },
    async setPrivateClips(on: boolean) {
      privateClips.value = on;
      await savePrivateClips.setValue(on);
    },
    openShortcutSettings,
  };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
