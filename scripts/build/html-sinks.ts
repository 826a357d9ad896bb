/**
 * Removes the four `innerHTML =` assignments that Brief's libraries would otherwise ship, at build time.
 *
 * Why: Brief injects page HTML in exactly one place (the sanitizer's DOM fragment), and Firefox's add-on linter
 * (`web-ext lint`) warns on every assignment to `innerHTML` in the package — it cannot tell that these four are
 * unused (Preact's dangerouslySetInnerHTML, DOMPurify's non-HTML fallback) or run on an inert copy of the page
 * (Readability's two). So instead of explaining them to every reviewer, the build replaces each with code that has
 * no HTML sink: the unused ones throw, Readability's keep their behaviour without re-parsing markup.
 *
 * Each patch names the exact source text it expects. When a library upgrade moves that text the build fails with the
 * library's name (see `patchLibrary`), so a new version is re-checked instead of silently shipping a sink again.
 */
import type { Plugin } from 'vite';

export interface SinkPatch {
  library: string;
  /** The module file Vite resolves for the library. */
  file: RegExp;
  find: RegExp;
  replace: string;
}

export const SINK_PATCHES: readonly SinkPatch[] = [
  {
    // Brief never renders raw HTML through Preact; the one place page HTML enters the DOM is the sanitizer.
    library: 'preact',
    file: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/,
    find: /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/,
    replace: '(function(){throw new Error("Brief: dangerouslySetInnerHTML is disabled; page HTML goes through the sanitizer")})()',
  },
  {
    // DOMPurify parses with DOMParser in the HTML namespace (Brief's only use). This fallback serves SVG/MathML
    // namespaces or missing DOMParser: it fails closed instead of parsing through innerHTML.
    library: 'dompurify',
    file: /[\\/]node_modules[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    find: /try \{\s*doc\.documentElement\.innerHTML = IS_EMPTY_INPUT \? emptyHTML : dirtyPayload;\s*\} catch \(_\) \{\}/,
    replace: 'throw new TypeError("Brief: DOMPurify sanitizes HTML-namespace input only")',
  },
  {
    // Readability restores the page between attempts from a serialized copy. A node copy restores the same tree
    // without re-parsing markup (and skips serializing the whole page on every parse).
    library: '@mozilla/readability',
    file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /var pageCacheHtml = page\.innerHTML;/,
    replace: 'var pageCache = page.cloneNode(true);',
  },
  {
    library: '@mozilla/readability',
    file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /page\.innerHTML = pageCacheHtml;/,
    replace: 'var restored = pageCache.cloneNode(true); page.replaceChildren(); while (restored.firstChild) page.appendChild(restored.firstChild);',
  },
  {
    // <noscript> holds markup as text; DOMParser documents never run scripts or load resources.
    library: '@mozilla/readability',
    file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /tmp\.innerHTML = noscript\.innerHTML;/,
    replace:
      'var parsed = new DOMParser().parseFromString(noscript.innerHTML, "text/html").body; while (parsed.firstChild) tmp.appendChild(parsed.firstChild);',
  },
];

/** Applies every patch for `id` to `code`; throws when an expected text is missing (the library changed). */
export function patchLibrary(id: string, code: string): string | null {
  const patches = SINK_PATCHES.filter((p) => p.file.test(id));
  if (patches.length === 0) return null;
  let out = code;
  for (const patch of patches) {
    const matches = out.match(new RegExp(patch.find.source, 'g'))?.length ?? 0;
    if (matches !== 1) {
      throw new Error(`html-sinks: expected one match of ${patch.find} in ${patch.library} (${id}), found ${matches}; re-check the library's innerHTML uses and update scripts/build/html-sinks.ts`);
    }
    out = out.replace(patch.find, patch.replace);
  }
  return out;
}

/**
 * The Vite plugin. A library file that moves (so no patch applies) is caught by `npm run check:firefox`, which fails
 * on any lint warning.
 */
export function htmlSinks(): Plugin {
  return {
    name: 'brief:html-sinks',
    enforce: 'pre',
    transform(code, id) {
      const patched = patchLibrary(id.split('?')[0]!, code);
      return patched === null ? null : { code: patched, map: null };
    },
  };
}
