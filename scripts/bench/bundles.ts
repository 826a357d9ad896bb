import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from '../lib/browser';

/** Bundle a bench entry into one IIFE string (same lib code the extension ships). */
export async function benchBundle(entry: string, slowdownMs = 0): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/entries', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    alias: { '@': ROOT },
    define: { BENCH_SLOWDOWN_MS: String(slowdownMs) },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Gzip size of each entry of the built extension: its own file plus the chunks and CSS its HTML loads. */
export function entrySizes(outDir = path.join(ROOT, '.output/chrome-mv3')): Record<string, number> {
  const sizes: Record<string, number> = {
    background: gz(path.join(outDir, 'background.js')),
    'content script (detector)': gz(path.join(outDir, 'detector.js')),
    extractor: gz(path.join(outDir, 'extractor.js')),
  };
  for (const page of readdirSync(outDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(path.join(outDir, page), 'utf8');
    const refs = Array.from(html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g), (m) => m[1]);
    sizes[page.replace('.html', '')] = refs.filter((r) => statSync(path.join(outDir, r), { throwIfNoEntry: false })).reduce((s, r) => s + gz(path.join(outDir, r)), 0);
  }
  return sizes;
}
