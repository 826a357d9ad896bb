import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleTimes } from '@/components/ArticleTimes';
import { StatusMessage } from '@/components/StatusMessage';
import { SummaryList } from '@/components/SummaryList';
import type { ReaderModel } from './model';

/** A saved clip, rendered from the library with no network access. */
export function App({ model }: { model: ReaderModel }) {
  const state = model.state.value;
  useEffect(() => {
    if (state.kind === 'ready') document.title = `${state.clip.meta.title} — Brief`;
  }, [state]);
  const library = browser.runtime.getURL('/options.html');
  return (
    <main class="reader">
      <nav class="small"><a href={library}>← Library</a></nav>
      {state.kind === 'loading' && <StatusMessage>Opening…</StatusMessage>}
      {state.kind === 'missing' && <StatusMessage kind="error">{state.message}</StatusMessage>}
      {state.kind === 'ready' && (
        <article lang={state.clip.meta.lang ?? undefined} dir={state.clip.meta.dir ?? undefined}>
          <header>
            <p class="small muted">{[state.clip.meta.siteName, state.clip.meta.byline].filter(Boolean).join(' · ')}</p>
            <h1>{state.clip.meta.title}</h1>
            <ArticleTimes published={state.clip.meta.published} modified={state.clip.meta.modified} />
            <p class="small muted">
              {state.clip.meta.readingMinutes} min read ·{' '}
              <a href={state.clip.meta.url} target="_blank" rel="noopener noreferrer">Open original</a>
            </p>
            <SummaryList sentences={state.clip.meta.summary} />
          </header>
          <ArticleBody html={state.clip.body.html} images={state.images} lang={state.clip.meta.lang} dir={state.clip.meta.dir} />
        </article>
      )}
    </main>
  );
}
