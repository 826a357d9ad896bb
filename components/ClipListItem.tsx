import type { RowPosition } from '@/components/VirtualList';
import type { ClipMeta } from '@/lib/clips/types';
import { formatPageDate } from '@/lib/ui/time-format';

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
  const pending = clip.status === 'pending';
  return (
    <li class={`clip${clip.read ? ' read' : ''}${snippet ? ' with-snippet' : ''}`} {...position}>
      <input type="checkbox" checked={selected} aria-label={`Select “${clip.title}”`} onChange={(e) => on.onSelect(clip.id, e.currentTarget.checked)} />
      <div class="clip-main">
        <div class="clip-line">
          {/* A clip imported from another service has no text yet: it opens the page, where Brief can save it. */}
          <a class="clip-title" href={pending ? clip.url : readerUrl} target={pending ? '_blank' : undefined} rel={pending ? 'noopener noreferrer' : undefined}>{clip.title}</a>
          {pending && <span class="badge">not yet saved — open to save</span>}
        </div>
        <div class="small muted clip-line">
          {[clip.siteName, published && `published ${published}`, `saved ${new Date(clip.savedAt).toLocaleDateString()}`, clip.readingMinutes ? `${clip.readingMinutes} min` : null].filter(Boolean).join(' · ')}
          {clip.tags.map((t) => (
            <button key={t} type="button" class="tag" aria-label={`Remove tag ${t} from “${clip.title}”`} title="Remove tag" onClick={() => on.onRemoveTag(clip.id, t)}>
              #{t}
            </button>
          ))}
        </div>
        {snippet && (
          <p class="snippet small">
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
          <input name="tag" list={tagList} placeholder="+ tag" aria-label={`Add a tag to “${clip.title}”`} size={7} />
        </form>
        <button type="button" class="icon" aria-pressed={clip.favourite === 1} aria-label={`Favourite “${clip.title}”`} title="Favourite" onClick={() => on.onFavourite(clip.id, !clip.favourite, clip.title)}>
          {clip.favourite ? '★' : '☆'}
        </button>
        <button type="button" class="icon" aria-pressed={clip.read === 1} aria-label={`Read “${clip.title}”`} title={clip.read ? 'Mark unread' : 'Mark read'} onClick={() => on.onRead(clip.id, !clip.read, clip.title)}>
          {clip.read ? '◉' : '○'}
        </button>
        <button type="button" class="icon" aria-pressed={clip.archived === 1} aria-label={`Archive “${clip.title}”`} title={clip.archived ? 'Unarchive' : 'Archive'} onClick={() => on.onArchive(clip.id, !clip.archived, clip.title)}>
          ⤓
        </button>
        <button type="button" class="icon delete" aria-label={`Delete “${clip.title}”`} title="Delete" onClick={() => on.onDelete(clip.id)}>
          ✕
        </button>
      </div>
    </li>
  );
}
