import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleTimes } from '@/components/ArticleTimes';
import { StatusMessage } from '@/components/StatusMessage';
import { SummaryList } from '@/components/SummaryList';
import type { ReaderPrefs } from '@/lib/settings';
import type { Direction, ReaderModel } from './model';

const readerUrl = (id: string) => `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;

function Preferences({ prefs, onChange }: { prefs: ReaderPrefs; onChange: (p: Partial<ReaderPrefs>) => void }) {
  return (
    <details class="prefs">
      <summary>Aa <span class="visually-hidden">Reading settings</span></summary>
      <div class="prefs-panel">
        <fieldset>
          <legend>Font</legend>
          {(['serif', 'sans'] as const).map((f) => (
            <label key={f}><input type="radio" name="font" checked={prefs.font === f} onChange={() => onChange({ font: f })} /> {f === 'serif' ? 'Serif' : 'Sans-serif'}</label>
          ))}
        </fieldset>
        <label>Text size <input type="range" min={14} max={28} value={prefs.size} onInput={(e) => onChange({ size: Number(e.currentTarget.value) })} /> <output>{prefs.size}px</output></label>
        <label>Line height <input type="range" min={1.3} max={2.2} step={0.1} value={prefs.lineHeight} onInput={(e) => onChange({ lineHeight: Number(e.currentTarget.value) })} /> <output>{prefs.lineHeight.toFixed(1)}</output></label>
        <label>Width <input type="range" min={28} max={60} step={2} value={prefs.width} onInput={(e) => onChange({ width: Number(e.currentTarget.value) })} /> <output>{prefs.width}em</output></label>
        <fieldset>
          <legend>Colours</legend>
          {(['system', 'light', 'sepia', 'dark'] as const).map((t) => (
            <label key={t}><input type="radio" name="theme" checked={prefs.theme === t} onChange={() => onChange({ theme: t })} /> {t === 'system' ? 'Follow system' : t[0].toUpperCase() + t.slice(1)}</label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

/** A saved clip, rendered from the library with no network access: typography, colours, progress, j/k between clips. */
export function App({ model }: { model: ReaderModel }) {
  const state = model.state.value;
  const prefs = model.prefs.value;
  const restored = useRef(false);

  useEffect(() => {
    document.documentElement.dataset.theme = prefs.theme;
  }, [prefs.theme]);

  useEffect(() => {
    if (state.kind !== 'ready') return;
    document.title = `${state.clip.meta.title} — Brief`;
    const room = () => document.documentElement.scrollHeight - window.innerHeight;
    // Reopen where reading stopped (once, after the body is in the page).
    if (!restored.current) {
      restored.current = true;
      if (state.clip.meta.progress > 0 && room() > 0) window.scrollTo(0, state.clip.meta.progress * room());
    }
    // Progress is written when scrolling pauses, not on every frame.
    let timer = 0;
    const onScroll = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => void model.saveProgress(room() > 0 ? window.scrollY / room() : 1), 400);
    };
    const go = async (d: Direction) => {
      const id = await model.neighbour(d);
      if (id) location.href = readerUrl(id);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (e.key === 'j') void go('older');
      else if (e.key === 'k') void go('newer');
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('keydown', onKey);
    };
  }, [state, model]);

  const library = browser.runtime.getURL('/options.html');
  const style = {
    '--read-font': prefs.font === 'sans' ? 'var(--font-ui)' : 'var(--font-read)',
    '--read-size': `${prefs.size}px`,
    '--read-leading': String(prefs.lineHeight),
    '--read-width': `${prefs.width}em`,
  };
  return (
    <main class="reader" style={style}>
      <nav class="small reader-nav">
        <a href={library}>← Library</a>
        <span class="muted keys" aria-hidden="true">j / k: next / previous clip</span>
        <Preferences prefs={prefs} onChange={(p) => void model.setPrefs(p)} />
      </nav>
      {state.kind === 'loading' && <StatusMessage>Opening…</StatusMessage>}
      {state.kind === 'missing' && <StatusMessage kind="error">{state.message}</StatusMessage>}
      {state.kind === 'ready' && (
        <article lang={state.clip.meta.lang ?? undefined} dir={state.clip.meta.dir ?? undefined}>
          <header>
            <p class="small muted">{[state.clip.meta.siteName, state.clip.meta.byline].filter(Boolean).join(' · ')}</p>
            <h1>{state.clip.meta.title}</h1>
            <ArticleTimes published={state.clip.meta.published} modified={state.clip.meta.modified} />
            <p class="small muted">
              {state.clip.meta.readingMinutes} min read · saved {new Date(state.clip.meta.savedAt).toLocaleString()} ·{' '}
              <a href={state.clip.meta.url} target="_blank" rel="noopener noreferrer">Open original</a>
            </p>
            <SummaryList sentences={state.clip.meta.summary} />
          </header>
          <ArticleBody html={state.clip.body.html} images={state.images} lang={state.clip.meta.lang} dir={state.clip.meta.dir} />
          {state.versions.length > 0 && (
            <section class="versions" aria-label="Earlier versions">
              <h2>Earlier versions</h2>
              {state.versions.map((v) => (
                <details key={v.id}>
                  <summary>
                    Saved {new Date(v.savedAt).toLocaleString()}
                    {v.title !== state.clip.meta.title && <> as “{v.title}”</>}
                  </summary>
                  <ArticleBody html={v.html} images={state.images} lang={state.clip.meta.lang} dir={state.clip.meta.dir} />
                </details>
              ))}
            </section>
          )}
        </article>
      )}
    </main>
  );
}
