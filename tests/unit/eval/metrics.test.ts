import { describe, expect, it } from 'vitest';
import { bowScores, charScores, shingleCounts, shingleF1, snippetHits } from '@/scripts/eval/metrics';
import { wcxbRow, type WcxbTruth } from '@/scripts/eval/extraction';
import { sameDayAsUtc } from '@/scripts/eval/meta-compare';

describe('evaluation metrics', () => {
  it('bag-of-words scores are lowercased multiset overlaps', () => {
    expect(bowScores('The cat the CAT', 'the cat sat')).toEqual({ p: 0.5, r: 2 / 3, f1: (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3) });
    expect(bowScores('', 'x')).toEqual({ p: 0, r: 0, f1: 0 });
    expect(bowScores('', '')).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('character scores ignore spaces and punctuation', () => {
    expect(charScores('东京，奥运', '东京奥运会').f1).toBeCloseTo((2 * 1 * 0.8) / 1.8);
  });

  it('shingle counts normalise to one and average per page', () => {
    const same = shingleCounts('a b c d e', 'a b c d e');
    expect(same).toEqual({ tp: 1, fp: 0, fn: 0 });
    const half = shingleCounts('a b c d e', 'a b c d x');
    expect(half.tp).toBeCloseTo(1 / 3);
    expect(shingleF1([same, half]).p).toBeCloseTo((1 + 0.5) / 2);
  });

  it('snippets match after whitespace normalisation', () => {
    expect(snippetHits('Hello\n  World and more', ['hello world', 'absent'], true)).toBe(1);
    expect(snippetHits('Hello World', ['hello world'], false)).toBe(0);
  });

  it('fold typography on both sides only when asked: quotes, dashes, ellipses, Markdown marks', () => {
    const page = 'Beans aren’t a staple — yet… Prices rose 2020–2024.\nLead like a cyber advisor\nUnitedHealthcare For-Profit';
    const snippets = ["Beans aren't a staple - yet...", 'rose 2020-2024', '- Lead like a cyber advisor', '| UnitedHealthcare | For-Profit |'];
    expect(snippetHits(page, snippets, true)).toBe(0);
    expect(snippetHits(page, snippets, true, true)).toBe(4);
    expect(snippetHits(page, ['aren’t a staple', 'not there'], true, true)).toBe(1);
  });
});

describe('WCXB page scores', () => {
  const truth = { main_content: 'Big Headline\n\nThe body says this.', with: ['Big Headline', 'the body says'], without: ['Subscribe now'] } as WcxbTruth;

  it('look for snippets in the title shown above the body, and score words on the body alone', () => {
    const row = wcxbRow('The body says this.', truth, 'Big Headline');
    expect(row.must).toBe(1);
    expect(row.r).toBeLessThan(1);
    expect(wcxbRow('The body says this.', truth).must).toBe(0.5);
  });

  it('count boilerplate in the title too', () => {
    expect(wcxbRow('The body says this.', truth, 'Subscribe now').mustNot).toBe(1);
  });
});

describe('published day against a UTC truth', () => {
  it('compares instants by their UTC day', () => {
    expect(sameDayAsUtc('2016-10-02T19:30:57-07:00', '2016-10-03T02:30:57.000Z')).toBe(true);
    expect(sameDayAsUtc('2016-12-23T00:47:31Z', '2016-12-22T23:47:00.000Z')).toBe(false);
  });

  it('takes a date-only answer as that day in some time zone, not a day either side', () => {
    // Midnight in Tokyo is 15:00 UTC the day before.
    expect(sameDayAsUtc('2019-04-04', '2019-04-03T15:00:00.000Z')).toBe(true);
    expect(sameDayAsUtc('2019-04-04', '2019-04-04T20:00:00.000Z')).toBe(true);
    expect(sameDayAsUtc('2019-04-04', '2019-04-03T09:00:00.000Z')).toBe(false);
    expect(sameDayAsUtc('2019-04-04', '2019-04-05T13:00:00.000Z')).toBe(false);
    expect(sameDayAsUtc(null, '2019-04-05T13:00:00.000Z')).toBe(false);
  });
});
