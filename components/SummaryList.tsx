import { t } from '@/lib/i18n/t';

export interface SummaryListProps {
  sentences: string[];
  label?: string;
}

/** The key sentences of an article. */
export function SummaryList({ sentences, label = t('keyPoints') }: SummaryListProps) {
  if (!sentences.length) return null;
  return (
    <section aria-label={label}>
      <ul class="summary">
        {sentences.map((s, i) => (
          <li key={i} dir="auto">{s}</li>
        ))}
      </ul>
    </section>
  );
}
