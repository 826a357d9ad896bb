import { useEffect, useMemo } from 'preact/hooks';
import { createSanitizer } from '@/lib/article/sanitize';
import type { ClipImage } from '@/lib/clips/types';
import { offlineImages } from '@/lib/ui/offline-images';

export interface ArticleBodyProps {
  html: string;
  /** The clip's stored images; everything else is shown as a labelled link, never fetched. */
  images?: ClipImage[];
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
}

let sanitize: ((html: string) => string) | undefined;
const NONE: ClipImage[] = [];

/**
 * The only place where HTML from a clip enters the page. Stored images are shown from blob: URLs,
 * other images become labelled links (the reader never touches the network), then the result is
 * sanitized again right before injection.
 */
export function ArticleBody({ html, images = NONE, lang, dir }: ArticleBodyProps) {
  const urls = useMemo(() => new Map(images.map((img) => [img.url, URL.createObjectURL(img.blob)])), [images]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  const safe = useMemo(() => {
    sanitize ??= createSanitizer(window);
    return sanitize(offlineImages(html, urls));
  }, [html, urls]);
  return <div class="article-body" lang={lang ?? undefined} dir={dir ?? undefined} dangerouslySetInnerHTML={{ __html: safe }} />;
}
