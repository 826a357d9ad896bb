/** The article's images as absolute http(s) URLs, in reading order, each once: what the reader will ask for. */
export function articleImages(body: ParentNode, base: string): string[] {
  const urls = new Set<string>();
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    if (!src) continue;
    try {
      const u = new URL(src, base);
      if (u.protocol === 'https:' || u.protocol === 'http:') urls.add(u.href);
    } catch {
      // A malformed src is left to the reader's placeholder.
    }
  }
  return Array.from(urls);
}
