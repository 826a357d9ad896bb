/**
 * DOM clobbering: page markup can shadow the DOM's own members. `<img name="querySelectorAll">` replaces
 * `document.querySelectorAll`, `<form name="body">` replaces `document.body`, and `<input name="getAttribute">`
 * inside a form replaces that form's `getAttribute`. Readability, DOMPurify and Brief's own steps all call such
 * members, so a hostile page could make a clip fail or misbehave. Brief reads the live page only through the
 * DOM's prototypes and does all further work on a copy where the names that shadow members are gone.
 */

/** A member as the DOM defines it, never as the page's markup shadows it (getters are called, methods returned). */
export function real<T>(obj: object, key: string): T {
  let owner = Object.getPrototypeOf(obj) as object | null;
  while (owner && !Object.hasOwn(owner, key)) owner = Object.getPrototypeOf(owner) as object | null;
  if (!owner) throw new TypeError(`The DOM has no member ${key} here.`);
  return Reflect.get(owner, key, obj) as T;
}

/** Elements that become properties of their form by name or id (HTML's "listed elements", and img). */
const FORM_MEMBERS = ['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img'];

/**
 * Elements whose name or id become properties of the document (embed, form, iframe, img, object) or of a form
 * (its controls, including ones associated through a `form` attribute). Other elements inside a form keep their
 * ids: some sites wrap the whole page in one form, and ids like "article-body" help Readability.
 */
const SHADOWING = [
  'embed[name], form[name], iframe[name], img[name], object[name], embed[id], img[id], object[id], [form]',
  ...FORM_MEMBERS.flatMap((tag) => [`form ${tag}[name]`, `form ${tag}[id]`]),
].join(', ');

/** A deep copy of `doc` in which no element's name or id shadows a DOM member. `doc` itself is only read. */
export function declobberedCopy(doc: Document): Document {
  const copy = real<(deep: boolean) => Node>(doc, 'cloneNode').call(doc, true) as Document;
  const found = real<(selectors: string) => NodeListOf<Element>>(copy, 'querySelectorAll').call(copy, SHADOWING);
  for (const el of Array.from(found)) {
    const removeAttribute = real<(name: string) => void>(el, 'removeAttribute');
    removeAttribute.call(el, 'name');
    removeAttribute.call(el, 'id');
    removeAttribute.call(el, 'form');
  }
  return copy;
}
