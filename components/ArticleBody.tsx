import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { createSanitizer, type Sanitizer } from '@/lib/article/sanitize';
import type { ClipImage } from '@/lib/clips/types';
import { offlineImages } from '@/lib/ui/offline-images';

export interface ArticleBodyProps {
  html: string;
  /** The clip's stored images; everything else is shown as a labelled link, never fetched. */
  images?: ClipImage[];
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
}

let sanitizer: Sanitizer | undefined;
const NONE: ClipImage[] = [];

/**
 * The only place where HTML from a clip enters the page. Stored images are shown from blob: URLs,
 * other images become labelled links (the reader never touches the network), then the result is
 * sanitized again and its nodes, not markup, are put in the page.
 */
export function ArticleBody({ html, images = NONE, lang, dir }: ArticleBodyProps) {
  const box = useRef<HTMLDivElement>(null);
  const urls = useMemo(() => new Map(images.map((img) => [img.url, URL.createObjectURL(img.blob)])), [images]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  useLayoutEffect(() => {
    sanitizer ??= createSanitizer(window);
    box.current?.replaceChildren(sanitizer.fragment(offlineImages(html, urls)));
  }, [html, urls]);
  // Preact renders the box; its children are the sanitized nodes alone.
  return <div ref={box} class="article-body" lang={lang ?? undefined} dir={dir ?? undefined} />;
}
