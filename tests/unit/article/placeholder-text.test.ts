// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dropPlaceholderText } from '@/lib/article/placeholder-text';

const content = (html: string) => new DOMParser().parseFromString(`<body><div id="c">${html}</div></body>`, 'text/html').getElementById('c')!;
const story = (n: number) => Array.from({ length: n }, (_, i) => `<p>Story paragraph ${i + 1} says what happened this year, who decided it and why it matters to the readers.</p>`).join('');
const ctx = { title: 'T', byline: null };
const LOREM = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';
// A template's feature column nobody filled in: a heading, filler, three filler bullets and a button.
const column = (n: number) => `<div class="col"><h5>Head Line ${n}</h5><p>${LOREM}</p><ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li><li>Lorem ipsum 3</li></ul><a href="#">Learn More</a></div>`;

describe('dropPlaceholderText', () => {
  it('drops the blocks of a template left as filler, with their headings and buttons, and keeps the story around them', () => {
    const root = content(`${story(3)}<section><h3>Lorem Ipsum</h3><p>${LOREM}</p><div class="row">${column(1)}${column(2)}</div></section><div><p>Our research desk updates these rankings every spring, with the year’s filings.</p><p>${LOREM}</p></div>`);
    expect(dropPlaceholderText.run(root, ctx)).toBe(2);
    expect(root.textContent).not.toMatch(/lorem|head line|learn more/i);
    expect(root.textContent).toContain('Story paragraph 3');
    expect(root.textContent).toContain('Our research desk updates these rankings');
  });

  it('leaves a layout sample made of filler as it is, a line or two of it, and a story quoting it', () => {
    const latin = '<p>Tempor incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.</p>';
    const sample = content(`<h2>Lorem</h2><p>${LOREM}</p>${latin}<div class="row">${column(1)}${column(2)}</div><p>Links</p><p><a href="/a">link</a></p>`);
    expect(dropPlaceholderText.run(sample, ctx)).toBe(0);
    const twoLines = content(`${story(3)}<p>Lorem ipsum dolor sit amet.</p>${story(2)}<p>${LOREM}</p>`);
    expect(dropPlaceholderText.run(twoLines, ctx)).toBe(0);
    const quoted = content(`${story(3)}<p>“Lorem ipsum” has filled empty pages since the 1500s, when a printer scrambled a passage of Cicero to show his type.</p>`);
    expect(dropPlaceholderText.run(quoted, ctx)).toBe(0);
  });
});
