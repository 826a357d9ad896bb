import type { CleanStep } from '@/lib/article/clean';
import { linkDensity } from '@/lib/article/text';

/**
 * Collapsed disclosure panels: FAQ answers, accordion sections and "show more" parts of a story are in the page but
 * hidden until the reader opens them (`hidden`, `aria-hidden`, `display: none`). Readability drops everything
 * hidden, and so does the structural step; a clip has no buttons to open them, so they are opened here.
 *
 * A panel is recognised by the accessibility markup of the disclosure and accordion patterns, not by its looks: a
 * button or link that says it expands something (`aria-expanded`), or that the panel names as its label
 * (`aria-labelledby`), and that points at the panel (`aria-controls`) or stands just before it (a heading's button
 * followed by its panel). Menus, pop-ups, forms and lists of links are left closed: they are not the story.
 */

const POPUP_ROLES = /^(?:dialog|alertdialog|menu|menubar|listbox|tooltip|tablist|tree|grid|combobox)$/i;

/** What a hidden panel may be opened for: some text, mostly not links, no form to fill, not a pop-up. */
function isStoryPanel(panel: Element): boolean {
  if (POPUP_ROLES.test(panel.getAttribute('role') ?? '') || panel.getAttribute('aria-modal') === 'true') return false;
  if (panel.querySelector('input:not([type=hidden]), select, textarea, form, [role=menu], [role=dialog]')) return false;
  // Placeholders ("Loading prices…") are not text yet.
  if ((panel.textContent ?? '').replace(/\s+/g, ' ').trim().length < 50) return false;
  return linkDensity(panel) <= 0.5;
}

/** A control that opens a panel rather than a menu or a pop-up. */
function isDisclosureControl(el: Element): boolean {
  const tag = el.tagName;
  const role = el.getAttribute('role');
  if (tag !== 'BUTTON' && tag !== 'A' && tag !== 'SUMMARY' && role !== 'button') return false;
  const popup = el.getAttribute('aria-haspopup');
  return !popup || popup === 'false';
}

/** The panel a control without `aria-controls` stands before: the next element after the control or its heading. */
function panelAfter(control: Element): Element | null {
  let at = control;
  const text = (control.textContent ?? '').trim();
  // Climb out of wrappers that hold nothing but the control (a heading around an accordion's button).
  for (let i = 0; i < 3 && at.parentElement && !at.nextElementSibling; i++) {
    if ((at.parentElement.textContent ?? '').trim() !== text) break;
    at = at.parentElement;
  }
  return at.nextElementSibling;
}

/**
 * Hidden as Readability judges it (`hidden`, `aria-hidden="true"`, an inline `display: none` or `visibility: hidden`),
 * read from the attributes: the same answer as its check without building a style object for every element climbed.
 */
function hides(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * The element with the given id nearest the control: pages that repeat a component repeat its ids (two accordions
 * both with "item_0_content"), so of several, the first after the control (a panel follows its button), else the last.
 */
function nearest(control: Element, candidates: Element[] | undefined): Element | null {
  if (!candidates?.length) return null;
  const after = candidates.find((c) => control.compareDocumentPosition(c) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);
  return after ?? candidates[candidates.length - 1];
}

/** Make `el` visible to Readability (attributes and inline style only; the page's stylesheets are not read). */
function show(el: Element): void {
  el.removeAttribute('hidden');
  if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?=;|$)/gi, ''));
}

export const expandCollapsedPanels: CleanStep = {
  name: 'collapsed-panels',
  run(doc, note) {
    const body = doc.body;
    if (!body) return 0;
    let opened = 0;
    // One walk finds the controls and every element with an id (a selector query costs more in jsdom).
    const controls: Element[] = [];
    const withId: Element[] = [];
    const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      if ((el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls')) && isDisclosureControl(el)) controls.push(el);
      if (el.id) withId.push(el);
    }
    if (!controls.length) return 0;
    const idsOf = (control: Element) => (control.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
    // The elements carrying an id a control names (ids may repeat; see `nearest`).
    const wanted = new Set(controls.flatMap(idsOf));
    const byId = new Map<string, Element[]>();
    for (const el of withId) {
      if (!wanted.has(el.id)) continue;
      const list = byId.get(el.id);
      if (list) list.push(el);
      else byId.set(el.id, [el]);
    }
    const seen = new Set<Element>();
    for (const control of controls) {
      const ids = idsOf(control);
      const panels = ids.length ? ids.map((id) => nearest(control, byId.get(id))) : [panelAfter(control)];
      let openedHere = false;
      for (const panel of panels) {
        if (!panel || seen.has(panel) || panel.contains(control)) continue;
        seen.add(panel);
        // Without aria-expanded, only a panel that names this control as its label is the control's to open.
        const labelled = (panel.getAttribute('aria-labelledby') ?? '').split(/\s+/).includes(control.id);
        if (!control.hasAttribute('aria-expanded') && !(control.id && labelled)) continue;
        // What hides the panel: itself, or wrappers between it and the part of the page the control is in.
        const hidden: Element[] = [];
        for (let a: Element | null = panel; a && a !== body && !a.contains(control); a = a.parentElement) if (hides(a)) hidden.push(a);
        if (!hidden.length) continue;
        let visibleControl = true;
        for (let a: Element | null = control; a && a !== body && visibleControl; a = a.parentElement) if (hides(a)) visibleControl = false;
        if (!visibleControl || !isStoryPanel(panel)) continue;
        for (const el of hidden) show(el);
        note?.(panel);
        opened++;
        openedHere = true;
      }
      // The question on the button is the panel's heading; Readability drops buttons with their text.
      if (openedHere && control.tagName === 'BUTTON') control.replaceWith(...Array.from(control.childNodes));
    }
    return opened;
  },
};
