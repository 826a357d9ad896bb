import { browser } from 'wxt/browser';
import { ArticleTimes } from '@/components/ArticleTimes';
import { StatusMessage } from '@/components/StatusMessage';
import { SummaryList } from '@/components/SummaryList';
import { IMAGE_CAP, type ImageError } from '@/lib/images/fetch-image';
import type { PlainKey } from '@/lib/i18n/locales/index';
import type { SavedImages } from '@/lib/messaging';
import { t, tn } from '@/lib/i18n/t';
import { formatBytes, formatMoment } from '@/lib/ui/time-format';
import type { PopupModel } from './model';

const IMAGE_FAILURES: Record<Exclude<ImageError, `http-${number}`>, PlainKey> = {
  timeout: 'imgTimeout',
  unreachable: 'imgUnreachable',
  'not-image': 'imgNotImage',
  'too-large': 'imgTooLarge',
  'over-cap': 'imgOverCap',
  'private-network': 'imgPrivateNetwork',
};

const imageFailure = (error: ImageError) => (error.startsWith('http-') ? t('imgHttp', { status: error.slice(5) }) : t(IMAGE_FAILURES[error as keyof typeof IMAGE_FAILURES]));

/** "2 of 3 images saved for offline reading", with the cap and the reasons when some were not. */
function ImagesNote({ images }: { images: SavedImages }) {
  const total = images.saved + images.failed.length + images.overCap;
  if (!total) return null;
  const reasons = Array.from(new Set(images.failed.map((f) => imageFailure(f.error))));
  return (
    <p class="small muted">
      {images.saved === total ? tn('imagesAllSaved', total) : t('imagesSomeSaved', { saved: images.saved, total })}
      {images.overCap > 0 && ` ${t('imagesCap', { count: IMAGE_CAP.count, size: formatBytes(IMAGE_CAP.bytes) })}`}
      {reasons.length > 0 && ` ${t('imagesNotSaved', { reasons: reasons.join(', ') })}`}
    </p>
  );
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function SaveArea({ model }: { model: PopupModel }) {
  const state = model.state.value;
  const save = model.save.value;
  if (state.kind !== 'ready') return null;
  const { article, saved, changes } = state;
  if (save.kind === 'saved') {
    const reader = `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(save.clip.id)}`;
    return (
      <div class="actions">
        <StatusMessage kind="ok">{save.updated ? (save.changed ? t('popupSavedAgainKept') : t('popupSavedAgain')) : t('popupSaved')}</StatusMessage>
        <ImagesNote images={save.images} />
        <a href={reader} target="_blank" rel="noopener">{t('popupReadNow')}</a>
      </div>
    );
  }
  const label = saved ? t('popupSaveAgain') : article.isArticle ? t('popupSave') : t('popupClipAnyway');
  return (
    <div class="actions">
      {!article.isArticle && !saved && <StatusMessage kind="warn">{t('popupNotArticle')}</StatusMessage>}
      {saved && (
        <StatusMessage kind="info">
          {t('popupSavedOn', { date: formatMoment(saved.savedAt) })}
          {changes && (changes.textChanged || changes.modifiedChanged) && <strong> {t('popupUpdatedSince')}</strong>}
        </StatusMessage>
      )}
      {save.kind === 'failed' && <StatusMessage kind="error">{save.message}</StatusMessage>}
      <button class="primary" type="button" disabled={save.kind === 'saving'} onClick={() => void model.saveNow()}>
        {save.kind === 'saving' ? t('popupSaving') : label}
      </button>
    </div>
  );
}

/** The toolbar popup: what this page is, its key points and times, and Save. */
export function App({ model }: { model: PopupModel }) {
  const state = model.state.value;
  const library = browser.runtime.getURL('/options.html');
  return (
    <main class="popup">
      {state.kind === 'loading' && <StatusMessage>{t('popupReading')}</StatusMessage>}
      {state.kind === 'failed' && (
        <StatusMessage kind={state.failure.reason === 'restricted' ? 'warn' : 'error'}>{state.failure.message}</StatusMessage>
      )}
      {state.kind === 'ready' && (
        <article>
          <p class="site small muted" dir="auto">{[state.article.siteName, state.article.byline].filter(Boolean).join(' \u00b7 ')}</p>
          <h1 dir="auto">{state.article.title}</h1>
          <ArticleTimes published={state.article.published} modified={state.article.modified} />
          <SummaryList sentences={state.article.summary} />
          {state.article.excerpt && !state.article.summary.some((s) => normalize(state.article.excerpt ?? '').includes(normalize(s))) && (
            <p class="excerpt small"><span class="muted">{t('popupDescription')} </span><bdi>{state.article.excerpt}</bdi></p>
          )}
          <p class="small muted">{t('popupLength', { words: state.article.wordCount, minutes: state.article.readingMinutes })}</p>
        </article>
      )}
      <SaveArea model={model} />
      <footer class="small">
        <a href={library} target="_blank" rel="noopener">{t('openLibrary')}</a>
      </footer>
    </main>
  );
}
