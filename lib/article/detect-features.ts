/**
 * Cheap page features for article detection: counts, a few attribute reads and paragraph lengths.
 * No cloning, no layout, no writes; every value is O(elements) with small constants.
 */
export const FEATURE_NAMES = [
  'schemaArticle', 'schemaNonArticle', 'ogArticle', 'ogOther', 'articleMeta', 'articleTags', 'prose', 'longParas',
  'paras', 'anchorsPerPara', 'inputs', 'buttons', 'price', 'comments', 'code', 'tables',
  'timeTags', 'urlRoot', 'urlDate', 'urlSlug', 'urlListing', 'urlQuery', 'urlDepth',
  'siblingParas', 'usernames', 'storyRun', 'manyPosters', 'manyCode',
  'shareLinks', 'urlService', 'urlContent', 'urlThread', 'titleArticle', 'titleService',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

const ARTICLE_LD = /"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Review)"/;
const NON_ARTICLE_LD = /"@type"\s*:\s*\[?\s*"(?:Product|FAQPage|CollectionPage|SearchResultsPage|ItemList|QAPage|DiscussionForumPosting|ProfilePage|Offer|SoftwareApplication|Event|Course|JobPosting|Recipe)"/;
// The same types in microdata (itemtype="https://schema.org/NewsArticle"), as forums and older CMSs mark them.
const ARTICLE_ITEMTYPE = /\/(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Review)$/;
const NON_ARTICLE_ITEMTYPE = /\/(?:Product|FAQPage|CollectionPage|SearchResultsPage|ItemList|QAPage|DiscussionForumPosting|ProfilePage|JobPosting|Recipe)$/;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g;
const LISTING_PATH = /\/(?:tags?|categor(?:y|ies)|topics?|section|search|archives?|page|authors?|forums?|threads?|questions|products?|shop|store|docs|documentation|api|reference|login|sign(?:in|up)|register|account|cart|checkout|contact|about|help|support|faq)(?:\/|$|\.)/;

// Selector lists are written without spaces (bytes of the always-on script). Class and id substrings in the two
// usual cases (kebab/snake and camel). Case-insensitive substring selectors (`[class*="price" i]`) cost about three
// times as much in Chromium, and these two are the detector's dearest queries.
const PRICE = '[itemprop="price"],[itemprop="offers"],[data-price],[class*="price"],[class*="Price"],[class*="add-to-cart"],[class*="addtocart"],[class*="addToCart"],[class*="AddToCart"]';
const COMMENTS = '[itemtype*="Comment"],[class*="comment"],[class*="Comment"],[id*="comment"],[id*="Comment"],[class*="reply"],[class*="Reply"]';

// Forums repeat the poster's name on every post; an article shows its author once or twice.
const USERNAMES = '[class*="username"],[class*="user-name"],[class*="userName"],[class*="UserName"],[itemprop="author"]';

// "Share this" links (the social networks' own share endpoints, and a mail with a subject): what a publisher
// puts beside a story and rarely beside a service, a product listing or a forum post.
const SHARE_LINKS = 'a[href*="sharer"],a[href*="intent/tweet"],a[href*="shareArticle"],a[href*="/share?"],a[href^="mailto:?subject"]';

// The path and the headline are lower-cased once and matched without the `i` flag: a case-insensitive pattern
// costs more to compile, and the always-on script compiles every pattern afresh on every page.
// Words a site puts in its paths: a business's offer (/services/, /solutions/), its writing (/blog/, /news/,
// /guides/), a forum's threads (Discourse's /t/, Flarum's /d/, /viewtopic, /community/). Path words of the
// software and the trade, not of any one site.
const URL_SERVICE = /\/(?:services?|solutions?|capabilities|what-we-do|consulting)(?:\/|$|-)/;
const URL_CONTENT = /\/(?:blog|news|articles?|posts?|stor(?:y|ies)|insights?|resources?|guides?|learn|academy|magazine)\//;
const URL_THREAD = /\/(?:wiki|discussions?|community|t|d|r|viewtopic|topic)\//;
// How a headline is worded: how-to, question, "best …", numbered and dated titles name articles; "services",
// "consulting", "pricing" name an offer (English only; other languages leave both at 0).
const TITLE_ARTICLE = /^(?:how|why|what|when|where|who|which|is|are|can|should|do|does|the best|best|\d+ )\b|\b(?:19|20)\d\d\b|\b(?:guide|tips|ways|explained|vs|review)\b/;
const TITLE_SERVICE = /\b(?:services?|consult\w*|company|agency|solutions|lawyers?|attorneys?|repair|rentals?|pricing|plans|contractors?|experts?|specialists?|hire)\b/;

// A slug: four or more words joined by hyphens. A word is anything but spaces and punctuation (ASCII, Latin-1 and
// general), which on every URL of the eval sets agrees with `[\p{L}\p{N}]`; a Unicode property class costs about a
// millisecond to compile in Chromium, on every page.
const WORD = '[^\\s!-/:-@[-`{-~\\u00a1-\\u00bf\\u2010-\\u206f]+';
const SLUG = new RegExp(`${WORD}(?:-${WORD}){3,}`);

const log1p = Math.log1p;

/** Length with CJK characters counted three times: a CJK character carries about a word's worth of text. */
function weightedLength(text: string): number {
  return text.trim().length + (text.match(CJK)?.length ?? 0) * 2;
}

/** The detector's inputs for one document and URL, named (for training, tests and debugging). */
export function pageFeatures(doc: Document, url: string): Features {
  const values = featureValues(doc, url);
  return Object.fromEntries(FEATURE_NAMES.map((name, j) => [name, values[j]])) as Features;
}

/**
 * The same inputs as an array in FEATURE_NAMES order: what the always-on script uses, so that the names (some
 * 400 bytes) stay out of it.
 */
export function featureValues(doc: Document, url: string): number[] {
  let ld = '';
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length && ld.length < 50_000; i++) ld += (scripts[i].textContent ?? '').slice(0, 20_000);
  let itemArticle = false;
  let itemNonArticle = false;
  // One query for every itemtype, tested in script: a selector list of ten suffix matches costs a walk per type.
  const items = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < items.length && i < 200; i++) {
    for (const type of (items[i].getAttribute('itemtype') ?? '').split(/\s+/)) {
      if (ARTICLE_ITEMTYPE.test(type)) itemArticle = true;
      else if (NON_ARTICLE_ITEMTYPE.test(type)) itemNonArticle = true;
    }
  }
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content')?.toLowerCase().trim() ?? '';

  let prose = 0;
  let longParas = 0;
  // Long paragraphs sharing one parent: a story's body; a listing's teasers sit one per card.
  let siblingParas = 0;
  let run = 0;
  let runParent: Node | null = null;
  const ps = doc.getElementsByTagName('p');
  const pLimit = Math.min(ps.length, 400);
  for (let i = 0; i < pLimit; i++) {
    const text = ps[i].textContent ?? '';
    if (text.length < 60) continue;
    const len = weightedLength(text);
    if (len >= 140) {
      prose += Math.sqrt(len - 140);
      longParas++;
      const parent = ps[i].parentNode;
      run = parent === runParent ? run + 1 : 1;
      runParent = parent;
      if (run > siblingParas) siblingParas = run;
    }
  }
  // The story's headline, else the document's title (what a reader sees named).
  const headline = ((doc.getElementsByTagName('h1')[0]?.textContent ?? '').trim() || doc.title).slice(0, 200).replace(/\s+/g, ' ').trim().toLowerCase();
  const articleTags = doc.getElementsByTagName('article').length;
  const usernames = doc.querySelectorAll(USERNAMES).length;
  const code = doc.querySelectorAll('pre,code').length;
  const anchors = doc.getElementsByTagName('a').length;

  let path = '/';
  let query = '';
  try {
    const u = new URL(url);
    path = u.pathname.toLowerCase();
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

  return [
    itemArticle || ARTICLE_LD.test(ld) ? 1 : 0, // schemaArticle
    itemNonArticle || NON_ARTICLE_LD.test(ld) ? 1 : 0, // schemaNonArticle
    ogType === 'article' ? 1 : 0, // ogArticle
    ogType && ogType !== 'article' && ogType !== 'website' ? 1 : 0, // ogOther
    doc.querySelector('meta[property="article:published_time" i],meta[name="pubdate" i],meta[itemprop="datePublished" i],[itemprop="datePublished"]') ? 1 : 0, // articleMeta
    log1p(articleTags), // articleTags
    log1p(prose), // prose
    log1p(longParas), // longParas
    log1p(ps.length), // paras
    log1p(anchors / (longParas + 1)), // anchorsPerPara
    log1p(doc.querySelectorAll('input:not([type="hidden"]):not([type="search"]),select,textarea').length), // inputs
    log1p(doc.getElementsByTagName('button').length), // buttons
    doc.querySelector(PRICE) ? 1 : 0, // price
    log1p(doc.querySelectorAll(COMMENTS).length), // comments
    log1p(code), // code
    log1p(doc.getElementsByTagName('table').length), // tables
    log1p(doc.getElementsByTagName('time').length), // timeTags
    segments.length === 0 ? 1 : 0, // urlRoot
    /\/(?:19|20)\d{2}\/\d{1,2}(?:\/|$)|(?:19|20)\d{2}-\d{2}-\d{2}/.test(path) ? 1 : 0, // urlDate
    SLUG.test(last) || /\d{5,}/.test(last) ? 1 : 0, // urlSlug
    LISTING_PATH.test(path) ? 1 : 0, // urlListing
    query.length > 1 ? 1 : 0, // urlQuery
    Math.min(segments.length, 6) / 6, // urlDepth
    log1p(siblingParas), // siblingParas
    log1p(usernames), // usernames
    // Steps where the counts' effect is not steady (found by boosted trees on the logistic model's errors):
    // ten or more long paragraphs in a row are a story's body; a poster's name on six or more posts, or fifty code
    // blocks, are a thread or documentation.
    siblingParas >= 10 ? 1 : 0, // storyRun
    usernames >= 6 ? 1 : 0, // manyPosters
    code >= 50 ? 1 : 0, // manyCode
    log1p(doc.querySelectorAll(SHARE_LINKS).length), // shareLinks
    URL_SERVICE.test(path) ? 1 : 0, // urlService
    URL_CONTENT.test(path) ? 1 : 0, // urlContent
    URL_THREAD.test(path) ? 1 : 0, // urlThread
    TITLE_ARTICLE.test(headline) ? 1 : 0, // titleArticle
    TITLE_SERVICE.test(headline) ? 1 : 0, // titleService
  ];
}
