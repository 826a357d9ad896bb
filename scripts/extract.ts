/**
 * Brief's headless extractor: the same lib/ code as the extension, on jsdom.
 *   npm run -s extract -- [--url URL] FILE...
 *   npm run -s extract -- --manifest LIST.jsonl      (lines with "file" and "url")
 * Prints one JSON line per input, in input order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliRecord } from './lib/extract-page';
import { runPool } from './lib/worker-pool';

interface Job {
  file: string;
  url: string;
}

function parseArgs(argv: string[]): Job[] {
  const jobs: Job[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') url = argv[++i];
    else if (arg === '--manifest') {
      const list = argv[++i];
      if (!list) throw new Error('--manifest needs a file');
      const base = path.dirname(path.resolve(list));
      for (const [n, line] of readFileSync(list, 'utf8').split('\n').entries()) {
        if (!line.trim()) continue;
        const entry = JSON.parse(line) as { file?: unknown; url?: unknown };
        if (typeof entry.file !== 'string') throw new Error(`${list}:${n + 1}: each line needs a "file"`);
        const file = path.isAbsolute(entry.file) ? entry.file : path.resolve(base, entry.file);
        jobs.push({ file, url: typeof entry.url === 'string' ? entry.url : pathToFileURL(file).href });
      }
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: npm run -s extract -- [--url URL] FILE... | --manifest LIST.jsonl\n');
      process.exit(0);
    } else jobs.push({ file: arg, url: url ?? pathToFileURL(path.resolve(arg)).href });
  }
  return jobs;
}

const jobs = parseArgs(process.argv.slice(2));
if (jobs.length === 0) {
  process.stderr.write('usage: npm run -s extract -- [--url URL] FILE... | --manifest LIST.jsonl\n');
  process.exit(2);
}
// Two worker threads (the machines have two cores), recycled so memory stays flat; output in input order.
for await (const record of runPool<CliRecord>(jobs)) process.stdout.write(JSON.stringify(record) + '\n');
