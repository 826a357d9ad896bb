import createDOMPurify, { type Config } from 'dompurify';

/**
 * The one sanitizer configuration for everything that comes from a page.
 * HTML profile only (no SVG/MathML), no styles (our own typography), no forms, no frames,
 * links limited to http(s)/mailto/fragments, images limited to what the reader can show offline.
 */
export const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'form', 'input', 'button', 'select', 'textarea', 'option', 'map', 'area', 'noscript',
    'template', 'base', 'meta', 'link', 'iframe', 'frame', 'frameset', 'object', 'embed', 'video',
    'audio', 'source', 'track', 'canvas', 'dialog', 'portal',
  ],
  FORBID_ATTR: ['style', 'srcset', 'sizes', 'ping', 'formaction', 'target', 'srcdoc', 'background', 'poster', 'class', 'id', 'download', 'usemap'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|blob:)/i,
  SANITIZE_NAMED_PROPS: true,
  ALLOW_DATA_ATTR: false,
};

/**
 * Sanitizes page HTML with Brief's configuration: called, it returns markup to store; `.fragment` returns the
 * sanitized nodes themselves, so callers that show or read them need no second parse (and no innerHTML). `.fragment`
 * also takes nodes (a copy is sanitized; the given nodes are left as they are), sparing a serialize-and-parse.
 */
export type Sanitizer = ((html: string) => string) & { fragment: (html: string | Node) => DocumentFragment };

/** Brief's sanitizer for the given window (browser or jsdom). */
export function createSanitizer(win: Window): Sanitizer {
  // DOMPurify reads members of `window.document` (implementation, createElement…), which the page's markup can
  // shadow (DOM clobbering; see declobber.ts), and an unsupported DOMPurify returns its input unchanged. So it gets
  // a view of the window whose document is a blank one Brief made, and Brief refuses to run if it is unsupported.
  const w = win as unknown as typeof globalThis;
  const blank = new w.DOMParser().parseFromString('<!doctype html><title></title>', 'text/html');
  const view = {
    document: blank,
    DocumentFragment: w.DocumentFragment,
    HTMLTemplateElement: w.HTMLTemplateElement,
    Node: w.Node,
    Element: w.Element,
    NodeFilter: w.NodeFilter,
    NamedNodeMap: w.NamedNodeMap,
    HTMLFormElement: w.HTMLFormElement,
    DOMParser: w.DOMParser,
  };
  const purify = createDOMPurify(view as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) throw new Error('The sanitizer cannot run in this context; nothing was clipped.');
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (/^https?:/i.test(href)) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
  });
  const toMarkup = (html: string) => purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
  const fragment = (html: string | Node) => purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
  return Object.assign(toMarkup, { fragment });
}
