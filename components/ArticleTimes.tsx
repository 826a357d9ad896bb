import type { PageDate } from '@/lib/article/types';
import { durationWords, epochOf } from '@/lib/ui/time-format';
import { Timestamp } from '@/components/Timestamp';

export interface ArticleTimesProps {
  published: PageDate | null;
  modified: PageDate | null;
  locale?: string;
  now?: number;
}

/** "Published … · Updated … (3 hours later)", with a note when no time is known. */
export function ArticleTimes({ published, modified, locale, now }: ArticleTimesProps) {
  if (!published && !modified) return <p class="times">Publication time unknown</p>;
  const gap = published && modified ? epochOf(modified) - epochOf(published) : NaN;
  return (
    <p class="times">
      {published && <Timestamp label="Published" date={published} locale={locale} now={now} />}
      {modified && (
        <span>
          <Timestamp label="Updated" date={modified} locale={locale} now={now} />
          {gap > 60_000 && <span class="muted"> · {durationWords(gap, locale)} later</span>}
        </span>
      )}
    </p>
  );
}
