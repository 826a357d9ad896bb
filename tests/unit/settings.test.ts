import { describe, expect, it } from 'vitest';
import { clampReaderPrefs, clampSummarySentences, DEFAULT_READER_PREFS, lastBackupAt, readerPrefs, savePrivateClips, summarySentences } from '@/lib/settings';

describe('settings', () => {
  it('defaults: 3 key sentences, private windows not saved', async () => {
    expect(await summarySentences.getValue()).toBe(3);
    expect(await savePrivateClips.getValue()).toBe(false);
  });

  it.each([
    [0, 1],
    [3.4, 3],
    [12, 7],
    [Number.NaN, 3],
  ])('clamps a summary length of %s to %s', (input, expected) => {
    expect(clampSummarySentences(input)).toBe(expected);
  });

  it('reader preferences default to serif, 19px, following the system, and a backup is never assumed', async () => {
    expect(await readerPrefs.getValue()).toEqual(DEFAULT_READER_PREFS);
    expect(DEFAULT_READER_PREFS).toMatchObject({ font: 'serif', size: 19, theme: 'system' });
    expect(await lastBackupAt.getValue()).toBe(0);
  });

  it('brings stored reader preferences back within range, whatever was stored', () => {
    expect(clampReaderPrefs({ font: 'comic' as never, size: 400, lineHeight: 0, width: Number.NaN, theme: 'neon' as never })).toEqual({
      font: 'serif',
      size: 28,
      lineHeight: 1.3,
      width: DEFAULT_READER_PREFS.width,
      theme: 'system',
    });
    expect(clampReaderPrefs({ font: 'sans', size: 16, lineHeight: 1.5, width: 44, theme: 'sepia' })).toEqual({ font: 'sans', size: 16, lineHeight: 1.5, width: 44, theme: 'sepia' });
  });
});
