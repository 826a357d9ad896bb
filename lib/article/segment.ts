import { languageTag } from '@/lib/article/text';
/** Abbreviations after which `Intl.Segmenter` wrongly ends a sentence. */
const ABBREVIATIONS = new Set(
  [
    // English
    'mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr gov sen rep rev fr no nos vol jan feb mar apr jun jul aug sep sept oct nov dec',
    'vs etc approx inc ltd co corp dept est fig figs hon mt ft ave blvd pp ed eds al ph.d u.s u.k e.g i.e a.m p.m',
    // German, Dutch
    'z.b bzw usw ca nr vgl ggf evtl inkl zzgl abs bd hrsg dhr mevr drs ir',
    // French, Spanish, Italian, Portuguese
    'mme mlle mm sra sr dra dr ud uds sig sigg dott avv ing sra',
    // Polish, Russian
    'ul np tzn godz tys mln mld г гг проф др т.е т.к им ул стр см тыс млн млрд руб долл',
  ]
    .join(' ')
    .split(' '),
);

function endsWithAbbreviation(sentence: string): boolean {
  const m = /(?:^|[\s(“"'])([\p{L}.]{1,8})\.\s*$/u.exec(sentence);
  if (!m) return false;
  const word = m[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single letters (initials as in "J. K. Rowling", "z. B.") and dotted initials ("U.S.") do not end sentences.
  return /^\p{L}$/u.test(m[1]) || /^(?:\p{L}\.)+\p{L}?$/u.test(m[1]);
}

function endsWithOrdinal(sentence: string, next: string): boolean {
  return /(?:^|\s)\d{1,2}\.\s*$/.test(sentence) && /^\p{L}/u.test(next) && !/^\p{Lu}\p{Ll}+\s/u.test(next.slice(0, 0));
}

const segmenters = new Map<string, Intl.Segmenter>();

/** A sentence segmenter per language (any string: invalid tags fall back to the default locale). */
function segmenterFor(lang: string | null | undefined): Intl.Segmenter {
  const locale = languageTag(lang) ?? '';
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale || undefined, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Sentences of one paragraph, with wrong splits after abbreviations merged back. */
export function splitSentences(paragraph: string, lang?: string | null): string[] {
  const segmenter = segmenterFor(lang);
  const raw = Array.from(segmenter.segment(paragraph), (s) => s.segment);
  const out: string[] = [];
  for (const part of raw) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (endsWithAbbreviation(prev) || endsWithOrdinal(prev, part) || /^[\p{Ll}\d]/u.test(part.trim()))) {
      out[out.length - 1] = prev + part;
    } else {
      out.push(part);
    }
  }
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}
