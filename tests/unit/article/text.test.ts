// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { visibleText } from '@/lib/article/text';

const body = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;

describe('visibleText', () => {
  it('reads what a reader sees: white space collapsed, scripts and styles left out, nodes kept apart', () => {
    const root = body(`<h1>
        Os   luzes\u00a0do
      </h1><p>22/11/2020</p><script>var x = "not text";</script><style>p { color: red }</style><p>Tab\tand  end </p>`);
    expect(visibleText(root, 1000)).toBe('Os luzes do 22/11/2020 Tab and end');
  });

  it('stops at the limit', () => {
    const root = body('<p>one</p><p>two</p><p>three</p>');
    expect(visibleText(root, 6)).toBe('one tw');
    expect(visibleText(null, 10)).toBe('');
  });

  it('shows the visitor the elements on the way, in document order, up to where the text reaches the limit', () => {
    const root = body('<div id="a"><span id="b">one</span></div><p id="c">two</p><p id="d">three</p><p id="e">four</p>');
    const seen: string[] = [];
    expect(visibleText(root, 7, (el) => seen.push(el.id))).toBe('one two');
    expect(seen).toEqual(['a', 'b', 'c']);
    const all: string[] = [];
    visibleText(root, 1000, (el) => all.push(el.id));
    expect(all).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
