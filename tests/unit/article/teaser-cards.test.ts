// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { removeTeaserCards } from '@/lib/article/teaser-cards';
import { createSanitizer } from '@/lib/article/sanitize';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const body = [
  'The island’s festival opened on Sunday with a parade through the capital, as bands and dancers filled the streets for the first time in three years.',
  'Organisers said the programme runs for nine mornings and includes concerts, a craft market and a lantern procession on the final night before Christmas.',
  'Shops on the main street will stay open late throughout the festival, and the ferry company has added crossings for visitors from the other islands.',
  'The culture minister thanked the volunteers who built the stages and said the festival brings in more visitors each year than any other event.',
].map((p) => `<p>${p}</p>`);

const TEASERS = [
  ['/news/hampers', 'Charity hands out 1,500 hampers', 'THE SALVATION ARMY continued its long-standing tradition of community outreach with the distribution of 1,500 hampers on Tuesday, December 1...'],
  ['/news/clerk', 'Clerk recalled to the House', 'NICOLE HERBERT, who served as Clerk of the House of Assembly for 25 years has been called out of retirement for active service. A notice dated Decembe…'],
  ['/news/police', 'Police mount crime prevention exhibition', 'THE POLICE FORCE mounted an exhibition on Wednesday, December 17, as part of its annual Crime Prevention Week, which ends on Saturday with a...'],
];

/** Cards as news sites print them below a story: a category, a linked title, a date and an excerpt cut short. */
function cards(href: (h: string) => string = (h) => h, excerpt: (e: string) => string = (e) => e): string {
  const items = TEASERS.map(([h, t, e]) => `<article class="card"><div class="cat">Front Page</div><div class="title"><a href="${href(h)}">${t}</a></div><div class="date">December 19, 2025</div><div class="body">${excerpt(e)}</div></article>`).join('');
  return `<div class="widget"><div class="label">Also in the news</div></div><section class="slot"><div class="cards">${items}</div></section>`;
}

function page(after: string): string {
  return `<html lang="en"><head><title>Festival launched</title></head><body>
    <main><h1>Festival launched with a parade</h1><div class="layout"><div class="story">${body.join('')}</div><div class="more">${after}</div></div></main>
    </body></html>`;
}

function extractText(html: string, disabledSteps: string[] = []): string {
  const out = extractArticle(parse(html), { sanitize: createSanitizer(window), url: 'https://paper.example/news/festival', disabledSteps });
  if (!out.ok) throw new Error(out.message);
  return out.article.text;
}

describe('teaser-cards', () => {
  it('removes sibling cards that link elsewhere with excerpts cut short, whatever their heading says', () => {
    const html = page(cards());
    expect(extractText(html, ['teaser-cards'])).toContain('long-standing tradition of community outreach');
    const text = extractText(html);
    expect(text).not.toContain('long-standing tradition of community outreach');
    expect(text).not.toContain('called out of retirement');
    expect(text).toContain('lantern procession on the final night');
    const doc = parse(html);
    expect(removeTeaserCards.run(doc)).toBe(3);
    expect(doc.querySelectorAll('article.card')).toHaveLength(0);
  });

  it('keeps cards whose excerpts end in full stops, and cards that only link within the page (a table of contents)', () => {
    expect(removeTeaserCards.run(parse(page(cards(undefined, (e) => e.replace(/(?:\.\.\.|…)$/, '.')))))).toBe(0);
    expect(removeTeaserCards.run(parse(page(cards((h) => `#${h.slice(6)}`))))).toBe(0);
  });

  it('needs three cards: two excerpts cut short are not a list', () => {
    const two = page(cards()).replace(/<article class="card">(?:(?!<\/article>).)*<\/article>(?=<\/div><\/section>)/, '');
    const doc = parse(two);
    expect(doc.querySelectorAll('article.card')).toHaveLength(2);
    expect(removeTeaserCards.run(doc)).toBe(0);
  });

  it('leaves blocks with long text alone: a card is small', () => {
    const long = page(cards(undefined, (e) => `${'A long paragraph of the story itself that goes on and on. '.repeat(14)}${e}`));
    expect(removeTeaserCards.run(parse(long))).toBe(0);
  });
});
