import type { PageDate } from '@/lib/article/types';
import { durationWords, epochOf } from '@/lib/ui/time-format';
import { Timestamp } from '@/components/Timestamp';
import { t } from '@/lib/i18n/t';

export interface ArticleTimesProps {
  published: PageDate | null;
  modified: PageDate | null;
  locale?: string;
  now?: number;
}

/** "Published … · Updated … (3 hours later)", with a note when no time is known. */
export function ArticleTimes({ published, modified, locale, now }: ArticleTimesProps) {
  if (!published && !modified) return <p class="times">{t('timesUnknown')}</p>;
  const gap = published && modified ? epochOf(modified) - epochOf(published) : NaN;
  return (
    <p class="times">
      {published && <Timestamp label={t('timesPublished')} date={published} locale={locale} now={now} />}
      {modified && (
        <span>
          <Timestamp label={t('timesUpdated')} date={modified} locale={locale} now={now} />
          {gap > 60_000 && <span class="muted"> · {t('timesLater', { duration: durationWords(gap, locale) })}</span>}
        </span>
      )}
    </p>
  );
}
