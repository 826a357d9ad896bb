import type { Detection } from '@/lib/article/types';

const ARTICLE_LD = /"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|LiveBlogPosting|Report)"/;
const NON_ARTICLE_LD = /"@type"\s*:\s*\[?\s*"(?:Product|FAQPage|CollectionPage|SearchResultsPage|ItemList|QAPage|DiscussionForumPosting|ProfilePage|Offer)"/;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;

/** Visible length of a paragraph, with CJK characters weighted as the words they stand for. */
function weightedLength(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return text.length + cjk * 2;
}

/**
 * Cheap article detection on a Document: counts and a few attribute reads, no cloning, no layout,
 * no writes. Safe to run on every page.
 */
export function detectArticle(doc: Document, url: string = doc.URL): Detection {
  let score = 0;
  let ld = '';
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) ld += (s.textContent ?? '').slice(0, 20_000);
  if (ARTICLE_LD.test(ld)) score += 2;
  if (NON_ARTICLE_LD.test(ld)) score -= 2;
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.toLowerCase() ?? '';
  if (ogType === 'article') score += 1.5;
  else if (ogType && ogType !== 'website') score -= 0.5;
  if (doc.querySelector('meta[property="article:published_time" i]')) score += 1;

  // Long paragraphs: the shape of running prose (Readability's readerable idea, CJK-aware).
  let prose = 0;
  let longParas = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const len = weightedLength((p.textContent ?? '').trim());
    if (len >= 140) {
      prose += Math.sqrt(len - 140);
      longParas++;
    }
  }
  score += Math.min(prose / 20, 2.5);
  if (longParas < 2) score -= 1.5;

  const articles = doc.querySelectorAll('article').length;
  if (articles > 4) score -= 1.5;
  if (doc.querySelectorAll('h1').length === 1) score += 0.3;
  if (doc.querySelector('input[type="password"]')) score -= 1.5;
  if (doc.querySelector('[itemprop="price"], [data-price], .price, [itemtype*="Product"]')) score -= 1;

  try {
    const path = new URL(url).pathname;
    if (path === '/' || path === '') score -= 2;
    else if (/\/(?:19|20)\d{2}\/\d{1,2}\//.test(path) || /[a-z0-9]+(?:-[a-z0-9]+){3,}/i.test(path)) score += 0.5;
  } catch {
    // Not a URL we can read; no URL signal.
  }
  return { isArticle: score >= 2, score: Math.round(score * 100) / 100 };
}
