// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isUnlikelyCandidate, readabilitySkips, runReadability } from '@/lib/article/readability-run';
import { sectionedStory } from '../../fixtures/extraction/sectioned-story';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const el = (html: string): Element => parse(`<body>${html}</body>`).body.firstElementChild!;

describe('runReadability', () => {
  it('still finds the Readability internals it relies on, and measures what conditional cleaning removed', () => {
    const strict = runReadability(parse(sectionedStory), { maxElements: 10_000 });
    expect(strict.parsed?.content.textContent).toContain('Who needs flowers');
    // Readability drops the story's sections: their blocks are named like widgets.
    expect(strict.parsed?.content.textContent).not.toContain('cast-iron plant earned its name');
    expect(strict.cleanedAway).toBeGreaterThan(1000);
  });

  it('relaxed, keeps the sections that class-name weighting and conditional cleaning dropped', () => {
    const relaxed = runReadability(parse(sectionedStory), { maxElements: 10_000, relaxed: true });
    expect(relaxed.parsed?.content.textContent).toContain('cast-iron plant earned its name');
    expect(relaxed.parsed?.content.textContent).toContain('Radiator plants stay small');
    expect(relaxed.cleanedAway).toBe(0);
  });
});

describe('runReadability within an element', () => {
  it('reads only that element, cleaned as Readability cleans its choice, unlikely blocks inside it stripped', () => {
    const doc = parse(`<html><body><nav><a href="/">Home</a></nav><div id="story"><h2>Part one</h2><p>${'The first part of the story, told at some length. '.repeat(6)}</p>
      <div class="share-bar social"><a href="/s">Share</a></div><div style="visibility: hidden"><p>${'A hidden draft paragraph nobody sees. '.repeat(5)}</p></div><h2>Part two</h2><p>${'The second part, also at length. '.repeat(8)}</p><form><input name="q"><button>Search</button></form></div>
      <div class="other"><p>${'Text outside the element. '.repeat(10)}</p></div></body></html>`);
    const run = runReadability(doc, { maxElements: 10_000, within: doc.getElementById('story')! });
    const text = run.parsed?.content.textContent ?? '';
    expect(text).toContain('The first part of the story');
    expect(text).toContain('The second part');
    expect(text).not.toContain('Text outside');
    expect(text).not.toContain('Share');
    expect(text).not.toContain('Search');
    expect(text).not.toContain('hidden draft');
  });

  it('judges unlikely candidates by Readability\u2019s own rules', () => {
    expect(isUnlikelyCandidate(el('<div class="comment-list"></div>'))).toBe(true);
    expect(isUnlikelyCandidate(el('<div role="complementary"></div>'))).toBe(true);
    expect(isUnlikelyCandidate(el('<div class="sidebar main-content"></div>'))).toBe(false);
    expect(isUnlikelyCandidate(el('<div class="story-body"></div>'))).toBe(false);
  });

  it('skips what Readability’s candidate search drops: hidden blocks, modal dialogs, unlikely candidates', () => {
    expect(readabilitySkips(el('<div style="visibility: hidden"></div>'))).toBe(true);
    expect(readabilitySkips(el('<div style="display:none"></div>'))).toBe(true);
    expect(readabilitySkips(el('<div hidden></div>'))).toBe(true);
    expect(readabilitySkips(el('<div role="dialog" aria-modal="true"></div>'))).toBe(true);
    expect(readabilitySkips(el('<div class="comment-list"></div>'))).toBe(true);
    expect(readabilitySkips(el('<div class="story-body" style="color: red"></div>'))).toBe(false);
  });
});
