// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import seed from '../../fixtures/pages/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html?raw';
import front from '../../fixtures/pages/front-page.html?raw';
import product from '../../fixtures/pages/not-article.html?raw';
import second from '../../fixtures/pages/second-article.html?raw';
import { detectArticle } from '@/lib/article/detect';
import { FEATURE_NAMES, featureValues, pageFeatures } from '@/lib/article/detect-features';
import { WEIGHTS } from '@/lib/article/detect-model';
import { watchForPageChanges } from '@/lib/page-changes';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('detectArticle', () => {
  it.each([
    ['the seed news article', seed, 'https://www.devdiscourse.com/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks', true],
    ['a German news article with JSON-LD', second, 'https://nordkurier.example/region/neue-bruecke-ueber-die-elbe-eroeffnet', true],
    ['a news front page', front, 'https://daily.example/', false],
    ['a product page', product, 'https://shop.example/products/traillite-40', false],
  ])('%s → %s', (_name, html, url, expected) => {
    expect(detectArticle(parse(html), url).isArticle).toBe(expected);
  });

  it('does not change the document', () => {
    const doc = parse(seed);
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, 'https://a.example/x');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('has a weight for every feature, and features are finite numbers', () => {
    const f = pageFeatures(parse(front), 'https://daily.example/%E0%A4%A');
    expect(WEIGHTS).toHaveLength(FEATURE_NAMES.length);
    for (const name of FEATURE_NAMES) expect(Number.isFinite(f[name])).toBe(true);
    for (const w of WEIGHTS) expect(Number.isFinite(w)).toBe(true);
  });

  it('reads structured-data types and listing URLs', () => {
    const f = pageFeatures(parse(product), 'https://shop.example/products/x');
    expect(f.schemaNonArticle).toBe(1);
    expect(f.urlListing).toBe(1);
    expect(pageFeatures(parse(second), 'https://n.example/2025/10/16/bruecke').urlDate).toBe(1);
  });

  const para = (n: number) => `<p>${'Words of a long paragraph in a story. '.repeat(n)}</p>`;

  it('counts long paragraphs that share a parent, not teasers spread over cards', () => {
    const story = pageFeatures(parse(`<body><div>${para(6).repeat(5)}</div></body>`), 'https://a.example/x');
    const cards = pageFeatures(parse(`<body>${`<div class="card">${para(6)}</div>`.repeat(5)}</body>`), 'https://a.example/x');
    expect(story.siblingParas).toBeCloseTo(Math.log1p(5));
    expect(cards.siblingParas).toBeCloseTo(Math.log1p(1));
    expect(story.longParas).toBe(cards.longParas);
    expect(story.storyRun).toBe(0);
    expect(pageFeatures(parse(`<body><div>${para(6).repeat(10)}</div></body>`), 'https://a.example/x').storyRun).toBe(1);
  });

  it('tells one <article> from a listing of dozens', () => {
    const story = pageFeatures(parse(`<body><article>${para(6)}</article></body>`), 'https://a.example/x');
    const listing = pageFeatures(parse(`<body>${`<article>${para(2)}</article>`.repeat(20)}</body>`), 'https://a.example/x');
    expect(story.articleTags).toBeCloseTo(Math.log1p(1));
    expect(listing.articleTags).toBeCloseTo(Math.log1p(20));
  });

  it('reads microdata types and the repeated posters of a forum thread', () => {
    const post = '<div itemscope itemtype="https://schema.org/Comment"><span class="username">ann</span></div>';
    const thread = pageFeatures(parse(`<body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">${post.repeat(6)}</div></body>`), 'https://a.example/t/x');
    expect(thread.schemaNonArticle).toBe(1);
    expect(thread.schemaArticle).toBe(0);
    expect(thread.usernames).toBeCloseTo(Math.log1p(6));
    expect(thread.manyPosters).toBe(1);
    const news = pageFeatures(parse('<article itemscope itemtype="http://schema.org/NewsArticle"><h1>x</h1><span itemprop="author">Bo</span></article>'), 'https://a.example/x');
    expect(news.schemaArticle).toBe(1);
    expect(news.schemaNonArticle).toBe(0);
    expect(news.usernames).toBeCloseTo(Math.log1p(1));
    expect([news.manyPosters, news.manyCode]).toEqual([0, 0]);
  });

  it('counts the share links a publisher puts beside a story', () => {
    const bar = '<a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet?url=x">t</a><a href="mailto:?subject=Story">m</a>';
    expect(pageFeatures(parse(`<article><h1>x</h1>${bar}</article>`), 'https://a.example/x').shareLinks).toBeCloseTo(Math.log1p(3));
    expect(pageFeatures(parse('<a href="https://www.facebook.com/brief">us</a><a href="mailto:hello@a.example">mail</a>'), 'https://a.example/x').shareLinks).toBe(0);
    // A type list; a type name inside a longer one (ProductGroup) is not the type.
    expect(pageFeatures(parse('<div itemscope itemtype="https://schema.org/ProductGroup https://schema.org/BlogPosting"></div>'), 'https://a.example/x')).toMatchObject({ schemaArticle: 1, schemaNonArticle: 0 });
  });

  it('reads the path words of offers, writing and threads', () => {
    const at = (url: string) => pageFeatures(parse('<body></body>'), url);
    expect(at('https://a.example/services/hr-consulting/')).toMatchObject({ urlService: 1, urlContent: 0, urlThread: 0 });
    expect(at('https://a.example/blog/how-we-moved')).toMatchObject({ urlService: 0, urlContent: 1, urlThread: 0 });
    expect(at('https://forum.example/t/broken-update/931828')).toMatchObject({ urlService: 0, urlContent: 0, urlThread: 1 });
    // Whole path segments only: a slug that merely contains the word is none of them.
    expect(at('https://a.example/2025/newsroom-services-tips')).toMatchObject({ urlService: 0, urlContent: 0, urlThread: 0 });
  });

  it('reads how the headline is worded, falling back to the title when there is no <h1>', () => {
    const titled = (h1: string, title = 'Site') => pageFeatures(parse(`<title>${title}</title><body>${h1 && `<h1>${h1}</h1>`}</body>`), 'https://a.example/x');
    expect(titled('How to set up a standing desk')).toMatchObject({ titleArticle: 1, titleService: 0 });
    expect(titled('The 12 best laptops of 2026')).toMatchObject({ titleArticle: 1 });
    expect(titled('Cyber security consulting services')).toMatchObject({ titleArticle: 0, titleService: 1 });
    expect(titled('', 'Why the river flooded')).toMatchObject({ titleArticle: 1 });
    // The <h1> wins over the title; word boundaries keep "Whatever" and "servicemen" out.
    expect(titled('Whatever happened to the servicemen', 'How to hire a company')).toMatchObject({ titleArticle: 0, titleService: 0 });
  });

  it('matches paths and headlines in any case', () => {
    const page = (h1: string, url: string) => pageFeatures(parse(`<body><h1>${h1}</h1></body>`), url);
    expect(page('HOW TO FILE YOUR TAXES', 'https://a.example/BLOG/Services/x')).toMatchObject({ titleArticle: 1, urlContent: 1, urlService: 1 });
    expect(page('Roofing Contractors', 'https://a.example/Tags/roofs')).toMatchObject({ titleService: 1, urlListing: 1 });
  });

  it('takes a slug for four hyphenated words in any script, and punctuation for no word', () => {
    const slug = (url: string) => pageFeatures(parse('<body></body>'), url).urlSlug;
    expect(slug('https://a.example/news/flood-waters-reach-the-city.html')).toBe(1);
    expect(slug('https://a.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8-%D0%B4%D0%BD%D1%8F-%D0%B2-%D0%BC%D0%B8%D1%80%D0%B5')).toBe(1);
    expect(slug('https://a.example/%E6%96%B0%E9%97%BB-%E7%BB%8F%E6%B5%8E-%E5%A2%9E%E9%95%BF-%E6%8A%A5%E5%91%8A')).toBe(1);
    expect(slug('https://a.example/derek-jarman-%C2%B7-the-garden')).toBe(0);
    expect(slug('https://a.example/a-b-c')).toBe(0);
    expect(slug('https://a.example/--_-')).toBe(0);
  });

  it('gives the always-on script the same values as the named features', () => {
    const doc = parse(`<h1>Flood reaches the city</h1><div>${para(6).repeat(4)}</div><a href="https://x.example/sharer?u=1">f</a>`);
    const url = 'https://a.example/2026/01/21/flood-reaches-the-city';
    expect(featureValues(doc, url)).toEqual(FEATURE_NAMES.map((name) => pageFeatures(doc, url)[name]));
  });
});

describe('watchForPageChanges', () => {
  it('calls back once after a burst of title changes and history moves, and stops cleanly', async () => {
    vi.useFakeTimers();
    document.head.innerHTML = '<title>One</title>';
    const onChange = vi.fn();
    const watcher = watchForPageChanges(onChange, window, 300);
    document.title = 'Two';
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.title = 'Three';
    await Promise.resolve();
    vi.advanceTimersByTime(299);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
