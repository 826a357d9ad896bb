// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchLibrary, SINK_PATCHES } from '@/scripts/build/html-sinks';
import seed from '../../fixtures/pages/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html?raw';
import frontPage from '../../fixtures/pages/front-page.html?raw';

const MODULES = path.resolve('node_modules');
const LIBRARY_FILES = ['preact/dist/preact.mjs', 'dompurify/dist/purify.es.mjs', '@mozilla/readability/Readability.js'].map((f) => path.join(MODULES, f));
const INNER_HTML_ASSIGNMENT = /\.innerHTML\s*=(?!=)/;

type ReadabilityClass = new (doc: Document, options?: object) => { parse(): { title: string | null; content: string | null; textContent: string | null } | null };

function loadReadability(source: string): ReadabilityClass {
  const module = { exports: {} as ReadabilityClass };
  new Function('module', source)(module);
  return module.exports;
}

const READABILITY_FILE = LIBRARY_FILES[2]!;
const original = loadReadability(readFileSync(READABILITY_FILE, 'utf8'));
const patched = loadReadability(patchLibrary(READABILITY_FILE, readFileSync(READABILITY_FILE, 'utf8'))!);
const parseWith = (Readability: ReadabilityClass, html: string) => new Readability(new DOMParser().parseFromString(html, 'text/html')).parse();

describe('the build removes the libraries’ innerHTML assignments', () => {
  it.each(LIBRARY_FILES)('%s has one before and none after', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(INNER_HTML_ASSIGNMENT);
    expect(patchLibrary(file, source)).not.toMatch(INNER_HTML_ASSIGNMENT);
  });

  it('fails the build, naming the library, when an expected text is gone (a library upgrade)', () => {
    expect(() => patchLibrary(path.join(MODULES, 'preact/dist/preact.mjs'), 'export const x = 1;')).toThrow(/preact .*found 0/);
  });

  it('leaves every other module alone', () => {
    expect(patchLibrary(path.join(MODULES, 'dexie/dist/dexie.mjs'), 'a.innerHTML = b')).toBeNull();
    expect(SINK_PATCHES.every((p) => !p.file.test('/work/lib/article/extract.ts'))).toBe(true);
  });
});

describe('patched Readability parses like the original', () => {
  it('on a news article', () => {
    const a = parseWith(original, seed);
    expect(a?.textContent).toContain('Witkoff');
    expect(parseWith(patched, seed)).toEqual(a);
  });

  it('on a page that makes it retry with relaxed flags (the page restored between attempts)', () => {
    const short = '<html><body><nav class="menu">Home · World</nav><div class="sidebar"><p>Only a short text here, far below the threshold, so every attempt runs.</p></div><footer>© Site</footer></body></html>';
    const a = parseWith(original, short);
    expect(a?.textContent).toContain('Only a short text');
    expect(parseWith(patched, short)).toEqual(a);
    expect(parseWith(patched, frontPage)).toEqual(parseWith(original, frontPage));
  });

  it('on a <noscript> image behind a lazy placeholder', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story, long enough to count as content for the parser, with a comma, and more words.</p>`).join('');
    const html = `<html><body><article><h1>Story</h1><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="x"><noscript><img src="https://img.example/photo.jpg" alt="Photo"></noscript></figure>${paragraphs}</article></body></html>`;
    const a = parseWith(original, html);
    expect(a?.content).toContain('https://img.example/photo.jpg');
    expect(parseWith(patched, html)).toEqual(a);
  });
});
