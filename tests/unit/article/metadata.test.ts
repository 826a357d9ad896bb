// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cleanByline } from '@/lib/article/byline';
import { readMetadata } from '@/lib/article/metadata';

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

  it('names the publisher from its copyright line, reads each author tag in turn and "Written by" card labels', () => {
    const byline = (head: string, body = '<h1>A story with a headline</h1><p>x</p>') =>
      readMetadata(parse(`<html><head>${head}</head><body>${body}</body></html>`), 'https://news.example/a').byline;
    expect(byline('<meta name="author" content="Condé Nast"><meta name="copyright" content="Copyright (c) Condé Nast 2022"><meta name="article:author" content="Emma Grey Ellis">')).toBe('Emma Grey Ellis');
    expect(byline('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ellyn Shook"><meta name="twitter:label2" content="Reading time">')).toBe('Ellyn Shook');
    expect(byline('<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="3 minutes">')).toBeNull();
  });

  it('prefers a person printed under the headline to a desk credit, and to author links elsewhere on the page', () => {
    const byline = (head: string, body: string) => readMetadata(parse(`<html><head>${head}</head><body>${body}</body></html>`), 'https://news.example/a').byline;
    const story = '<h1>Singer shares a photo of her mother</h1><div class="content-byline">By <a href="/author/megan-french/" rel="author">Megan French</a></div><p>Text.</p>';
    expect(byline('<meta name="author" content="Us Weekly Staff">', story)).toBe('Megan French');
    expect(byline('<meta name="author" content="TMZ Staff">', '<h1>A story with no byline</h1><p>Text.</p>')).toBe('TMZ Staff');
    const sidebar = '<aside><a rel="author" href="/author/sami-fathi/">Sami Fathi</a><a rel="author" href="/author/juli-clover/">Juli Clover</a></aside>';
    expect(byline('', `<h1>Apple updates its phones today</h1><div><time>Jan 18</time> by <a href="/author/juli-clover/" rel="author">Juli Clover</a></div><p>Text.</p>${sidebar}`)).toBe('Juli Clover');
  });

  it('reads "Written by" lines as the names they link to, and joined names in order', () => {
    const byline = (body: string) => readMetadata(parse(`<html><body>${body}</body></html>`), 'https://news.example/a').byline;
    expect(byline('<h1>Steam share ticks up for May</h1><div class="author">Written by <a href="https://michael.example/">Michael Larabel</a> in <a href="/linux/Valve">Valve</a> on 1 June 2019</div>')).toBe('Michael Larabel');
    expect(byline('<h1>Two reporters on one story</h1><p class="by">By <a href="/a/1">Ann Lee</a> and <a href="/a/2">Bo Chan</a></p>')).toBe('Ann Lee, Bo Chan');
    // Words that only begin like "By"/"Di"/"Por" are not bylines.
    expect(byline('<h1>A story with a disclaimer</h1><div>Disclaimer</div><div>Português</div><p>Text.</p>')).toBeNull();
    // A page-wide class that mentions comments (on <body>) does not hide the story's byline.
    expect(readMetadata(parse('<html><body class="f_comment_nofollow_on"><h1>Nationals stuck with their shortstop</h1><div><span>By</span><div><a href="/author/cthompson">Chris Thompson</a></div></div></body></html>'), 'https://news.example/a').byline).toBe('Chris Thompson');
  });

  it('reads bylines split over elements, "Autor:" labels, and leaves out handles and profile links', () => {
    const byline = (head: string, body: string) => readMetadata(parse(`<html><head>${head}</head><body>${body}</body></html>`), 'https://news.example/a').byline;
    expect(byline('', '<h1>Man arrested after salon incident</h1><div><span>By</span><span><a href="/about/newsteam/alex-b">Alex Bozarjian</a></span><span>Friday, November 12, 2021</span></div>')).toBe('Alex Bozarjian');
    expect(byline('', '<h1>Neue Modelle kommen im Herbst</h1><div class="info"><h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Peter Maahn</div>')).toBe('Peter Maahn');
    expect(byline('<meta name="author" content="@NatGeoUK">', '<h1>Goats on the cliffs of Wales</h1><p>Text.</p>')).toBeNull();
    expect(byline('', '<h1>My diary entry for today</h1><p>Text.</p><div class="profile"><a rel="author" href="/u/1">T. V. Raman</a><a rel="author" href="/u/1">View my complete profile</a></div>')).toBe('T. V. Raman');
    // Authors marked up as microdata and as rel=author links, in the order the page gives them.
    const credits = '<footer class="credits"><a rel="Author" href="/u/2">Bo Chen</a> and <span itemprop="contributor author"><span itemprop="name">Ann Lee</span></span></footer>';
    expect(byline('', `<h1>A long day at the harbour</h1><p>Text.</p>${credits}`)).toBe('Bo Chen, Ann Lee');
    expect(cleanByline('Über Luis Holuch', null)).toBe('Luis Holuch');
    expect(cleanByline('Articles by Juliette Carreiro', null)).toBe('Juliette Carreiro');
    expect(cleanByline('Maria &amp; Katerina', null)).toBe('Maria & Katerina');
  });

  it('reads author tags named by their key, and leaves out user names, addresses and the site\'s own name', () => {
    const byline = (head: string, url = 'https://news.example/a') =>
      readMetadata(parse(`<html><head>${head}</head><body><h1>A story with a headline</h1><p>x</p></body></html>`), url).byline;
    expect(byline('<meta name="cXenseParse:author" content="ZDNet Japan Staff">')).toBe('ZDNet Japan Staff');
    // "mikecason" is an account; the byline tag names the person (and an address that is not a name).
    expect(byline('<meta name="sailthru.author" content="mikecason"><meta name="byline" content="Mike Cason | mcason@al.com">')).toBe('Mike Cason');
    expect(byline('<meta name="author" content="ASCII">', 'https://weekly.ascii.jp/elem/1')).toBeNull();
    expect(cleanByline('Jane Doe @janedoe', null)).toBe('Jane Doe');
    expect(cleanByline('Eingestellt von der Michel', null)).toBe('der Michel');
    expect(cleanByline('Author: Ann Lee', null)).toBe('Ann Lee');
  });

  it('reads a box marked as the byline when nothing else names the author: its first line of text, without the date', () => {
    const byline = (body: string) => readMetadata(parse(`<html><body>${body}</body></html>`), 'https://news.example/a').byline;
    expect(byline('<h1>Palm Phone review in the hand</h1><p class="author">ZDNet Japan Staff 2019年04月28日 08時00分</p><p>Text.</p>')).toBe('ZDNet Japan Staff');
    // The box's own avatar (SVG initials) and a label heading are not the name; the date line after it is cut.
    expect(
      byline(
        '<h1>Metadata workflows at the archive</h1><div class="news-author"><svg><text>CM</text></svg></div><div class="author-details"><h3><a href="/u/cm">Craig McCarthy</a></h3><p>Last updated on 17 December 2025</p></div>',
      ),
    ).toBe('Craig McCarthy');
    expect(byline('<h1>Video production best practices</h1><div class="post-author"><h4 class="post-author-heading">Insights from</h4><div class="post-author-box">Liza Burke</div></div>')).toBe('Liza Burke');
    expect(byline('<h1>A story headline here</h1><div class="author"><span class="name">Anna Lee</span><span class="date">Dec 5, 2025</span></div>')).toBe('Anna Lee');
    // Boxes in comments, or a printed "By" line, come first or not at all.
    expect(byline('<h1>A story headline here</h1><div class="byline">By Jo Park</div><p class="author">Staff</p>')).toBe('Jo Park');
    expect(byline('<h1>A story headline here</h1><p>Text.</p><div class="comments"><span class="comment-author">troll99 Jan 3</span></div>')).toBeNull();
  });

  it('finds the headline in an <h2> the title repeats when the only <h1> is a hidden site name', () => {
    const doc = parse(
      '<html><head><title>这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报</title></head><body><h1 class="hidden">好奇心日报</h1><h2 class="title">这个约会软件，想用你和对方的相似好恶来帮你找对象</h2><div class="author"><span class="name">谢若含</span><span class="date">2017-03-01 14:27:02</span></div><p>x</p></body></html>',
    );
    const m = readMetadata(doc, 'https://www.qdaily.example/articles/38282.html');
    expect(m.title).toBe('这个约会软件，想用你和对方的相似好恶来帮你找对象');
    expect(m.byline).toBe('谢若含');
  });

  it('leaves out logos and the site name part of CJK titles', () => {
    const title = (html: string) => readMetadata(parse(html), 'https://www.politico.example/news/2022/10/story').title;
    expect(title('<html><head><meta property="og:title" content="Student debt relief draws 8M applications"></head><body><h1><a href="https://www.politico.example/"><svg><title>POLITICO</title><desc>Politico Logo</desc></svg></a></h1><p>x</p></body></html>')).toBe('Student debt relief draws 8M applications');
    expect(title('<html><head><title>这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报</title></head><body><h1 class="hidden">好奇心日报</h1><p>x</p></body></html>')).toBe('这个约会软件，想用你和对方的相似好恶来帮你找对象');
    // A short <h1> is the title when the document's title is only the site's name.
    expect(title('<html><head><title>Daily</title></head><body><h1>Big</h1><p>x</p></body></html>')).toBe('Big');
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

  it('reads the meta tags and finds the headline once per document', async () => {
    const { metaTags } = await import('@/lib/article/meta-tags');
    const { headlineElement } = await import('@/lib/article/headline');
    const doc = parse('<html><head><meta name="author" content="A"></head><body><h1>One headline for the story</h1></body></html>');
    expect(metaTags(doc)).toBe(metaTags(doc));
    const h1 = headlineElement(doc, 'Site');
    expect(h1?.tagName).toBe('H1');
    doc.querySelector('h1')!.remove();
    // A document is read as it was first seen: extraction reads a fresh copy each time.
    expect(headlineElement(doc, 'Site')).toBe(h1);
    expect(headlineElement(parse(doc.documentElement.outerHTML), 'Site')).toBeNull();
  });
});
