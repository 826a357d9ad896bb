import { useMemo } from 'preact/hooks';
import { createSanitizer } from '@/lib/article/sanitize';
import { offlineImages } from '@/lib/ui/offline-images';

export interface ArticleBodyProps {
  html: string;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
}

let sanitize: ((html: string) => string) | undefined;

/**
 * The only place where HTML from a clip enters the page. Remote images become labelled links (the
 * reader never touches the network), then the result is sanitized again right before injection.
 */
export function ArticleBody({ html, lang, dir }: ArticleBodyProps) {
  const safe = useMemo(() => {
    sanitize ??= createSanitizer(window);
    return sanitize(offlineImages(html));
  }, [html]);
  return <div class="article-body" lang={lang ?? undefined} dir={dir ?? undefined} dangerouslySetInnerHTML={{ __html: safe }} />;
}
