// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { createSanitizer } from '@/lib/article/sanitize';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const body = [
  'Heat pumps move warmth rather than making it, which is why a well-sized unit delivers three or four units of heat for every unit of electricity it draws.',
  'Installers size the pump from the house’s heat loss, measured room by room; an oversized unit cycles on and off, wears faster and heats the rooms unevenly.',
  'Older radiators often work as they are, since a pump runs best at lower flow temperatures and most rooms only need a slightly larger radiator to keep up.',
  'Grants cover part of the cost in many regions, and running costs depend on the price of electricity compared with gas where the household lives.',
  'A yearly service keeps the outdoor unit clear of leaves and checks the refrigerant, and most makers give a seven-year warranty when it is done.',
].map((p) => `<p>${p}</p>`);

const QA = [
  ['Do heat pumps work in cold weather?', 'Yes. Modern air-source pumps keep heating at minus fifteen degrees, though they work harder and use more power on the coldest days of winter.'],
  ['How long does an installation take?', 'Most homes take two to four days, including the outdoor unit, a hot water cylinder and any radiators that need to be replaced.'],
  ['Are heat pumps noisy?', 'The outdoor unit hums at about the level of a fridge; placing it away from bedroom windows keeps it unnoticed at night.'],
];

/** An accordion of questions under the body: the heading in a wrapper of its own, each question a button. */
function faq(answers: (a: string) => string = (a) => `<div class="answer"><p>${a}</p></div>`): string {
  const items = QA.map(([q, a]) => `<div class="item"><h3><button aria-expanded="true">${q}</button></h3>${answers(a)}</div>`).join('');
  return `<div class="extra"><div class="title-box"><h2>Frequently asked questions</h2></div><div class="accordion">${items}</div></div>`;
}

function page(after: string): string {
  return `<html lang="en"><head><title>Heat pumps explained</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/guides">Guides</a></nav></header>
    <main><h1>Heat pumps explained</h1><div class="layout"><div class="post"><div class="entry">${body.join('')}</div></div>${after}</div></main>
    <footer><p>© Home Energy Guides.</p></footer></body></html>`;
}

function extract(html: string, disabledSteps: string[] = []) {
  const out = extractArticle(parse(html), { sanitize: createSanitizer(window), url: 'https://guides.example/heat-pumps', disabledSteps });
  if (!out.ok) throw new Error(out.message);
  return out.article.text.split('\n\n');
}

describe('faq-sections', () => {
  it('appends the questions and answers that follow the story in a block of their own, once, after the body', () => {
    expect(extract(page(faq()), ['faq-sections']).join(' ')).not.toContain(QA[0][1]);
    const lines = extract(page(faq()));
    const at = lines.indexOf('Frequently asked questions');
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith('A yearly service')));
    for (const [q, a] of QA) {
      expect(lines.filter((l) => l === q)).toHaveLength(1);
      expect(lines.filter((l) => l === a)).toHaveLength(1);
    }
  });

  it('leaves out questions whose answers are elsewhere: links to other pages, or hidden', () => {
    const linked = extract(page(faq((a) => `<p><a href="/answers/${a.length}">Discover the answer</a></p>`))).join(' ');
    expect(linked).not.toContain('Frequently asked questions');
    // Hidden inside the panel (an accordion's own panels are opened by collapsed-panels, see its tests).
    const hidden = extract(page(faq((a) => `<div class="answer"><p hidden>${a}</p></div>`))).join(' ');
    expect(hidden).not.toContain('Frequently asked questions');
  });

  it('leaves out a questions block far below the story, past other parts of the page', () => {
    const other = ['Our team', 'Our history', 'Our partners', 'Our promise'].map((h) => `<div class="about"><h2>${h}</h2><p>${h} is a paragraph about the company that runs this website, long enough to count as prose on the page.</p></div>`).join('');
    const lines = extract(page(`${other}${faq()}`));
    expect(lines.join(' ')).not.toContain(QA[0][1]);
  });
});
