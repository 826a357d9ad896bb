import { articleNode, jsonLdNodes } from '@/lib/article/json-ld';
import type { DateSource, PageDate } from '@/lib/article/types';

export interface PageDates {
  published: PageDate | null;
  modified: PageDate | null;
}

export interface DateContext {
  url: string;
  lang: string | null;
  /** Dates after this instant are rejected (clock of the reader). */
  now: Date;
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

function istOffset(ctx: DateContext, doc: Document): number {
  const lang = ctx.lang?.toLowerCase() ?? '';
  const host = safeHost(ctx.url);
  if (lang.startsWith('he') || host.endsWith('.il')) return 120;
  if (lang.endsWith('-ie') || host.endsWith('.ie')) return 60;
  return doc ? 330 : 330; // India Standard Time is by far the most common reading of "IST" on the web.
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function monthFirst(ctx: DateContext): boolean {
  return /^en-(us|ph)$/i.test(ctx.lang ?? '');
}

interface Candidate extends PageDate {
  epoch: number;
  kind: 'published' | 'modified';
}

const TEXT_DATE =
  /\b(updated|modified|last updated|created|published|posted|first published)\s*(?:on|at)?\s*:?\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:,?\s+(\d{1,2}):(\d{2})\s*(?:([ap])\.?m\.?)?\s*([A-Z]{2,4})?)?/gi;

function textCandidates(doc: Document, ctx: DateContext): Candidate[] {
  const out: Candidate[] = [];
  const body = doc.body;
  if (!body) return out;
  // Only the top of the page: dates of teasers and footers further down are not this article's.
  const text = (body.textContent ?? '').slice(0, 20_000);
  for (const m of text.matchAll(TEXT_DATE)) {
    const [raw, label, a, b, y, h, mi, ampm, zone] = m;
    let day = +a;
    let month = +b;
    if (month > 12 || (monthFirst(ctx) && day <= 12)) [day, month] = [month, day];
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
    const off = zoneKey === 'IST' ? istOffset(ctx, doc) : zoneKey !== undefined ? ZONES[zoneKey] : undefined;
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

const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'];

function metaCandidates(doc: Document, keys: string[], kind: Candidate['kind']): Candidate[] {
  const out: Candidate[] = [];
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i]`);
    const c = machine(el?.getAttribute('content'), 'meta', kind, 0.85);
    if (c) out.push(c);
  }
  return out;
}

function urlCandidate(url: string): Candidate | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|-)/.exec(url);
  if (!m) return null;
  const [, y, mo, d] = m;
  return machine(`${y}-${pad(+mo)}-${pad(+d)}`, 'url', 'published', 0.5);
}

/** Gather date candidates from every source. */
export function dateCandidates(doc: Document, ctx: DateContext): Candidate[] {
  const art = articleNode(jsonLdNodes(doc));
  const list: (Candidate | null)[] = [
    machine(typeof art?.datePublished === 'string' ? art.datePublished : null, 'json-ld', 'published', 0.9),
    machine(typeof art?.dateModified === 'string' ? art.dateModified : null, 'json-ld', 'modified', 0.9),
    ...metaCandidates(doc, PUBLISHED_META, 'published'),
    ...metaCandidates(doc, MODIFIED_META, 'modified'),
  ];
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"], [itemprop="dateModified"]')).slice(0, 4)) {
    const kind = el.getAttribute('itemprop') === 'dateModified' ? 'modified' : 'published';
    list.push(machine(el.getAttribute('content') ?? el.getAttribute('datetime'), 'microdata', kind, 0.85));
  }
  const time = doc.querySelector('article time[datetime], header time[datetime], time[pubdate], time[datetime]');
  list.push(machine(time?.getAttribute('datetime'), 'time-element', 'published', 0.7));
  list.push(...textCandidates(doc, ctx));
  list.push(urlCandidate(ctx.url));
  const earliestWeb = Date.UTC(1991, 0, 1);
  return list.filter((c): c is Candidate => c !== null && c.epoch >= earliestWeb && c.epoch <= ctx.now.getTime() + 86_400_000);
}

function best(cands: Candidate[]): Candidate | undefined {
  // Highest confidence wins; between equals, the one that states a time and zone.
  return [...cands].sort((a, b) => b.confidence - a.confidence || Number(b.hasTime) - Number(a.hasTime))[0];
}

function strip({ epoch: _e, kind: _k, ...date }: Candidate): PageDate {
  return date;
}

/** Published and modified times of a page, each with its source. Reads `doc` without changing it. */
export function findDates(doc: Document, ctx: DateContext): PageDates {
  const cands = dateCandidates(doc, ctx);
  const pub = best(cands.filter((c) => c.kind === 'published'));
  let mod = best(cands.filter((c) => c.kind === 'modified'));
  if (mod && pub && mod.epoch < pub.epoch) mod = undefined;
  return { published: pub ? strip(pub) : null, modified: mod ? strip(mod) : null };
}
