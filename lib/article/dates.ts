import { articleNode, jsonLdNodes } from '@/lib/article/json-ld';
import type { DateSource, PageDate } from '@/lib/article/types';
import { firstTextDate, writesMonthFirst, type TextDay } from '@/lib/article/text-dates';
import { headlineElement } from '@/lib/article/headline';
import { metaTags, microdata } from '@/lib/article/meta-tags';
import { hostOf } from '@/lib/article/host';
import { inZone, pageZone } from '@/lib/article/page-zone';
import { visibleText } from '@/lib/article/text';

export interface PageDates {
  published: PageDate | null;
  modified: PageDate | null;
}

export interface DateContext {
  url: string;
  lang: string | null;
  /** Dates after this instant are rejected (clock of the reader). */
  now: Date;
  /** The site's name, which is never the headline (see lib/article/headline.ts). */
  siteName?: string | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** Parse an ISO-like machine date, keeping the offset it states. */
export function parseMachineDate(raw: string): { iso: string; hasTime: boolean; epoch: number } | null {
  const s = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(s);
  if (!m) {
    const t = Date.parse(s);
    if (!Number.isFinite(t) || !/\d{4}/.test(s)) return null;
    const d = new Date(t);
    return { iso: d.toISOString().replace('.000Z', '+00:00'), hasTime: true, epoch: t };
  }
  const [, y, mo, d, h, mi, sec, zone] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return null;
  if (h === undefined) return { iso: `${y}-${mo}-${d}`, hasTime: false, epoch: Date.UTC(+y, +mo - 1, +d) };
  let off = 0;
  let offStr = '+00:00';
  if (zone && zone.toUpperCase() !== 'Z') {
    const z = zone.replace(':', '');
    off = (z[0] === '-' ? -1 : 1) * (+z.slice(1, 3) * 60 + +z.slice(3, 5));
    offStr = offsetLabel(off);
  }
  // A time without a zone is kept as stated, read as UTC for ordering.
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone ? offStr : ''}`;
  const epoch = Date.UTC(+y, +mo - 1, +d, +h, +mi, +(sec ?? 0)) - off * 60_000;
  return { iso, hasTime: true, epoch };
}

/** UTC offsets of time-zone abbreviations, in minutes. IST is resolved by page context. */
const ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, WET: 0, WEST: 60, MSK: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AEST: 600, AEDT: 660, PKT: 300, NZST: 720, NZDT: 780,
};

function istOffset(ctx: DateContext): number {
  const lang = ctx.lang?.toLowerCase() ?? '';
  const host = hostOf(ctx.url);
  if (lang.startsWith('he') || host.endsWith('.il')) return 120;
  if (lang.endsWith('-ie') || host.endsWith('.ie')) return 60;
  return 330; // India Standard Time is by far the most common reading of "IST" on the web.
}

interface Candidate extends PageDate {
  epoch: number;
  kind: 'published' | 'modified';
}

const TEXT_DATE =
  /\b(updated|modified|last updated|created|published|posted|first published)\s*(?:on|at)?\s*:?\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:,?\s+(\d{1,2}):(\d{2})\s*(?:([ap])\.?m\.?)?\s*([A-Z]{2,4})?)?/gi;

/** Labelled numeric dates with a time and zone ("Updated: 21-01-2026 16:09 IST") in the top of the page's text. */
function textCandidates(text: string, ctx: DateContext, monthFirst: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(TEXT_DATE)) {
    const [raw, label, a, b, y, h, mi, ampm, zone] = m;
    let day = +a;
    let month = +b;
    if (month > 12 || (monthFirst && day <= 12)) [day, month] = [month, day];
    if (month > 12 || day > 31) continue;
    const kind = /updat|modif/i.test(label) ? 'modified' : 'published';
    const date = `${y}-${pad(month)}-${pad(day)}`;
    if (h === undefined) {
      out.push({ iso: date, raw: raw.trim(), source: 'text', confidence: 0.6, hasTime: false, epoch: Date.UTC(+y, month - 1, day), kind });
      continue;
    }
    let hour = +h;
    if (ampm) hour = (hour % 12) + (ampm.toLowerCase() === 'p' ? 12 : 0);
    const zoneKey = zone?.toUpperCase();
    const off = zoneKey === 'IST' ? istOffset(ctx) : zoneKey !== undefined ? ZONES[zoneKey] : undefined;
    const iso = `${date}T${pad(hour)}:${mi}:00${off === undefined ? '' : offsetLabel(off)}`;
    const epoch = Date.UTC(+y, month - 1, day, hour, +mi) - (off ?? 0) * 60_000;
    out.push({ iso, raw: raw.trim(), source: 'text', confidence: off === undefined ? 0.6 : 0.75, hasTime: true, epoch, kind });
  }
  return out;
}

function machine(raw: string | null | undefined, source: DateSource, kind: Candidate['kind'], confidence: number): Candidate | null {
  if (!raw) return null;
  const p = parseMachineDate(raw);
  return p ? { ...p, raw: raw.trim(), source, kind, confidence } : null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'published_date', 'publication_date', 'date_published', 'article.published', 'article_date_original', 'originalpublicationdate', 'release_date',
  'date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.created', 'dcterms.date', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date',
  'cxenseparse:recs:publishtime', 'rnews:datepublished', 'citation_publication_date', 'citation_date', 'displaydate', 'og:regdate', 'created',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'];

function metaCandidates(values: Map<string, string>, keys: string[], kind: Candidate['kind']): Candidate[] {
  const out: Candidate[] = [];
  for (const key of keys) {
    const c = machine(values.get(key.toLowerCase()), 'meta', kind, 0.85);
    if (c) out.push(c);
  }
  return out;
}

function urlCandidate(url: string): Candidate | null {
  // /2020/04/17/, /2020-04-17-, /20200417/; and day first, /29-10-2021 (never the archive's /web/20110106023242/).
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|-)/.exec(url) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(url);
  const dayFirst = m ? null : /\/(\d{2})-(\d{2})-((?:19|20)\d{2})(?:[/.]|$)/.exec(url);
  if (!m && !dayFirst) return null;
  const [, y, mo, d] = m ?? [dayFirst![0], dayFirst![3], dayFirst![2], dayFirst![1]];
  return machine(`${y}-${pad(+mo)}-${pad(+d)}`, 'url', 'published', 0.56);
}

/** A JSON-LD node other than the article that dates the page (a WebPage, a recipe, a video). */
function anyLdDate(doc: Document): Candidate | null {
  for (const node of jsonLdNodes(doc)) {
    for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
      const v = node[key];
      const c = machine(typeof v === 'string' ? v : null, 'json-ld', 'published', 0.8);
      if (c) return c;
    }
  }
  return null;
}

// Elements that usually hold a story's date: named for it by class, id or itemprop, in many languages, or the
// byline/meta line under the headline. Comments, related stories and page furniture are not the story's.
const HOLDER_CLASS = /date|datum|fecha|data-|time|publish|publica|pubblica|posted|byline|author|autor|auteur|meta|info|submitted/i;
const HOLDER_ID = /date|time/i;

// One pass over the elements with string tests: far cheaper than a list of substring attribute selectors.
function isHolder(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'TIME' || (tag === 'ABBR' && el.hasAttribute('title'))) return true;
  if (HOLDER_CLASS.test(el.getAttribute('class') ?? '') || HOLDER_ID.test(el.id)) return true;
  const prop = el.getAttribute('itemprop');
  return prop === 'datePublished' || prop === 'dateCreated';
}
const NOT_THE_STORY = 'footer, aside, nav, [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="sidebar" i], [class*="teaser" i]';
const HOLDERS_READ = 40;
const DIGIT = /\d/;
/** Characters of visible text from the top of the page read for date lines and date boxes. */
const TOP_TEXT = 20_000;

/** What the date finders need to know about the page's layout, worked out once per document. */
interface Layout {
  /** The story's headline (lib/article/headline.ts), else the first <h1>. */
  headline: Element | null;
  /** True for elements in comments, related stories, teasers and page furniture. */
  furniture(el: Element): boolean;
}

function pageLayout(doc: Document, siteName: string | null | undefined): Layout {
  const headline = headlineElement(doc, siteName) ?? doc.querySelector('h1');
  const paragraphs = doc.getElementsByTagName('p').length;
  const wrapper = new Map<Element, boolean>();
  // "layoutTwoColumnsRightSidebar", "has-sidebar": a box named like furniture that holds the headline or most of
  // the page's paragraphs is the page's layout around the story, not furniture.
  const isWrapper = (box: Element) => {
    let known = wrapper.get(box);
    if (known === undefined) {
      known = (headline !== null && box.contains(headline)) || (paragraphs > 0 && box.getElementsByTagName('p').length * 2 > paragraphs);
      wrapper.set(box, known);
    }
    return known;
  };
  return {
    headline,
    furniture(el) {
      for (let box = el.closest(NOT_THE_STORY); box; box = box.parentElement?.closest(NOT_THE_STORY) ?? null) {
        if (!isWrapper(box)) return true;
      }
      return false;
    },
  };
}

/**
 * The first date box of the story, found from the walk over the top of the page's text (see `dateCandidates`), so
 * boxes are looked for where the story is and not in teasers and footers further down. A date box holds a digit:
 * only the elements around text with digits are looked at, each once, outer ones first (the order of a walk over
 * the elements), which spares looking at every element of the page.
 */
function holderReader(layout: Layout, monthFirst: boolean, root: Element): { onText(text: string, node: Node): void; found(): Candidate[] } {
  const h1 = layout.headline;
  const seen = new Set<Element>();
  let read = 0;
  let first: Candidate | null = null;
  let fallback: Candidate | null = null;
  const look = (el: Element) => {
    // A date line is a small element; big wrappers named "meta" or "info" are read through their children.
    if (el.childElementCount > 12 || !isHolder(el)) return;
    const text = `${el.getAttribute('title') ?? ''} ${el.childElementCount ? visibleText(el, 300) : el.textContent ?? ''}`.slice(0, 300);
    if (text.length > 250 || !DIGIT.test(text)) return;
    read++;
    const found = firstTextDate(text, monthFirst);
    if (!found) return;
    if (!layout.furniture(el)) first = textDay(found, 0.55);
    // Some sites put the story itself in a "teaser" or "sidebar" box: a date after the headline still counts, lower.
    else if (!fallback && h1 && h1.compareDocumentPosition(el) & 4) fallback = textDay(found, 0.5);
  };
  return {
    onText(text, node) {
      if (first || read >= HOLDERS_READ || !DIGIT.test(text)) return;
      const fresh: Element[] = [];
      for (let el: Element | null = node.parentElement; el && el !== root && !seen.has(el); el = el.parentElement) {
        seen.add(el);
        fresh.push(el);
      }
      for (let k = fresh.length - 1; k >= 0 && !first && read < HOLDERS_READ; k--) look(fresh[k]);
    },
    found: () => (first ? [first] : fallback ? [fallback] : []),
  };
}

function textDay(found: { year: number; month: number; day: number; raw: string }, confidence: number): Candidate {
  const iso = `${found.year}-${pad(found.month)}-${pad(found.day)}`;
  return { iso, raw: found.raw.trim(), source: 'text', confidence, hasTime: false, epoch: Date.UTC(found.year, found.month - 1, found.day), kind: 'published' };
}

/**
 * A date in a short line (byline, date line) or opening a longer one (a dateline) is the story's; a date inside
 * prose is what the story is about ("the qualifiers on 4 and 5 March"). Lines are tried as a whole (a date may be
 * split over elements) and then text node by text node (a dateline may follow a standfirst in the same box). `whole`
 * is the line's visible text, as the caller read it.
 */
function dateLine(el: Element, whole: string, monthFirst: boolean): TextDay | null {
  const found = firstTextDate(whole, monthFirst);
  if (found && (whole.length <= 200 || whole.indexOf(found.raw) < 40)) return found;
  if (!found) return null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let read = 0;
  for (let node = walker.nextNode(); node && read < 600; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    read += text.length;
    const inNode = text.length >= 8 ? firstTextDate(text, monthFirst) : null;
    if (inNode && (text.length <= 120 || text.indexOf(inNode.raw) < 40)) return inNode;
  }
  return null;
}

/** The lines around the headline, then the page title: where a date is written when no element is named for it. */
function nearHeadline(doc: Document, layout: Layout, monthFirst: boolean): Candidate | null {
  const h1 = layout.headline;
  let box = h1?.parentElement;
  // A box holding nothing but the headline is a wrapper: its parent is the headline's box.
  for (let up = 0; box && up < 6 && box.childElementCount === 1 && box.parentElement && box.parentElement !== doc.body; up++) box = box.parentElement;
  if (h1 && box) {
    // The headline itself (some put the date in it), its box (kicker, byline, date beside it), what follows the box.
    const lines = [h1, ...Array.from(box.children).filter((el) => !el.contains(h1))];
    for (let el = box.nextElementSibling; el && lines.length < 16; el = el.nextElementSibling) lines.push(el);
    let read = 0;
    for (const el of lines) {
      if (read > 1000) break;
      if (layout.furniture(el)) continue;
      const whole = visibleText(el, 300);
      read += whole.length;
      const found = dateLine(el, whole, monthFirst);
      if (found) return textDay(found, 0.5);
    }
  }
  const title = doc.querySelector('title')?.textContent ?? '';
  const found = firstTextDate(title, monthFirst);
  return found ? textDay(found, 0.45) : null;
}

// "Veröffentlicht am 6. Mai 2014", "Published on August 19, 2019", "Datum: 03.11.2021", "Publié le 3 juin 2020".
const PUBLISHED_LABEL = /(?:published|posted|created|first published|date|veröffentlicht|erstellt|geschrieben|datum|(?:presse)?(?:mitteilung|meldung) vom|publié|publicado|publicada|pubblicato|gepubliceerd|opublikowano|publicerad|опубликовано)(?:\s+(?:on|am|le|el|il|em|op|dnia))?\s*:?\s*/giu;
// German also labels the time of the last change with a noun: "Letzte Änderung: 14.01.2022", "Stand: 14.01.2022 09:25 Uhr".
const MODIFIED_LABEL = /(?:updated|last updated|modified|aktualisiert|geändert|(?:letzte\s+)?(?:änderung|aktualisierung)|(?<!\p{L})stand(?=\s*:|\s)|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|zaktualizowano|обновлено)(?:\s+(?:on|am|le|el|il|em|op|vom))?\s*:?\s*/giu;

// German blogs' "… wurde am 19. Mai 2010 um 23:03 Uhr gepostet" ("was posted on"): the label is the verb after the date.
const PASSIVE_LABEL = /wurde(?:\s+\p{L}+)?\s+am\s+/giu;
const PASSIVE_VERB = /^[^.]{0,30}?(?:veröffentlicht|gepostet|publiziert|geschrieben|erstellt|verfasst)/u;

/** Dates written right after a label that says what they are, in the top of the page's text. */
function labelledDates(text: string, monthFirst: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const [label, kind] of [[PUBLISHED_LABEL, 'published'], [MODIFIED_LABEL, 'modified'], [PASSIVE_LABEL, 'published']] as const) {
    if (kind === 'published' && label === PASSIVE_LABEL && out.some((c) => c.kind === 'published')) continue;
    label.lastIndex = 0;
    let tried = 0;
    for (const m of text.matchAll(label)) {
      if (++tried > 5) break;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const found = firstTextDate(after, monthFirst);
      if (!found || after.indexOf(found.raw) > 20) continue;
      if (label === PASSIVE_LABEL && !PASSIVE_VERB.test(text.slice(m.index + m[0].length + after.indexOf(found.raw) + found.raw.length))) continue;
      out.push({ ...textDay(found, 0.58), raw: `${m[0]}${found.raw}`.trim(), kind });
      break;
    }
  }
  return out;
}

const SCRIPT_DATE = /["'](?:datePublished|publishedDate|published_at|publishedAt|publishDate|publish_date|datePosted|pubDate|firstPublished|date_published|createdAt|created_at|dateCreated|uploadDate)["']\s*:\s*["']([^"']{8,40})["']/;

/** A publication date in a page's own script data (app state, analytics), when nothing visible or declared has one. */
function scriptDate(doc: Document, monthFirst: boolean): Candidate | null {
  let budget = 300_000;
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.hasAttribute('src') || /ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    budget -= text.length;
    if (budget < 0) break;
    const m = SCRIPT_DATE.exec(text);
    if (!m) continue;
    const c = machine(m[1], 'text', 'published', 0.53);
    if (c) return { ...c, raw: m[0] };
    const found = firstTextDate(m[1], monthFirst);
    if (found) return { ...textDay(found, 0.53), raw: m[0] };
  }
  return null;
}

/**
 * The story's <time>: the article's or its header's first, any other only outside comments, teasers and furniture.
 * (The page's <time> elements are listed once and sorted here: a selector per kind would scan the page each.)
 */
function storyTime(doc: Document, layout: Layout): Element | null {
  const times = Array.from(doc.getElementsByTagName('time'));
  const dated = (t: Element) => t.hasAttribute('datetime');
  const kinds = [(t: Element) => dated(t) && t.closest('article') !== null, (t: Element) => dated(t) && t.closest('header') !== null, (t: Element) => t.hasAttribute('pubdate'), dated];
  for (const kind of kinds) {
    const el = times.find((t) => kind(t) && !layout.furniture(t));
    if (el) return el;
  }
  return null;
}

const EARLIEST_WEB = Date.UTC(1991, 0, 1);
const MICRODATA_DATES = new Set(['datePublished', 'dateModified', 'dateCreated', 'uploadDate']);

/** The most any candidate read from the page's text can score (a labelled date with time and zone). */
const TEXT_CONFIDENCE = 0.75;

/**
 * Gather date candidates: the declared ones (JSON-LD, meta tags, microdata, the URL) first, then those read from the
 * page's text and layout. The text is read only for what the declared dates leave open (every text candidate
 * scores below a declared one, so reading it could not change the answer): for nothing when they give both times,
 * for an "Updated" line when they give only the published one.
 */
function dateCandidates(doc: Document, ctx: DateContext): Candidate[] {
  const plausible = (c: Candidate | null): c is Candidate => c !== null && c.epoch >= EARLIEST_WEB && c.epoch <= ctx.now.getTime() + 86_400_000;
  const art = articleNode(jsonLdNodes(doc));
  const metas = metaTags(doc);
  const list: Candidate[] = [
    machine(typeof art?.datePublished === 'string' ? art.datePublished : null, 'json-ld', 'published', 0.9),
    machine(typeof art?.dateModified === 'string' ? art.dateModified : null, 'json-ld', 'modified', 0.9),
    ...metaCandidates(metas, PUBLISHED_META, 'published'),
    ...metaCandidates(metas, MODIFIED_META, 'modified'),
    // One attribute test per element, the values compared here: a selector per value costs a scan each.
    ...microdata(doc)
      .filter((el) => MICRODATA_DATES.has(el.getAttribute('itemprop')!))
      .slice(0, 4)
      .map((el) => machine(el.getAttribute('content') ?? el.getAttribute('datetime'), 'microdata', el.getAttribute('itemprop') === 'dateModified' ? 'modified' : 'published', 0.85)),
    urlCandidate(ctx.url),
    anyLdDate(doc),
  ].filter(plausible);
  const settled = (kind: Candidate['kind']) => list.some((c) => c.kind === kind && c.confidence > TEXT_CONFIDENCE);
  const needPublished = !settled('published');
  if (!needPublished && settled('modified')) return list;

  // The top of the page's visible text: dates of teasers and footers further down are not this article's. The
  // date boxes are looked for in the same stretch of the page, in the same walk.
  const monthFirst = writesMonthFirst(ctx.lang);
  const layout = needPublished ? pageLayout(doc, ctx.siteName) : null;
  const holders = layout && doc.body ? holderReader(layout, monthFirst, doc.body) : null;
  const top = visibleText(doc.body, TOP_TEXT, holders?.onText);
  const read: (Candidate | null)[] = [...textCandidates(top, ctx, monthFirst), ...labelledDates(top, monthFirst)];
  if (!layout || !holders) return [...list, ...read.filter(plausible).filter((c) => c.kind === 'modified')];
  const written = holders.found();
  read.push(machine(storyTime(doc, layout)?.getAttribute('datetime'), 'time-element', 'published', 0.7), ...written);
  if (!written.length) read.push(nearHeadline(doc, layout, monthFirst), scriptDate(doc, monthFirst));
  return [...list, ...read.filter(plausible)];
}

function best(cands: Candidate[]): Candidate | undefined {
  // Highest confidence wins; between equals, the one that states a time and zone.
  return [...cands].sort((a, b) => b.confidence - a.confidence || Number(b.hasTime) - Number(a.hasTime))[0];
}

function strip({ epoch: _e, kind: _k, ...date }: Candidate): PageDate {
  return date;
}

/** A time the page states in UTC, shown in the page's own zone when its domain or language tells it. */
function localised(c: Candidate, zone: string | null): Candidate {
  if (!zone || !c.hasTime || !/(?:Z|[+-]00:?00)$/i.test(c.iso)) return c;
  return { ...c, iso: inZone(c.epoch, zone) };
}

const dayOf = (c: Candidate) => c.iso.slice(0, 10);

/**
 * A full date in the URL is the day the story was filed under; a date read from the page's text or a <time> that
 * disagrees with it is more likely another story's (a teaser, a comment) than this one's.
 */
function checkedAgainstUrl(pub: Candidate | undefined, url: Candidate | undefined): Candidate | undefined {
  if (!pub || !url || pub === url || dayOf(pub) === dayOf(url)) return pub;
  return pub.source === 'text' || pub.source === 'time-element' ? url : pub;
}

/** The year and month a blog files a story under ("/2017/09/slug"), as "2017-09". */
function urlMonth(url: string): string | null {
  const m = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(url);
  return m ? `${m[1]}-${m[2]}` : null;
}

/**
 * A date read from the page's text or a <time> in another month than the one the address files the story under is
 * more likely something else's (the release of the book a post reviews, a comment) than the story's: a published
 * candidate of the filed month is taken instead, when there is one.
 */
function checkedAgainstUrlMonth(pub: Candidate | undefined, month: string | null, others: Candidate[]): Candidate | undefined {
  if (!pub || !month || pub.iso.startsWith(month) || (pub.source !== 'text' && pub.source !== 'time-element')) return pub;
  return best(others.filter((c) => c.iso.startsWith(month))) ?? pub;
}

/** Published and modified times of a page, each with its source. Reads `doc` without changing it. */
export function findDates(doc: Document, ctx: DateContext): PageDates {
  const zone = pageZone(ctx.url, ctx.lang);
  const cands = dateCandidates(doc, ctx);
  // Only the chosen times are shown in the page's zone (the choice does not depend on it; the URL check compares
  // local days).
  const chosen = (kind: Candidate['kind']) => {
    const c = best(cands.filter((x) => x.kind === kind));
    return c && localised(c, zone);
  };
  const filed = checkedAgainstUrl(chosen('published'), cands.find((c) => c.source === 'url'));
  const pub = checkedAgainstUrlMonth(filed, urlMonth(ctx.url), cands.filter((c) => c.kind === 'published').map((c) => localised(c, zone)));
  let mod = chosen('modified');
  if (mod && pub && mod.epoch < pub.epoch) mod = undefined;
  return { published: pub ? strip(pub) : null, modified: mod ? strip(mod) : null };
}
