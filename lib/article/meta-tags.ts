/**
 * The page's <meta> values by lower-cased `property`, `name` and `itemprop` (the first non-empty value of each), read
 * in one pass. A selector per key would scan the whole document for every key the page lacks.
 */
// Metadata and dates read the tags of the same working copy (extraction always works on a fresh copy, so a cached
// read never outlives the page state it came from, as with JSON-LD).
const read = new WeakMap<Document, Map<string, string>>();

export function metaTags(doc: Document): Map<string, string> {
  let tags = read.get(doc);
  if (!tags) {
    tags = readTags(doc);
    read.set(doc, tags);
  }
  return tags;
}

function readTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    // `value` is what some saved and re-served pages carry instead of `content`.
    const value = (el.getAttribute('content') ?? el.getAttribute('value'))?.trim();
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, value);
    }
  }
  return tags;
}

// Cached per working copy, like the tags above.
const marked = new WeakMap<Document, Element[]>();

/** The page's elements with an `itemprop` (microdata), in document order: listed once for dates and bylines. */
export function microdata(doc: Document): Element[] {
  let list = marked.get(doc);
  if (!list) {
    list = Array.from(doc.querySelectorAll('[itemprop]'));
    marked.set(doc, list);
  }
  return list;
}

/** The first of `keys` the page has a value for. */
export function firstTag(tags: Map<string, string>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return undefined;
}
