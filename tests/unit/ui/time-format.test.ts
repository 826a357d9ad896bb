import { describe, expect, it } from 'vitest';
import type { PageDate } from '@/lib/article/types';
import { durationWords, formatPageDate, relativeTime } from '@/lib/ui/time-format';

const seed: PageDate = { iso: '2026-01-21T16:09:00+05:30', raw: 'Updated: 21-01-2026 16:09 IST', source: 'text', confidence: 0.75, hasTime: true };

describe('formatPageDate', () => {
  it("keeps the page's wall-clock time and its own zone name", () => {
    const f = formatPageDate(seed, 'en-GB', Date.parse('2026-01-21T13:39:00Z'));
    expect(f.absolute).toBe('21 Jan 2026, 16:09 IST');
    expect(f.relative).toBe('3 hours ago');
    expect(f.source).toBe('from text: \u201cUpdated: 21-01-2026 16:09 IST\u201d');
  });

  it('labels a numeric offset when the page gave no zone name', () => {
    const meta: PageDate = { ...seed, raw: '2026-01-21T16:09:00+05:30', source: 'meta' };
    expect(formatPageDate(meta, 'en-GB').absolute).toBe('21 Jan 2026, 16:09 UTC+5:30');
    expect(formatPageDate({ ...meta, iso: '2026-01-21T10:00:00-05:00' }, 'en-US').absolute).toBe('Jan 21, 2026, 10:00 AM UTC-5');
  });

  it('shows only the day for a date-only value, in the reader\u2019s language', () => {
    const day: PageDate = { iso: '2019-10-16', raw: '16. Oktober 2019', source: 'text', confidence: 0.6, hasTime: false };
    expect(formatPageDate(day, 'de-DE').absolute).toBe('16.10.2019');
    expect(formatPageDate(day, 'en-GB').absolute).toBe('16 Oct 2019');
  });
});

describe('relative times', () => {
  it.each([
    [-3 * 3_600_000, 'en', '3 hours ago'],
    [-86_400_000, 'en', 'yesterday'],
    [-2 * 86_400_000, 'de', 'vorgestern'],
    [-30_000, 'en', 'this minute'],
  ])('%i ms in %s is "%s"', (diff, locale, expected) => {
    expect(relativeTime(diff, locale)).toBe(expected);
  });

  it('says how much later an update came', () => {
    expect(durationWords(3 * 3_600_000, 'en')).toBe('3 hours');
    expect(durationWords(90_000, 'en')).toBe('2 minutes');
  });
});
