import type { CleanStep } from '@/lib/article/clean';

/**
 * An excerpt cut short by the page: a sentence's worth of text ending in "..." or "…" (also "[…]"). Teaser cards
 * print the first line or two of another story that way; a story's own paragraphs end in full stops.
 */
const CUT_SHORT = /\S(?:\.{3}|…)\s*\]?$/u;
const EXCERPT_MIN = 40;
/** A card is small: its headline, a label or two, a date and the excerpt. */
const CARD_MAX_CHARS = 700;
/** How far above its excerpt a card may begin. */
const CARD_DEPTH = 8;

function textLength(el: Element, max: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    n += (node.nodeValue ?? '').replace(/\s+/g, ' ').length;
    if (n > max) break;
  }
  return n;
}

/** Whether the card links to another page (a link to a section of this page is a table of contents, not a teaser). */
function linksElsewhere(card: Element): boolean {
  for (const a of Array.from(card.getElementsByTagName('a'))) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (href && !href.startsWith('#') && !/^javascript:/i.test(href)) return true;
  }
  return false;
}

/**
 * Teaser cards with their excerpts cut short ("Also in the news", "More stories", latest posts), whatever their
 * heading says or whether they have one: three or more sibling cards, each a link to another page and an excerpt
 * ending in an ellipsis. Found from the excerpts up: for each excerpt, the ancestors up to a few levels; a parent whose
 * children hold excerpts in three or more different children is a list of cards, and those children go. A card
 * holding the page's h1 or several paragraphs is not a card.
 */
export const removeTeaserCards: CleanStep = {
  name: 'teaser-cards',
  run(doc, note) {
    const body = doc.body;
    if (!body) return 0;
    const excerpts: Element[] = [];
    const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const v = node.nodeValue ?? '';
      if (v.length < EXCERPT_MIN || v.length > 1500 || !CUT_SHORT.test(v)) continue;
      const text = v.trim();
      if (text.length >= EXCERPT_MIN && node.parentElement) excerpts.push(node.parentElement);
    }
    if (excerpts.length < 3) return 0;
    // parent → its children that hold an excerpt (the candidate cards at that level).
    const cardsUnder = new Map<Element, Set<Element>>();
    for (const ex of excerpts) {
      let child: Element = ex;
      for (let depth = 0; depth < CARD_DEPTH && child.parentElement && child.parentElement !== body; depth++) {
        const parent = child.parentElement;
        let set = cardsUnder.get(parent);
        if (!set) cardsUnder.set(parent, (set = new Set()));
        set.add(child);
        child = parent;
      }
    }
    const out: Element[] = [];
    const taken = new Set<Element>();
    // Deepest lists first: the cards are the smallest siblings that each hold one excerpt (a list further up holds
    // them again, in bigger blocks, and is skipped once a list inside it was taken).
    const depth = (el: Element) => {
      let d = 0;
      for (let up = el.parentElement; up; up = up.parentElement) d++;
      return d;
    };
    const lists = Array.from(cardsUnder)
      .filter(([, cards]) => cards.size >= 3)
      .map(([parent, cards]) => ({ parent, cards, depth: depth(parent) }))
      .sort((a, b) => b.depth - a.depth);
    for (const { parent, cards } of lists) {
      if (Array.from(taken).some((t) => t.contains(parent) || parent.contains(t))) continue;
      const ok = Array.from(cards).filter(
        (card) =>
          linksElsewhere(card) &&
          !card.querySelector('h1') &&
          card.getElementsByTagName('p').length <= 3 &&
          textLength(card, CARD_MAX_CHARS + 1) <= CARD_MAX_CHARS,
      );
      if (ok.length < 3) continue;
      taken.add(parent);
      out.push(...ok);
    }
    let n = 0;
    for (const card of out) {
      if (!card.isConnected) continue;
      note?.(card);
      card.remove();
      n++;
    }
    return n;
  },
};
