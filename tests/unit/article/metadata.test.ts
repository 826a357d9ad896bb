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
