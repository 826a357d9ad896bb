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
