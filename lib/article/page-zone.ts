/**
 * The time zone a page most likely lives in, from its country domain or its language's region. Pages often
 * serialise times in UTC ("2023-11-09T03:28:35Z") while their readers, and the day printed on the story, are
 * local (8 November, New York): shown in the page's zone, the day is the one the story was published on.
 */
import { hostOf } from '@/lib/article/host';

// One representative zone per country: the one most of its news is written in.
const COUNTRY_ZONES: Record<string, string> = {
  de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', fr: 'Europe/Paris', be: 'Europe/Brussels', nl: 'Europe/Amsterdam',
  lu: 'Europe/Luxembourg', it: 'Europe/Rome', es: 'Europe/Madrid', pt: 'Europe/Lisbon', pl: 'Europe/Warsaw', cz: 'Europe/Prague',
  sk: 'Europe/Bratislava', hu: 'Europe/Budapest', ro: 'Europe/Bucharest', bg: 'Europe/Sofia', gr: 'Europe/Athens', hr: 'Europe/Zagreb',
  si: 'Europe/Ljubljana', rs: 'Europe/Belgrade', ba: 'Europe/Sarajevo', uk: 'Europe/London', gb: 'Europe/London', ie: 'Europe/Dublin',
  dk: 'Europe/Copenhagen', se: 'Europe/Stockholm', no: 'Europe/Oslo', fi: 'Europe/Helsinki', ee: 'Europe/Tallinn', lv: 'Europe/Riga',
  lt: 'Europe/Vilnius', ua: 'Europe/Kyiv', ru: 'Europe/Moscow', by: 'Europe/Minsk', tr: 'Europe/Istanbul', il: 'Asia/Jerusalem',
  us: 'America/New_York', ca: 'America/Toronto', mx: 'America/Mexico_City', br: 'America/Sao_Paulo', ar: 'America/Argentina/Buenos_Aires',
  cl: 'America/Santiago', co: 'America/Bogota', pe: 'America/Lima', ve: 'America/Caracas', au: 'Australia/Sydney', nz: 'Pacific/Auckland',
  in: 'Asia/Kolkata', pk: 'Asia/Karachi', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', cn: 'Asia/Shanghai', tw: 'Asia/Taipei', hk: 'Asia/Hong_Kong',
  sg: 'Asia/Singapore', id: 'Asia/Jakarta', ph: 'Asia/Manila', th: 'Asia/Bangkok', vn: 'Asia/Ho_Chi_Minh', eg: 'Africa/Cairo',
  za: 'Africa/Johannesburg', ng: 'Africa/Lagos', ke: 'Africa/Nairobi', sa: 'Asia/Riyadh', ae: 'Asia/Dubai', ir: 'Asia/Tehran',
};

// Languages spoken mostly in one zone, for pages that name a language without a region (not English, Spanish,
// Portuguese, Arabic or French: spread over many zones).
const LANGUAGE_ZONES: Record<string, string> = {
  de: 'Europe/Berlin', it: 'Europe/Rome', nl: 'Europe/Amsterdam', pl: 'Europe/Warsaw', cs: 'Europe/Prague', hu: 'Europe/Budapest',
  ro: 'Europe/Bucharest', el: 'Europe/Athens', da: 'Europe/Copenhagen', sv: 'Europe/Stockholm', nb: 'Europe/Oslo', fi: 'Europe/Helsinki',
  uk: 'Europe/Kyiv', ru: 'Europe/Moscow', tr: 'Europe/Istanbul', he: 'Asia/Jerusalem', ja: 'Asia/Tokyo', ko: 'Asia/Seoul', zh: 'Asia/Shanghai',
  hi: 'Asia/Kolkata', fa: 'Asia/Tehran', id: 'Asia/Jakarta', th: 'Asia/Bangkok', vi: 'Asia/Ho_Chi_Minh', bs: 'Europe/Sarajevo', hr: 'Europe/Zagreb', sr: 'Europe/Belgrade',
};

// Generic and organisational domains say nothing of a country.
function countryOfHost(host: string): string | null {
  const labels = host.toLowerCase().split('.');
  const tld = labels[labels.length - 1];
  return tld && tld.length === 2 && tld in COUNTRY_ZONES ? tld : null;
}

/** The page's probable IANA zone, or null when nothing points to one. */
export function pageZone(url: string, lang: string | null): string | null {
  const country = countryOfHost(hostOf(url));
  if (country) return COUNTRY_ZONES[country];
  const [language, region] = (lang ?? '').toLowerCase().split(/[-_]/);
  if (region && region in COUNTRY_ZONES) return COUNTRY_ZONES[region];
  return LANGUAGE_ZONES[language] ?? null;
}

// A formatter costs far more to make than to use (a good part of a millisecond in Chromium): one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "+02:00": the offset of `zone` at instant `epoch`. */
export function zoneOffset(zone: string, epoch: number): string {
  let format = formatters.get(zone);
  if (!format) formatters.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(epoch).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

/** An instant as wall-clock time in `zone`, ISO 8601 with that zone's offset ("2023-11-08T22:28:35-05:00"). */
export function inZone(epoch: number, zone: string): string {
  const offset = zoneOffset(zone, epoch);
  const minutes = (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return `${new Date(epoch + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
}
