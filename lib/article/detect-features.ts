/**
 * Cheap page features for article detection: counts, a few attribute reads and paragraph lengths.
 * No cloning, no layout, no writes; every value is O(elements) with small constants.
 */
export const FEATURE_NAMES = [
  'ldArticle', 'ldNonArticle', 'ogArticle', 'ogOther', 'articleMeta', 'oneH1', 'manyH1', 'articleTags', 'prose', 'longParas',
  'paras', 'linkedHeadings', 'anchorsPerPara', 'inputs', 'password', 'buttons', 'price', 'comments', 'code', 'tables',
  'timeTags', 'authorMeta', 'urlRoot', 'urlDate', 'urlSlug', 'urlListing', 'urlQuery', 'urlDepth', 'listItems',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

const ARTICLE_LD = /"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Review)"/;
const NON_ARTICLE_LD = /"@type"\s*:\s*\[?\s*"(?:Product|FAQPage|CollectionPage|SearchResultsPage|ItemList|QAPage|DiscussionForumPosting|ProfilePage|Offer|SoftwareApplication|Event|Course|JobPosting|Recipe)"/;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
const LISTING_PATH = /\/(?:tags?|categor(?:y|ies)|topics?|section|search|archives?|page|authors?|forums?|threads?|questions|products?|shop|store|docs|documentation|api|reference|login|sign(?:in|up)|register|account|cart|checkout|contact|about|help|support|faq)(?:\/|$|\.)/i;

// Class and id substrings in the two usual cases (kebab/snake and camel). Case-insensitive substring selectors
// (`[class*="price" i]`) cost about three times as much in Chromium, and these two are the detector's dearest queries.
const PRICE = '[itemprop="price"], [itemprop="offers"], [data-price], [class*="price"], [class*="Price"], [class*="add-to-cart"], [class*="addtocart"], [class*="addToCart"], [class*="AddToCart"]';
const COMMENTS = '[itemtype*="Comment"], [class*="comment"], [class*="Comment"], [id*="comment"], [id*="Comment"], [class*="reply"], [class*="Reply"]';

const log1p = Math.log1p;

/** The detector's inputs for one document and URL. */
export function pageFeatures(doc: Document, url: string): Features {
  let ld = '';
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length && ld.length < 50_000; i++) ld += (scripts[i].textContent ?? '').slice(0, 20_000);
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.toLowerCase().trim() ?? '';

  let prose = 0;
  let longParas = 0;
  const ps = doc.getElementsByTagName('p');
  const pLimit = Math.min(ps.length, 400);
  for (let i = 0; i < pLimit; i++) {
    const text = ps[i].textContent ?? '';
    if (text.length < 60) continue;
    const cjk = text.match(CJK)?.length ?? 0;
    const len = text.trim().length + cjk * 2;
    if (len >= 140) {
      prose += Math.sqrt(len - 140);
      longParas++;
    }
  }
  const h1 = doc.getElementsByTagName('h1').length;
  const anchors = doc.getElementsByTagName('a').length;

  let path = '/';
  let query = '';
  try {
    const u = new URL(url);
    path = u.pathname;
    query = u.search;
  } catch {
    // No usable URL: URL features stay at their neutral values.
  }
  const segments = path.split('/').filter(Boolean);
  let last = segments[segments.length - 1] ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    // A malformed escape: match on the raw segment.
  }

  return {
    ldArticle: ARTICLE_LD.test(ld) ? 1 : 0,
    ldNonArticle: NON_ARTICLE_LD.test(ld) ? 1 : 0,
    ogArticle: ogType === 'article' ? 1 : 0,
    ogOther: ogType && ogType !== 'article' && ogType !== 'website' ? 1 : 0,
    articleMeta: doc.querySelector('meta[property="article:published_time" i], meta[name="pubdate" i], meta[itemprop="datePublished" i], [itemprop="datePublished"]') ? 1 : 0,
    oneH1: h1 === 1 ? 1 : 0,
    manyH1: h1 > 2 ? 1 : 0,
    articleTags: log1p(doc.getElementsByTagName('article').length),
    prose: log1p(prose),
    longParas: log1p(longParas),
    paras: log1p(ps.length),
    linkedHeadings: log1p(doc.querySelectorAll('h2 a, h3 a, h4 a').length),
    anchorsPerPara: log1p(anchors / (longParas + 1)),
    inputs: log1p(doc.querySelectorAll('input:not([type="hidden"]):not([type="search"]), select, textarea').length),
    password: doc.querySelector('input[type="password"]') ? 1 : 0,
    buttons: log1p(doc.getElementsByTagName('button').length),
    price: doc.querySelector(PRICE) ? 1 : 0,
    comments: log1p(doc.querySelectorAll(COMMENTS).length),
    code: log1p(doc.querySelectorAll('pre, code').length),
    tables: log1p(doc.getElementsByTagName('table').length),
    timeTags: log1p(doc.getElementsByTagName('time').length),
    authorMeta: doc.querySelector('meta[name="author" i], [rel~="author"], [itemprop="author"], meta[property="article:author" i]') ? 1 : 0,
    urlRoot: segments.length === 0 ? 1 : 0,
    urlDate: /\/(?:19|20)\d{2}\/\d{1,2}(?:\/|$)|(?:19|20)\d{2}-\d{2}-\d{2}/.test(path) ? 1 : 0,
    urlSlug: /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+){3,}/u.test(last) || /\d{5,}/.test(last) ? 1 : 0,
    urlListing: LISTING_PATH.test(path) ? 1 : 0,
    urlQuery: query.length > 1 ? 1 : 0,
    urlDepth: Math.min(segments.length, 6) / 6,
    listItems: log1p(doc.getElementsByTagName('li').length),
  };
}
