// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { placeStreamedContent } from '@/lib/article/streamed-content';
import { streamedStory } from '../../fixtures/extraction/streamed-story';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('placeStreamedContent', () => {
  it('moves a streamed boundary into its place, replacing the fallback, as React\u2019s $RC does', () => {
    const doc = parse(streamedStory);
    expect(placeStreamedContent(doc)).toBe(2);
    const main = doc.querySelector('main');
    // The fallback ("Loading…") is gone, the story sits between the header and the footer, nothing stays hidden.
    expect(text(main)).not.toContain('Loading');
    expect(text(main?.querySelector('article h1') ?? null)).toBe('Harbour ferry returns after a year of repairs');
    expect(main?.nextElementSibling?.tagName).toBe('FOOTER');
    expect(doc.querySelectorAll('[hidden]')).toHaveLength(0);
    expect(doc.getElementById('B:0')).toBeNull();
    // The nested placeholder ($RS) inside the moved part is filled too.
    expect(text(doc.querySelector('article'))).toContain('The ferry carries 300 passengers');
    expect(doc.getElementById('P:1')).toBeNull();
  });

  it('follows the instructions\u2019 ids, not the numbering, and the CSP-safe template form', () => {
    const doc = parse(`<body><div><!--$?--><template id="B:3"></template><p>Loading</p><!--/$--></div><aside><template id="B:4"></template></aside>
      <div hidden id="S:9"><p>First part</p></div><div hidden id="S:4"><p>Second part</p></div>
      <script>$RC("B:3","S:9")</script><template data-rci="" data-bid="B:4" data-sid="S:4"></template></body>`);
    expect(placeStreamedContent(doc)).toBe(2);
    expect(text(doc.querySelector('div'))).toBe('First part');
    expect(text(doc.querySelector('aside'))).toBe('Second part');
  });

  it('pairs a segment with the placeholder of its number when the page was saved without the scripts', () => {
    const doc = parse('<body><header>Menu</header><template id="B:0"></template><main><div class="skeleton"></div></main><footer>Footer</footer><div hidden id="S:0"><main><h1>Story</h1><p>Body text.</p></main></div></body>');
    expect(placeStreamedContent(doc)).toBe(1);
    expect(doc.querySelector('header')?.nextElementSibling?.textContent).toBe('StoryBody text.');
    expect(doc.querySelector('[hidden]')).toBeNull();
  });

  it('leaves pages without streamed parts, and parts without a placeholder, as they are', () => {
    const plain = parse('<body><main><p hidden id="note">Hidden note</p><p>Text</p></main></body>');
    const before = plain.body.innerHTML;
    expect(placeStreamedContent(plain)).toBe(0);
    expect(plain.body.innerHTML).toBe(before);
    const orphan = parse('<body><main><p>Text</p></main><div hidden id="S:2"><p>Orphan</p></div></body>');
    expect(placeStreamedContent(orphan)).toBe(0);
    expect(orphan.getElementById('S:2')?.hasAttribute('hidden')).toBe(true);
  });

  it('never runs the page\u2019s scripts: it only reads the instructions\u2019 ids', () => {
    const doc = parse('<body><template id="B:0"></template><div hidden id="S:0"><p>Part</p></div><script>$RC("B:0","S:0");window.__ran=true</script></body>');
    placeStreamedContent(doc);
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
    expect(text(doc.body.firstElementChild)).toBe('Part');
  });
});
