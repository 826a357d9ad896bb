import type { PageDate } from '@/lib/article/types';
import { formatPageDate } from '@/lib/ui/time-format';

export interface TimestampProps {
  label: string;
  date: PageDate;
  locale?: string;
  now?: number;
}

/** One page date: the page's own wall-clock time, a relative time, and its source on hover. */
export function Timestamp({ label, date, locale, now }: TimestampProps) {
  const f = formatPageDate(date, locale, now);
  return (
    <span class="timestamp" title={f.source}>
      {label}{' '}
      <time dateTime={f.iso}>{f.absolute}</time>
      {f.relative && <span class="muted"> ({f.relative})</span>}
    </span>
  );
}
