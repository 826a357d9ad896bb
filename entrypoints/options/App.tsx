import { browser } from 'wxt/browser';
import { ClipListItem } from '@/components/ClipListItem';
import { StatusMessage } from '@/components/StatusMessage';
import type { LibraryModel } from './model';

const readerUrl = (id: string) => `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;

function Toolbar({ model }: { model: LibraryModel }) {
  const n = model.selected.value.size;
  return (
    <div class="toolbar">
      <label class="search">
        <span class="visually-hidden">Search your clips</span>
        <input type="search" placeholder="Search headlines, sites, authors, text…" value={model.query.value} onInput={(e) => void model.runSearch(e.currentTarget.value)} />
      </label>
      <label class="small">
        Sort by{' '}
        <select value={model.sort.value} onChange={(e) => (model.sort.value = e.currentTarget.value === 'publishedAt' ? 'publishedAt' : 'savedAt')}>
          <option value="savedAt">saved</option>
          <option value="publishedAt">published</option>
        </select>
      </label>
      {n > 0 && (
        <button type="button" onClick={() => void model.remove(Array.from(model.selected.value))}>
          Delete {n} selected
        </button>
      )}
      <button type="button" onClick={() => void model.exportJson()}>{n ? 'Back up selected' : 'Back up all'} (JSON)</button>
      <button type="button" onClick={() => void model.exportMarkdown()}>Export Markdown</button>
      <label class="import">
        Import…
        <input type="file" accept=".json,.csv,application/json,text/csv" class="visually-hidden" onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void model.importFile(file);
          e.currentTarget.value = '';
        }} />
      </label>
    </div>
  );
}

/** The library: every clip newest first, search, delete with undo, backup and import. */
export function App({ model }: { model: LibraryModel }) {
  const results = model.results.value;
  const rows = results ? results.map((r) => ({ clip: r.clip, snippet: r.snippet })) : model.clips.value.map((clip) => ({ clip, snippet: undefined }));
  return (
    <main class="library">
      <header>
        <h1>Your library</h1>
        <p class="muted small" aria-live="polite">{model.total.value} clips · stored only in this browser — uninstalling Brief deletes them, so back up now and then.</p>
      </header>
      {model.openError.value && <StatusMessage kind="error">{model.openError.value}</StatusMessage>}
      {model.error.value && <StatusMessage kind="error">The library could not be read: {model.error.value.message}</StatusMessage>}
      <Toolbar model={model} />
      <div aria-live="polite">
        {model.undo.value && (
          <StatusMessage kind="info">
            {model.undo.value.label}{' '}
            <button type="button" onClick={() => void model.undoLast()}>Undo</button>
          </StatusMessage>
        )}
        {model.notice.value && <StatusMessage kind={model.notice.value.kind}>{model.notice.value.text}</StatusMessage>}
      </div>
      {results && <p class="small muted">{results.length ? `${results.length} matches` : 'No clip matches.'}</p>}
      {!results && rows.length === 0 && !model.openError.value && (
        <p class="empty">Nothing saved yet. On an article, click the Brief icon or press Alt+Shift+S.</p>
      )}
      <ul class="clips">
        {rows.map(({ clip, snippet }) => (
          <ClipListItem key={clip.id} clip={clip} snippet={snippet} readerUrl={readerUrl(clip.id)} selected={model.selected.value.has(clip.id)} onSelect={model.toggle} onDelete={(id) => void model.remove([id])} />
        ))}
      </ul>
      {!results && model.hasMore.value && (
        <button type="button" onClick={model.loadMore}>Show more</button>
      )}
    </main>
  );
}
