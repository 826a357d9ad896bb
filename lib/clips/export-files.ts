import TurndownService from 'turndown';
import { strToU8, zipSync } from 'fflate';
import type { Clip } from '@/lib/clips/types';

/** A file name from a title: lowercase ASCII words joined by dashes, never empty, unique within one export. */
export function slugFor(title: string, taken: Set<string>): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'clip';
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}

// JSON strings are valid YAML double-quoted scalars: no hand-written YAML escaping.
const yaml = (v: string | null | undefined) => (v ? JSON.stringify(v) : 'null');

/** Markdown with YAML front matter (title, url, site, author, published, modified, saved, tags, summary). */
export function clipToMarkdown({ meta, body }: Clip, turndown: TurndownService = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' })): string {
  const front = [
    '---',
    `title: ${yaml(meta.title)}`,
    `url: ${yaml(meta.url)}`,
    `site: ${yaml(meta.siteName)}`,
    `author: ${yaml(meta.byline)}`,
    `published: ${yaml(meta.published?.iso)}`,
    `modified: ${yaml(meta.modified?.iso)}`,
    `saved: ${yaml(new Date(meta.savedAt).toISOString())}`,
    `tags: [${meta.tags.map((t) => JSON.stringify(t)).join(', ')}]`,
    'summary:',
    ...meta.summary.map((s) => `  - ${JSON.stringify(s)}`),
    '---',
    '',
  ];
  return front.join('\n') + `# ${meta.title}\n\n` + turndown.turndown(body.html || '') + '\n';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One self-contained HTML file per clip: no scripts, no remote styles, a CSP that forbids loading
 * anything. `sanitize` must be Brief's sanitizer: the body is sanitized again here.
 */
export function clipToHtml({ meta, body }: Clip, sanitize: (html: string) => string): string {
  const lang = meta.lang ? ` lang="${escapeHtml(meta.lang)}"` : '';
  const dir = meta.dir ? ` dir="${meta.dir}"` : '';
  return `<!DOCTYPE html>
<html${lang}${dir}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(meta.title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#1f2328}img{max-width:100%;height:auto}.meta{color:#57606a;font:14px/1.4 system-ui,sans-serif}</style>
</head>
<body>
<h1>${escapeHtml(meta.title)}</h1>
<p class="meta">${escapeHtml([meta.byline, meta.siteName, meta.published?.iso].filter(Boolean).join(' · '))}<br><a href="${escapeHtml(meta.url)}">${escapeHtml(meta.url)}</a></p>
${sanitize(body.html)}
</body>
</html>
`;
}

/** A zip of Markdown files, one per clip. */
export function markdownZip(clips: Clip[]): Uint8Array {
  const taken = new Set<string>();
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
  const files: Record<string, Uint8Array> = {};
  for (const clip of clips) files[`${slugFor(clip.meta.title, taken)}.md`] = strToU8(clipToMarkdown(clip, turndown));
  return zipSync(files, { level: 6 });
}
