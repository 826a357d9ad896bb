import TurndownService from 'turndown';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { bytesToBase64 } from '@/lib/clips/base64';
import type { Clip, ClipImage } from '@/lib/clips/types';
import { offlineImages } from '@/lib/ui/offline-images';

/** The stored bytes of a clip's images, read once per export. */
export interface ImageBytes {
  url: string;
  type: string;
  bytes: Uint8Array;
}

export async function imageBytes(images: ClipImage[]): Promise<ImageBytes[]> {
  return Promise.all(images.map(async (img) => ({ url: img.url, type: img.type, bytes: new Uint8Array(await img.blob.arrayBuffer()) })));
}

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif', 'image/svg+xml': 'svg' };
const extOf = (type: string) => EXT[type] ?? 'img';

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
 * One self-contained HTML file per clip: images inlined as data: URLs, no scripts, no remote styles,
 * a CSP that forbids loading anything else. `sanitize` must be Brief's sanitizer: the body is
 * sanitized again here; `parser` parses the body inertly (see offlineImages).
 */
export function clipToHtml({ meta, body }: Clip, sanitize: (html: string) => string, images: ImageBytes[] = [], parser?: DOMParser): string {
  const inline = new Map(images.map((img) => [img.url, `data:${img.type};base64,${bytesToBase64(img.bytes)}`]));
  const content = sanitize(offlineImages(body.html, inline, parser));
  const summary = meta.summary.length ? `<ul class="summary">${meta.summary.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>\n` : '';
  const lang = meta.lang ? ` lang="${escapeHtml(meta.lang)}"` : '';
  const dir = meta.dir ? ` dir="${meta.dir}"` : '';
  return `<!DOCTYPE html>
<html${lang}${dir}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(meta.title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#1f2328}img{max-width:100%;height:auto}.meta,.summary{color:#57606a;font:14px/1.4 system-ui,sans-serif}</style>
</head>
<body>
<h1>${escapeHtml(meta.title)}</h1>
<p class="meta">${escapeHtml([meta.byline, meta.siteName, meta.published?.iso && `published ${meta.published.iso}`, meta.modified?.iso && `updated ${meta.modified.iso}`].filter(Boolean).join(' · '))}<br><a href="${escapeHtml(meta.url)}">${escapeHtml(meta.url)}</a></p>
${summary}${content}
</body>
</html>
`;
}

/**
 * A zip of Markdown files, one per clip, with each clip's stored images beside it in `images/` and
 * linked relatively (images that were not stored keep their original link).
 */
export function markdownZip(clips: { clip: Clip; images: ImageBytes[] }[], parser?: DOMParser): Uint8Array {
  const taken = new Set<string>();
  const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
  const files: Zippable = {};
  for (const { clip, images } of clips) {
    const slug = slugFor(clip.meta.title, taken);
    const local = new Map<string, string>();
    images.forEach((img, n) => {
      const name = `images/${slug}-${n + 1}.${extOf(img.type)}`;
      // Images are compressed already: stored as they are, which keeps big exports fast.
      files[name] = [img.bytes, { level: 0 }];
      local.set(img.url, name);
    });
    const html = local.size ? relinkImages(clip.body.html, local, parser) : clip.body.html;
    files[`${slug}.md`] = strToU8(clipToMarkdown({ ...clip, body: { ...clip.body, html } }, turndown));
  }
  return zipSync(files, { level: 6 });
}

/** A zip of self-contained HTML files, one per clip. */
export function htmlZip(clips: { clip: Clip; images: ImageBytes[] }[], sanitize: (html: string) => string, parser?: DOMParser): Uint8Array {
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  for (const { clip, images } of clips) files[`${slugFor(clip.meta.title, taken)}.html`] = strToU8(clipToHtml(clip, sanitize, images, parser));
  return zipSync(files, { level: 6 });
}

function relinkImages(html: string, local: ReadonlyMap<string, string>, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const name = local.get(img.getAttribute('src') ?? '');
    if (name) img.setAttribute('src', name);
  }
  return doc.body.innerHTML;
}
