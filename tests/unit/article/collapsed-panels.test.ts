// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { expandCollapsedPanels } from '@/lib/article/collapsed-panels';
import { hiddenFromReadability } from '@/lib/article/readability-run';
import { CLOSED_TEXTS, FAQ_ANSWERS, storyWithCollapsedPanels } from '../../fixtures/extraction/collapsed-panels-story';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Whether the element holding `text` (or one of its ancestors) is still hidden from Readability. */
function hidden(doc: Document, text: string): boolean {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let holder: Element | null = null;
  for (let n = walker.nextNode(); n && !holder; n = walker.nextNode()) if (n.nodeValue?.includes(text)) holder = n.parentElement;
  if (!holder) throw new Error(`"${text}" is not in the page`);
  for (let el: Element | null = holder; el && el !== doc.body; el = el.parentElement) if (hiddenFromReadability(el)) return true;
  return false;
}

describe('collapsed-panels step', () => {
  it('opens answers hidden behind aria-controls, a heading button, and a labelled region (repeated ids included)', () => {
    const doc = parse(storyWithCollapsedPanels);
    for (const a of FAQ_ANSWERS) expect(hidden(doc, a)).toBe(true);
    const opened: string[] = [];
    expect(expandCollapsedPanels.run(doc, (el) => opened.push(el.textContent ?? ''))).toBe(4);
    for (const a of FAQ_ANSWERS) expect(hidden(doc, a)).toBe(false);
    expect(opened.every((t) => FAQ_ANSWERS.some((a) => t.includes(a)))).toBe(true);
  });

  it('leaves menus, sign-up pop-ups and panels still loading closed', () => {
    const doc = parse(storyWithCollapsedPanels);
    expandCollapsedPanels.run(doc);
    for (const t of CLOSED_TEXTS) expect(hidden(doc, t)).toBe(true);
  });

  it('keeps the rest of an inline style and only removes what hides', () => {
    const doc = parse('<body><a href="#p" id="h" aria-controls="p">Question?</a><div id="p" role="region" aria-labelledby="h" style="color: red; display: none !important; opacity: 1"><p>An answer long enough to be worth reading in the clip, with a full sentence.</p></div></body>');
    expandCollapsedPanels.run(doc);
    const style = doc.getElementById('p')!.getAttribute('style')!;
    expect(style).not.toMatch(/display/);
    expect(style).toMatch(/color: red/);
    expect(style).toMatch(/opacity: 1/);
  });

  it('does not open a panel for a link that neither expands nor labels it', () => {
    // A skip link or a tab bar pointing at a hidden element is not a disclosure.
    const doc = parse('<body><a href="#p" aria-controls="p">Go</a><div id="p" hidden><p>Text of a hidden block that no disclosure control opens, long enough to count.</p></div></body>');
    expect(expandCollapsedPanels.run(doc)).toBe(0);
  });
});
