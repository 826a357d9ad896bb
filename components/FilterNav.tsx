import type { LibraryFilter } from '@/lib/clips/library-query';
import { t } from '@/lib/i18n/t';

export interface FilterNavProps {
  current: LibraryFilter;
  counts: Record<string, number>;
  sites: { site: string; n: number }[];
  tags: string[];
  onChoose: (filter: LibraryFilter) => void;
}

const same = (a: LibraryFilter, b: LibraryFilter) =>
  a.kind === b.kind && (a.kind !== 'site' || a.site === (b as typeof a).site) && (a.kind !== 'tag' || a.tag === (b as typeof a).tag);

// Enough sites to cover most reading; the rest is a search away.
const SITES_SHOWN = 15;

/** The library's filters with their running counts: read state, favourites, archive, sites, tags. */
export function FilterNav({ current, counts, sites, tags, onChoose }: FilterNavProps) {
  const item = (filter: LibraryFilter, label: string, n: number) => (
    <li key={`${filter.kind}:${'site' in filter ? filter.site : 'tag' in filter ? filter.tag : ''}`}>
      <button type="button" class="filter" aria-current={same(current, filter) ? 'true' : undefined} onClick={() => onChoose(filter)}>
        <span>{label}</span> <span class="count">{n}</span>
      </button>
    </li>
  );
  return (
    <nav class="filters" aria-label={t('filtersLabel')}>
      <ul>
        {item({ kind: 'all' }, t('filterAll'), counts.all ?? 0)}
        {item({ kind: 'unread' }, t('filterUnread'), counts.unread ?? 0)}
        {item({ kind: 'read' }, t('filterRead'), (counts.all ?? 0) - (counts.unread ?? 0))}
        {item({ kind: 'favourite' }, t('filterFavourites'), counts.favourite ?? 0)}
        {item({ kind: 'archived' }, t('filterArchived'), counts.archived ?? 0)}
        {(counts.pending ?? 0) > 0 && item({ kind: 'pending' }, t('filterPending'), counts.pending ?? 0)}
      </ul>
      {tags.length > 0 && (
        <>
          <h2 class="small muted">{t('filterTags')}</h2>
          <ul>{tags.map((tag) => item({ kind: 'tag', tag }, `#${tag}`, counts[`tag:${tag}`] ?? 0))}</ul>
        </>
      )}
      {sites.length > 0 && (
        <>
          <h2 class="small muted">{t('filterSites')}</h2>
          <ul>{sites.slice(0, SITES_SHOWN).map(({ site, n }) => item({ kind: 'site', site }, site, n))}</ul>
        </>
      )}
    </nav>
  );
}
