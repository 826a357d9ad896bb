import { collapse, endsSentence, PARAGRAPH_LENGTH, weightedLength } from '@/lib/article/text';
import { leafBlocks, removeWhere, wholeLines } from '@/lib/article/lines';
import type { PostStep } from '@/lib/article/post-clean';

/** The words of the designer's filler text ("Lorem ipsum dolor sit amet, consectetur adipiscing elit…") and its longer variants. */
const FILLER_WORDS = new Set(
  `lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod tempor incididunt ut
  labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo
  consequat duis aute irure in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat
  cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum a ac at vel nec mi nam cras proin
  fusce nunc donec morbi etiam integer aenean nullam quisque mauris vivamus praesent maecenas phasellus curabitur
  vestibulum pellentesque suspendisse aliquam sapien tellus lectus libero nibh urna arcu turpis felis justo massa metus
  ante odio orci risus diam erat eget tincidunt ultrices ultricies vulputate viverra volutpat porta porttitor pretium
  mollis malesuada luctus lacus lacinia interdum gravida fringilla feugiat faucibus euismod elementum efficitur dictum
  dapibus cursus convallis congue condimentum blandit bibendum auctor accumsan semper sodales suscipit tortor tristique
  varius vehicula venenatis vitae quam purus posuere placerat pharetra neque ligula leo iaculis hendrerit egestas dui
  augue sem sagittis rutrum rhoncus pulvinar nisl molestie mattis lobortis laoreet imperdiet eros eleifend dignissim`.split(/\s+/),
);

/** Nearly all the words of `text` are the filler's (digits aside: "Lorem Ipsum 2"). */
function fillerWords(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  return words.length > 0 && words.filter((w) => FILLER_WORDS.has(w)).length >= 0.8 * words.length;
}

/** A line of filler: it opens with "Lorem ipsum" and is filler throughout. */
const isFiller = (text: string) => /^lorem ipsum\b/i.test(text) && fillerWords(text);

/** A template left unfilled repeats its filler (a heading's, a column's, a bullet's): a line or two is no template. */
const TEMPLATE_LINES = 4;

/** A block is left over from a template when nearly all of its text is filler (its "Head Line 1" and button aside). */
const TEMPLATE_SHARE = 0.9;

/** Filler goes only from a page with at least this much prose of its own (a layout sample has none). */
const OWN_PROSE = 200;

/**
 * Blocks of a page template nobody filled in: filler text ("Lorem ipsum dolor sit amet…") with the headings and
 * buttons around it, shown (or hidden by a style sheet) on a real page. Each filler line goes with the largest block
 * around it that is nearly all filler. A line or two of filler, or a page with no prose of its own besides the
 * filler (a theme's demo, a test page), is left as it is.
 */
export const dropPlaceholderText: PostStep = {
  name: 'placeholder-text',
  run(root, _ctx, note) {
    const all = wholeLines(leafBlocks(root), root).map((el) => ({ el, text: collapse(el.textContent ?? '') }));
    const lines = all.filter((l) => isFiller(l.text)).map((l) => l.el);
    if (lines.length < TEMPLATE_LINES) return 0;
    // Prose of the page's own: paragraphs in finished sentences, in words other than the filler's.
    const own = all.filter((l) => !fillerWords(l.text) && endsSentence(l.text) && weightedLength(l.text) >= PARAGRAPH_LENGTH).reduce((n, l) => n + l.text.length, 0);
    if (own < OWN_PROSE) return 0;
    const lengthOf = (el: Element) => collapse(el.textContent ?? '').length;
    // Filler characters inside each block, up to the root.
    const filler = new Map<Element, number>();
    for (const el of lines) {
      const len = lengthOf(el);
      for (let a: Element | null = el; a && a !== root; a = a.parentElement) filler.set(a, (filler.get(a) ?? 0) + len);
    }
    const blocks = lines.map((el) => {
      let block = el;
      for (let a = el.parentElement; a && a !== root && (filler.get(a) ?? 0) >= TEMPLATE_SHARE * lengthOf(a); a = a.parentElement) block = a;
      return block;
    });
    return removeWhere(root, blocks, () => true, note);
  },
};
