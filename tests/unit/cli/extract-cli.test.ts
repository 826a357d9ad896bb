import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const seed = path.join(root, 'tests/fixtures/pages/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html');
const SEED_URL = 'https://www.devdiscourse.com/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks';

function cli(args: string[]): Record<string, unknown>[] {
  const out = execFileSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/extract.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

// Each call starts Node, tsx and worker threads: seconds, not milliseconds, on a busy 2-core machine.
describe('npm run extract (the public command-line contract)', { timeout: 60_000 }, () => {
  it('extracts the seed page: headline, byline, both times with the page offset, body only', () => {
    const [rec] = cli(['--url', SEED_URL, seed]);
    expect(rec).toMatchObject({
      ok: true,
      isArticle: true,
      title: 'Diplomatic Moves: U.S. Envoy and Russia in Tense Talks',
      byline: 'Devdiscourse News Desk',
      published: '2026-01-21T16:09:00+05:30',
      modified: '2026-01-21T16:09:00+05:30',
    });
    const text = rec.text as string;
    expect(text.split('\n\n')[0]).toMatch(/^In a bid to renew diplomatic efforts/);
    for (const junk of ['Updated:', 'TRENDING', 'Bhubaneswar', 'power grid', '+91', 'info@devdiscourse.com', 'Privacy Policy', 'Left Menu', 'cookies']) {
      expect(text).not.toContain(junk);
    }
    const summary = rec.summary as string[];
    expect(summary.length).toBeGreaterThanOrEqual(2);
    for (const sentence of summary) expect(text).toContain(sentence);
    expect(Object.keys(rec)).toEqual(
      ['file', 'ok', 'isArticle', 'title', 'byline', 'siteName', 'lang', 'dir', 'published', 'modified', 'leadImage', 'excerpt', 'summary', 'text', 'html', 'wordCount', 'ms'],
    );
  });

  it('reads a manifest, .html.gz files, keeps input order and goes on after a failure', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brief-cli-'));
    writeFileSync(path.join(dir, 'seed.html.gz'), gzipSync(readFileSync(seed)));
    writeFileSync(
      path.join(dir, 'list.jsonl'),
      [
        JSON.stringify({ file: 'missing.html', url: 'https://a.example/x' }),
        JSON.stringify({ file: 'seed.html.gz', url: SEED_URL, note: 'ignored' }),
      ].join('\n') + '\n',
    );
    const recs = cli(['--manifest', path.join(dir, 'list.jsonl')]);
    expect(recs.map((r) => r.ok)).toEqual([false, true]);
    expect(recs[0].file).toMatch(/missing\.html$/);
    expect(recs[0].error).toMatch(/ENOENT|no such file/);
    expect(recs[1].title).toBe('Diplomatic Moves: U.S. Envoy and Russia in Tense Talks');
  });
});
