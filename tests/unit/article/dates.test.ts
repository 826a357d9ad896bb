// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { findDates } from '@/lib/article/dates';
import { inZone, pageZone } from '@/lib/article/page-zone';
import { firstTextDate } from '@/lib/article/text-dates';

const now = new Date('2026-02-01T00:00:00Z');
const doc = (body: string, head = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const published = (d: Document, url = 'https://news.example/story', lang: string | null = null) => findDates(d, { url, lang, now }).published;

describe('firstTextDate', () => {
  it.each([
    ['16. Oktober 2019, 14:05 Uhr', false, '2019-10-16'],
    ['Oct. 5, 2025 at 3:04 p.m. ET', true, '2025-10-05'],
    ['December 29th 2019', true, '2019-12-29'],
    ['5 de octubre de 2025', false, '2025-10-05'],
    ['Publié le 3 juin 2020', false, '2020-06-03'],
    ['2020年7月3日', false, '2020-07-03'],
    ['9 oktober 2020 11:12', false, '2020-10-09'],
    ['22/11/2020 - 04:30', false, '2020-11-22'],
    ['03/04/2020', true, '2020-03-04'],
    ['03/04/2020', false, '2020-04-03'],
    ['10/16/2019', false, '2019-10-16'],
    ['am 29.12.10, 13:36', false, '2010-12-29'],
    ['2019-10-16 | Botschaft', false, '2019-10-16'],
    ['17 сентября 2021', false, '2021-09-17'],
    ['26 | 01 | 2022 Schweiz | Praxis', false, '2022-01-26'],
    // Arabic: Egypt's Gregorian names, and the Levant's name with Egypt's beside it.
    ['القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م', false, '2020-10-07'],
    ['تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً', false, '2020-04-24'],
    ['1 ماي 2018', false, '2018-05-01'],
    ['7 Ekim 2020 Çarşamba', false, '2020-10-07'],
    ['15 Şubat 2021', false, '2021-02-15'],
    ['7 באוקטובר 2020', false, '2020-10-07'],
    ['20 серпня 2021', false, '2021-08-20'],
    ['12. října 2019', false, '2019-10-12'],
    ['14. lokakuuta 2020', false, '2020-10-14'],
    ['3 martie 2020', false, '2020-03-03'],
    ['Von Deutscher Tennis Bund 4. 2. 2022. Teamchef', false, '2022-02-04'],
  ])('reads %j', (text, monthFirst, iso) => {
    const d = firstTextDate(text, monthFirst);
    expect(d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(iso);
  });

  it.each(['31.02.2020', 'May we go, 2020', '12/13/14', 'Version 2.10.2019b', 'Call 0800 123 456', 'Punkte 4. 2. 22'])('finds no date in %j', (text) => {
    expect(firstTextDate(text, false)).toBeNull();
  });

  it('takes the earliest date in the text', () => {
    expect(firstTextDate('Posted 3 May 2021 · updated 2021-06-01', false)?.month).toBe(5);
  });
});

describe('page zone', () => {
  it('comes from the country domain, then the language region, then a single-zone language', () => {
    expect(pageZone('https://www.example.de/x', 'en')).toBe('Europe/Berlin');
    expect(pageZone('https://example.com/x', 'en-US')).toBe('America/New_York');
    expect(pageZone('https://example.com/x', 'ja')).toBe('Asia/Tokyo');
    expect(pageZone('https://example.com/x', 'en')).toBeNull();
    expect(pageZone('https://example.com/x', 'es')).toBeNull();
  });

  it('writes an instant as wall time with the zone offset of that day (summer time included)', () => {
    expect(inZone(Date.parse('2023-11-09T03:28:35Z'), 'America/New_York')).toBe('2023-11-08T22:28:35-05:00');
    expect(inZone(Date.parse('2019-10-18T22:04:00Z'), 'Europe/Vienna')).toBe('2019-10-19T00:04:00+02:00');
  });
});

describe('findDates', () => {
  it('reads the page text only for what the declared dates leave open', () => {
    const body = '<h1>A story</h1><p class="date">Updated: 21-01-2026 16:09 IST</p><p>Text.</p>';
    const ld = (dates: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story",${dates}}</script>`;
    const spied = (head: string) => {
      const d = doc(body, head);
      const walker = vi.spyOn(d, 'createTreeWalker');
      // Walks over the page's text from the body (NodeFilter.SHOW_TEXT); the DOM library makes walks of its own.
      const walks = () => walker.mock.calls.filter(([root, what]) => root === d.body && what === 4).length;
      // Date boxes are looked for around the text with digits; the box's own text is then read.
      const boxes = vi.spyOn(d.querySelector('p.date')!, 'getAttribute');
      const scans = () => boxes.mock.calls.filter(([name]) => name === 'class').length;
      return { dates: findDates(d, { url: 'https://news.example/story', lang: 'en', now }), walks, scans };
    };
    // Both times declared: the text is not read at all (it could not win over them).
    const both = spied(ld('"datePublished":"2026-01-20T10:00:00+05:30","dateModified":"2026-01-21T09:00:00+05:30"'));
    expect(both.dates.modified?.source).toBe('json-ld');
    expect(both.walks()).toBe(0);
    // Only the published time declared: the text is read for an "Updated" line, the page is not scanned for date boxes.
    const one = spied(ld('"datePublished":"2026-01-20T10:00:00+05:30"'));
    expect(one.dates.published?.source).toBe('json-ld');
    expect(one.dates.modified).toMatchObject({ iso: '2026-01-21T16:09:00+05:30', source: 'text' });
    expect(one.walks()).toBeGreaterThan(0);
    expect(one.scans()).toBe(0);
    // Nothing declared: everything is read, the text and the date boxes in one walk.
    const none = spied('');
    expect(none.dates.modified?.source).toBe('text');
    expect(none.scans()).toBeGreaterThan(0);
    expect(none.walks()).toBe(1);
  });

  it('reads a German page’s last change from "Stand:" and "Letzte Änderung:", not from "stand" inside or run into other words', () => {
    const dates = (body: string) => findDates(doc(body), { url: 'https://news.example/story', lang: 'de', now });
    expect(dates('<h1>Neue Karte</h1><p>Datum 24.01.2022</p><p>Text.</p><p>Stand: 25.01.2022</p>').modified).toMatchObject({ iso: '2022-01-25', raw: 'Stand: 25.01.2022' });
    expect(dates('<h1>Neue Karte</h1><p>Text.</p><p>Letzte Änderung: 14.01.2022 um 09:25</p>').modified?.iso).toBe('2022-01-14');
    // A word ending in "stand" ("Bestand", "Handstand") or "stand" run into what follows is no label.
    expect(dates('<h1>Neue Karte</h1><p>Bestand: 20.01.2022</p><p>Handstand 20.01.2022</p><p>Standing desks: stand03/01/2022</p>').modified).toBeNull();
  });

  it('prefers a date of the month a blog address files the story under to a text date of another month', () => {
    const page = () => doc('<h2 class="date-header">Samstag, 9. September 2017</h2><h1>[Rezi] Love is War</h1><p>Verlag: Heyne</p><p>Erscheinungsdatum: 14.08.2017</p><p>Text.</p>');
    const at = (url: string) => findDates(page(), { url, lang: 'de', now }).published?.iso;
    expect(at('https://blog.example/2017/09/rezi-love-is-war.html')).toBe('2017-09-09');
    expect(at('https://blog.example/rezi-love-is-war.html')).toBe('2017-08-14');
  });

  it('shows a time the page states in UTC in the page’s own zone, so the day is the story’s', () => {
    const d = doc('<h1>Story</h1>', '<meta property="article:published_time" content="2023-11-09T03:28:35Z">');
    expect(published(d, 'https://example.com/story', 'en-US')).toMatchObject({ iso: '2023-11-08T22:28:35-05:00', source: 'meta' });
    // Without a hint of the zone, UTC stays UTC.
    expect(published(d, 'https://example.com/story', 'en')?.iso).toBe('2023-11-09T03:28:35+00:00');
  });

  it('reads a JSON-LD date from a node that is not the article (a WebPage in a Yoast graph)', () => {
    const ld = JSON.stringify({ '@graph': [{ '@type': 'WebPage', datePublished: '2019-10-18T13:07:38+00:00' }] });
    expect(published(doc('<h1>Deal</h1>', `<script type="application/ld+json">${ld}</script>`))?.iso.slice(0, 10)).toBe('2019-10-18');
  });

  it('reads the date line of the story, not a teaser’s or a comment’s', () => {
    const d = doc(`<aside><span class="date">01.01.2020</span></aside>
      <article><h1>Lawinen</h1><p class="date-author">Janic Cathomen, 01.12.2021</p><p>Text.</p>
      <div class="comments"><span class="date">3. Dezember 2021</span></div></article>`);
    expect(published(d, 'https://example.ch/x', 'de')).toMatchObject({ iso: '2021-12-01', source: 'text', hasTime: false });
  });

  it('looks for date boxes only in the top of the page, where the story is, not in what follows a long page', () => {
    const filler = '<p>Words of the story. </p>'.repeat(1200); // about 24,000 characters
    const box = '<span class="date">01.12.2021</span>';
    expect(published(doc(`<h1>Lawinen</h1>${box}${filler}`), 'https://example.ch/x', 'de')?.iso).toBe('2021-12-01');
    expect(published(doc(`<h1>Lawinen</h1>${filler}<footer>x</footer>${box}`), 'https://example.ch/x', 'de')).toBeNull();
  });

  it('reads a date after a label in many languages', () => {
    expect(published(doc('<h1>Podcasts</h1><p>Erstellt von Fabian am Dienstag 6. Mai 2014</p>'), 'https://example.org/p', 'de')?.iso).toBe('2014-05-06');
    expect(published(doc('<h1>Terms</h1><p>Date of Last Revision: August 9, 2017</p>'), 'https://example.org/tos', 'en')?.iso).toBe('2017-08-09');
    expect(published(doc('<h1>Brief</h1><div>Veröffentlicht am 19. Mai 2010 um 23:03</div>'), 'https://example.org/b', 'de')?.iso).toBe('2010-05-19');
  });

  it('trusts a full date in the URL over a conflicting date from the text', () => {
    const d = doc('<h1>Entlöten</h1><div class="meta">11.04.2009</div>');
    expect(published(d, 'https://www.example.de/2019/10/22/entloeten/', 'de')).toMatchObject({ iso: '2019-10-22', source: 'url' });
  });

  it('reads the publication date from the page’s script data when nothing else has one', () => {
    const d = doc('<h1>Review</h1><script>window.__state = {"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2017-01-01"}</script>');
    expect(published(d, 'https://example.com/r', null)?.iso.slice(0, 10)).toBe('2016-11-04');
  });

  it('reads the story’s date inside a layout box named like furniture ("…RightSidebar") that holds the story', () => {
    const d = doc(`<div class="layoutTwoColumnsRightSidebar"><h1>Purzelbaum</h1><div class="post-meta"><a class="post-meta-time">08/08/2017</a></div>
      <p>One.</p><p>Two.</p><aside class="sidebar"><span class="date">01/01/2016</span></aside></div>`);
    expect(published(d, 'https://example.de/x', 'de')?.iso).toBe('2017-08-08');
  });

  it('finds the headline among <h1>s by the page title (not the logo) and reads the line under it', () => {
    const d = doc(
      '<header><h1>Notícia Exata</h1></header><main><h1>Goiás supera Palmeiras</h1><p class="tagline">22/11/2020 - 04:30 - Fonte: Agência Brasil</p></main>',
      '<title>Goiás supera Palmeiras - Notícia Exata</title>',
    );
    expect(published(d, 'https://example.com.br/artigo/x', 'pt-BR')?.iso).toBe('2020-11-22');
  });

  it('keeps separate elements apart: a date right after the headline’s last word still counts', () => {
    expect(published(doc('<div><h1>Gol no apagar das luzes</h1><p>22/11/2020 - 04:30</p></div>'), 'https://example.com.br/a', 'pt-BR')?.iso).toBe('2020-11-22');
  });

  it('reads the date line beside a headline wrapped alone in several boxes', () => {
    const d = doc('<div><div class="bar"><div>Familie</div><div>17/02/2022</div></div><div><div><div><h1>Pubertät</h1></div></div></div><p>Text.</p></div>');
    expect(published(d, 'https://example.de/p', 'de')?.iso).toBe('2022-02-17');
  });

  it('reads a date in a box named for the publication ("publication", "pubblicazione")', () => {
    const d = doc('<div class="intro"><h2>Privatisations</h2></div><p>Text.</p><div class="publication"> jeudi 13 juin 2019</div>');
    expect(published(d, 'https://example.fr/a', 'fr')?.iso).toBe('2019-06-13');
  });

  it('takes a dateline that opens the story, not a date the story is about', () => {
    const prose = 'Teamchef Michael Kohlmann hat die Mannschaft für die Qualifiers gegen Brasilien (4. und 5. März 2022 in Rio de Janeiro) bekanntgegeben. Neben den gesetzten Spielern stehen zwei Neulinge im Aufgebot, die zum ersten Mal dabei sind.';
    expect(published(doc(`<div><h1>Nominiert</h1><p>${prose}</p></div>`), 'https://example.de/n', 'de')).toBeNull();
    const dateline = `<div><h1>Trauern digital</h1><div><p>In der Chatandacht der Verstorbenen gedenken</p><p><strong>Karlsruhe, (12.11.2021). ${prose}</strong></p></div></div>`;
    expect(published(doc(dateline), 'https://example.de/t', 'de')?.iso).toBe('2021-11-12');
  });

  it('reads German "… wurde am <date> … veröffentlicht/gepostet" and "Pressemitteilung vom <date>"', () => {
    const post = '<h1>Kein Cyberterrorismus</h1><p>Text.</p><p class="postmetadata">Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 14:00 Uhr veröffentlicht und unter Cybercrime abgelegt. Du kannst die Kommentare verfolgen, einen Kommentar schreiben oder einen Trackback auf deiner Seite einrichten, wie es dir gefällt und passt.</p>';
    expect(published(doc(post), 'https://example.de/p', 'de')).toMatchObject({ iso: '2011-12-03', source: 'text' });
    // Without the verb it is news prose, not a label.
    const verdict = `<h1>Urteil</h1><p>Nach einer langen Verhandlung vor dem Landgericht, die viele Zuschauer anzog, wurde am 3. März 2020 das Urteil gesprochen. ${'Die Richter begründeten es ausführlich. '.repeat(4)}</p>`;
    expect(published(doc(verdict), 'https://example.de/u', 'de')).toBeNull();
    expect(published(doc('<h1>Zusagen</h1><div>Pressemitteilung vom 20.01.2022</div>'), 'https://example.de/z', 'de')?.iso).toBe('2022-01-20');
  });

  it('rejects dates in the future and before the web', () => {
    expect(published(doc('<h1>X</h1><p class="date">12.03.2027</p>'), 'https://example.de/x', 'de')).toBeNull();
    expect(published(doc('<h1>X</h1><p class="date">12.03.1985</p>'), 'https://example.de/x', 'de')).toBeNull();
  });
});
