/** A JSON-LD node as found in a page: untrusted, any shape. */
export type LdNode = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting)$/;

function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function flatten(value: unknown, out: LdNode[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  out.push(node);
  if ('@graph' in node) flatten(node['@graph'], out, depth + 1);
  if ('mainEntity' in node) flatten(node.mainEntity, out, depth + 1);
}

// Metadata, dates and the recovery ladder all read the JSON-LD of the same working copy: it is parsed once per
// document. Extraction always works on a fresh copy, so a cached parse never outlives the page state it came from.
const parsed = new WeakMap<Document, LdNode[]>();

/** All JSON-LD nodes of a document, `@graph` and `mainEntity` flattened. Broken blocks are skipped. */
export function jsonLdNodes(doc: Document): LdNode[] {
  let nodes = parsed.get(doc);
  if (!nodes) {
    nodes = parseJsonLd(doc);
    parsed.set(doc, nodes);
  }
  return nodes;
}

function parseJsonLd(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  // The page's scripts by tag, their type tested here: an attribute selector would test every element of the page.
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent;
    if (!text || text.length > 2_000_000) continue;
    try {
      flatten(JSON.parse(text), out);
    } catch {
      // Malformed JSON-LD is common on real pages; it simply contributes no candidates.
    }
  }
  return out;
}

export function ldTypes(nodes: LdNode[]): string[] {
  return nodes.flatMap(typesOf);
}

/** The node describing the article itself, if the page declares one. */
export function articleNode(nodes: LdNode[]): LdNode | undefined {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
}

/** A string property, or the `name` / `url` / first element of an object or array property. */
export function ldString(value: unknown, key: 'name' | 'url' = 'name'): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return ldString(value[0], key);
  if (value && typeof value === 'object') return ldString((value as LdNode)[key], key);
  return undefined;
}
