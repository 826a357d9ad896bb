/**
 * `npm run check:firefox`: the Firefox package, linted and run.
 *
 * 1. `web-ext lint` on .output/firefox-mv3: no errors, no notices, no warnings (the libraries' innerHTML
 *    assignments are removed by the build: scripts/build/html-sinks.ts).
 * 2. If Firefox is installed (Debian's firefox-esr), Brief is installed in it as a temporary add-on over WebDriver
 *    BiDi and used like a reader would: the detector marks an article's toolbar icon, the popup shows headline and
 *    key points, Save stores the clip, the library lists it and the reader opens it. Without Firefox the run part
 *    is reported as not run (and the command still fails on lint problems).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, serveDir } from '../lib/browser';
import { Bidi } from './bidi';

const EXT_DIR = path.join(ROOT, '.output/firefox-mv3');
const ARTICLE = 'article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html';
const TITLE = 'Diplomatic Moves: U.S. Envoy and Russia in Tense Talks';
const UUID = '6f3c2a1e-8d4b-4c1a-9e2f-b7a5c3d1e0f9';

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  message: string;
}

function lint(): boolean {
  const out = execFileSync(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '-s', EXT_DIR, '-o', 'json', '--no-input'], { encoding: 'utf8' });
  const report = JSON.parse(out.slice(out.indexOf('{'))) as { summary: Record<string, number>; errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.notices} notices, ${report.summary.warnings} warnings`);
  for (const m of [...report.errors, ...report.notices, ...report.warnings]) console.log(`  ✗ ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
  return report.errors.length + report.notices.length + report.warnings.length === 0;
}

function findFirefox(): string | null {
  for (const candidate of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

/** Start Firefox headless with BiDi on a free port; resolves with its WebSocket URL. */
function startFirefox(binary: string, profile: string): Promise<{ url: string; stop: () => void }> {
  // Pin the add-on's moz-extension:// host so its pages can be opened by URL.
  writeFileSync(
    path.join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ 'brief@brief-clipper.example': UUID }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);',
    ].join('\n'),
  );
  const child = spawn(binary, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', // lets the automation open Brief's own moz-extension:// pages
    '--remote-allow-system-access'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(log);
      if (m) resolve({ url: `${m[1].replace(/\/$/, '')}/session`, stop: () => child.kill() });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Firefox exited (${code}) before it listened:\n${log.slice(-2000)}`)));
  });
}

async function run(binary: string): Promise<void> {
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  const profile = mkdtempSync(path.join(tmpdir(), 'brief-firefox-'));
  const site = await serveDir(path.join(ROOT, 'tests/fixtures/pages'));
  const firefox = await startFirefox(binary, profile);
  const bidi = await Bidi.connect(firefox.url);
  try {
    await bidi.send('session.new', { capabilities: {} });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: EXT_DIR } });
    console.log(`${version}: installed ${installed.extension} as a temporary add-on`);
    const ext = `moz-extension://${UUID}`;
    const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const tab = tree.contexts[0].context;
    const articleUrl = `${site.url}/${ARTICLE}`;
    await bidi.send('browsingContext.navigate', { context: tab, url: articleUrl, wait: 'complete' });

    const { context: library } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await bidi.send('browsingContext.navigate', { context: library, url: `${ext}/options.html`, wait: 'complete' });
    const tabId = await bidi.waitFor<number | null>(library, `browser.tabs.query({}).then((ts) => ts.find((t) => t.url === ${JSON.stringify(articleUrl)})?.id ?? null)`, (v) => v !== null, 'the article tab');
    await bidi.waitFor<string>(library, `browser.action.getBadgeText({ tabId: ${tabId} })`, (b) => b === '\u2022', 'the "article" badge from the detector');
    console.log('  ✓ the detector marked the article on the toolbar icon');

    const { context: popup } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await bidi.send('browsingContext.navigate', { context: popup, url: `${ext}/popup.html?tabId=${tabId}`, wait: 'complete' });
    const shown = await bidi.waitFor<{ h1: string; points: number }>(popup, `({ h1: document.querySelector('h1')?.textContent ?? '', points: document.querySelectorAll('.summary li').length })`, (v) => v.h1 === TITLE && v.points > 0, 'the popup headline and key points');
    console.log(`  ✓ popup: "${shown.h1}", ${shown.points} key points`);
    await bidi.evaluate(popup, `Promise.resolve(document.querySelector('button.primary').click())`);
    await bidi.waitFor<string>(popup, `document.querySelector('[role=status]')?.textContent ?? ''`, (s) => s.includes('Saved to your library'), 'the saved status');
    console.log('  ✓ Save stored the clip');

    await bidi.send('browsingContext.reload', { context: library, wait: 'complete' });
    const listed = await bidi.waitFor<string[]>(library, `Array.from(document.querySelectorAll('.clip-title'), (a) => a.textContent)`, (v) => v.length === 1, 'the clip in the library');
    const readerUrl = await bidi.evaluate<string>(library, `document.querySelector('.clip-title').href`);
    await bidi.send('browsingContext.navigate', { context: library, url: readerUrl, wait: 'complete' });
    const body = await bidi.waitFor<number>(library, `document.querySelector('.article-body')?.textContent.length ?? 0`, (n) => n > 500, 'the reader body');
    console.log(`  ✓ library lists "${listed[0]}"; the reader shows ${body} characters of it`);

  } finally {
    bidi.close();
    firefox.stop();
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const lintOk = lint();
const binary = findFirefox();
if (!binary) console.log('Firefox run check: NOT RUN — no Firefox here (apt-get install firefox-esr, or set FIREFOX_PATH).');
else await run(binary);
if (!lintOk) {
  console.error('The Firefox package has lint problems in Brief\u2019s own code (above).');
  process.exit(1);
}
