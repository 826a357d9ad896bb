// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import seed from '../../fixtures/pages/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html?raw';
import front from '../../fixtures/pages/front-page.html?raw';
import product from '../../fixtures/pages/not-article.html?raw';
import second from '../../fixtures/pages/second-article.html?raw';
import { detectArticle } from '@/lib/article/detect';
import { FEATURE_NAMES, pageFeatures } from '@/lib/article/detect-features';
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
    for (const name of FEATURE_NAMES) {
      expect(Number.isFinite(f[name])).toBe(true);
      expect(typeof WEIGHTS[name]).toBe('number');
    }
  });

  it('reads structured-data types and listing URLs', () => {
    const f = pageFeatures(parse(product), 'https://shop.example/products/x');
    expect(f.ldNonArticle).toBe(1);
    expect(f.urlListing).toBe(1);
    expect(pageFeatures(parse(second), 'https://n.example/2025/10/16/bruecke').urlDate).toBe(1);
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
