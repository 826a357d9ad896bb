import { dropCallsToAction } from '@/lib/article/calls-to-action';
import { dropPlaceholderText } from '@/lib/article/placeholder-text';
import { LIST_HEADINGS } from '@/lib/article/clean';
import { linkDensity } from '@/lib/article/text';
import { ownLinks } from '@/lib/article/host';
import { repairMojibakeIn } from '@/lib/article/mojibake';
import { edgeLines, HEAD_LINES, leafBlocks, norm, removeWhere, storyLines, TAIL_LINES, wholeLines } from '@/lib/article/lines';

/** Context the after-Readability steps need to recognise leftovers. */
export interface PostContext {
  title: string;
  byline: string | null;
  /** The page's address, to tell the site's own links from links elsewhere. */
  url?: string;
}

/** One named step run on Readability's output; returns how many nodes it removed. */
export interface PostStep {
  name: string;
  run(root: Element, ctx: PostContext, note?: (el: Element) => void): number;
}

const DATE_BITS =
  /\b(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?|[ap]\.?m\.?|[A-Z]{2,4}T?|\d{1,2}(?:st|nd|rd|th)?|\d{4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b/gi;
const LABELS = /\b(?:updated|created|published|posted|modified|last updated|first published|by|on|at|and|edited|written|reading time|min(?:ute)?s? read)\b/gi;

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "15 Dec, 2025", "December 16, 2025", "June 23rd 2025". */
const NAMED_DATE = new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})\\b`, 'i');
/**
 * "5 min read", "Bridgestone Team | 5 min read", "Reading Time: 8 minutes", "Lesezeit: 4 Min.": a reading time, after
 * a name at most.
 */
const READING_TIME =
  /^(?:[\p{L}.'’ -]{1,40}\s*[|•·–—-]\s*)?\d+\s*min(?:ute)?s?\s*read$|^(?:(?:estimated )?(?:reading|read) time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|czas czytania|время чтения)\s*:?\s*(?:less than |about |approx\.? |~ ?|ca\. ?|environ )?\d+\s*(?:min(?:ute|uto|uti|utos|utes|uten)?s?|мин(?:ут[аы]?)?)\.?$/iu;
const BY_NAME = /\b(?:(?:posted|written|published) )?by \p{L}+(?: \p{L}+){0,2}?(?= at\b| on\b|,|\||$)/u;

/**
 * Byline/dateline leftovers: lines made only of dates, times, labels like "Updated:" and the byline. A date with its
 * month named counts at the story's edges only (a list of events has a line per date), and never in a heading.
 */
export const dropMetadataLines: PostStep = {
  name: 'metadata-lines',
  run(root, ctx, note) {
    const byline = ctx.byline ? norm(ctx.byline) : null;
    const blocks = leafBlocks(root);
    const edge = edgeLines(blocks, root, HEAD_LINES, TAIL_LINES);
    return removeWhere(root, blocks, (el) => {
      const text = el.textContent ?? '';
      if (text.length > 200 || !/\d/.test(text)) return false;
      let rest = norm(text);
      if (byline) rest = rest.split(byline).join(' ');
      // "Posted by David at …": a name the page's byline did not give, right after "by".
      rest = rest.replace(BY_NAME, ' ');
      rest = rest.replace(DATE_BITS, ' ').replace(LABELS, ' ').replace(/[|•·,:;()\-–—/\s]+/g, '');
      const dated = /\d{1,2}[:./-]\d{1,2}/.test(text) || (edge.has(el) && !/^H\d$/.test(el.tagName) && NAMED_DATE.test(text));
      const readingTime = edge.has(el) && READING_TIME.test(norm(text));
      return (rest.length <= 2 && dated) || readingTime;
    }, note);
  },
};

const NOISE_LINES =
  /^(?:advertisement|advertising|anzeige|publicité|publicidad|pubblicità|sponsored|read more|read next|(?:advertisement\s*[-–—:]?\s*)?continue reading(?: below)?|share|share this( article)?|print(?: this)?(?: recipe| article| page)?|(?:rezept |artikel )?drucken|imprimir(?: receta)?|imprimer(?: la recette)?|stampa|drukuj|email|skip (?:to|ad)|click here|(?:story|article) continues below(?: advertisement)?|scroll to continue|subscribe(?: now| here)?|sign up(?: now)?|log in|sign in|recommends|you (?:may|might) (?:also )?(?:like|enjoy)(?:\.{3}|…)?|pin (?:it|this)(?: for later)?!?|pin for later|what do you think\??|be the first to comment|no comments(?: yet)?|comments are closed|keine kommentare|kommentare sind geschlossen|sin comentarios|(?:los )?comentarios (?:están )?cerrados|aucun commentaire|(?:les )?commentaires sont fermés|nessun commento|(?:i )?commenti sono chiusi|brak komentarzy|geen reacties|sem comentários|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|\d+ comments?|table of contents|contents|jump to(?: a)?(?: section)?|on this page|in this (?:article|post)|skip to (?:main )?content|(?:show|hide|toggle) caption|read (?:the )?full review|weiterlesen|lire la suite|leer más|continuar lendo|leggi (?:tutto|di più)|czytaj (?:dalej|więcej)|lees verder|читать далее|(?:was|did you find) this (?:article|page|post|information) (?:helpful|useful)\??|war (?:der|dieser|die|diese) (?:artikel|beitrag|seite|text) (?:hilfreich|nützlich)\??|cet article vous a-t-il été utile ?\??|¿(?:te )?(?:ha )?(?:sido|resultado) útil (?:este artículo|esta (?:página|información))\??|\(?(?:no ratings yet|noch keine bewertungen|aucune note|sin valoraciones|be the first to rate(?: this)?)\)?|(?:↑ ?)?back to top|\(up\)|view all (?:articles|posts|stories) by this author)[.:]?$|^(?:we(?:'|’)re sorry,? but )?(?:you (?:will )?need to |please )?(?:enable|turn on) javascript\b.{0,120}$|^(?:loading|chargement|cargando|caricamento|carregando|wird geladen|загрузка|正在加载|読み込み中)(?:(?: \p{L}+)?(?:…|\.{3}))?$/iu;

/**
 * Picture credits standing alone ("Photo: Jane Doe / Reuters", "Image credit: Shutterstock", "Credit: Hisense",
 * "Foto: dpa"): they name who took a picture, not what the story says. A caption's own words stay; a data source
 * under a table ("Source: Bureau of Labor Statistics") is a citation and stays too.
 */
const CREDIT_LINE =
  /^(?:(?:(?:photo|image|picture|illustration|graphic|header|featured?|cover|hero|lead)s?\s*(?:image|photo|picture)?\s*(?:credits?|source|courtesy)|credits?|crédits? photos?|fotos?|bild|фото)\s*:|(?:photo(?:graph)?|image|illustration|picture)s?\s*(?:by\b|:)|(?:featured? )?(?:photo|image)s? (?:by|via|courtesy of)\b|courtesy of\b)/iu;

/** Short copyright lines ("© Paper 2026. All rights reserved."), in a few languages. */
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b).{0,100}$|^.{0,100}\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati)\.?$/i;

/**
 * Lines that repeat the headline or the byline; the short lines of a page's furniture ("Advertisement", "Read more",
 * "Loading image…", "Subscribe", "Pin this for later!", "You might also like…", "Be the first to comment"); picture credits;
 * copyright lines.
 */
export const dropRepeatedAndNoiseLines: PostStep = {
  name: 'repeated-and-noise-lines',
  run(root, ctx, note) {
    const title = norm(ctx.title);
    const byline = ctx.byline ? norm(ctx.byline) : null;
    return removeWhere(root, leafBlocks(root), (el) => {
      const t = norm(el.textContent ?? '');
      if (!t) return false;
      const credit = t.length < 100 && CREDIT_LINE.test(t);
      return t === title || (byline !== null && (t === byline || t === `by ${byline}`)) || NOISE_LINES.test(t) || COPYRIGHT_LINE.test(t) || credit;
    }, note);
  },
};

/** The label of an in-story teaser line ("Read also: <link>", "Lea también:", "Lesen Sie auch:"), in several languages. */
const TEASER_LABEL =
  /^(?:related(?: (?:articles?|stories|posts?|reading|content))?|read (?:also|more|next)|see also|also read|you (?:may|might) (?:also )?like|more on this(?: story| topic)?|recommended(?: reading)?|don'?t miss|must read|further reading|lesen sie auch|auch interessant|mehr zum thema|à lire aussi|lire aussi|leggi anche|lea también|lee también|le puede interesar|te puede interesar|mire|czytaj (?:też|także)|читайте также|le[ae](?: más| además)?|ver también|vea también|leia (?:também|mais)|veja também|siehe auch|auch lesen|mehr themen|lesen sie auch die folgenden beiträge|voir aussi|à voir aussi|vedi anche|lees ook|zie ook|läs också|les også|læs også|lue myös|přečtěte si (?:také|též)|čítajte aj|citește și|zobacz (?:też|także)|puedes ver|mira también|te recomendamos|también lee|читайте (?:тоже|ещё|еще)|читайте також|ilgili haber|اقرأ أيضاً?|延伸阅读|相关阅读|関連記事|관련 ?기사)\s*[:：»|]/iu;

/**
 * Teaser lines inside the story: a "Read also:" label and a link to another story. Lines where the label leads into
 * a sentence of the story's own ("See also: the minutes of the meeting, which…") are mostly not links and stay.
 */
export const dropTeaserLines: PostStep = {
  name: 'teaser-lines',
  run(root, _ctx, note) {
    return removeWhere(root, wholeLines(leafBlocks(root), root), (el) => {
      const t = norm(el.textContent ?? '');
      return t.length < 300 && TEASER_LABEL.test(t) && linkDensity(el) >= 0.5;
    }, note);
  },
};

/**
 * Headings left at the very end with nothing under them: the label of a block cleaning took away ("More on this",
 * "Other posts you may enjoy", "How other merchants stack up"). A story never ends on a heading, nor on the label of
 * a list of other stories in whatever element the page set it ("AUCH INTERESSANT" in a span).
 */
export const dropTrailingHeadings: PostStep = {
  name: 'trailing-headings',
  run(root, _ctx, note) {
    let n = 0;
    for (let guard = 0; guard < 3; guard++) {
      const lines = storyLines(wholeLines(leafBlocks(root), root));
      const last = lines[lines.length - 1];
      const label = last && norm(last.textContent ?? '');
      // A label, not a short last sentence that happens to begin like one ("Popular opinion holds otherwise.").
      const listLabel = !!last && label.length <= 40 && LIST_HEADINGS.test(label) && !/[.!?]$/.test(label);
      if (!last || !(/^H[1-6]$/.test(last.tagName) || listLabel) || lines.length < 3) break;
      // A table, code or a picture under it is its section (those hold no lines of text); but pictures that are all
      // links, under a list's label, are the thumbnails of the other stories, and go with it.
      const after = Array.from(root.querySelectorAll('table, pre, img, picture, video, iframe, svg, figure')).filter(
        (el) => last.compareDocumentPosition(el) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */,
      );
      const thumbs = after.map((el) => el.closest('a[href]'));
      if (after.length && !(listLabel && thumbs.every(Boolean))) break;
      for (const a of thumbs) a!.remove();
      note?.(last);
      last.remove();
      n++;
    }
    return n;
  },
};

/** Figures left with neither an image nor a caption. */
export const dropEmptyFigures: PostStep = {
  name: 'empty-figures',
  run(root, _ctx, note) {
    const empty = (fig: Element) => !fig.querySelector('img, picture, video, table, pre') && !norm(fig.textContent ?? '');
    return removeWhere(root, Array.from(root.querySelectorAll('figure')), empty, note);
  },
};

const linkText = (el: Element) => Array.from(el.querySelectorAll('a')).reduce((n, a) => n + norm(a.textContent ?? '').length, 0);

/**
 * Lists of links left at the end of the article ("related", "more on this", tag clouds): the last blocks,
 * while each is mostly link text with three or more links, or a short label right before such a list.
 */
export const dropTrailingLinkLists: PostStep = {
  name: 'trailing-link-lists',
  run(root, ctx, note) {
    let n = 0;
    const total = norm(root.textContent ?? '').length;
    // Readability wraps the story in a page <div>: the blocks are the children of the innermost single wrapper.
    let container: Element = root;
    while (soleChild(container)) container = soleChild(container)!;
    for (let guard = 0; guard < 6; guard++) {
      // The last block with text, descending into single wrappers.
      let last = container.lastElementChild;
      while (last && !/\S/.test(last.textContent ?? '')) last = last.previousElementSibling;
      for (let inner = last && soleChild(last); inner; inner = soleChild(inner)) last = inner;
      if (!last) break;
      const text = norm(last.textContent ?? '');
      const links = last.querySelectorAll('a').length;
      if (links < 3 || linkText(last) / Math.max(1, text.length) < 0.7 || text.length > total * 0.3) break;
      // Links to other sites are the story's sources and further reading; the site's own are its teasers.
      if (ctx.url && ownLinks(last, ctx.url) < 0.5) break;
      // A container of several paragraphs is the article itself, not a list.
      if (last.querySelectorAll('p').length > 2 && !last.querySelector('li')) break;
      note?.(last);
      last.remove();
      n++;
    }
    return n;
  },
};

/** The element's only child element when nothing else in it has text (whitespace and comments aside), else null. */
function soleChild(el: Element): Element | null {
  const child = el.firstElementChild;
  if (!child || child !== el.lastElementChild) return null;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node !== child && node.nodeType === 3 /* TEXT_NODE */ && /\S/.test(node.nodeValue ?? '')) return null;
  }
  return child;
}

/** Copies shorter than this are left alone: two equal short lines ("Share", a date) can each have their place. */
const COPY_MIN_CHARS = 100;

const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'LI', 'DL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'FIGURE', 'BLOCKQUOTE', 'PRE', 'HEADER']);

/** Whether two or more of the element's children are blocks with text (`size`: text length per element). */
function holdsBlocks(el: Element, size: Map<Element, number>): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName) && (size.get(c) ?? 0) > 0 && ++n >= 2) return true;
  return false;
}

/**
 * Responsive copies: page builders render the same block two or three times (desktop, tablet, phone) and let CSS show
 * one, and Readability takes their common parent. Among sibling containers of one tag (each holding two or more
 * blocks with text) with the same text, the first stays. Lengths are summed bottom-up in one walk; text is compared
 * only between siblings of equal length.
 */
export const dropDuplicateCopies: PostStep = {
  name: 'duplicate-copies',
  run(root, _ctx, note) {
    const size = new Map<Element, number>();
    const measure = (el: Element): number => {
      let n = 0;
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3 /* TEXT_NODE */) n += (c.nodeValue ?? '').length;
        else if (c.nodeType === 1 /* ELEMENT_NODE */) n += measure(c as Element);
      }
      size.set(el, n);
      return n;
    };
    measure(root);
    let removed = 0;
    const visit = (el: Element) => {
      const byLength = new Map<string, Element[]>();
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
        const n = size.get(c) ?? 0;
        // A paragraph or item said twice can be the author's (a refrain, a repeated step); a copy is a whole block.
        if (n < COPY_MIN_CHARS || !holdsBlocks(c, size)) continue;
        const key = `${c.tagName} ${n}`;
        const same = byLength.get(key);
        if (same) same.push(c);
        else byLength.set(key, [c]);
      }
      for (const group of byLength.values()) {
        if (group.length < 2) continue;
        const kept = new Set<string>();
        for (const c of group) {
          const text = norm(c.textContent ?? '');
          if (!kept.has(text)) {
            kept.add(text);
            continue;
          }
          note?.(c);
          c.remove();
          removed++;
        }
      }
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if ((size.get(c) ?? 0) >= COPY_MIN_CHARS) visit(c);
    };
    visit(root);
    return removed;
  },
};

/** Text garbled by a wrong decoding on the publisher's side ("itâ€™s"), written back as it was meant (see mojibake.ts). */
export const repairGarbledText: PostStep = {
  name: 'mojibake',
  run: (root) => repairMojibakeIn(root),
};

/** An affiliate or sponsorship disclosure: it names the money ("commission", "affiliate") and how it is made. */
const DISCLOSURE = /\b(?:affiliate|commissions?|commissionable|compensat(?:ion|ed))\b/i;
const DISCLOSURE_HOW = /\b(?:links?|purchases?|buy|click|earn|receive|partners?)\b/i;
/** "The views expressed here are not necessarily those of…": the publisher's disclaimer over a guest or opinion piece. */
const DISCLAIMER = /\b(?:views|opinions)\b.{0,40}\bexpressed\b.{0,120}\b(?:not necessarily|do not (?:necessarily )?(?:reflect|represent)|are (?:solely|entirely) (?:those|the))\b/i;

/** "About the author", "Written by …", "Author" (and "Über den Autor", "Sobre el autor"…): the label over an author's note. */
const AUTHOR_LABEL =
  /^(?:about the (?:author|writer)|written by\b|words by\b|author:?$|(?:über (?:den autor|die autorin)|zu[mr] autor(?:in)?|sobre (?:el|la|o|a) autora?|à propos de l['’]auteur|sull['’]autore|o autorze|over de auteur|об авторе):?$)/;

/** How an author's note goes on after the name: "Jane Doe is a…", "Jane has written…", "Jane Doe, an award-winning…". */
const BIO_VERB = /^(?:,|(?:is|was|has|holds?|covers?|writes?|joined|serves?|specializ\w*|first|lives?|loves?|brings?|began|started|leads?|oversees?|works?|graduated|earned|(?:co-?)?founded|teach(?:es)?)\b)/;

/** An author's box introducing its writer at the end of a post: "Hi there! I'm Shivya…", "Hallo, ich bin Lena…". */
const HELLO_NOTE = /^(?:hi|hey|hello|hallo|hola|salut|ciao|olá|hej)\b[\s,!]*(?:there[\s,!]*)?(?:i['’]m|i am|ich bin|soy|je suis|sono|sou|jag heter|my name is)\s/;

/** The author's names as a note would begin: each full name, and its first name when that is a word of its own. */
function authorNames(byline: string | null): string[] {
  if (!byline) return [];
  const out: string[] = [];
  for (const name of norm(byline).replace(/^by\s+/, '').split(/\s*(?:,|&|\band\b)\s*/)) {
    if (name.length < 3) continue;
    out.push(name);
    const first = name.split(' ')[0];
    if (first !== name && first.length >= 3 && /^\p{L}+(?:-\p{L}+)?$/u.test(first)) out.push(first);
  }
  return out;
}

/**
 * What the publisher wraps around a story rather than part of it: an affiliate disclosure or a disclaimer at the top
 * or bottom ("we may earn a commission…", "the views expressed are not necessarily ours"), and at the end the
 * author's note ("Jane Doe is a senior editor…", "Hi, I'm Jane!…", "About the author", "Written by …"). Only the story's first and last lines are looked at: a story about affiliate marketing,
 * or one that mentions its author, keeps its paragraphs.
 */
export const dropAuthorNotesAndDisclosures: PostStep = {
  name: 'author-notes-and-disclosures',
  run(root, ctx, note) {
    const names = authorNames(ctx.byline);
    const lines = storyLines(wholeLines(leafBlocks(root), root));
    return removeWhere(root, lines, (el, i) => {
      const text = norm(el.textContent ?? '');
      const head = i < HEAD_LINES;
      const tail = lines.length - i <= TAIL_LINES;
      if (!head && !tail) return false;
      const disclosure = text.length <= 400 && ((DISCLOSURE.test(text) && DISCLOSURE_HOW.test(text)) || DISCLAIMER.test(text));
      const label = text.length < 80 && AUTHOR_LABEL.test(text);
      const bio = tail && text.length <= 800 && (HELLO_NOTE.test(text) || names.some((name) => text.startsWith(name) && BIO_VERB.test(text.slice(name.length).trim())));
      return disclosure || label || bio;
    }, note);
  },
};

export const POST_STEPS: PostStep[] = [
  dropDuplicateCopies,
  repairGarbledText,
  dropMetadataLines,
  dropRepeatedAndNoiseLines,
  dropPlaceholderText,
  dropEmptyFigures,
  dropTrailingLinkLists,
  dropTeaserLines,
  dropCallsToAction,
  dropAuthorNotesAndDisclosures,
  dropTrailingHeadings,
];
