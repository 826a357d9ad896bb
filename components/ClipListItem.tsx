import type { ClipMeta } from '@/lib/clips/types';
import { formatPageDate } from '@/lib/ui/time-format';

export interface ClipListItemProps {
  clip: ClipMeta;
  readerUrl: string;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onDelete: (id: string) => void;
  /** Search snippet parts, when the list shows search results. */
  snippet?: { text: string; hit: boolean }[];
}

/** One row of the library. */
export function ClipListItem({ clip, readerUrl, selected, onSelect, onDelete, snippet }: ClipListItemProps) {
  const published = clip.published ? formatPageDate(clip.published).absolute : null;
  return (
    <li class={`clip${clip.read ? ' read' : ''}`}>
      <input type="checkbox" checked={selected} aria-label={`Select “${clip.title}”`} onChange={(e) => onSelect(clip.id, e.currentTarget.checked)} />
      <div class="clip-main">
        <a class="clip-title" href={readerUrl}>{clip.title}</a>
        {clip.status === 'pending' && <span class="badge">not yet saved</span>}
        <div class="small muted">
          {[clip.siteName, published && `published ${published}`, `saved ${new Date(clip.savedAt).toLocaleString()}`].filter(Boolean).join(' · ')}
          {clip.tags.length > 0 && <span> · {clip.tags.map((t) => `#${t}`).join(' ')}</span>}
        </div>
        {snippet && (
          <p class="snippet small">
            {snippet.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
          </p>
        )}
      </div>
      <button type="button" class="delete" aria-label={`Delete “${clip.title}”`} onClick={() => onDelete(clip.id)}>
        Delete
      </button>
    </li>
  );
}
