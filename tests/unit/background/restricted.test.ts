import { describe, expect, it } from 'vitest';
import { restrictionOf } from '@/lib/background/restricted';
import { t } from '@/lib/i18n/t';

describe('restrictionOf', () => {
  it.each([
    [undefined, /browser page/],
    ['chrome://settings', /browser pages/],
    ['chrome-extension://abc/popup.html', /extension pages/],
    ['about:blank', /browser pages/],
    ['view-source:https://a.example', /browser pages/],
    ['file:///home/me/page.html', /local files/],
    ['https://chromewebstore.google.com/detail/x', /add-on stores/],
    ['https://addons.mozilla.org/en-US/firefox/', /add-on stores/],
    ['https://example.org/report.pdf', /PDF/],
  ])('refuses %s with a message', (url, expected) => {
    const key = restrictionOf(url);
    expect(key).not.toBeNull();
    expect(t(key!)).toMatch(expected);
  });

  it.each(['https://news.example/2026/01/story', 'http://localhost:8080/a.html'])('accepts %s', (url) => {
    expect(restrictionOf(url)).toBeNull();
  });
});
