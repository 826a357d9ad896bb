import { describe, expect, it } from 'vitest';
import { clampSummarySentences, savePrivateClips, summarySentences } from '@/lib/settings';

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
});
