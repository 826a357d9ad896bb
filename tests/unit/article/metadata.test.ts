// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanByline, readMetadata } from '@/lib/article/metadata';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('cleanByline', () => {
  it.each([
    ['By:  Drew Dietsch', 'Drew Dietsch'],
    ['Pete Evans  · CBC News  · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago', 'Pete Evans'],
    ['15.05.2020, 07:11\n\t\n  | Lesedauer: 8 Minuten\n   \n  Melanie Wassink', 'Melanie Wassink'],
    ['Rebecca Hersher\n    \n  \n\n    \n      Twitter', 'Rebecca Hersher'],
    ['von Anna Schmidt', 'Anna Schmidt'],
    ['Jane Doe and John Roe', 'Jane Doe and John Roe'],
  ])('%j -> %j', (raw, want) => {
    expect(cleanByline(raw, 'CBC')).toBe(want);
  });

  it('gives null when nothing name-like is left', () => {
    expect(cleanByline('Posted: 12:30 | 5 min read', null)).toBeNull();
    expect(cleanByline('', null)).toBeNull();
    expect(cleanByline('CBC', 'CBC')).toBeNull();
  });
});

describe('readMetadata', () => {
  it('reads authors as names: profile links spelled out or dropped, the publisher not an author', () => {
    const byline = (head: string, body = '<h1>A story with a headline</h1><p>x</p>') =>
      readMetadata(parse(`<html><head>${head}</head><body>${body}</body></html>`), 'https://news.example/a').byline;
    expect(byline('<meta property="article:author" content="https://www.latimes.com/people/howard-blume">')).toBe('Howard Blume');
    expect(byline('<meta property="article:author" content="https://www.theguardian.com/profile/julia-carrie-wong,https://www.theguardian.com/profile/sam-levin">')).toBe('Julia Carrie Wong, Sam Levin');
    // Not a name: falls through to the page's own byline.
    expect(byline('<meta property="article:author" content="https://www.facebook.com/peoplemag">', '<h1>A story with a headline</h1><div class="byline">By Emily Kirkpatrick</div>')).toBe('Emily Kirkpatrick');
    expect(byline('<meta name="author" content="Condé Nast"><meta name="copyright" content="Condé Nast">')).toBeNull();
  });

  it('reads the byline printed under the headline: the innermost "By …" line, or an author page link', () => {
    const byline = (body: string) => readMetadata(parse(`<html><body>${body}</body></html>`), 'https://news.example/a').byline;
    expect(byline('<h1>Energy Department rejects the request</h1><div class="article_byline"><div>By <span>Joe Davidson</span></div><div>Washington Post</div><div>Dec 13, 2016 at 3:45 pm</div></div>')).toBe('Joe Davidson');
    expect(byline('<h1>Why the Jets lost again</h1><div><a href="/author/miserableshitehawk">Chris Thompson</a></div><p>Text.</p>')).toBe('Chris Thompson');
    // Bylines of teasers and comments further down are not the story's.
    expect(byline('<h1>Story without a byline</h1><p>Text.</p><aside><div>By Someone Else</div></aside>')).toBeNull();
  });

  it('takes the headline a reader sees over the title written for search engines and social cards', () => {
    const head = '<meta property="og:title" content="How Fox News Women Took Down Roger Ailes"><meta property="og:site_name" content="Daily">';
    const title = (body: string) => readMetadata(parse(`<html><head>${head}</head><body>${body}</body></html>`), 'https://news.example/a').title;
    expect(title('<header><h1>Daily</h1></header><article><h1>The Revenge of Roger’s Angels</h1><p>x</p></article>')).toBe('The Revenge of Roger’s Angels');
    expect(title('<h1>The Revenge of Roger’s Angels</h1><p>x</p>')).toBe('The Revenge of Roger’s Angels');
    // A logo, a short section heading or the site's name is not a headline: the structured title stays.
    expect(title('<h1>Daily</h1><p>x</p>')).toBe('How Fox News Women Took Down Roger Ailes');
    expect(title('<h1>Politics</h1><p>x</p>')).toBe('How Fox News Women Took Down Roger Ailes');
    expect(title('<h1>One story here</h1><h1>Another story here</h1>')).toBe('How Fox News Women Took Down Roger Ailes');
  });

  it('reads meta values saved as `value` and falls back to image_src for the lead image', () => {
    const doc = parse('<html><head><meta name="author" value="Ada Lovelace"><link rel="image_src" href="/img/lead.jpg"><title>T</title></head><body><h1>T</h1></body></html>');
    const m = readMetadata(doc, 'https://news.example/a/story');
    expect(m.byline).toBe('Ada Lovelace');
    expect(m.leadImage).toBe('https://news.example/img/lead.jpg');
  });
});

describe('page language', () => {
  it.each([
    ['en_US', 'en-US'],
    ['EN-gb', 'en-GB'],
    ['de', 'de'],
    ['!!', null],
    ['', null],
  ])('<html lang=%j> gives %j (a valid tag or nothing: Intl throws on invalid ones)', (lang, want) => {
    expect(readMetadata(parse(`<html lang="${lang}"><head><title>T</title></head><body><p>x</p></body></html>`), 'https://news.example/a').lang).toBe(want);
  });
});

describe('JSON-LD parsing', () => {
  it('parses a document once for all its readers', async () => {
    const { jsonLdNodes } = await import('@/lib/article/json-ld');
    const doc = parse('<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script></head><body></body></html>');
    expect(jsonLdNodes(doc)).toHaveLength(1);
    expect(jsonLdNodes(doc)).toBe(jsonLdNodes(doc));
  });
});
