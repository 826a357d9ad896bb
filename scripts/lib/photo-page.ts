import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PARAGRAPHS = [
  'The city council approved the new tram line on Tuesday after a debate that lasted most of the afternoon and drew a crowd of residents to the public gallery.',
  'Construction is due to start next spring. The line will connect the railway station with the university and the hospital, with eleven stops along the way.',
  'Opponents had argued that the money would be better spent on buses, which can change their routes as the city grows. The council rejected an amendment to that effect.',
  'The mayor said the vote was a turning point for the city and thanked the engineers who had prepared the plans over three years of consultation.',
];

export interface PhotoImage {
  /** Absolute, or relative to the page (same origin). */
  src: string;
  alt: string;
}

/** A news page with one figure after each paragraph (for offline-image tests and the save benchmark). */
export function photoPage(images: PhotoImage[], title = 'Council approves tram line'): string {
  const body = images.map((img, i) => `<p>${PARAGRAPHS[i % PARAGRAPHS.length]}</p>\n<figure><img src="${img.src}" alt="${img.alt}" width="640" height="360"><figcaption>${img.alt}.</figcaption></figure>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02T09:00:00+01:00"></head>
<body><article><h1>${title}</h1>
${body}
<p>${PARAGRAPHS[3]}</p></article></body></html>`;
}

/** A temporary folder to serve generated pages and images from. */
export const tempSite = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

/** A photo-sized JPEG stand-in (valid JPEG markers, incompressible body): saving copies bytes, it never decodes them. */
export function writeFakeJpeg(file: string, bytes: number, seed: number): void {
  const data = Buffer.alloc(bytes);
  let x = seed * 2654435761;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    data[i] = x >>> 24;
  }
  data.set([0xff, 0xd8, 0xff, 0xe0], 0);
  data.set([0xff, 0xd9], bytes - 2);
  writeFileSync(file, data);
}
