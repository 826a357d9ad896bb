import { t } from '@/lib/i18n/t';
/**
 * Point a clip's images at their stored copies and replace the rest by a labelled link to the
 * original, so rendering a clip never fetches anything. `stored` maps the URL the HTML names to the
 * local source to show instead (a blob: URL in the reader, a data: URL in an exported file). Runs on
 * an inert parsed document (nothing loads or executes) and before the final sanitization, never after it.
 */
export function offlineImages(html: string, stored: ReadonlyMap<string, string> = new Map(), parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const local = stored.get(src);
    if (local) {
      img.setAttribute('src', local);
      img.removeAttribute('srcset');
      continue;
    }
    if (/^(?:blob:|data:image\/)/i.test(src)) continue;
    // <small> survives sanitizing (classes do not) and is styled as the placeholder box.
    const holder = doc.createElement('small');
    const label = img.getAttribute('alt')?.trim();
    if (/^https?:/i.test(src)) {
      const link = doc.createElement('a');
      link.href = src;
      link.textContent = label ? t('imageNotSavedLink', { label }) : t('imageNotSavedOpen');
      holder.append(link);
    } else {
      holder.textContent = label ? t('imageNotSavedNamed', { label }) : t('imageNotSaved');
    }
    (img.closest('picture') ?? img).replaceWith(holder);
  }
  return doc.body.innerHTML;
}
