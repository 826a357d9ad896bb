import type { RowPosition } from '@/components/VirtualList';
import type { ClipMeta } from '@/lib/clips/types';
import { formatMoment, formatPageDate } from '@/lib/ui/time-format';
import { t } from '@/lib/i18n/t';

export interface ClipActions {
  onSelect: (id: string, selected: boolean) => void;
  onDelete: (id: string) => void;
  onFavourite: (id: string, on: boolean, title: string) => void;
  onArchive: (id: string, on: boolean, title: string) => void;
  onRead: (id: string, on: boolean, title: string) => void;
  onAddTag: (id: string, tag: string) => void;
  onRemoveTag: (id: string, tag: string) => void;
}

export interface ClipListItemProps extends ClipActions {
  clip: ClipMeta;
  readerUrl: string;
  selected: boolean;
  /** Search snippet parts, when the list shows search results. */
  snippet?: { text: string; hit: boolean }[];
  /** Place in a virtualised list. */
  position?: RowPosition;
  /** id of the <datalist> of known tags (autocomplete). */
  tagList: string;
}

/** One row of the library: open, select, favourite, archive, read state, tags, delete. */
export function ClipListItem({ clip, readerUrl, selected, snippet, position, tagList, ...on }: ClipListItemProps) {
  const published = clip.published ? formatPageDate(clip.published).absolute : null;
  const title = clip.title;
  const pending = clip.status === 'pending';
  return (
    <li class={`clip${clip.read ? ' read' : ''}${snippet ? ' with-snippet' : ''}`} {...position}>
      <input type="checkbox" checked={selected} aria-label={t('selectClip', { title })} onChange={(e) => on.onSelect(clip.id, e.currentTarget.checked)} />
      <div class="clip-main">
        <div class="clip-line">
          {/* A clip imported from another service has no text yet: it opens the page, where Brief can save it. dir=auto:
              a headline reads in its own direction inside a mirrored (Arabic) UI. */}
          <a class="clip-title" dir="auto" href={pending ? clip.url : readerUrl} target={pending ? '_blank' : undefined} rel={pending ? 'noopener noreferrer' : undefined}>{clip.title}</a>
          {pending && <span class="badge">{t('pendingBadge')}</span>}
        </div>
        <div class="small muted clip-line">
          {[clip.siteName, published && t('rowPublished', { date: published }), t('rowSaved', { date: formatMoment(clip.savedAt, false) }), clip.readingMinutes ? t('rowMinutes', { count: clip.readingMinutes }) : null].filter(Boolean).join(' · ')}
          {clip.tags.map((tag) => (
            <button key={tag} type="button" class="tag" aria-label={t('removeTagLabel', { tag, title })} title={t('removeTag')} onClick={() => on.onRemoveTag(clip.id, tag)}>
              #{tag}
            </button>
          ))}
        </div>
        {snippet && (
          <p class="snippet small" dir="auto">
            {snippet.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
          </p>
        )}
      </div>
      <div class="clip-actions">
        <form
          class="add-tag"
          onSubmit={(e) => {
            e.preventDefault();
            const input = e.currentTarget.elements.namedItem('tag') as HTMLInputElement;
            if (input.value.trim()) on.onAddTag(clip.id, input.value);
            input.value = '';
          }}
        >
          <input name="tag" list={tagList} placeholder={t('addTagPlaceholder')} aria-label={t('addTagLabel', { title })} size={7} />
        </form>
        <button type="button" class="icon" aria-pressed={clip.favourite === 1} aria-label={t('favouriteLabel', { title })} title={t('favourite')} onClick={() => on.onFavourite(clip.id, !clip.favourite, clip.title)}>
          {clip.favourite ? '★' : '☆'}
        </button>
        <button type="button" class="icon" aria-pressed={clip.read === 1} aria-label={t('readLabel', { title })} title={clip.read ? t('markUnread') : t('markRead')} onClick={() => on.onRead(clip.id, !clip.read, clip.title)}>
          {clip.read ? '◉' : '○'}
        </button>
        <button type="button" class="icon" aria-pressed={clip.archived === 1} aria-label={t('archiveLabel', { title })} title={clip.archived ? t('unarchive') : t('archive')} onClick={() => on.onArchive(clip.id, !clip.archived, clip.title)}>
          ⤓
        </button>
        <button type="button" class="icon delete" aria-label={t('deleteLabel', { title })} title={t('delete')} onClick={() => on.onDelete(clip.id)}>
          ✕
        </button>
      </div>
    </li>
  );
}
