/**
 * `npm start`: build Brief and open Chromium with it on a bundled sample article served locally.
 * Without a display (or with --headless) it clips the sample through the real extension instead,
 * prints headline, summary and times, and writes screenshots to docs/screenshots/ (also dark, and in Arabic).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AnalyzeResult, SaveResult } from '@/lib/messaging';
import { launchWithExtension, ROOT, serveDir } from './lib/browser';

const SAMPLE = '/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
const server = await serveDir(path.join(ROOT, 'tests/fixtures/pages'));
const browser = await launchWithExtension({ headless });
const { context, serviceWorker, extensionId } = browser;

const page = await context.newPage();
await page.goto(server.url + SAMPLE);

if (!headless) {
  console.log(`\nBrief is loaded. Sample article: ${server.url}${SAMPLE}\nClick the Brief icon or press Alt+Shift+S. Close the browser to stop.`);
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await server.close();
  process.exit(0);
}

const tabId = await serviceWorker.evaluate(async (url) => {
  const [tab] = await chrome.tabs.query({ url });
  return tab?.id ?? -1;
}, page.url());
if (tabId < 0) throw new Error('The sample tab was not found.');

const ext = (p: string) => `chrome-extension://${extensionId}/${p}`;
const send = <T>(target: Page, type: string, data: unknown) =>
  target.evaluate(([t, d]) => chrome.runtime.sendMessage({ brief: 1, type: t, data: d }), [type, data] as const) as Promise<T>;

const shots = path.join(ROOT, 'docs/screenshots');
mkdirSync(shots, { recursive: true });

const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 600 });
await popup.goto(ext(`popup.html?tabId=${tabId}`));
const analysed = await send<AnalyzeResult>(popup, 'analyzeTab', { tabId });
if (!analysed.ok) throw new Error(`Brief could not read the sample: ${analysed.message}`);
await popup.getByText(analysed.article.title).first().waitFor();
await popup.screenshot({ path: path.join(shots, 'popup.png') });

const saved = await send<SaveResult>(popup, 'saveTab', { tabId });
if (!saved.ok) throw new Error(`Saving failed: ${saved.message}`);

// A second clip, tagged and marked favourite, so the library shows its filters at work.
const second = await context.newPage();
await second.goto(`${server.url}/second-article.html`);
const secondTab = await serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, second.url());
const savedSecond = await send<SaveResult>(popup, 'saveTab', { tabId: secondTab });
if (!savedSecond.ok) throw new Error(`Saving the second sample failed: ${savedSecond.message}`);

const library = await context.newPage();
await library.setViewportSize({ width: 1100, height: 560 });
await library.goto(ext('options.html'));
await library.getByText(saved.clip.title).first().waitFor();
const tagBox = library.getByRole('combobox', { name: `Add a tag to “${savedSecond.clip.title}”` });
await tagBox.fill('europe');
await tagBox.press('Enter');
await library.getByRole('button', { name: `Favourite “${saved.clip.title}”` }).click();
await library.getByRole('button', { name: /^#europe/ }).waitFor();
await library.screenshot({ path: path.join(shots, 'library.png') });

const reader = await context.newPage();
await reader.goto(ext(`reader.html?id=${saved.clip.id}`));
await reader.getByText(saved.clip.title).first().waitFor();
await reader.screenshot({ path: path.join(shots, 'reader.png'), fullPage: true });

await library.emulateMedia({ colorScheme: 'dark' });
await library.screenshot({ path: path.join(shots, 'library-dark.png') });

// The UI in Arabic, mirrored right to left; the article keeps its own language and direction.
const arabic = await launchWithExtension({ headless: true, uiLanguage: 'ar' });
const arPage = await arabic.context.newPage();
await arPage.goto(server.url + SAMPLE);
const arTab = await arabic.serviceWorker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, arPage.url());
const arPopup = await arabic.context.newPage();
await arPopup.setViewportSize({ width: 400, height: 600 });
await arPopup.goto(`chrome-extension://${arabic.extensionId}/popup.html?tabId=${arTab}`);
await arPopup.getByRole('button', { name: 'احفظ' }).click();
await arPopup.getByText('حُفظت في مكتبتك.').waitFor();
await arPopup.screenshot({ path: path.join(shots, 'popup-ar.png') });
const arLibrary = await arabic.context.newPage();
await arLibrary.setViewportSize({ width: 1100, height: 400 });
await arLibrary.goto(`chrome-extension://${arabic.extensionId}/options.html`);
await arLibrary.getByText(saved.clip.title).first().waitFor();
await arLibrary.screenshot({ path: path.join(shots, 'library-ar.png') });
await arabic.close();

const a = analysed.article;
console.log(`\nHeadline:  ${a.title}`);
console.log(`Byline:    ${a.byline ?? '-'} · ${a.siteName ?? '-'}`);
console.log(`Published: ${a.published?.iso ?? 'unknown'}${a.published ? ` (from ${a.published.source}: "${a.published.raw}")` : ''}`);
console.log(`Updated:   ${a.modified?.iso ?? 'unknown'}${a.modified ? ` (from ${a.modified.source}: "${a.modified.raw}")` : ''}`);
console.log('Summary:');
for (const s of a.summary) console.log(`  • ${s}`);
console.log(`\nSaved to the library (${saved.updated ? 'updated' : 'new clip'}). Screenshots: ${path.relative(ROOT, shots)}/{popup,library,reader,library-dark,popup-ar,library-ar}.png`);

await browser.close();
await server.close();
