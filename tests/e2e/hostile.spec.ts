import type { BrowserContext, Page, Worker } from '@playwright/test';
import { VECTORS } from '../fixtures/xss/vectors';
import { expect, storedRows, tabIdOf, test } from './fixtures';

/**
 * The XSS corpus, clipped through the real pipeline from a page in Chromium and rendered in the real reader and
 * library. Evidence collected on the extension pages: calls of `canary()` (what every vector tries to run),
 * requests that leave the extension, navigations, dialogs and CSP violation reports.
 */
const HOSTILE_URL = 'https://hostile.example/news/2026/01/21/bridge-reopens-after-repairs';
const STORY = [
  'The harbour bridge reopened to traffic on Tuesday morning after eight months of repairs to its steel deck, the city council said in a statement issued shortly after the first cars crossed.',
  'Engineers replaced more than four hundred corroded plates and repainted the main span, work that had been planned for a decade but was delayed twice by funding disputes between the council and the port authority.',
  'Commuters welcomed the reopening. Buses that had been diverted through the industrial district will return to their usual routes from next week, cutting journey times by up to twenty minutes.',
];

function hostilePage(): string {
  // Every vector sits inside story paragraphs, where Readability keeps content.
  const body = VECTORS.map((v, i) => `<p>${STORY[i % STORY.length]} ${v.html} (${i})</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge reopens after repairs</title>
<meta property="og:type" content="article"></head><body><article><h1>Bridge reopens after repairs</h1>${body}</article></body></html>`;
}

interface Evidence {
  canaries: number;
  requests: string[];
  navigations: string[];
  dialogs: number;
  violations: string[];
}

/** Watch an extension page from before its first script runs. */
async function watch(context: BrowserContext, page: Page): Promise<Evidence> {
  const ev: Evidence = { canaries: 0, requests: [], navigations: [], dialogs: 0, violations: [] };
  await page.exposeFunction('__reportCanary', () => ev.canaries++);
  await page.exposeFunction('__reportViolation', (v: string) => ev.violations.push(v));
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.canary = () => (w.__reportCanary as () => void)();
    document.addEventListener('securitypolicyviolation', (e) => (w.__reportViolation as (v: string) => void)(`${e.violatedDirective} ${e.blockedURI}`));
  });
  context.on('request', (r) => {
    if (!r.url().startsWith('chrome-extension://') && r.frame().page() === page) ev.requests.push(r.url());
  });
  page.on('framenavigated', (f) => ev.navigations.push(f.url()));
  page.on('dialog', (d) => {
    ev.dialogs++;
    void d.dismiss();
  });
  return ev;
}

async function openWatched(context: BrowserContext, url: string): Promise<{ page: Page; ev: Evidence }> {
  const page = await context.newPage();
  const ev = await watch(context, page);
  await page.goto(url);
  return { page, ev };
}

/** Replace the stored body of a clip (what a tampered database or a hostile backup would hold). */
function overwriteBody(serviceWorker: Worker, id: string, html: string): Promise<void> {
  return serviceWorker.evaluate(
    ([clipId, raw]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('brief');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('bodies', 'readwrite');
          const store = tx.objectStore('bodies');
          const get = store.get(clipId);
          get.onsuccess = () => store.put({ ...get.result, html: raw });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [id, html] as const,
  );
}

test(`the ${VECTORS.length}-vector XSS corpus clipped from a page runs nothing, loads nothing and navigates nowhere in Brief's pages`, async ({ context, serviceWorker, extensionId }) => {
  test.setTimeout(90_000);
  // The hostile site, and a sink for everything its markup tries to reach over the web (extension pages are left alone).
  // 204 answers keep the live tab where it is (a 204 never navigates), so the clip is taken from the hostile page.
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) =>
    route.request().url() === HOSTILE_URL
      ? // The page's own scripts are switched off (a dialog they open would block the tab, and running them tests the
        // browser, not Brief); Brief's content scripts are not subject to the page's policy.
        route.fulfill({ body: hostilePage(), contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" } })
      : route.fulfill({ status: 204 }),
  );

  const page = await context.newPage();
  await page.goto(HOSTILE_URL);
  const tabId = await tabIdOf(serviceWorker, page);
  // Clipped from the popup: the page's autofocus fields and embeds would take a simulated keypress for themselves.
  // Its forms and inputs make the detector call it a non-article, so the popup offers "Clip anyway".
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('button', { name: /^(Save|Clip anyway)$/ }).click();
  await expect(popup.getByText('Saved to your library')).toBeVisible();
  await popup.close();

  const [clip] = await storedRows<{ id: string; title: string }>(serviceWorker, 'clips');
  expect(clip.title).toBe('Bridge reopens after repairs');
  const [body] = await storedRows<{ html: string; text: string }>(serviceWorker, 'bodies');
  // The story survived the sanitizer (it is not an empty clip that is trivially safe)…
  expect(body.text).toContain('four hundred corroded plates');
  // …and nothing executable was stored.
  expect(body.html).not.toMatch(/<script|<iframe|<object|<embed|<svg|<math|<form|<base|<meta|<style|\son\w+=|javascript:|vbscript:|srcdoc|data:text/i);

  const pages = [`reader.html?id=${clip.id}`, 'options.html'];
  const check = async (label: string, parseReports: RegExp | null) => {
    for (const p of pages) {
      const { page: view, ev } = await openWatched(context, `chrome-extension://${extensionId}/${p}`);
      if (p.startsWith('reader')) {
        await expect(view.locator('.article-body')).toContainText('four hundred corroded plates');
        // What reached the live DOM of the extension page: no handlers, no executable or loading elements.
        const live = await view.evaluate(() =>
          Array.from(document.querySelectorAll('.article-body *')).flatMap((el) => [
            ...(/^(script|iframe|object|embed|svg|math|form|base|meta|style|link|img)$/i.test(el.localName) && !(el.localName === 'img' && /^(blob|data):/.test(el.getAttribute('src') ?? '')) ? [el.localName] : []),
            ...Array.from(el.attributes).filter((a) => /^on|^(style|srcdoc|formaction)$/i.test(a.name) || /^\s*(javascript|vbscript|data):/i.test(a.value)).map((a) => `${el.localName}[${a.name}]`),
          ]),
        );
        expect(live).toEqual([]);
      }
      else await expect(view.getByRole('link', { name: 'Bridge reopens after repairs' })).toBeVisible();
      // Give handlers (onload, onerror, autofocus, animations) the chance to fire: hover and focus every element.
      await view.mouse.move(200, 300);
      await view.keyboard.press('Tab');
      await view.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const violations = ev.violations.filter((v) => !parseReports?.test(v));
      expect({ label, page: p, ...ev, violations, navigations: ev.navigations.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`)) }).toEqual({
        label,
        page: p,
        canaries: 0,
        requests: [],
        navigations: [],
        dialogs: 0,
        violations: [],
      });
      expect(view.frames()).toHaveLength(1);
      await view.close();
    }
  };
  await check('clipped through the pipeline', null);

  // The render-time sanitizer alone: the raw corpus written straight into the stored body.
  await overwriteBody(serviceWorker, clip.id, VECTORS.map((v) => `<p>${STORY[1]} ${v.html}</p>`).join('\n'));
  // Chromium files a CSP report for every handler, style and <base> it meets while merely *parsing* HTML into an inert
  // document (the sanitizer's DOMParser), so those reports are expected here; that none of it reached the live page
  // is checked on the rendered DOM above, and that none of it ran by the canaries.
  await check('raw corpus in the database', /^((script|style)-src-(attr|elem) inline|base-uri .*)$/);
});
