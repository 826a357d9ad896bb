import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface NavigationLike extends EventTarget {
  currentEntry: unknown;
}

/**
 * Call `onChange` after single-page sites swap their content. Event-driven, no polling: the
 * Navigation API's `currententrychange` (pushState/replaceState/back), `popstate` as a fallback,
 * and changes of the document title. Debounced so a burst of updates costs one detection.
 */
export function watchForPageChanges(ctx: ContentScriptContext, onChange: () => void): void {
  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(onChange, 300);
  };
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  if (nav) ctx.addEventListener(nav, 'currententrychange' as never, schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  const title = document.querySelector('head > title');
  if (title) {
    const observer = new MutationObserver(schedule);
    observer.observe(title, { childList: true, characterData: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  }
}
