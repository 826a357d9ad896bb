import { articleNode, jsonLdNodes, ldString } from '@/lib/article/json-ld';
import { hostOf } from '@/lib/article/host';
import { headingText, headlineElement, isLogo, looksLikeHeadline } from '@/lib/article/headline';
import { firstTag, metaTags } from '@/lib/article/meta-tags';
import { cleanByline, findByline } from '@/lib/article/byline';
import { CJK_CHAR, hasToken, languageTag } from '@/lib/article/text';

export interface PageMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  canonicalUrl: string;
  leadImage: string | null;
  description: string | null;
}

function absolute(url: string | undefined, base: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|_ga|yclid|cmpid|ocid)$/i;

/** The page URL without tracking parameters and fragment. */
export function cleanUrl(url: string): string {
  try {
    const u = new URL(url);
    for (const key of Array.from(u.searchParams.keys())) if (TRACKING.test(key)) u.searchParams.delete(key);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** Words, counting two CJK characters as one (those scripts put no spaces between words). */
const wordCount = (s: string): number => (CJK_CHAR.test(s) ? Math.ceil(s.replace(/\s/g, '').length / 2) : s.split(' ').length);

/**
 * Remove trailing or leading " | Site" / " - Site" parts that repeat the site name or are short. Chinese and
 * Japanese titles also join their parts with "_" ("这个约会软件…_智能_好奇心日报").
 */
export function cleanTitle(title: string, siteName: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(/\s+[|–—·•]\s+|\s+-\s+|\s+::\s+|(?<=[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef])_|_(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])/);
  if (parts.length < 2) return t;
  const site = siteName?.toLowerCase();
  const isSite = (p: string) => (site ? p.toLowerCase() === site || site.includes(p.toLowerCase()) : false);
  let kept = parts;
  while (kept.length > 1 && (isSite(kept[kept.length - 1]) || wordCount(kept[kept.length - 1]) <= 3)) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0])) kept = kept.slice(1);
  const longest = kept.join(' - ');
  return wordCount(longest) >= 2 ? longest : t;
}

/** The text of the page's only <h1> (logos and the site's name left out). */
function h1Text(doc: Document, siteName: string | null): string | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .filter((h) => !isLogo(h))
    .map(headingText)
    .filter((t) => t && t.toLowerCase() !== siteName?.trim().toLowerCase());
  return h1s.length === 1 ? h1s[0] : undefined;
}

/** The address of the first of the page's <link>s of this kind (listed by tag: no scan of every element). */
function linkTo(links: Element[], rel: string): string | undefined {
  return links.find((l) => hasToken(l.getAttribute('rel'), rel))?.getAttribute('href') ?? undefined;
}

/** Page-level metadata from JSON-LD, meta tags and markup. Reads `doc` without changing it. */
export function readMetadata(doc: Document, url: string): PageMetadata {
  const tags = metaTags(doc);
  const meta = (...keys: string[]) => firstTag(tags, ...keys);
  const nodes = jsonLdNodes(doc);
  const art = articleNode(nodes);
  const siteName =
    meta('og:site_name', 'application-name') ??
    ldString(art?.publisher) ??
    ldString(nodes.find((n) => n['@type'] === 'WebSite' || n['@type'] === 'Organization')?.name) ??
    null;
  const h1 = h1Text(doc, siteName);
  const structured = ldString(art?.headline) ?? meta('og:title', 'twitter:title');
  const docTitle = cleanTitle(doc.title ?? '', siteName);
  // The headline a reader sees wins over titles written for search engines and social cards; else the structured
  // title, reduced to the page's <h1> when it is a variant of it; else the document's title, or the <h1> when that
  // title is only the site's name. (An <h1> the cleaning removes, like "Site" in "Story_Site", is the site's name.)
  const headline = headlineElement(doc, siteName);
  const cleaned = structured ? cleanTitle(structured, siteName) : docTitle;
  const fallback = !structured && h1 && (!docTitle || !looksLikeHeadline(docTitle, siteName)) ? h1 : cleaned;
  const title = headline ? headingText(headline) : h1 && cleaned.includes(h1) ? h1 : fallback;
  // "Copyright (c) Condé Nast 2022" names the publisher too.
  const holder = meta('copyright', 'dcterms.rightsholder')?.replace(/©|\(c\)|copyright|all rights reserved\.?|\b\d{4}\b|[.,]\s*$/gi, '').trim();
  // The site's address names the publisher too ("ASCII" on weekly.ascii.jp).
  const hostLabels = hostOf(url).split('.');
  const byline = findByline(doc, { article: art, tags, headline, organisations: [siteName, ldString(art?.publisher), holder, ...hostLabels] });
  const html = doc.documentElement;
  const lang = languageTag(html?.getAttribute('lang') || meta('og:locale', 'language', 'content-language'));
  const dirAttr = (html?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : lang && /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i.test(lang) ? 'rtl' : lang ? 'ltr' : null;
  const links = Array.from(doc.getElementsByTagName('link'));
  const canonical =
    absolute(linkTo(links, 'canonical'), url) ??
    absolute(meta('og:url'), url) ??
    url;
  const leadImage =
    absolute(meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), url) ??
    absolute(ldString(art?.image, 'url'), url) ??
    absolute(linkTo(links, 'image_src'), url);
  const description = meta('description', 'og:description', 'twitter:description') ?? ldString(art?.description) ?? null;
  return {
    title,
    byline: cleanByline(byline, siteName),
    siteName,
    lang,
    dir,
    canonicalUrl: cleanUrl(canonical),
    leadImage,
    description: description?.replace(/\s+/g, ' ').trim() || null,
  };
}
