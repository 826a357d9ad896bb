// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { runReadability } from '@/lib/article/readability-run';
import { sectionedStory } from '../../fixtures/extraction/sectioned-story';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

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
