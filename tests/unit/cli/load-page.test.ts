import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodePage, loadPage } from '@/scripts/lib/load-page';

describe('page decoding', () => {
  it('reads the charset a page declares', () => {
    expect(declaredCharset(Buffer.from('<meta charset="windows-1251">'))).toBe('windows-1251');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('iso-8859-1');
    expect(declaredCharset(Buffer.from('<p>none</p>'))).toBeUndefined();
  });

  it('decodes with the declared charset, else UTF-8', () => {
    const cyrillic = Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), Buffer.from('</p>')]);
    expect(decodePage(cyrillic)).toContain('Привет');
    expect(decodePage(Buffer.from('<p>Grüße</p>'))).toContain('Grüße');
  });

  it('reads .html.gz files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brief-'));
    const file = path.join(dir, 'page.html.gz');
    writeFileSync(file, gzipSync(Buffer.from('<html><body><p>zipped ü</p></body></html>')));
    expect(loadPage(file)).toContain('zipped ü');
  });
});

describe('parsing pages in Node', () => {
  it('parses a page whose style sheet jsdom cannot read (browsers ignore the bad rule), keeping its content', async () => {
    const { withDocument } = await import('@/scripts/lib/extract-page');
    const html = '<html><head><style>.a { height: calc(~100% + 1px); } p { color: red }</style><meta property="article:published_time" content="2023-11-08T08:16:00+00:00"></head><body><p>Story text.</p></body></html>';
    const read = withDocument(html, 'https://news.example/a', (doc) => [doc.querySelector('p')?.textContent, doc.querySelector('meta')?.getAttribute('content'), doc.querySelector('style')?.textContent]);
    expect(read).toEqual(['Story text.', '2023-11-08T08:16:00+00:00', '']);
  });

  it('keeps style sheets jsdom can read', async () => {
    const { withDocument } = await import('@/scripts/lib/extract-page');
    expect(withDocument('<style>p { color: red }</style><p>x</p>', 'https://news.example/a', (doc) => doc.querySelector('style')?.textContent)).toBe('p { color: red }');
  });
});
