/** Comparisons for metadata fields, shared by the dates/metadata evaluation. */

export const normText = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** Same title, ignoring case, quote styles and spacing. */
export function sameTitle(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && normText(a) === normText(b);
}

function nameTokens(s: string): Set<string> {
  return new Set(
    normText(s)
      .replace(/^by\s+/, '')
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter((t) => t.length > 1 && t !== 'and' && t !== 'und' && t !== 'by' && t !== 'et'),
  );
}

/** Same author(s): the sets of name words overlap by at least 80% (Jaccard), so "A, B and C" matches "A, B, C". */
export function sameAuthor(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = nameTokens(a);
  const y = nameTokens(b);
  const inter = Array.from(x).filter((t) => y.has(t)).length;
  const union = new Set([...x, ...y]).size;
  return union > 0 && inter / union >= 0.8;
}

/** The calendar day a date states (its own wall clock), e.g. "2019-10-16". */
export const dayOf = (iso: string | null | undefined) => (iso ? /^(\d{4}-\d{2}-\d{2})/.exec(iso)?.[1] ?? null : null);

/**
 * An answer on the same day as a truth given as a UTC instant (postlight's truths are converted to UTC). Instants
 * compare by their UTC day. A date-only answer names a day in the page's own zone, which the truth does not keep: it
 * is right when the truth's instant falls on that calendar day somewhere (UTC-12 to UTC+14), as the dataset's notes
 * advise instead of comparing strings.
 */
export function sameDayAsUtc(answer: string | null | undefined, truth: string | null | undefined): boolean {
  if (!answer || !truth) return false;
  const t = Date.parse(truth);
  if (/T\d{2}:\d{2}/.test(answer)) return new Date(Date.parse(answer)).toISOString().slice(0, 10) === new Date(t).toISOString().slice(0, 10);
  const day = Date.parse(`${dayOf(answer)}T00:00:00Z`);
  const hour = 3_600_000;
  return t >= day - 14 * hour && t < day + 36 * hour;
}

/** Same instant within a minute; when either side has no time, the same day. */
export function sameMinute(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (!/T\d{2}:\d{2}/.test(a) || !/T\d{2}:\d{2}/.test(b)) return dayOf(a) === dayOf(b);
  // A time without an offset is read as UTC (what the truth does for such pages).
  const t = (s: string) => Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(s) ? s : `${s}Z`);
  return Math.abs(t(a) - t(b)) < 60_000;
}

/** Same image: same host and path (query strings often carry sizes or cache keys). */
export function sameImage(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.host.replace(/^www\./, '') === y.host.replace(/^www\./, '') && decodeURI(x.pathname) === decodeURI(y.pathname);
  } catch {
    return false;
  }
}
