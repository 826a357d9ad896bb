import { articleNode, jsonLdNodes, ldString, type LdNode } from '@/lib/article/json-ld';
import { headingText, headlineElement, isLogo, looksLikeHeadline } from '@/lib/article/headline';
import { firstTag, metaTags } from '@/lib/article/meta-tags';
import { languageTag, visibleText } from '@/lib/article/text';

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

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/** Words, counting two CJK characters as one (those scripts put no spaces between words). */
const wordCount = (s: string): number => (CJK.test(s) ? Math.ceil(s.replace(/\s/g, '').length / 2) : s.split(' ').length);

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

function authorOf(node: LdNode | undefined): string | undefined {
  if (!node) return undefined;
  const a = node.author ?? node.creator;
  const list = Array.isArray(a) ? a : a ? [a] : [];
  const names = list.map((x) => ldString(x)).filter((x): x is string => !!x && !/^https?:/.test(x));
  return names.length ? names.join(', ') : undefined;
}

/** The text of the page's only <h1> (logos and the site's name left out). */
function h1Text(doc: Document, siteName: string | null): string | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .filter((h) => !isLogo(h))
    .map(headingText)
    .filter((t) => t && t.toLowerCase() !== siteName?.trim().toLowerCase());
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
  // Values escaped twice by their CMS ("Maria &amp; Katerina").
  raw = raw.replace(/&(amp|quot|apos|#39|#x27);/g, (_, e: string) => ({ amp: '&', quot: '"' } as Record<string, string>)[e] ?? "'");
  const site = siteName?.trim().toLowerCase();
  const parts = raw
    .split(/\s*(?:[|·•\n\t]|\s{3,}|\s[-–—]\s)\s*/)
    .map((p) => p.replace(/\s+/g, ' ').replace(/^(?:(?:articles|posts|stories)\s+by|by|von|par|por|di|door|av|af|about|über|à propos de)\b\s*:?\s*/i, '').replace(/^[,;:]+|[,;:]+$/g, '').trim())
    // The site's own name, alone or as "<Site> News/Staff…" beside a person, is the publisher, not an author.
    .filter((p) => p.length > 1 && p.length < 120 && !NOT_A_NAME.test(p) && p.toLowerCase() !== site);
  const people = site ? parts.filter((p) => !(p.toLowerCase().startsWith(`${site} `) && p.split(' ').length <= 3)) : parts;
  if (people.length) parts.splice(0, parts.length, ...people);
  const names = Array.from(new Set(parts)).slice(0, 4).join(', ');
  return names && names.length < 200 ? names : null;
}

/** Authors marked up in the page: schema.org microdata (itemprop=author, its name) or rel=author links. */
const PROFILE_LINK = /profil|beiträge|posts|articles|artikel|→|»/i;

function markupAuthor(doc: Document): string | undefined {
  const names = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="author" i], a[rel~="author" i]')).slice(0, 6)) {
    const nameEl = el.querySelector('[itemprop~="name" i]') ?? el;
    const v = (nameEl.getAttribute('content') ?? nameEl.getAttribute('value') ?? nameEl.textContent ?? '').replace(/\s+/g, ' ').trim();
    // Author boxes also link "View my complete profile" / "Alle Beiträge von …" with rel=author.
    if (v && v.length < 80 && !/^https?:/.test(v) && v.split(' ').length <= 5 && !PROFILE_LINK.test(v)) names.add(v);
  }
  return names.size ? Array.from(names).join(', ') : undefined;
}

/** A profile address's last part when it spells a name ("/people/howard-blume" -> "Howard Blume"). */
function nameFromProfileUrl(href: string): string | undefined {
  let last: string;
  try {
    last = decodeURIComponent(new URL(href).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch {
    return undefined;
  }
  if (!/^\p{L}+(?:[-_]\p{L}+){1,3}$/u.test(last)) return undefined;
  return last.split(/[-_]/).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

/**
 * Author values as people's names: profile links (article:author often holds them) become the name they spell or
 * are dropped ("facebook.com/peoplemag"); the publisher itself ("Condé Nast", the site's name) is not an author.
 */
function personal(value: string | undefined, organisations: (string | null | undefined)[]): string | undefined {
  if (!value) return undefined;
  const orgs = new Set(organisations.filter((o): o is string => !!o).map((o) => o.trim().toLowerCase()));
  const names = value
    .split(/,(?=\s*https?:)/)
    .map((v) => v.trim())
    .map((v) => (/^https?:/i.test(v) ? nameFromProfileUrl(v) : v))
    // Social handles ("@NatGeoUK") are accounts, not names.
    .filter((v): v is string => !!v && !orgs.has(v.toLowerCase()) && !/^(?:©|\(c\)|copyright|@)/i.test(v));
  return names.length ? names.join(', ') : undefined;
}

const BY = /^(?:(?:written|posted|words|text|story|reported)\s+by|by|von|par|por|di|door|av|af)(?:\s*:\s*|\s+)(?=\p{L})/iu;
/** Links to an author's page ("/author/jane-doe", "/toireporter/author-Jane-Doe-123.cms", rel=author). */
const AUTHOR_HREF = /\/(?:authors?|autor(?:en)?|auteurs?|[a-z]*reporters?|journalists?)(?:[/-]|$)/i;
const isAuthorLink = (el: Element) => el.tagName === 'A' && (/\bauthor\b/i.test(el.getAttribute('rel') ?? '') || AUTHOR_HREF.test(el.getAttribute('href') ?? ''));
/** "Autor: Peter Maahn" anywhere in a short line (up to the next "Label:"). */
const AUTHOR_LABEL = /(?:^|\s)(?:author|autor(?:in)?|auteur|verfasser(?:in)?|autore)\s*:\s*(\p{L}[^|·•:]{2,58}?)(?=\s+[\p{L}.]+\s*:|\s*[|·•]|$)/iu;

/** The name a "By Jane Doe" or "Author: Jane Doe" line gives. */
const namedBy = (line: string): string | undefined => (BY.test(line) ? line.replace(BY, '') : AUTHOR_LABEL.exec(line)?.[1]?.trim());

/** What may stand between two names in a byline: ",", "&", "and" and its translations. */
const NAME_JOINER = /^[\s,&]*(?:(?:and|und|et|y|e|en|og|och)\s*)?$/i;

/** The names a "By …" element links to, in order, as long as only joiners stand between them. */
function linkedNames(el: Element): string[] {
  const names: string[] = [];
  for (const link of Array.from(el.querySelectorAll('a'))) {
    const name = link.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!name || /\d/.test(name) || name.length > 60) break;
    if (names.length) {
      const range = el.ownerDocument.createRange();
      range.setStartAfter(el.querySelectorAll('a')[names.length - 1]);
      range.setEndBefore(link);
      if (!NAME_JOINER.test(range.toString())) break;
    }
    names.push(name);
  }
  return names;
}

/**
 * The byline as printed under the headline: a short "By Jane Doe" line (the names it links to when it links), or a
 * link to an author page. Read from the headline on, within the story's first lines (teasers and comments further
 * down have bylines of their own).
 */
function writtenByline(doc: Document, headline: Element | null): string | undefined {
  const start = headline ?? doc.querySelector('h1');
  if (!start) return undefined;
  const walker = doc.createTreeWalker(doc.body ?? doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = start;
  let text = 0;
  for (let el = walker.nextNode() as Element | null, seen = 0; el && seen < 80 && text < 1500; el = walker.nextNode() as Element | null, seen++) {
    if (el.tagName === 'P' || el.tagName === 'H2') text += el.textContent?.length ?? 0;
    const link = isAuthorLink(el);
    // Big boxes are read through their children (and their text is costly to collect).
    if (!link && el.childElementCount > 3) continue;
    // Text nodes joined with spaces: "<span>By</span><a>Jane Doe</a>" reads "By Jane Doe".
    const line = visibleText(el, 101);
    if (line.length < 4 || line.length > 100) continue;
    let name: string | undefined;
    if (link) name = /\d/.test(line) ? undefined : line;
    else {
      // The innermost "By …" element: its box often adds the outlet and a date ("By Joe Davidson Washington Post Dec 13").
      const written = namedBy(line);
      if (written && !Array.from(el.children).some((c) => namedBy(visibleText(c, 101)))) name = linkedNames(el).join(', ') || written;
    }
    // Comment and footer boxes have bylines of their own; a box around the headline is the page's layout.
    const box = name ? el.closest('footer, aside, nav, [class*="comment" i]') : null;
    if (name && (!box || box.contains(start))) return name;
  }
  return undefined;
}

const AUTHOR_TAGS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'];
const STAFF_CREDIT = /\b(?:staff|desk|team|editors|editorial|newsroom|redaktion|rédaction|redacción|redazione)\b/i;

/** The data tag of a "Written by" card label (twitter:label1 = "Written by", twitter:data1 = the name). */
function labelledAuthorTag(tags: Map<string, string>): string | undefined {
  for (let i = 1; i <= 4; i++) if (/^(?:written by|author|autor|auteur|verfasst von)$/i.test(tags.get(`twitter:label${i}`) ?? '')) return `twitter:data${i}`;
  return undefined;
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
  const organisations = [siteName, ldString(art?.publisher), holder];
  const declared =
    personal(authorOf(art), organisations) ??
    [...AUTHOR_TAGS, labelledAuthorTag(tags)].reduce<string | undefined>((found, key) => found ?? (key ? personal(meta(key), organisations) : undefined), undefined);
  // A desk credit ("Us Weekly Staff") gives way to a person's name printed under the headline; author links
  // anywhere on the page (teasers, staff lists) count only when there is no byline near the headline.
  const byline = (declared && !STAFF_CREDIT.test(declared) ? declared : writtenByline(doc, headline) ?? declared ?? markupAuthor(doc)) ?? null;
  const html = doc.documentElement;
  const lang = languageTag(html?.getAttribute('lang') || meta('og:locale', 'language', 'content-language'));
  const dirAttr = (html?.getAttribute('dir') || doc.body?.getAttribute('dir') || '').toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : lang && /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i.test(lang) ? 'rtl' : lang ? 'ltr' : null;
  const canonical =
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined, url) ??
    absolute(meta('og:url'), url) ??
    url;
  const leadImage =
    absolute(meta('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), url) ??
    absolute(ldString(art?.image, 'url'), url) ??
    absolute(doc.querySelector('link[rel~="image_src" i]')?.getAttribute('href') ?? undefined, url);
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
