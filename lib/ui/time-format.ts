import type { PageDate } from '@/lib/article/types';
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '@/lib/i18n/intl';
import { t, uiLocale } from '@/lib/i18n/t';

export interface FormattedDate {
  /** Wall-clock time as the page states it, e.g. "21 Jan 2026, 16:09 IST". */
  absolute: string;
  /** "3 hours ago", in the reader's language. */
  relative: string;
  /** Where the date came from, for a tooltip ("from text: “Updated: …”"). */
  source: string;
  /** Machine-readable value for <time datetime>. */
  iso: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2}|Z)?)?/;

/** Epoch ms of a page date (a bare day counts as its UTC midnight). */
export function epochOf(date: PageDate): number {
  const t = Date.parse(date.hasTime ? date.iso : `${date.iso}T00:00:00Z`);
  return Number.isFinite(t) ? t : NaN;
}

function zoneLabel(date: PageDate, offset: string | undefined): string {
  // Keep the page's own abbreviation when it stated one ("16:09 IST").
  const abbr = /\b([A-Z]{2,5})\s*$/.exec(date.raw.trim())?.[1];
  if (abbr && date.source === 'text') return abbr;
  if (!offset) return '';
  if (offset === 'Z' || offset === '+00:00') return 'UTC';
  const [, sign, hh, mm] = /([+-])(\d{2}):(\d{2})/.exec(offset) ?? [];
  return `UTC${sign}${Number(hh)}${mm === '00' ? '' : `:${mm}`}`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago" / "in 2 days" for a difference in ms (negative = past). */
export function relativeTime(diffMs: number, locale: string = uiLocale()): string {
  const rtf = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) if (Math.abs(diffMs) >= ms) return rtf.format(Math.round(diffMs / ms), unit);
  return rtf.format(0, 'minute');
}

/** A duration in words ("3 hours"), for "updated 3 hours later". */
export function durationWords(ms: number, locale: string = uiLocale()): string {
  for (const [unit, size] of UNITS) {
    if (ms >= size) {
      const n = Math.round(ms / size);
      return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
    }
  }
  return numberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Math.max(1, Math.round(ms / 60_000)));
}

/** Format a page date in the reader's locale, keeping the page's own wall-clock time and offset. */
export function formatPageDate(date: PageDate, locale: string = uiLocale(), now: number = Date.now()): FormattedDate {
  const m = ISO.exec(date.iso);
  const source = t('timesSource', { source: date.source, raw: date.raw });
  if (!m) return { absolute: date.raw, relative: '', source, iso: date.iso };
  const [, y, mo, d, h, mi, , offset] = m;
  const wall = Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0));
  const dateOpts: Intl.DateTimeFormatOptions = date.hasTime
    ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeZone: 'UTC' };
  const wallText = dateTimeFormat(locale, dateOpts).format(wall);
  const zone = date.hasTime ? zoneLabel(date, offset) : '';
  const epoch = epochOf(date);
  return {
    absolute: zone ? `${wallText} ${zone}` : wallText,
    relative: Number.isFinite(epoch) ? relativeTime(epoch - now, locale) : '',
    source,
    iso: date.iso,
  };
}

/** A moment of Brief's own (saved, backed up) in the UI language: "21 Jan 2026, 16:09" or the day alone. */
export function formatMoment(ms: number, withTime = true, locale: string = uiLocale()): string {
  return dateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(ms);
}

/** A byte count in the UI language ("12.5 MB", "١٫٢ غيغابايت"). */
export function formatBytes(n: number, locale: string = uiLocale()): string {
  const [value, unit] = n < 1e9 ? [n / 1e6, 'megabyte'] : [n / 1e9, 'gigabyte'];
  return numberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
}
