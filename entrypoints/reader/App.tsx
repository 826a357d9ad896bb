import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleTimes } from '@/components/ArticleTimes';
import { StatusMessage } from '@/components/StatusMessage';
import { SummaryList } from '@/components/SummaryList';
import type { ReaderPrefs } from '@/lib/settings';
import { t } from '@/lib/i18n/t';
import type { PlainKey } from '@/lib/i18n/locales/index';
import { formatMoment } from '@/lib/ui/time-format';
import type { Direction, ReaderModel } from './model';

const readerUrl = (id: string) => `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`;

const THEME_LABELS: Record<ReaderPrefs['theme'], PlainKey> = { system: 'themeSystem', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' };

function Preferences({ prefs, onChange }: { prefs: ReaderPrefs; onChange: (p: Partial<ReaderPrefs>) => void }) {
  return (
    <details class="prefs">
      <summary>Aa <span class="visually-hidden">{t('readerSettings')}</span></summary>
      <div class="prefs-panel">
        <fieldset>
          <legend>{t('readerFont')}</legend>
          {(['serif', 'sans'] as const).map((f) => (
            <label key={f}><input type="radio" name="font" checked={prefs.font === f} onChange={() => onChange({ font: f })} /> {f === 'serif' ? t('fontSerif') : t('fontSans')}</label>
          ))}
        </fieldset>
        <label>{t('textSize')} <input type="range" min={14} max={28} value={prefs.size} onInput={(e) => onChange({ size: Number(e.currentTarget.value) })} /> <output>{prefs.size}px</output></label>
        <label>{t('lineHeight')} <input type="range" min={1.3} max={2.2} step={0.1} value={prefs.lineHeight} onInput={(e) => onChange({ lineHeight: Number(e.currentTarget.value) })} /> <output>{prefs.lineHeight.toFixed(1)}</output></label>
        <label>{t('textWidth')} <input type="range" min={28} max={60} step={2} value={prefs.width} onInput={(e) => onChange({ width: Number(e.currentTarget.value) })} /> <output>{prefs.width}em</output></label>
        <fieldset>
          <legend>{t('colours')}</legend>
          {(['system', 'light', 'sepia', 'dark'] as const).map((theme) => (
            <label key={theme}><input type="radio" name="theme" checked={prefs.theme === theme} onChange={() => onChange({ theme })} /> {t(THEME_LABELS[theme])}</label>
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
    document.title = t('pageTitle', { title: state.clip.meta.title });
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
        <a href={library}>{t('backToLibrary')}</a>
        <span class="muted keys" aria-hidden="true">{t('readerKeys')}</span>
        <Preferences prefs={prefs} onChange={(p) => void model.setPrefs(p)} />
      </nav>
      {state.kind === 'loading' && <StatusMessage>{t('readerOpening')}</StatusMessage>}
      {state.kind === 'missing' && <StatusMessage kind="error">{state.message}</StatusMessage>}
      {state.kind === 'ready' && (
        <article lang={state.clip.meta.lang ?? undefined} dir={state.clip.meta.dir ?? undefined}>
          <header>
            <p class="small muted">{[state.clip.meta.siteName, state.clip.meta.byline].filter(Boolean).join(' · ')}</p>
            <h1>{state.clip.meta.title}</h1>
            <ArticleTimes published={state.clip.meta.published} modified={state.clip.meta.modified} />
            <p class="small muted">
              {t('readerMeta', { minutes: state.clip.meta.readingMinutes, date: formatMoment(state.clip.meta.savedAt) })} ·{' '}
              <a href={state.clip.meta.url} target="_blank" rel="noopener noreferrer">{t('openOriginal')}</a>
            </p>
            <SummaryList sentences={state.clip.meta.summary} />
          </header>
          <ArticleBody html={state.clip.body.html} images={state.images} lang={state.clip.meta.lang} dir={state.clip.meta.dir} />
          {state.versions.length > 0 && (
            <section class="versions" aria-labelledby="versions-title">
              <h2 id="versions-title">{t('earlierVersions')}</h2>
              {state.versions.map((v) => (
                <details key={v.id}>
                  <summary>
                    {v.title !== state.clip.meta.title ? t('versionSavedAs', { date: formatMoment(v.savedAt), title: v.title }) : t('versionSaved', { date: formatMoment(v.savedAt) })}
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
