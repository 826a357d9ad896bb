/**
 * Dates as people write them: "16. Oktober 2019", "Oct. 5, 2025", "5 de octubre de 2025", "22/11/2020 - 04:30",
 * "2020年7月3日". Day-first or month-first is decided by the page's language and by impossible values.
 */

export interface TextDay {
  year: number;
  month: number;
  day: number;
  /** The matched text. */
  raw: string;
}

// Month names and their usual abbreviations in the languages most news is written in (Latin, Cyrillic, Greek scripts).
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'janeiro', 'januari', 'stycznia', 'styczeń', 'января', 'январь', 'ιανουαρίου'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego', 'luty', 'февраля', 'февраль', 'φεβρουαρίου'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'marca', 'marzec', 'марта', 'март', 'μαρτίου'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień', 'апреля', 'апрель', 'απριλίου'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maja', 'maj', 'мая', 'май', 'μαΐου', 'μαιου'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec', 'июня', 'июнь', 'ιουνίου'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho', 'lipca', 'lipiec', 'июля', 'июль', 'ιουλίου'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'sierpnia', 'sierpień', 'августа', 'август', 'αυγούστου'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'settembre', 'września', 'wrzesień', 'сентября', 'сентябрь', 'σεπτεμβρίου'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'październik', 'октября', 'октябрь', 'οκτωβρίου'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'ноября', 'ноябрь', 'νοεμβρίου'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'декабря', 'декабрь', 'δεκεμβρίου'],
];

// More languages, as news pages print their dates: Turkish ("7 Ekim 2020"), Romanian, Indonesian, Scandinavian,
// Czech, Slovak, Bosnian/Serbian, Ukrainian and Finnish forms the list above lacks; Arabic, with the Gregorian names of
// Egypt and the Gulf, the Maghreb's and the Levant's own ("24 نيسان / أبريل 2020"); Hebrew, also written with "ב" ("in").
const MORE_MONTH_NAMES: string[][] = [
  ['ocak', 'ianuarie', 'ledna', 'januára', 'січня', 'tammikuuta', 'يناير', 'جانفي', 'كانون الثاني', 'ינואר'],
  ['şubat', 'februarie', 'února', 'februára', 'лютого', 'helmikuuta', 'فبراير', 'فيفري', 'شباط', 'פברואר'],
  ['mart', 'martie', 'maret', 'března', 'березня', 'maaliskuuta', 'مارس', 'آذار', 'اذار', 'מרץ'],
  ['nisan', 'aprilie', 'dubna', 'apríla', 'квітня', 'huhtikuuta', 'أبريل', 'إبريل', 'ابريل', 'أفريل', 'افريل', 'نيسان', 'אפריל'],
  ['mayıs', 'května', 'mája', 'травня', 'toukokuuta', 'مايو', 'ماي', 'أيار', 'ايار', 'מאי'],
  ['haziran', 'iunie', 'června', 'júna', 'червня', 'kesäkuuta', 'يونيو', 'يونيه', 'جوان', 'حزيران', 'יוני'],
  ['temmuz', 'iulie', 'července', 'júla', 'липня', 'heinäkuuta', 'يوليو', 'يوليه', 'يوليوز', 'جويلية', 'تموز', 'יולי'],
  ['ağustos', 'agustus', 'augusti', 'srpna', 'augusta', 'серпня', 'elokuuta', 'أغسطس', 'اغسطس', 'أوت', 'اوت', 'غشت', 'آب', 'אוגוסט'],
  ['eylül', 'septembrie', 'září', 'septembra', 'septembar', 'вересня', 'syyskuuta', 'سبتمبر', 'شتنبر', 'أيلول', 'ايلول', 'ספטמבר'],
  ['ekim', 'octombrie', 'října', 'októbra', 'oktobar', 'жовтня', 'lokakuuta', 'أكتوبر', 'اكتوبر', 'تشرين الأول', 'אוקטובר'],
  ['kasım', 'noiembrie', 'listopadu', 'novembra', 'novembar', 'marraskuuta', 'نوفمبر', 'نونبر', 'تشرين الثاني', 'נובמבר'],
  ['aralık', 'desember', 'decembrie', 'prosince', 'decembra', 'decembar', 'грудня', 'joulukuuta', 'ديسمبر', 'دجنبر', 'كانون الأول', 'דצמבר'],
];
MORE_MONTH_NAMES.forEach((names) => names.filter((n) => /[\u05d0-\u05ea]/.test(n)).forEach((n) => names.push(`ב${n}`)));

const MONTH = new Map<string, number>();
for (const list of [MONTH_NAMES, MORE_MONTH_NAMES]) list.forEach((names, i) => names.forEach((n) => MONTH.set(n, i + 1)));

const NAMES = Array.from(MONTH.keys()).sort((a, b) => b.length - a.length).join('|');
const NAME = `(?<n>${NAMES})\\.?`;
/** A second name for the same month ("نيسان / أبريل": the Levant's name and Egypt's). */
const ALSO = `(?:\\s*/\\s*(?:${NAMES}))?`;
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

// Each pattern names its groups: y (year), m (numeric month), n (month name), d (day).
const PATTERNS: RegExp[] = [
  // 2019-10-16, 2019/10/16, 2019.10.16
  new RegExp(`${L}(?<y>(?:19|20)\\d{2})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})${R}`, 'u'),
  // 2020年7月3日, 2020년 7월 3일
  new RegExp(`(?<y>(?:19|20)\\d{2})\\s*[年년]\\s*(?<m>\\d{1,2})\\s*[月월]\\s*(?<d>\\d{1,2})\\s*[日일]`, 'u'),
  // 16. Oktober 2019, 5 October 2025, 5 de octubre de 2025, 9 oktober 2020, 1er mai 2020
  new RegExp(`${L}(?<d>\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s*(?:de\\s+)?${NAME}${ALSO}\\s*(?:de\\s+|del\\s+)?,?\\s*(?<y>(?:19|20)\\d{2})${R}`, 'iu'),
  // October 5, 2025; Oct. 5th 2025
  new RegExp(`${L}${NAME}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>(?:19|20)\\d{2})${R}`, 'iu'),
  // 16.10.2019, 22/11/2020, 10-16-2019 (order by language and by values), 16.10.19, 26 | 01 | 2022, 4. 2. 2022
  new RegExp(`${L}(?<a>\\d{1,2})(?<sep>[./-]|\\. | \\| )(?<b>\\d{1,2})\\k<sep>(?<y>(?:19|20)\\d{2}|\\d{2})${R}`, 'u'),
];

/** True for languages and regions that write the month first ("10/16/2019"). */
export function writesMonthFirst(lang: string | null): boolean {
  return /^en-(us|ph|ca)$/i.test(lang ?? '') || /^en$/i.test(lang ?? '');
}

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The first date written in `text`, or null. `monthFirst` only decides numeric dates whose order the values
 * leave open ("03/04/2020"); 2-digit years are read only with dots (German "16.10.19"), as 20xx.
 */
export function firstTextDate(text: string, monthFirst: boolean): TextDay | null {
  let found: (TextDay & { index: number }) | null = null;
  for (const re of PATTERNS) {
    const m = re.exec(text);
    if (!m?.groups || (found && m.index >= found.index)) continue;
    const g = m.groups;
    let year = Number(g.y);
    let month: number;
    let day: number;
    if (g.n) {
      month = MONTH.get(g.n.toLowerCase().replace(/\.$/, '')) ?? 0;
      day = Number(g.d);
    } else if (g.a) {
      if (g.y.length === 2) {
        if (g.sep !== '.') continue;
        year = 2000 + year;
      }
      const a = Number(g.a);
      const b = Number(g.b);
      [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : monthFirst && g.sep === '/' ? [b, a] : [a, b];
    } else {
      month = Number(g.m);
      day = Number(g.d);
    }
    if (!valid(year, month, day)) continue;
    found = { year, month, day, raw: m[0], index: m.index };
  }
  if (!found) return null;
  const { index: _i, ...day } = found;
  return day;
}
