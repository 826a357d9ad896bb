/**
 * Replace remote images in clip HTML with a labelled link to the original, so rendering a clip never
 * fetches anything. Runs on an inert parsed document (nothing loads or executes) and before the final
 * sanitization, never after it.
 */
export function offlineImages(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (/^(?:blob:|data:image\/)/i.test(src)) continue;
    // <small> survives sanitizing (classes do not) and is styled as the placeholder box.
    const holder = doc.createElement('small');
    const label = img.getAttribute('alt')?.trim();
    if (/^https?:/i.test(src)) {
      const link = doc.createElement('a');
      link.href = src;
      link.textContent = label ? `Image not saved offline: ${label}` : 'Image not saved offline (open original)';
      holder.append(link);
    } else {
      holder.textContent = label ? `Image not saved: ${label}` : 'Image not saved';
    }
    (img.closest('picture') ?? img).replaceWith(holder);
  }
  return doc.body.innerHTML;
}
