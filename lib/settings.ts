import { storage } from 'wxt/utils/storage';

/** How many key sentences the summary has (1–7). */
export const summarySentences = storage.defineItem<number>('local:summarySentences', { fallback: 3, version: 1 });

/**
 * Whether pages from private (incognito) windows may be saved. Off by default: a clip taken in a
 * private window would otherwise land in the normal profile's library.
 */
export const savePrivateClips = storage.defineItem<boolean>('local:savePrivateClips', { fallback: false, version: 1 });

/** Clamp a stored or typed summary length to what the summarizer supports. */
export function clampSummarySentences(n: number): number {
  return Number.isFinite(n) ? Math.min(7, Math.max(1, Math.round(n))) : 3;
}

/** When the whole library was last backed up (epoch ms, 0 = never): the library reminds after 30 days. */
export const lastBackupAt = storage.defineItem<number>('local:lastBackupAt', { fallback: 0, version: 1 });

/** The reader's typography and colours, chosen once for every clip. */
export interface ReaderPrefs {
  font: 'serif' | 'sans';
  /** Text size in px. */
  size: number;
  lineHeight: number;
  /** Column width in em. */
  width: number;
  theme: 'system' | 'light' | 'dark' | 'sepia';
}

export const DEFAULT_READER_PREFS: ReaderPrefs = { font: 'serif', size: 19, lineHeight: 1.7, width: 38, theme: 'system' };

export const readerPrefs = storage.defineItem<ReaderPrefs>('local:readerPrefs', { fallback: DEFAULT_READER_PREFS, version: 1 });

/** Bring stored or typed preferences within the ranges the reader offers (a bad value never breaks reading). */
export function clampReaderPrefs(p: Partial<ReaderPrefs>): ReaderPrefs {
  const num = (v: unknown, lo: number, hi: number, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback);
  return {
    font: p.font === 'sans' ? 'sans' : 'serif',
    size: num(p.size, 14, 28, DEFAULT_READER_PREFS.size),
    lineHeight: num(p.lineHeight, 1.3, 2.2, DEFAULT_READER_PREFS.lineHeight),
    width: num(p.width, 28, 60, DEFAULT_READER_PREFS.width),
    theme: p.theme === 'light' || p.theme === 'dark' || p.theme === 'sepia' ? p.theme : 'system',
  };
}
