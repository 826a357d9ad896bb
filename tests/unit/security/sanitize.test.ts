// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '@/lib/article/sanitize';

const sanitize = createSanitizer(window);

describe('createSanitizer', () => {
  it.each([
    ['<p>ok</p><script>alert(1)</script>', /script/i],
    ['<img src="https://a.example/x.png" onerror="alert(1)">', /onerror/i],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:/i],
    ['<svg><script>alert(1)</script></svg>', /<svg|script/i],
    ['<math><mtext><img src=x onerror=alert(1)></mtext></math>', /onerror|<math/i],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', /iframe|srcdoc/i],
    ['<object data="x.swf"></object><embed src="x.swf">', /object|embed/i],
    ['<form action="https://evil.example"><input name="q"><button>go</button></form>', /form|input|button/i],
    ['<base href="https://evil.example/">', /base/i],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', /meta|refresh/i],
    ['<style>@import url(https://evil.example/x.css)</style><p style="background:url(https://evil.example)">x</p>', /style|@import|url\(/i],
    ['<img src="a.png" srcset="https://evil.example/1.png 1x">', /srcset/i],
    ['<a href="https://a.example" ping="https://evil.example/ping">x</a>', /ping/i],
    ['<details open ontoggle="alert(1)">x</details>', /ontoggle/i],
  ])('strips the dangerous part of %s', (input, forbidden) => {
    expect(sanitize(input)).not.toMatch(forbidden);
  });

  it('keeps article structure and safe links, opening them in a new tab without referrer', () => {
    const out = sanitize('<h2>Head</h2><p>Text <a href="https://a.example/x">link</a></p><ul><li>one</li></ul><figure><img src="https://a.example/p.jpg" alt="p"><figcaption>c</figcaption></figure>');
    expect(out).toContain('<h2>Head</h2>');
    expect(out).toContain('<li>one</li>');
    expect(out).toContain('<figcaption>c</figcaption>');
    expect(out).toMatch(/<a href="https:\/\/a.example\/x" target="_blank" rel="noopener noreferrer">link<\/a>/);
  });

  it('sanitizes a node as it sanitizes its markup, and leaves the node itself untouched', () => {
    // Extraction hands the sanitizer Readability's result as nodes (no serialize-and-parse round trip).
    const markup = '<p onclick="alert(1)">Text <a href="javascript:alert(1)">x</a><img src="https://a.example/p.jpg" onerror="alert(1)"></p><script>alert(2)</script><form><input name="q"></form>';
    const node = document.createElement('div');
    node.innerHTML = markup;
    const fromNode = document.createElement('div');
    fromNode.append(sanitize.fragment(node));
    const fromMarkup = document.createElement('div');
    fromMarkup.append(sanitize.fragment(markup));
    expect(fromNode.firstElementChild?.innerHTML).toBe(fromMarkup.innerHTML);
    expect(fromNode.innerHTML).not.toMatch(/onclick|onerror|javascript:|script|form|input/i);
    expect(node.innerHTML).toBe(markup);
    expect(node.querySelector('script')).not.toBeNull();
  });

  it('prefixes ids and names so clipped HTML cannot clobber globals', () => {
    expect(sanitize('<img name="getElementById" src="https://a.example/p.jpg">')).not.toMatch(/name="getElementById"/);
  });
});
