import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClipListItem, type ClipActions } from '@/components/ClipListItem';
import { FilterNav } from '@/components/FilterNav';
import { StatusMessage } from '@/components/StatusMessage';
import { VirtualList } from '@/components/VirtualList';
import type { LibraryModel } from './model';
import type { SettingsModel } from './settings-model';
import { SettingsPanel } from './SettingsPanel';
import { t, tn } from '@/lib/i18n/t';
import { CLIP_SHORTCUT } from '@/lib/platform';

const readerUrl = (id: string) => `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;
/** Height of a list row in px; library.css keeps every row to it. */
const ROW_HEIGHT = 76;
/** Search results add a one-line snippet. */
const SEARCH_ROW_HEIGHT = 100;
const ignore = () => {};
const TAGS_LIST = 'known-tags';
const BACKUP_REMINDER_DAYS = 30;

function Toolbar({ model }: { model: LibraryModel }) {
  const n = model.selected.value.size;
  return (
    <div class="toolbar">
      <label class="search">
        <span class="visually-hidden">{t('searchLabel')}</span>
        <input type="search" placeholder={t('searchPlaceholder')} value={model.query.value} onInput={(e) => void model.runSearch(e.currentTarget.value)} />
      </label>
      <label class="small">
        {t('sortBy')}{' '}
        <select value={model.sort.value} onChange={(e) => (model.sort.value = e.currentTarget.value === 'publishedAt' ? 'publishedAt' : 'savedAt')}>
          <option value="savedAt">{t('sortSaved')}</option>
          <option value="publishedAt">{t('sortPublished')}</option>
        </select>
      </label>
      <details class="menu">
        <summary>{n ? tn('exportSelected', n) : t('exportAll')}</summary>
        {/* Choosing closes the menu, so it never covers the list or the selection bar. */}
        <div class="menu-items" onClick={(e) => (e.currentTarget.parentElement as HTMLDetailsElement).removeAttribute('open')}>
          <button type="button" onClick={() => void model.exportJson()}>{t('exportJson')}</button>
          <button type="button" onClick={() => void model.exportMarkdown()}>{t('exportMarkdown')}</button>
          <button type="button" onClick={() => void model.exportHtml()}>{t('exportHtml')}</button>
        </div>
      </details>
      <label class="import">
        {t('importFile')}
        <input type="file" accept=".jsonl,.json,.csv,application/json,text/csv" class="visually-hidden" onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void model.importFile(file);
          e.currentTarget.value = '';
        }} />
      </label>
    </div>
  );
}

function BulkBar({ model }: { model: LibraryModel }) {
  const ids = Array.from(model.selected.value);
  const [tag, setTag] = useState('');
  if (!ids.length) return null;
  return (
    <div class="bulk" role="toolbar" aria-label={t('bulkLabel')}>
      <span>{tn('bulkCount', ids.length)}</span>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void model.addTag(ids, tag);
          setTag('');
        }}
      >
        <input list={TAGS_LIST} value={tag} onInput={(e) => setTag(e.currentTarget.value)} placeholder={t('bulkTagPlaceholder')} aria-label={t('bulkTagLabel')} size={10} />
        <button type="submit">{t('addTag')}</button>
      </form>
      <button type="button" onClick={() => void model.markRead(ids, true)}>{t('markRead')}</button>
      <button type="button" onClick={() => void model.favourite(ids, true)}>{t('favourite')}</button>
      <button type="button" onClick={() => void model.archive(ids, true)}>{t('archive')}</button>
      <button type="button" class="danger" onClick={() => void model.remove(ids)}>{tn('deleteSelected', ids.length)}</button>
      <button type="button" onClick={() => (model.selected.value = new Set())}>{t('clearSelection')}</button>
    </div>
  );
}

/** The library: filters, a virtualised list newest first, search, tags and flags, bulk actions with undo, export and import, settings. */
export function App({ model, settings }: { model: LibraryModel; settings: SettingsModel }) {
  const results = model.results.value;
  const actions: ClipActions = {
    onSelect: model.toggle,
    onDelete: (id) => void model.remove([id]),
    onFavourite: (id, on, title) => void model.favourite([id], on, title),
    onArchive: (id, on, title) => void model.archive([id], on, title),
    onRead: (id, on, title) => void model.markRead([id], on, title),
    onAddTag: (id, tag) => void model.addTag([id], tag),
    onRemoveTag: (id, tag) => void model.removeTag([id], tag),
  };
  const onFirstVisible = useCallback((i: number) => (model.firstVisible.value = i), [model]);
  // Settings are a view of this page (#settings), so they can be linked to and the list keeps its place.
  const [showSettings, setShowSettings] = useState(location.hash === '#settings');
  useEffect(() => {
    const follow = () => setShowSettings(location.hash === '#settings');
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const count = model.count.value;
  const backupDue = model.totals.value.all > 0 && Date.now() - settings.lastBackup.value > BACKUP_REMINDER_DAYS * 86_400_000;
  return (
    <div class="library-page">
      <FilterNav current={model.filter.value} counts={model.totals.value} sites={model.sites.value} tags={model.tags.value} onChoose={model.setFilter} />
      <main class="library">
        <header>
          <h1>{t('libraryTitle')}</h1>
          <p class="muted small" aria-live="polite">
            {tn('libraryCount', model.totals.value.all ?? 0)}{' '}
            {showSettings ? <a href="#">{t('backToList')}</a> : <a href="#settings">{t('settings')}</a>}
          </p>
        </header>
        {backupDue && (
          <StatusMessage kind="warn">
            {settings.lastBackup.value ? t('backupOld') : t('backupNever')}{' '}
            <button type="button" onClick={() => void model.exportJson()}>{t('backupNow')}</button>
          </StatusMessage>
        )}
        {model.openError.value && <StatusMessage kind="error">{model.openError.value}</StatusMessage>}
        {model.error.value && <StatusMessage kind="error">{t('libraryReadError', { detail: model.error.value.message })}</StatusMessage>}
        <Toolbar model={model} />
        <BulkBar model={model} />
        {model.filter.value.kind === 'pending' && count > 0 && (
          <p class="small">
            {t('pendingExplain')}{' '}
            <button type="button" onClick={() => void model.openPending()}>{tn('openPending', Math.min(10, count))}</button>
          </p>
        )}
        <div aria-live="polite">
          {model.busy.value && <StatusMessage>{model.busy.value}</StatusMessage>}
          {model.undo.value && (
            <StatusMessage kind="info">
              {model.undo.value.label}{' '}
              <button type="button" onClick={() => void model.undoLast()}>{t('undo')}</button>
            </StatusMessage>
          )}
          {model.notice.value && <StatusMessage kind={model.notice.value.kind}>{model.notice.value.text}</StatusMessage>}
        </div>
        <datalist id={TAGS_LIST}>
          {model.tags.value.map((t) => <option key={t} value={t} />)}
        </datalist>
        {showSettings ? (
          <SettingsPanel model={settings} />
        ) : results ? (
          <>
            <p class="small muted">{results.length ? tn('matches', results.length) : t('noMatches')}</p>
            <VirtualList
              count={results.length}
              rowHeight={SEARCH_ROW_HEIGHT}
              label={t('searchResults')}
              onFirstVisible={ignore}
              renderRow={(i, position) => {
                const row = results[i];
                if (!row) return <li key={`placeholder-${i}`} class="clip placeholder" aria-busy="true" {...position} />;
                const { clip, snippet } = row;
                return <ClipListItem key={clip.id} clip={clip} snippet={snippet} readerUrl={readerUrl(clip.id)} selected={model.selected.value.has(clip.id)} position={position} tagList={TAGS_LIST} {...actions} />;
              }}
            />
          </>
        ) : count === 0 && !model.openError.value ? (
          <p class="empty">{model.filter.value.kind === 'all' ? t('emptyAll', { shortcut: settings.shortcut.value || CLIP_SHORTCUT.default }) : t('emptyFilter')}</p>
        ) : (
          <VirtualList
            count={count}
            rowHeight={ROW_HEIGHT}
            label={t('clipsList')}
            onFirstVisible={onFirstVisible}
            renderRow={(i, position) => {
              const clip = model.rowAt(i);
              return clip ? (
                <ClipListItem key={clip.id} clip={clip} readerUrl={readerUrl(clip.id)} selected={model.selected.value.has(clip.id)} position={position} tagList={TAGS_LIST} {...actions} />
              ) : (
                <li key={`placeholder-${i}`} class="clip placeholder" aria-busy="true" {...position} />
              );
            }}
          />
        )}
      </main>
    </div>
  );
}
