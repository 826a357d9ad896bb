import type { browser as WxtBrowser } from 'wxt/browser';

type ExtensionApi = typeof WxtBrowser;

/**
 * The extension API for scripts that run inside web pages (the detector, the extractor).
 *
 * Page markup can *clobber* the names the API lives under. WXT's `browser` is `globalThis.browser?.runtime?.id ?
 * globalThis.browser : globalThis.chrome`; in Chromium's isolated world `<form name="browser"><input
 * name="runtime" id="x"></form>` makes that truthy and hands the script a form element. And with two `<img
 * id="chrome">` in the page, Chromium hangs the real `runtime` on the page's HTMLCollection instead of a fresh
 * `chrome` object, so `chrome` is not even an own property of the global then. What cannot be faked from markup is
 * the shape of the runtime itself: a non-DOM object with a string id and callable messaging.
 */
export function contentScriptApi(global: object = globalThis): ExtensionApi {
  for (const name of ['browser', 'chrome']) {
    const api = (global as Record<string, unknown>)[name];
    if (isExtensionApi(api)) return api;
  }
  throw new Error('Brief: no extension API in this context.');
}

function isExtensionApi(api: unknown): api is ExtensionApi {
  if (!api || (typeof api !== 'object' && typeof api !== 'function')) return false;
  const runtime = (api as { runtime?: unknown }).runtime as
    | { id?: unknown; sendMessage?: unknown; onMessage?: { addListener?: unknown } }
    | undefined;
  if (!runtime || typeof runtime !== 'object' || isDomObject(runtime)) return false;
  return typeof runtime.id === 'string' && typeof runtime.sendMessage === 'function' && typeof runtime.onMessage?.addListener === 'function';
}

/** Elements and collections: everything a named property of a window or a form can resolve to. */
function isDomObject(value: object): boolean {
  const dom = globalThis as { Node?: typeof Node; HTMLCollection?: typeof HTMLCollection; NodeList?: typeof NodeList };
  return (
    (dom.Node !== undefined && value instanceof dom.Node) ||
    (dom.HTMLCollection !== undefined && value instanceof dom.HTMLCollection) ||
    (dom.NodeList !== undefined && value instanceof dom.NodeList)
  );
}

/** A once-per-world flag that page markup cannot fake (a DOM id can shadow any string-named global). */
export const ONCE = Symbol.for('brief.extractor.ready');
