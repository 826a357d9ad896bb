import { articleNode, jsonLdNodes, ldString, type LdNode } from '@/lib/article/json-ld';
import { languageTag } from '@/lib/article/text';

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

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    // `value` is what some saved and re-served pages carry instead of `content`.
    const v = (el?.getAttribute('content') ?? el?.getAttribute('value'))?.trim();
    if (v) return v;
  }
  return undefined;
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

/** Remove a trailing or leading " | Site" / " - Site" part that repeats the site name or is short. */
export function cleanTitle(title: string, siteName: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(/\s+[|–—·•]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return t;
  const site = siteName?.toLowerCase();
  const isSite = (p: string) => (site ? p.toLowerCase() === site || site.includes(p.toLowerCase()) : false);
  let kept = parts;
  while (kept.length > 1 && (isSite(kept[kept.length - 1]) || kept[kept.length - 1].split(' ').length <= 3)) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0])) kept = kept.slice(1);
  const longest = kept.join(' - ');
  return longest.split(' ').length >= 2 ? longest : t;
}

function authorOf(node: LdNode | undefined): string | undefined {
  if (!node) return undefined;
  const a = node.author ?? node.creator;
  const list = Array.isArray(a) ? a : a ? [a] : [];
  const names = list.map((x) => ldString(x)).filter((x): x is string => !!x && !/^https?:/.test(x));
  return names.length ? names.join(', ') : undefined;
}

function h1Text(doc: Document): string | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => h.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((t) => t.length > 0);
  return h1s.length === 1 ? h1s[0] : undefined;
}

/** Parts of a byline line that are not names: times, labels, reading time, social links. */
const NOT_A_NAME =
  /\d|^(?:posted|published|updated|last updated|modified|reading time|lesedauer|min(?:ute)?s? read|twitter|facebook|linkedin|instagram|e-?mail|follow|share|more by|about the author|staff writer)\b/i;

/**
 * A byline as a reader wants it: names only. Lines like "Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET"
 * or "By: Jane Doe \n Twitter" are cut at their separators; parts that hold digits or labels, and the site's
 * own name, are dropped.
 */
export function cleanByline(raw: string | null | undefined, siteName: string | null): string | null {
  if (!raw) return null;
  const site = siteName?.trim().toLowerCase();
  const parts = raw
    .split(/\s*(?:[|·•\n\t]|\s{3,}|\s[-–—]\s)\s*/)
    .map((p) => p.replace(/\s+/g, ' ').replace(/^(?:by|von|par|por|di|door|av|af)\b\s*:?\s*/i, '').replace(/^[,;:]+|[,;:]+$/g, '').trim())
    // The site's own name, alone or as "<Site> News/Staff…" beside a person, is the publisher, not an author.
    .filter((p) => p.length > 1 && p.length < 120 && !NOT_A_NAME.test(p) && p.toLowerCase() !== site);
  const people = site ? parts.filter((p) => !(p.toLowerCase().startsWith(`${site} `) && p.split(' ').length <= 3)) : parts;
  if (people.length) parts.splice(0, parts.length, ...people);
  const names = Array.from(new Set(parts)).slice(0, 4).join(', ');
  return names && names.length < 200 ? names : null;
}

/** Authors marked up in the page: schema.org microdata (itemprop=author, its name) or rel=author links. */
function markupAuthor(doc: Document): string | undefined {
  const names = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="author" i], a[rel~="author" i]')).slice(0, 6)) {
    const nameEl = el.querySelector('[itemprop~="name" i]') ?? el;
    const v = (nameEl.getAttribute('content') ?? nameEl.getAttribute('value') ?? nameEl.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (v && v.length < 80 && !/^https?:/.test(v)) names.add(v);
  }
  return names.size ? Array.from(names).join(', ') : undefined;
}

/** Page-level metadata from JSON-LD, meta tags and markup. Reads `doc` without changing it. */
export function readMetadata(doc: Document, url: string): PageMetadata {
  const nodes = jsonLdNodes(doc);
  const art = articleNode(nodes);
  const siteName =
    meta(doc, 'og:site_name', 'application-name') ??
    ldString(art?.publisher) ??
    ldString(nodes.find((n) => n['@type'] === 'WebSite' || n['@type'] === 'Organization')?.name) ??
    null;
  const rawTitle =
    ldString(art?.headline) ?? meta(doc, 'og:title', 'twitter:title') ?? h1Text(doc) ?? doc.title ?? '';
  const h1 = h1Text(doc);
  // The visible headline wins when the structured one is a longer or prefixed variant of it.
  const title = h1 && rawTitle.includes(h1) ? h1 : cleanTitle(rawTitle, siteName);
  const byline =
    authorOf(art) ?? meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator') ?? markupAuthor(doc) ?? null;
  const html = doc.documentElement;
  const lang = languageTag(html?.getAttribute('lang') || meta(doc, 'og:locale', 'language', 'content-language'));
  const dirAttr = (html?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : lang && /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i.test(lang) ? 'rtl' : lang ? 'ltr' : null;
  const canonical =
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined, url) ??
    absolute(meta(doc, 'og:url'), url) ??
    url;
  const leadImage =
    absolute(meta(doc, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), url) ??
    absolute(ldString(art?.image, 'url'), url) ??
    absolute(doc.querySelector('link[rel~="image_src" i]')?.getAttribute('href') ?? undefined, url);
  const description = meta(doc, 'description', 'og:description', 'twitter:description') ?? ldString(art?.description) ?? null;
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
