// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractDebug } from '@/lib/article/extract';
import { createSanitizer } from '@/lib/article/sanitize';
import { declobberedCopy, real } from '@/lib/article/declobber';
import seed from '../../fixtures/pages/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks.html?raw';
import boilerplate from '../../fixtures/extraction/boilerplate.html?raw';
import declared from '../../fixtures/extraction/declared-body.html?raw';
import { sectionedStory } from '../../fixtures/extraction/sectioned-story';
import { streamedStory } from '../../fixtures/extraction/streamed-story';
import { modularStory } from '../../fixtures/extraction/modular-story';
import { storyWithCards, storyWithComments } from '../../fixtures/extraction/story-with-cards';
import { storyInSidebarLayout } from '../../fixtures/extraction/sidebar-layout-story';
import { changelogStory } from '../../fixtures/extraction/changelog-story';
import { CLOSED_TEXTS, FAQ_ANSWERS, storyWithCollapsedPanels } from '../../fixtures/extraction/collapsed-panels-story';

const SEED_URL = 'https://www.devdiscourse.com/article/politics/3771234-diplomatic-moves-us-envoy-and-russia-in-tense-talks';

// DOMParser documents have about:blank as URL; extraction takes the page URL from the options.
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

function run(html: string, opts: { disabledSteps?: string[]; url?: string } = {}) {
  const debug: ExtractDebug = { steps: [], attempts: [], ms: {} };
  const out = extractArticle(parse(html), { sanitize: createSanitizer(window), url: opts.url ?? 'https://news.example/2026/01/story', disabledSteps: opts.disabledSteps, debug, now: new Date('2026-02-01T00:00:00Z') });
  if (!out.ok) throw new Error(out.message);
  return { article: out.article, debug };
}

describe('extractArticle', () => {
  it('gives the seed page body paragraphs only', () => {
    const { article } = run(seed, { url: SEED_URL });
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^In a bid to renew diplomatic efforts/);
    for (const junk of ['Updated:', 'TRENDING', 'OPINION', 'Bhubaneswar', 'power grid', '+91', 'info@devdiscourse.com', 'Privacy Policy', 'cookies']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('drops consent, share, newsletter and related-links blocks and keeps every story paragraph', () => {
    const { article, debug } = run(boilerplate);
    for (const p of ['reopened to traffic on Tuesday', 'four hundred corroded plates', 'Commuters welcomed the reopening', 'smaller inspection programme']) {
      expect(article.text).toContain(p);
    }
    for (const junk of ['We use cookies', 'Share this article', 'morning newsletter', 'Enter your email', 'Related stories', 'Port authority budget', 'All rights reserved']) {
      expect(article.text).not.toContain(junk);
    }
    const removed = Object.fromEntries(debug.steps.map((s) => [s.name, s.removed]));
    expect(removed['consent-newsletter-share']).toBeGreaterThan(0);
    expect(removed['teaser-lists']).toBeGreaterThan(0);
    expect(debug.steps.every((s) => typeof s.ms === 'number')).toBe(true);
  });

  it('reports each step and lets any step be switched off', () => {
    const all = run(boilerplate);
    const without = run(boilerplate, { disabledSteps: ['teaser-lists', 'consent-newsletter-share', 'trailing-link-lists'] });
    expect(without.debug.steps.map((s) => s.name)).not.toContain('teaser-lists');
    expect(all.debug.steps.map((s) => s.name)).toContain('teaser-lists');
    expect(without.article.text.length).toBeGreaterThan(all.article.text.length);
  });

  it('recovers the story when cleaning removed it, judged by the page\'s declared articleBody', () => {
    const { article, debug } = run(declared);
    expect(article.text).toContain('stay open until ten in the evening');
    expect(article.text).toContain('A review is planned after six months');
    expect(debug.attempts.length).toBe(2);
    expect(debug.attempts.find((a) => a.chosen)?.name).toBe('untouched');
  });

  it('reads the page again relaxed when Readability\u2019s own cleaning cut the story\u2019s sections, and keeps them', () => {
    const { article, debug } = run(sectionedStory);
    for (const s of ['As the year begins', 'cast-iron plant earned its name', 'Snake plant foliage', 'Radiator plants stay small']) expect(article.text).toContain(s);
    for (const junk of ['Lake Cook Road', 'Visit']) expect(article.text).not.toContain(junk);
    expect(debug.attempts.map((a) => [a.name, a.chosen])).toEqual([
      ['cleaned', false],
      ['relaxed', true],
    ]);
    const strict = run(sectionedStory, { disabledSteps: ['relaxed', 'focused'] });
    expect(strict.article.text).not.toContain('Radiator plants stay small');
    expect(strict.debug.attempts.map((a) => a.name)).toEqual(['cleaned']);
    // Without the relaxed reading, the focused one finds the sections too.
    const focused = run(sectionedStory, { disabledSteps: ['relaxed'] });
    expect(focused.article.text).toContain('Radiator plants stay small');
    expect(focused.debug.attempts.find((a) => a.chosen)?.name).toBe('focused');
  });

  it('keeps the strict reading when the relaxed one only adds links', () => {
    const story = '<p>The council approved the new bridge budget on Tuesday after a long debate about the cost of repairs and the timetable.</p>'.repeat(5);
    const sponsored = `<div class="promo-widget">${'<p>Partner offer: <a href="https://ads.example/a">the best savings accounts of the year compared side by side</a> and <a href="https://ads.example/b">cheap flights to anywhere this winter</a> today.</p>'.repeat(10)}</div>`;
    const { article, debug } = run(`<html><body><main><article><h1>Bridge budget approved</h1><div class="body">${story}${sponsored}</div></article></main></body></html>`);
    expect(debug.attempts.map((a) => [a.name, a.chosen])).toEqual([
      ['cleaned', true],
      ['relaxed', false],
    ]);
    expect(article.text).toContain('The council approved');
    expect(article.text).not.toContain('Partner offer');
  });

  it('reads a page streamed by React without running it: the story hidden at the end is put in its place', () => {
    const { article, debug } = run(streamedStory);
    expect(article.title).toBe('Harbour ferry returns after a year of repairs');
    for (const s of ['first crossing in a year', 'hull plating', 'carries 300 passengers', 'older people who do not drive']) expect(article.text).toContain(s);
    expect(article.text.indexOf('carries 300 passengers')).toBeLessThan(article.text.indexOf('older people'));
    for (const junk of ['Loading', 'All rights reserved']) expect(article.text).not.toContain(junk);
    expect(debug.steps.find((s) => s.name === 'streamed-content')?.removed).toBe(2);
    // Without the step the story stays hidden, and hidden elements are cleaned away.
    const without = extractArticle(parse(streamedStory), { sanitize: createSanitizer(window), url: 'https://news.example/2026/01/story', disabledSteps: ['streamed-content'] });
    expect(without.ok && without.article.text.includes('hull plating')).toBe(false);
  });

  it('reads the element holding the page\u2019s prose when Readability settled on one part of a story in nested sections', () => {
    const { article, debug } = run(modularStory);
    for (let n = 1; n <= 7; n++) expect(article.text).toMatch(new RegExp(`^${n}\\. `, 'm'));
    expect(article.text).not.toContain('Equal Housing Lender');
    expect(article.text).not.toContain('Business');
    expect(debug.attempts.find((a) => a.chosen)?.name).toBe('focused');
    const strict = run(modularStory, { disabledSteps: ['focused'] });
    expect(strict.debug.attempts.map((a) => a.name)).not.toContain('focused');
    expect(strict.article.text.split(/^\d\. /m).length - 1).toBeLessThan(7);
  });

  it('reads every section of a report whose lists link to other sites, past the thank-you section Readability settled on', () => {
    // The strict reading holds more text than half the page's prose, but less than half of its paragraphs.
    const strict = run(changelogStory('https://code.example.org/backend'), { disabledSteps: ['focused'] });
    expect(strict.article.text).toContain('the rest of my sponsors');
    expect(strict.article.text).not.toContain('Patches status');
    const { article, debug } = run(changelogStory('https://code.example.org/backend'));
    expect(debug.attempts.map((a) => [a.name, a.chosen])).toEqual([
      ['cleaned', false],
      ['focused', true],
    ]);
    for (const line of ['What is the backend?', 'Implement the vector register type', 'Skip the tests that need a newer assembler on old systems', 'Tove T', 'the rest of my sponsors']) expect(article.text).toContain(line);
    // The same lists linking to this site read as teasers: the focused reading adds too little prose to win.
    expect(run(changelogStory('https://news.example/backend')).debug.attempts.find((a) => a.chosen)?.name).toBe('cleaned');
  });

  it('does not take teaser cards for the rest of the story: their excerpts are cut mid-sentence', () => {
    const teasers = run(storyWithCards(false));
    expect(teasers.debug.attempts.map((a) => [a.name, a.chosen])).toEqual([
      ['cleaned', true],
      ['focused', false],
    ]);
    expect(teasers.article.text).toContain('three of them will open on Sunday');
    expect(teasers.article.text).not.toContain('permit system');
    // The same cards with finished sentences read as more of the story: the cut is what tells them apart.
    expect(run(storyWithCards(true)).debug.attempts.find((a) => a.chosen)?.name).toBe('focused');
  });

  it('reads the story when Readability stripped its wrapper for a layout class name and settled on a disclosure box', () => {
    const strict = run(storyInSidebarLayout, { disabledSteps: ['focused'] });
    expect(strict.article.text).toContain('Many of the offers');
    expect(strict.article.text).not.toContain('ferry to the island resumed');
    const { article, debug } = run(storyInSidebarLayout);
    expect(debug.attempts.find((a) => a.chosen)?.name).toBe('focused');
    expect(article.text).toContain('ferry to the island resumed');
    expect(article.text).toContain('a second vessel by next year');
    expect(article.text).not.toContain('Many of the offers');
  });

  it('keeps answers the page had collapsed into accordions, and nothing of its closed menus and pop-ups', () => {
    const closed = run(storyWithCollapsedPanels, { disabledSteps: ['collapsed-panels'] });
    for (const a of FAQ_ANSWERS) expect(closed.article.text).not.toContain(a);
    const { article, debug } = run(storyWithCollapsedPanels);
    expect(debug.steps.find((s) => s.name === 'collapsed-panels')?.removed).toBe(4);
    for (const a of FAQ_ANSWERS) expect(article.text).toContain(a);
    expect(article.text).toContain('Do I need a battery?');
    for (const t of CLOSED_TEXTS) expect(article.text).not.toContain(t);
  });

  it('does not count readers\u2019 comments as the page\u2019s prose', () => {
    const { article, debug } = run(storyWithComments);
    expect(debug.attempts.map((a) => a.name)).toEqual(['cleaned']);
    expect(article.text).toContain('three of them will open on Sunday');
    expect(article.text).not.toContain('I have waited for this');
  });

  it('drops placeholder lines a page shows while it loads, and keeps sentences that start with the same word', () => {
    const para = (s: string) => `<p>${s} The port said the new cranes would double the number of containers handled each day by next spring.</p>`;
    const html = `<html><body><article><h1>Port opens new terminal</h1>${para('The new container terminal opened on Monday.')}<p>Loading paragraph...</p><figure><p>Loading image…</p></figure>${para('Loading bay workers said the shifts had been agreed with the union.')}<div>Advertisement</div><p>Cargando</p>${para('Ships from three continents are already booked.')}</article></body></html>`;
    const { article, debug } = run(html);
    expect(article.text).not.toMatch(/Loading paragraph|Loading image|Advertisement|Cargando/);
    expect(article.text).toContain('Loading bay workers said');
    expect(debug.steps.find((s) => s.name === 'repeated-and-noise-lines')?.removed).toBeGreaterThanOrEqual(3);
  });

  it('keeps data lines inside code and tables', () => {
    const html = `<html><body><article><h1>Timing</h1>${'<p>The job runs every day and its log lines look like the following example, which we explain below in some detail for readers.</p>'.repeat(4)}<pre><code><span>2020-08-01 17:00 UTC</span>\n<span>0.5</span></code></pre></article></body></html>`;
    const { article } = run(html);
    expect(article.text).toContain('2020-08-01 17:00 UTC');
  });
});

describe('DOM clobbering', () => {
  it('extracts a page whose markup shadows document and form members, and leaves the page as it was', () => {
    const story = '<p>The harbour bridge reopened to traffic on Tuesday morning after eight months of repairs to its steel deck, the council said in a statement.</p>'.repeat(5);
    const html = `<html><body><img name="querySelectorAll" src="a.png"><img name="body" src="b.png"><img name="cloneNode" src="c.png"><img name="implementation" src="d.png"><form name="getElementsByTagName"><input name="getAttribute"><input name="textContent"></form><article><h1>Bridge reopens</h1>${story}</article></body></html>`;
    const doc = parse(html);
    // (jsdom does not shadow document members by name as browsers do; tests/e2e/hostile.spec.ts proves it in Chromium.)
    const before = new XMLSerializer().serializeToString(doc);
    const { article } = run(html);
    expect(article.title).toBe('Bridge reopens');
    expect(article.text).toContain('eight months of repairs');
    const again = parse(html);
    extractArticle(again, { sanitize: createSanitizer(window), url: 'https://news.example/x' });
    expect(new XMLSerializer().serializeToString(again)).toBe(before);
    expect(new XMLSerializer().serializeToString(doc)).toBe(before);
  });

  it('reads members through the prototype chain, past what an instance shadows', () => {
    class Base {
      get body() {
        return 'real body';
      }
      greet() {
        return 'real greet';
      }
    }
    // Own properties over the prototype's members, as a browser's named properties are.
    const shadowed = Object.defineProperties(new Base(), { body: { value: 'shadow' }, greet: { value: 'shadow' } });
    expect(real<string>(shadowed, 'body')).toBe('real body');
    expect(real<() => string>(shadowed, 'greet').call(shadowed)).toBe('real greet');
    expect(() => real(shadowed, 'missing')).toThrow(/no member missing/);
  });

  it('removes the names and ids that shadow members from the working copy only', () => {
    const doc = parse('<html><body><img name="body" id="x" src="a.png"><form name="f"><input name="getAttribute" id="y"></form><input form="f" name="z"><p id="keep">text</p></body></html>');
    const copy = declobberedCopy(doc);
    expect(copy.querySelectorAll('[name], img[id], input[id], [form]')).toHaveLength(0);
    expect(copy.getElementById('keep')).not.toBeNull();
    expect(doc.querySelectorAll('[name]')).toHaveLength(4);
  });

  it('keeps the ids of content inside a form that wraps the whole page (they do not shadow anything)', () => {
    const doc = parse('<html><body><form id="aspnetForm"><div id="article-body"><p>text</p><input name="__VIEWSTATE" id="__VIEWSTATE"></div></form></body></html>');
    const copy = declobberedCopy(doc);
    expect(copy.getElementById('article-body')).not.toBeNull();
    expect(copy.querySelectorAll('input[name], input[id]')).toHaveLength(0);
  });
});

describe('bounds', () => {
  it('refuses a 200k-element page with a too-large outcome', () => {
    const doc = document.implementation.createHTMLDocument('huge');
    const row = '<div><span>cell</span><a href="/x">link</a></div>';
    doc.body.innerHTML = `<article>${row.repeat(70_000)}</article>`;
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(200_000);
    const out = extractArticle(doc, { sanitize: createSanitizer(window), url: 'https://news.example/huge' });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.reason).toBe('too-large');
      expect(out.message).toMatch(/too large/);
    }
  }, 60_000);

  it('returns a safe result or a clear too-large outcome on a 10 MB page below the element cap', () => {
    const doc = document.implementation.createHTMLDocument('big');
    const para = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40)}</p>`;
    doc.body.innerHTML = `<article><h1>Big</h1>${para.repeat(4_500)}</article>`;
    expect(doc.body.innerHTML.length).toBeGreaterThan(10_000_000);
    // A budget of 0 ms: every optional step is skipped, and the result says so instead of pretending.
    const out = extractArticle(doc, { sanitize: createSanitizer(window), url: 'https://news.example/big', timeBudgetMs: 0 });
    expect(out.ok).toBe(true);
    if (out.ok) {
      expect(out.article.title).toBe('Big');
      expect(out.article.wordCount).toBeGreaterThan(100_000);
      expect(out.article.warnings.join(' ')).toMatch(/took too long/);
    }
  }, 120_000);
});
