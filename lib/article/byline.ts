/**
 * Who wrote the story: structured authors (JSON-LD, meta tags) as people's names, else the byline printed under
 * the headline, else authors marked up anywhere on the page.
 */
import { ldString, type LdNode } from '@/lib/article/json-ld';
import { firstTag, microdata } from '@/lib/article/meta-tags';
import { hasToken, visibleText } from '@/lib/article/text';
import { firstTextDate } from '@/lib/article/text-dates';

function authorOf(node: LdNode | undefined): string | undefined {
  if (!node) return undefined;
  const a = node.author ?? node.creator;
  const list = Array.isArray(a) ? a : a ? [a] : [];
  const names = list.map((x) => ldString(x)).filter((x): x is string => !!x && !/^https?:/.test(x));
  return names.length ? names.join(', ') : undefined;
}

/** "By" in the languages Brief reads, as bylines begin ("By Jane Doe", "von Anna Schmidt", "par Jean Dupont"). */
const BY_WORD = 'by|von|par|por|di|door|av|af';
/** "Posted by" and "written by" as blogs print them in those languages ("Eingestellt von der Michel"). */
const POSTED_BY =
  '(?:written|posted|words|text|story|reported)\\s+by|(?:eingestellt|geschrieben|verfasst|gepostet)\\s+von|(?:publié|écrit|posté)\\s+par|(?:publicado|escrito)\\s+por|(?:pubblicato|scritto)\\s+da|(?:geplaatst|geschreven)\\s+door';

/** Parts of a byline line that are not names: times, labels, reading time, social links. */
const NOT_A_NAME =
  /\d|^(?:posted|published|updated|last updated|modified|reading time|lesedauer|min(?:ute)?s? read|twitter|facebook|linkedin|instagram|e-?mail|follow|share|more by|about the author|staff writer)\b/i;

/**
 * A byline as a reader wants it: names only. Lines like "Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET"
 * or "By: Jane Doe \n Twitter" are cut at their separators; parts that hold digits or labels, and the site's
 * own name, are dropped.
 */
const LEADING_LABEL = new RegExp(
  `^(?:(?:(?:articles|posts|stories)\\s+by|${POSTED_BY}|${BY_WORD}|about|über|à propos de)\\b\\s*:?|(?:author|autor(?:in)?|auteur|verfasser(?:in)?)\\s*:|文\\s*[●:：])\\s*`,
  'i',
);
/** E-mail addresses and social handles printed beside a name ("Mike Cason | mcason@al.com", "Jane Doe @jdoe"). */
const CONTACT = /\S+@\S+\.\S+|(?:^|\s)@\w+/g;

export function cleanByline(raw: string | null | undefined, siteName: string | null): string | null {
  if (!raw) return null;
  // Values escaped twice by their CMS ("Maria &amp; Katerina").
  raw = raw.replace(/&(amp|quot|apos|#39|#x27);/g, (_, e: string) => ({ amp: '&', quot: '"' } as Record<string, string>)[e] ?? "'");
  const site = siteName?.trim().toLowerCase();
  const parts = raw
    .split(/\s*(?:[|·•\n\t]|\s{3,}|\s[-–—]\s)\s*/)
    .map((p) => p.replace(CONTACT, ' ').replace(/\s+/g, ' ').trim().replace(LEADING_LABEL, '').replace(/^[,;:]+|[,;:]+$/g, '').trim())
    // The site's own name, alone or as "<Site> News/Staff…" beside a person, is the publisher, not an author.
    .filter((p) => p.length > 1 && p.length < 120 && !NOT_A_NAME.test(p) && p.toLowerCase() !== site);
  const people = site ? parts.filter((p) => !(p.toLowerCase().startsWith(`${site} `) && p.split(' ').length <= 3)) : parts;
  if (people.length) parts.splice(0, parts.length, ...people);
  const names = Array.from(new Set(parts)).slice(0, 4).join(', ');
  return names && names.length < 200 ? names : null;
}

const PROFILE_LINK = /profil|beiträge|posts|articles|artikel|→|»/i;

/** Authors marked up in the page: schema.org microdata (itemprop=author, its name) or rel=author links. */
function markupAuthor(doc: Document): string | undefined {
  const names = new Set<string>();
  // In document order, as the selector '[itemprop~="author" i], a[rel~="author" i]' lists them (the page's microdata
  // is listed once for dates and bylines; one attribute selector less to test on every element).
  const marked = microdata(doc).filter((el) => hasToken(el.getAttribute('itemprop'), 'author'));
  const linked = Array.from(doc.querySelectorAll('a[rel~="author" i]')).filter((a) => !marked.includes(a));
  const authors = [...marked, ...linked].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  for (const el of authors.slice(0, 6)) {
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
    // Social handles ("@NatGeoUK") and user names ("mikecason") are accounts, not names.
    .filter((v): v is string => !!v && !orgs.has(v.toLowerCase()) && !/^(?:©|\(c\)|copyright|@)/i.test(v) && !/^[a-z][a-z\d_.]{2,}$/.test(v));
  return names.length ? names.join(', ') : undefined;
}

const BY = new RegExp(`^(?:${POSTED_BY}|${BY_WORD})(?:\\s*:\\s*|\\s+)(?=\\p{L})`, 'iu');
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
  let previous: Element | undefined;
  for (const link of Array.from(el.querySelectorAll('a'))) {
    const name = link.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!name || /\d/.test(name) || name.length > 60) break;
    if (previous) {
      const between = el.ownerDocument.createRange();
      between.setStartAfter(previous);
      between.setEndBefore(link);
      if (!NAME_JOINER.test(between.toString())) break;
    }
    names.push(name);
    previous = link;
  }
  return names;
}

/** Boxes a page marks as its byline by name ("author", "article-byline", "writer-name"). */
const BYLINE_BOX = /(?:^|[\s_-])(?:author|byline|writer)s?(?:$|[\s_-])/i;
const isBylineBox = (el: Element) => BYLINE_BOX.test(`${el.getAttribute('class') ?? ''} ${el.id}`);

/** A line that only labels the name after it: "Author", "Insights from", "Written by:". */
const LABEL_ONLY = new RegExp(`^(?:(?:authors?|autor(?:in)?|auteur|writers?|posted|written)|.*\\b(?:from|vom|${BY_WORD}))\\s*:?$`, 'i');

/**
 * The name in a byline box: its first line of text that is not a label, up to the date boxes often add
 * ("Craig McCarthy" + "Last updated on 17 December 2025", "ZDNet Japan Staff 2019年04月28日 08時00分").
 * Avatars drawn as SVG initials are not text.
 */
function boxName(box: Element): string | undefined {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg, script, style, noscript, template')) continue;
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (!text || LABEL_ONLY.test(text)) continue;
    const date = firstTextDate(text, true);
    const name = (date ? text.slice(0, text.indexOf(date.raw)) : text).split(/\s+\d/)[0].replace(/^(?:authors?|writers?)\b\s*:?\s*/i, '').replace(/[\s,|·•–—-]+$/, '');
    return /\p{L}/u.test(name) && name.split(' ').length <= 6 ? name : undefined;
  }
  return undefined;
}

/**
 * The byline as printed under the headline: a short "By Jane Doe" line (the names it links to when it links), or a
 * link to an author page; `boxed`, the first box marked as a byline that holds a name but no "By" ("ZDNet Japan
 * Staff 2019年04月28日", "谢若含 2017-03-01 14:27"), a weaker sign read only when nothing else names the author.
 * Read from the headline on, within the story's first lines (teasers and comments further down have bylines of
 * their own).
 */
function writtenByline(doc: Document, headline: Element | null): { written?: string; boxed?: string } {
  const start = headline ?? doc.querySelector('h1');
  if (!start) return {};
  const walker = doc.createTreeWalker(doc.body ?? doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = start;
  let text = 0;
  let boxed: string | undefined;
  // Comment and footer boxes have bylines of their own; a box around the headline is the page's layout.
  const inStory = (el: Element) => {
    const box = el.closest('footer, aside, nav, [class*="comment" i]');
    return !box || box.contains(start);
  };
  for (let el = walker.nextNode() as Element | null, seen = 0; el && seen < 80 && text < 1500; el = walker.nextNode() as Element | null, seen++) {
    if (el.tagName === 'P' || el.tagName === 'H2') text += el.textContent?.length ?? 0;
    const link = isAuthorLink(el);
    const box = !boxed && isBylineBox(el) && !el.querySelector('[class*="author" i], [class*="byline" i], [class*="writer" i]');
    // Big boxes are read through their children (and their text is costly to collect).
    if (!link && !box && el.childElementCount > 3) continue;
    // Text nodes joined with spaces: "<span>By</span><a>Jane Doe</a>" reads "By Jane Doe".
    const line = visibleText(el, 101);
    if (line.length < 2 || line.length > 100) continue;
    let name: string | undefined;
    if (link) name = /\d/.test(line) ? undefined : line;
    else {
      // The innermost "By …" element: its box often adds the outlet and a date ("By Joe Davidson Washington Post Dec 13").
      const written = namedBy(line);
      if (written && !Array.from(el.children).some((c) => namedBy(visibleText(c, 101)))) name = linkedNames(el).join(', ') || written;
    }
    if (name && line.length >= 4 && inStory(el)) return { written: name, boxed };
    if (box && inStory(el)) boxed = boxName(el);
  }
  return { boxed };
}

const AUTHOR_TAGS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'];
/** Other tags that name the author by their key: analytics and CMS tags like "cXenseParse:author", "byl", "article_byline". */
const AUTHOR_KEY = /(?:^|[:._-])(?:author|byl|byline)$/;
const STAFF_CREDIT = /\b(?:staff|desk|team|editors|editorial|newsroom|redaktion|rédaction|redacción|redazione)\b/i;

/** The data tag of a "Written by" card label (twitter:label1 = "Written by", twitter:data1 = the name). */
function labelledAuthorTag(tags: Map<string, string>): string | undefined {
  for (let i = 1; i <= 4; i++) if (/^(?:written by|author|autor|auteur|verfasst von)$/i.test(tags.get(`twitter:label${i}`) ?? '')) return `twitter:data${i}`;
  return undefined;
}

/** The byline before cleaning (see `cleanByline`). */
export function findByline(
  doc: Document,
  page: { article: LdNode | undefined; tags: Map<string, string>; headline: Element | null; organisations: (string | null | undefined)[] },
): string | null {
  const { tags, organisations } = page;
  const declared =
    personal(authorOf(page.article), organisations) ??
    [...AUTHOR_TAGS, labelledAuthorTag(tags), ...Array.from(tags.keys()).filter((k) => AUTHOR_KEY.test(k))].reduce<string | undefined>((found, key) => found ?? (key ? personal(firstTag(tags, key), organisations) : undefined), undefined);
  // A desk credit ("Us Weekly Staff") gives way to a person's name printed under the headline; author links
  // anywhere on the page (teasers, staff lists) count only when there is no byline near the headline.
  if (declared && !STAFF_CREDIT.test(declared)) return declared;
  const { written, boxed } = writtenByline(doc, page.headline);
  return written ?? declared ?? markupAuthor(doc) ?? boxed ?? null;
}
