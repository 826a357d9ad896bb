/** One named cleaning step; `run` removes nodes from a clone and returns how many it removed. */
export interface CleanStep {
  name: string;
  run(root: Document): number;
}

const BOILERPLATE_SELECTOR = [
  'nav', 'footer', 'aside', 'form', 'dialog',
  '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]', '[role="banner"]', '[role="search"]', '[role="dialog"]',
  '[hidden]', '[aria-hidden="true"]',
].join(',');

const LIST_HEADINGS =
  /^(?:trending|related|most (?:read|popular|viewed|shared)|recommended|popular|latest( news)?|top stories|more (?:from|on|stories)|read (?:more|next|also)|also read|you may (?:also )?like|opinion(?: \/ blog.*)?|editor'?s picks|lo más leído|meistgelesen|mehr zum thema|à lire aussi|les plus lus|leggi anche|devshots)\b/i;

function remove(nodes: Iterable<Element>): number {
  let n = 0;
  for (const el of nodes) {
    if (el.isConnected) {
      el.remove();
      n++;
    }
  }
  return n;
}

function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (!total) return 1;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return links / total;
}

/** Structural boilerplate: navigation, sidebars, footers, hidden and modal elements. */
export const removeStructuralBoilerplate: CleanStep = {
  name: 'structural-boilerplate',
  run(doc) {
    const body = doc.body;
    if (!body) return 0;
    // Keep containers that hold the page's main heading: some sites wrap the article in <aside> or <form>.
    const candidates = Array.from(body.querySelectorAll(BOILERPLATE_SELECTOR)).filter((el) => !el.querySelector('h1') && el.tagName !== 'BODY');
    return remove(candidates);
  },
};

/** "Trending", "Related", "Most read"… blocks: a heading of that kind followed by a list of teaser links. */
export const removeTeaserLists: CleanStep = {
  name: 'teaser-lists',
  run(doc) {
    const out: Element[] = [];
    for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6, strong, span, div, p'))) {
      const label = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (label.length > 40 || !LIST_HEADINGS.test(label)) continue;
      if (h.children.length > 2) continue;
      // The section is the nearest ancestor that also holds the teaser links.
      let section: Element | null = h;
      while (section && section.parentElement && section.querySelectorAll('a').length < 3) section = section.parentElement;
      if (!section || section.tagName === 'BODY' || section.querySelector('h1')) continue;
      if (linkDensity(section) > 0.5) out.push(section);
    }
    return remove(out);
  },
};

export const PRE_STEPS: CleanStep[] = [removeStructuralBoilerplate, removeTeaserLists];
