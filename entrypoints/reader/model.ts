import { signal } from '@preact/signals';
import { clipDB, openLibrary, type ClipDB } from '@/lib/clips/db';
import { getClip, getImages, updateClip } from '@/lib/clips/repository';
import type { Clip, ClipImage } from '@/lib/clips/types';

export type ReaderState = { kind: 'loading' } | { kind: 'missing'; message: string } | { kind: 'ready'; clip: Clip; images: ClipImage[] };

/** One saved clip, read from the library only (no network). */
export function createReaderModel(id: string | null, db: ClipDB = clipDB()) {
  const state = signal<ReaderState>({ kind: 'loading' });

  async function load(): Promise<void> {
    if (!id) {
      state.value = { kind: 'missing', message: 'No clip was named. Open one from your library.' };
      return;
    }
    const opened = await openLibrary(db);
    if (!opened.ok) {
      state.value = { kind: 'missing', message: opened.message };
      return;
    }
    const clip = await getClip(db, id);
    if (!clip) {
      state.value = { kind: 'missing', message: 'This clip is not in your library any more (it may have been deleted).' };
      return;
    }
    state.value = { kind: 'ready', clip, images: await getImages(db, id) };
    if (!clip.meta.read) await updateClip(db, id, { read: 1 });
  }

  return { state, load };
}

export type ReaderModel = ReturnType<typeof createReaderModel>;
