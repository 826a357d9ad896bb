// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { restoreLead, type PageParagraph } from '@/lib/article/lead-paragraphs';
import { createSanitizer } from '@/lib/article/sanitize';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const body = [
  'Engineers replaced four hundred corroded plates along the hull, and the engines were rebuilt by the same yard that built them in 1988, a job that took eleven months.',
  'Commuters welcomed the return on Monday morning, when the first crossing left three minutes late with 212 passengers and 41 cars on board, most of them regulars.',
  'The harbour authority said the timetable would stay as it was before the repairs, with a crossing every forty minutes from six in the morning until midnight.',
  'A smaller inspection programme will follow next spring, when the ferry is due for its five-yearly survey; a replacement vessel will cover those two weeks.',
  'Residents of the island had relied on a passenger launch during the repairs, which could not carry cars, so deliveries were made twice a week by barge.',
].map((p) => `<p>${p}</p>`);

/** A story whose opening sits in the headline's own box, apart from the container of the body. */
function story(intro: string[]): string {
  return `<html lang="en"><head><title>Ferry returns</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
    <main><div class="hero"><h1>Ferry returns to the harbour after a year of repairs</h1>${intro.map((p) => `<p>${p}</p>`).join('')}</div>
    <div class="story"><div class="text">${body.join('')}</div></div></main>
    <footer><p>© Harbour News. All rights reserved.</p></footer></body></html>`;
}

const INTRO = 'The town’s only car ferry is back in service after a year in dry dock, and the fare stays the same for residents.';

function extract(html: string, disabledSteps: string[] = []) {
  const out = extractArticle(parse(html), { sanitize: createSanitizer(window), url: 'https://news.example/2026/01/ferry', disabledSteps });
  if (!out.ok) throw new Error(out.message);
  return out.article.text.split('\n\n');
}

describe('lead paragraphs', () => {
  it('puts back the opening printed beside the headline, ahead of the body Readability chose', () => {
    expect(extract(story([INTRO]), ['lead-paragraphs'])[0]).toMatch(/^Engineers replaced/);
    const paragraphs = extract(story([INTRO]));
    expect(paragraphs[0]).toBe(INTRO);
    expect(paragraphs[1]).toMatch(/^Engineers replaced/);
    expect(paragraphs.filter((p) => p === INTRO)).toHaveLength(1);
  });

  it('leaves out an affiliate disclosure printed in the same place', () => {
    const paragraphs = extract(story(['We may earn a commission from links on this page, but we only recommend products we have tested ourselves.', INTRO]));
    expect(paragraphs[0]).toBe(INTRO);
    expect(paragraphs.join(' ')).not.toContain('commission');
  });

  it('puts back no unfinished line (a teaser cut mid-sentence) and no run of more than six paragraphs', () => {
    expect(extract(story(['A teaser for another story that stops in the middle of its sentence and never finishes it properly and'])).join(' ')).not.toContain('teaser');
    const doc = parse(`<body><h1>Headline</h1>${'<p>Some other paragraph of the page.</p>'.repeat(7)}<div><p>Body paragraph.</p></div></body>`);
    const paragraphs: PageParagraph[] = Array.from(doc.querySelectorAll('p'), (el) => ({ el, text: el.textContent ?? '' }));
    const content = doc.createElement('div');
    content.innerHTML = '<div><p>Body paragraph.</p></div>';
    expect(restoreLead(content, paragraphs, [0])).toBe(0);
    expect(restoreLead(content, paragraphs.slice(1), [0])).toBe(6);
  });

  it('puts back a review’s introduction of several paragraphs, but not a longer run of text', () => {
    const intro = [
      'We wanted to know which kettle boils fastest, so we bought fourteen of them and timed each one with a litre of cold water.',
      'Our testers also judged how quiet each kettle was, how easily it poured and how hot its handle became after three boils.',
      'The steel model from the budget range won overall: it boiled a litre in under three minutes and never spilled a drop.',
      'If you want something cheaper, the plastic travel kettle did nearly as well and costs less than a takeaway lunch.',
    ];
    const paragraphs = extract(story(intro));
    expect(paragraphs.slice(0, 5)).toEqual([...intro, expect.stringMatching(/^Engineers replaced/)]);
    // The same four paragraphs at seven times the length are more text than an opening holds.
    const doc = parse(`<body><h1>Headline</h1>${intro.map((p) => `<p>${`${p} `.repeat(7)}</p>`).join('')}<div><p>Body paragraph.</p></div></body>`);
    const found: PageParagraph[] = Array.from(doc.querySelectorAll('p'), (el) => ({ el, text: (el.textContent ?? '').trim() }));
    const content = doc.createElement('div');
    content.innerHTML = '<div><p>Body paragraph.</p></div>';
    expect(restoreLead(content, found, [0])).toBe(0);
    expect(restoreLead(content, found.slice(2), [0])).toBe(2);
  });

  it('copies the opening with its markup, without moving it out of the page', () => {
    const doc = parse(`<body><h1>Headline</h1><p>Opening with <a href="/x">a link</a>.</p><div id="c"><div><p>Body paragraph.</p></div></div></body>`);
    const ps = Array.from(doc.querySelectorAll('p'));
    const paragraphs: PageParagraph[] = ps.map((el) => ({ el, text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() }));
    const content = doc.createElement('div');
    content.innerHTML = '<div><p>Body paragraph.</p></div>';
    expect(restoreLead(content, paragraphs, [0])).toBe(1);
    expect(content.firstElementChild!.innerHTML).toBe('<p>Opening with <a href="/x">a link</a>.</p><p>Body paragraph.</p>');
    expect(doc.body.children[1]).toBe(ps[0]);
    // No headline before the body, or the body's first paragraph is the page's first: nothing to put back.
    expect(restoreLead(content, paragraphs, [])).toBe(0);
    expect(restoreLead(content, paragraphs.slice(1), [0])).toBe(0);
  });
});
