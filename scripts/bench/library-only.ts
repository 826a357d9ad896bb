/**
 * `npm run bench:library [-- --library 10000,100000]`: only the library part of `npm run bench` (build, then each
 * size in a fresh profile), for work on the library without the page benchmark's minutes.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launchWithExtension, ROOT } from '../lib/browser';
import { benchLibrary, printLibraryTable, type LibraryFigures } from './library';

const args = process.argv.slice(2);
const sizes = args.includes('--library') ? args[args.indexOf('--library') + 1].split(',').map(Number) : [10_000, 100_000];

execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'ignore' });
const figures: (LibraryFigures | { clips: number; error: string })[] = [];
for (const n of sizes) {
  const ext = await launchWithExtension({ headless: true });
  try {
    figures.push(await benchLibrary(ext, n, (m) => process.stderr.write(`\r  ${m}            `)));
  } catch (err) {
    figures.push({ clips: n, error: err instanceof Error ? err.message.split('\n')[0] : String(err) });
  } finally {
    await ext.close();
  }
}
process.stderr.write('\n');
printLibraryTable(figures);
