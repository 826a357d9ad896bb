// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockTexts, hasToken, visibleText } from '@/lib/article/text';

const body = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;

describe('visibleText', () => {
  it('reads what a reader sees: white space collapsed, scripts and styles left out, nodes kept apart', () => {
    const root = body(`<h1>
        Os   luzes\u00a0do
      </h1><p>22/11/2020</p><script>var x = "not text";</script><style>p { color: red }</style><p>Tab\tand  end </p>`);
    expect(visibleText(root, 1000)).toBe('Os luzes do 22/11/2020 Tab and end');
  });

  it('leaves out the same code on long reads (which list it first) as on short ones', () => {
    const root = body('<svg><style>.a{fill:red}</style></svg><script>x()</script><noscript>Enable it</noscript><p>Words</p><style>p{}</style>');
    expect(visibleText(root, 100)).toBe('.a{fill:red} Words');
    expect(visibleText(root, 5000)).toBe('.a{fill:red} Words');
  });

  it('stops at the limit', () => {
    const root = body('<p>one</p><p>two</p><p>three</p>');
    expect(visibleText(root, 6)).toBe('one tw');
    expect(visibleText(null, 10)).toBe('');
  });

  it('shows each piece of text with its node, in document order, up to the limit', () => {
    const root = body('<div id="a">one <span id="b">two</span></div><script>skip()</script><p id="c">three</p><p id="d">four</p>');
    const seen: string[] = [];
    expect(visibleText(root, 13, (text, node) => seen.push(`${node.parentElement?.id}:${text}`))).toBe('one two three');
    expect(seen).toEqual(['a:one', 'b:two', 'c:three']);
  });
});

describe('hasToken', () => {
  it('tests a space-separated attribute value for a token, ignoring case, as [attr~="token" i] does', () => {
    expect(hasToken('Canonical', 'canonical')).toBe(true);
    expect(hasToken('alternate\tCANONICAL\n', 'canonical')).toBe(true);
    expect(hasToken('noncanonical canonical-url', 'canonical')).toBe(false);
    expect(hasToken(null, 'canonical')).toBe(false);
    expect(hasToken('', 'canonical')).toBe(false);
  });
});

describe('blockTexts', () => {
  it('gives one entry per block, inline markup flattened, line breaks kept apart', () => {
    const root = body('<h2>Head<em>ing</em></h2><div>Lead <b>text</b><p>Inner paragraph</p>tail</div><p>a<br>b</p><script>x()</script>');
    expect(blockTexts(root)).toEqual(['Heading', 'Lead text', 'Inner paragraph', 'tail', 'a b']);
  });

  it('keeps a table row on one line with its cells apart', () => {
    const root = body('<table><tr><th>Registered Agent Required</th><td>Yes, must have a <b>physical</b> address</td></tr><tr><td>Fee</td><td>$200</td></tr></table>');
    expect(blockTexts(root)).toEqual(['Registered Agent Required Yes, must have a physical address', 'Fee $200']);
  });
});
