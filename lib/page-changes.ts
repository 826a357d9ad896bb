interface NavigationLike extends EventTarget {
  currentEntry: unknown;
}

/**
 * Call `onChange` after single-page sites swap their content. Event-driven, no polling: the
 * Navigation API's `currententrychange` (pushState/replaceState/back), `popstate` as a fallback,
 * and changes of the document title. Debounced so a burst of updates costs one detection.
 */
export function watchForPageChanges(onChange: () => void, win: Window = window, delayMs = 300): { stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  };
  const nav = (win as unknown as { navigation?: NavigationLike }).navigation;
  nav?.addEventListener('currententrychange', schedule);
  win.addEventListener('popstate', schedule);
  const title = win.document.querySelector('head > title');
  const observer = title ? new MutationObserver(schedule) : undefined;
  if (title) observer?.observe(title, { childList: true, characterData: true, subtree: true });
  return {
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      nav?.removeEventListener('currententrychange', schedule);
      win.removeEventListener('popstate', schedule);
      observer?.disconnect();
    },
  };
}
