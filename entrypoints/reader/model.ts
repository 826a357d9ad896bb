import { t } from '@/lib/i18n/t';
import { signal } from '@preact/signals';
import { clipDB, openLibrary, type ClipDB } from '@/lib/clips/db';
import { getClip, getImages, updateClip } from '@/lib/clips/repository';
import type { Clip, ClipImage, ClipVersion } from '@/lib/clips/types';
import { clampReaderPrefs, DEFAULT_READER_PREFS, readerPrefs, type ReaderPrefs } from '@/lib/settings';

export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'missing'; message: string }
  | { kind: 'ready'; clip: Clip; images: ClipImage[]; versions: ClipVersion[] };

/** Where j/k go: the clip saved just before or after this one, as the library lists them. */
export type Direction = 'older' | 'newer';

/** One saved clip, read from the library only (no network), with the reader's preferences and progress. */
export function createReaderModel(id: string | null, db: ClipDB = clipDB()) {
  const state = signal<ReaderState>({ kind: 'loading' });
  const prefs = signal<ReaderPrefs>(DEFAULT_READER_PREFS);

  async function load(): Promise<void> {
    prefs.value = clampReaderPrefs(await readerPrefs.getValue());
    if (!id) {
      state.value = { kind: 'missing', message: t('readerNoId') };
      return;
    }
    const opened = await openLibrary(db);
    if (!opened.ok) {
      state.value = { kind: 'missing', message: opened.message };
      return;
    }
    const clip = await getClip(db, id);
    if (!clip) {
      state.value = { kind: 'missing', message: t('readerGone') };
      return;
    }
    const [images, versions] = await Promise.all([getImages(db, id), db.versions.where('clipId').equals(id).reverse().sortBy('savedAt')]);
    state.value = { kind: 'ready', clip, images, versions };
    if (!clip.meta.read) await updateClip(db, id, { read: 1 });
  }

  async function setPrefs(patch: Partial<ReaderPrefs>): Promise<void> {
    prefs.value = clampReaderPrefs({ ...prefs.value, ...patch });
    await readerPrefs.setValue(prefs.value);
  }

  /** Remember how far the clip was read (0..1), so it reopens there. */
  async function saveProgress(progress: number): Promise<void> {
    const s = state.value;
    if (s.kind !== 'ready' || !Number.isFinite(progress)) return;
    await updateClip(db, s.clip.meta.id, { progress: Math.min(1, Math.max(0, progress)) });
  }

  /** The id of the neighbouring clip in saved order, or null at either end. */
  async function neighbour(direction: Direction): Promise<string | null> {
    const s = state.value;
    if (s.kind !== 'ready') return null;
    const at = s.clip.meta.savedAt;
    const next = direction === 'older' ? await db.clips.where('savedAt').below(at).last() : await db.clips.where('savedAt').above(at).first();
    return next?.id ?? null;
  }

  return { state, prefs, load, setPrefs, saveProgress, neighbour };
}

export type ReaderModel = ReturnType<typeof createReaderModel>;
