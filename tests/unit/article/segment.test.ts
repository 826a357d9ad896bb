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

describe('page languages that are not valid language tags', () => {
  it.each(['en_US', 'english', '!!', 'x', ' de-DE '])('segments with lang %j instead of throwing', (lang) => {
    expect(splitSentences('The bridge reopened on Tuesday. Buses return next week.', lang)).toEqual(['The bridge reopened on Tuesday.', 'Buses return next week.']);
  });

  it('uses each page language, not the first one it met', () => {
    // The segmenter used to be created once, with whatever language came first.
    expect(splitSentences('今日は晴れです。明日は雨です。', 'ja')).toEqual(['今日は晴れです。', '明日は雨です。']);
    expect(splitSentences('It rained. It cleared.', 'en')).toEqual(['It rained.', 'It cleared.']);
  });
});
