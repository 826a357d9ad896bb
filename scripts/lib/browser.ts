import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

/** Flags that keep Debian's Chromium quiet and offline on our machines. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A Chromium that loads unpacked extensions: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download. Branded Chrome ignores --load-extension, so it is never used.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here; the other candidates remain.
  }
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary. Google Chrome will not do: it ignores --load-extension.',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** The environment that gives Chromium a UI language: LANGUAGE picks the messages, LC_ALL/LANG the locale it reports. */
function localeEnv(lang: string): Record<string, string> {
  const posix = `${lang.replace('-', '_')}.UTF-8`;
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !e[0].startsWith('LC_')));
  return { ...env, LANGUAGE: lang, LANG: posix, LC_ALL: posix };
}

/** Start Chromium with the built extension in a fresh profile. */
export async function launchWithExtension(opts: { headless: boolean; extensionDir?: string; uiLanguage?: string }): Promise<ExtensionBrowser> {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(ext, 'manifest.json'))) throw new Error(`No built extension in ${ext}: run \`npm run build\` first.`);
  const profile = mkdtempSync(path.join(tmpdir(), 'brief-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: opts.headless,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_FLAGS],
    viewport: { width: 1200, height: 800 },
    // Chromium on Linux takes its UI language (and so the extension's _locales) from LANGUAGE, given the
    // chromium-l10n package; English unless a test asks for another.
    env: localeEnv(opts.uiLanguage ?? 'en-US'),
    // Playwright Test would otherwise impose its default en-US (--lang) on every launch.
    locale: opts.uiLanguage ?? 'en-US',
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface StaticServer {
  url: string;
  /** Paths requested so far, for asserting that nothing was fetched. */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml', '.css': 'text/css' };

/** Serve a folder on 127.0.0.1 (random port). Unknown paths get 404. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const file = path.join(dir, path.normalize(pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || !path.extname(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The fixture server has no TCP address.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    // Browsers keep connections alive: close them too, or close() waits for the browser to go away.
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** All rows of an object store of Brief's database, read in the service worker. */
export function storedRows<T>(serviceWorker: Worker, store: string): Promise<T[]> {
  return serviceWorker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('brief');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
