import { browser } from 'wxt/browser';
import { ArticleTimes } from '@/components/ArticleTimes';
import { StatusMessage } from '@/components/StatusMessage';
import { SummaryList } from '@/components/SummaryList';
import { IMAGE_CAP } from '@/lib/images/fetch-image';
import type { SavedImages } from '@/lib/messaging';
import type { PopupModel } from './model';

/** "2 of 3 images saved for offline reading", with the cap and the reasons when some were not. */
function ImagesNote({ images }: { images: SavedImages }) {
  const total = images.saved + images.failed.length + images.overCap;
  if (!total) return null;
  const reasons = Array.from(new Set(images.failed.map((f) => f.error)));
  return (
    <p class="small muted">
      {images.saved === total ? `${total === 1 ? 'The image was' : `All ${total} images were`} saved for offline reading.` : `${images.saved} of ${total} images saved for offline reading`}
      {images.overCap > 0 && ` (Brief keeps at most ${IMAGE_CAP.count} images, ${IMAGE_CAP.bytes / 1048576} MB, per clip)`}
      {reasons.length > 0 && ` — not saved: ${reasons.join(', ')}; the reader links to the original instead.`}
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
        <StatusMessage kind="ok">{save.updated ? (save.changed ? 'Saved again \u2014 the earlier version is kept.' : 'Saved again.') : 'Saved to your library.'}</StatusMessage>
        <ImagesNote images={save.images} />
        <a href={reader} target="_blank" rel="noopener">Read it now</a>
      </div>
    );
  }
  const label = saved ? 'Save again' : article.isArticle ? 'Save' : 'Clip anyway';
  return (
    <div class="actions">
      {!article.isArticle && !saved && <StatusMessage kind="warn">This page does not look like a news article. You can still clip it.</StatusMessage>}
      {saved && (
        <StatusMessage kind="info">
          Saved on {new Date(saved.savedAt).toLocaleString()}.
          {changes && (changes.textChanged || changes.modifiedChanged) && <strong> Updated since you saved.</strong>}
        </StatusMessage>
      )}
      {save.kind === 'failed' && <StatusMessage kind="error">{save.message}</StatusMessage>}
      <button class="primary" type="button" disabled={save.kind === 'saving'} onClick={() => void model.saveNow()}>
        {save.kind === 'saving' ? 'Saving\u2026' : label}
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
      {state.kind === 'loading' && <StatusMessage>Reading this page…</StatusMessage>}
      {state.kind === 'failed' && (
        <StatusMessage kind={state.failure.reason === 'restricted' ? 'warn' : 'error'}>{state.failure.message}</StatusMessage>
      )}
      {state.kind === 'ready' && (
        <article>
          <p class="site small muted">{[state.article.siteName, state.article.byline].filter(Boolean).join(' \u00b7 ')}</p>
          <h1>{state.article.title}</h1>
          <ArticleTimes published={state.article.published} modified={state.article.modified} />
          <SummaryList sentences={state.article.summary} />
          {state.article.excerpt && !state.article.summary.some((s) => normalize(state.article.excerpt ?? '').includes(normalize(s))) && (
            <p class="excerpt small"><span class="muted">Publisher’s description: </span>{state.article.excerpt}</p>
          )}
          <p class="small muted">{state.article.wordCount} words · {state.article.readingMinutes} min read</p>
        </article>
      )}
      <SaveArea model={model} />
      <footer class="small">
        <a href={library} target="_blank" rel="noopener">Open library</a>
      </footer>
    </main>
  );
}
