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

/** A function that sanitizes page HTML with Brief's configuration, for the given window (browser or jsdom). */
export function createSanitizer(win: Window): (html: string) => string {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (/^https?:/i.test(href)) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
  });
  return (html: string) => purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
