import { linkDensity } from '@/lib/article/text';
import { expandCollapsedPanels } from '@/lib/article/collapsed-panels';
import { removeTeaserCards } from '@/lib/article/teaser-cards';

/** Called with each element a step removes (for the debug report). */
export type Note = (el: Element) => void;

/** What one step did on one page. */
export interface StepReport {
  name: string;
  removed: number;
  /** The start of the text of the first few removed elements. */
  samples: string[];
  ms?: number;
}

/** One named cleaning step; `run` removes nodes from a clone and returns how many it removed. */
export interface CleanStep {
  name: string;
  run(root: Document, note?: Note): number;
}


/** Labels of lists of other stories ("Related", "Most read", "Lesen Sie auch"…), in several languages. */
export const LIST_HEADINGS =
  /^(?:trending|related|most (?:read|popular|viewed|shared|commented)|recommended|popular|latest( news| stories| posts)?|top stories|more (?:from|on|stories|news|articles|like this)|read (?:more|next|also)|also read|see also|you (?:may|might) (?:also )?(?:like|enjoy)|related (?:posts|articles|stories|content|reading)|opinion(?: \/ blog.*)?|editor'?s picks|recent posts|lo más leído|te puede interesar|relacionad[oa]s|meistgelesen|mehr zum thema|weitere artikel|à lire aussi|les plus lus|sur le même sujet|leggi anche|i più letti|czytaj także|najczęściej czytane|читайте также|популярное|neueste (?:artikel|beiträge|nachrichten)|(?:ähnliche|verwandte|empfohlene|beliebte) (?:artikel|beiträge|themen)|weitere (?:beiträge|nachrichten|themen|news)|das könnte (?:dich|sie) auch interessieren|auch interessant|lesen sie auch|mehr themen|le[ae] también|noticias relacionadas|artículos relacionados|más noticias|más leíd[oa]s|otras noticias|últimas noticias|también te puede interesar|leia também|veja também|notícias relacionadas|mais (?:lidas|notícias)|você também pode gostar|últimas notícias|articles similaires|vous aimerez aussi|à voir aussi|voir aussi|lire aussi|à lire également|dans la même rubrique|sur le même thème|les plus populaires|dernières actualités|articoli correlati|(?:ti )?potrebbe interessarti|ultime notizie|vedi anche|lees ook|zie ook|meest gelezen|gerelateerde artikelen|meer nieuws|zobacz (?:też|także|również)|polecamy|powiązane|czytaj też|więcej artykułów|ilgili haberler|benzer haberler|en çok okunan|läs också|mest lästa|relaterade artiklar|les også|mest leste|relaterte artikler|læs også|mest læste|relaterede artikler|lue myös|luetuimmat|похожие (?:статьи|новости)|другие новости|самое читаемое|читайте тоже|σχετικά|δημοφιλή|相关|热门|推荐阅读|関連記事|관련 기사|اقرأ أيضا)/i;

/**
 * Short blocks whose text says they are consent, newsletter, sharing or subscription furniture, or the affiliate
 * disclosure that review and shopping pages print above the story.
 */
const FURNITURE_TEXT =
  /^(?:(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|affiliate)|we independently (?:evaluate|test|review|research|select|choose)|this (?:post|article|page) (?:may )?contains? affiliate links|(?:affiliate|advertiser) disclosure|we use cookies|this (?:web)?site uses cookies|by (?:using|continuing)[^.]{0,40}(?:cookies|site)|accept (?:all )?cookies|cookie (?:settings|policy|preferences)|sign up (?:for|to)|subscribe (?:to|for|now)|get (?:our|the) (?:\w+ )?newsletter|join (?:our|the) (?:\w+ )?(?:newsletter|mailing list)|enter your email|share (?:this|on)|follow us|wir verwenden cookies|newsletter abonnieren|jetzt abonnieren|abonnieren? (?:sie )?unseren newsletter|nous utilisons des cookies|abonnez-vous|inscrivez-vous|utilizamos cookies|suscríbete|utilizziamo i cookie|iscriviti)/i;

function remove(nodes: Iterable<Element>, note?: Note): number {
  let n = 0;
  for (const el of nodes) {
    if (el.isConnected) {
      note?.(el);
      el.remove();
      n++;
    }
  }
  return n;
}

/** The element's collapsed text, or null as soon as it is longer than `max` (cheap on big containers). */
function shortText(el: Element, max: number): string | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let raw = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    raw += node.nodeValue ?? '';
    if (raw.length > max * 3 + 200) return null;
  }
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > max ? null : text;
}

const BOILERPLATE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG']);
const BOILERPLATE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog']);

function isBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role !== null && BOILERPLATE_ROLES.has(role.trim().toLowerCase());
}

/** Structural boilerplate: navigation, sidebars, footers, hidden and modal elements. One walk, no selector engine. */
export const removeStructuralBoilerplate: CleanStep = {
  name: 'structural-boilerplate',
  run(doc, note) {
    const body = doc.body;
    if (!body) return 0;
    // Keep containers that hold the page's main heading: some sites wrap the article in <aside> or <form>.
    const headings = Array.from(body.getElementsByTagName('h1'));
    const out: Element[] = [];
    const walk = (el: Element) => {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        if (isBoilerplate(c) && !headings.some((h) => c.contains(h))) out.push(c);
        else walk(c);
      }
    };
    walk(body);
    return remove(out, note);
  },
};

/** Text nodes of the body with their trimmed text, the ones `keep` accepts (one walk, cheap regex tests). */
function textNodes(doc: Document, keep: (text: string) => boolean): { node: Text; text: string }[] {
  const out: { node: Text; text: string }[] = [];
  if (!doc.body) return out;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const v = node.nodeValue ?? '';
    if (v.length > 600) continue;
    const text = v.replace(/\s+/g, ' ').trim();
    if (text && keep(text)) out.push({ node: node as Text, text });
  }
  return out;
}

/** "Trending", "Related", "Most read"… blocks: a heading of that kind followed by a list of teaser links. */
export const removeTeaserLists: CleanStep = {
  name: 'teaser-lists',
  run(doc, note) {
    const out: Element[] = [];
    for (const { node } of textNodes(doc, (t) => t.length <= 40 && LIST_HEADINGS.test(t))) {
      // The label element: the text's parent, or its parent when the label is split in two inline parts.
      const h = node.parentElement;
      if (!h) continue;
      const label = shortText(h, 40);
      if (!label || !LIST_HEADINGS.test(label) || h.children.length > 2) continue;
      // The section is the nearest ancestor that also holds the teaser links.
      let section: Element | null = h;
      while (section && section.parentElement && section.getElementsByTagName('a').length < 3) section = section.parentElement;
      if (!section || section.tagName === 'BODY' || section.tagName === 'HTML' || section.getElementsByTagName('h1').length) continue;
      if (linkDensity(section) > 0.5) out.push(section);
    }
    return remove(out, note);
  },
};

/** Cookie/consent notices, newsletter and subscription boxes, share/follow bars: small blocks that say what they are. */
export const removeFurniture: CleanStep = {
  name: 'consent-newsletter-share',
  run(doc, note) {
    const out: Element[] = [];
    for (const { node, text } of textNodes(doc, (t) => FURNITURE_TEXT.test(t))) {
      let box = node.parentElement;
      if (!box || box === doc.body || shortText(box, 400) === null) continue;
      // The outermost small block that still says the same thing (at most 40 more characters around it).
      for (let up = box.parentElement; up && up !== doc.body && up.tagName !== 'HTML'; up = up.parentElement) {
        const t = shortText(up, Math.max(text.length + 40, 120));
        if (t === null) break;
        box = up;
      }
      if (box.getElementsByTagName('h1').length || box.getElementsByTagName('p').length > 3) continue;
      out.push(box);
    }
    return remove(out, note);
  },
};

/** In order: collapsed panels are opened first, since the next step removes what is hidden. */
export const PRE_STEPS: CleanStep[] = [expandCollapsedPanels, removeStructuralBoilerplate, removeTeaserLists, removeTeaserCards, removeFurniture];
