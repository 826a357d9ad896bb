import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/article/segment';
import { CASES } from '../../fixtures/segmentation/cases';

describe(`sentence segmentation (${CASES.length} tricky cases)`, () => {
  it('has at least 50 cases in several languages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((c) => c.lang)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES.map((c) => [c.lang, c.sentences.join(' '), c.sentences] as const))('%s: %s', (lang, paragraph, expected) => {
    expect(splitSentences(paragraph, lang)).toEqual(expected);
  });
});
