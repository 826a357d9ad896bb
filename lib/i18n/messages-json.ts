import { paramsOf, pluralKey, type Catalog } from './catalog';

export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** `{name}` → `$NAME$` with a placeholder bound to its substitution index (names sorted, as t.ts passes them). */
function entry(text: string, params: string[]): ChromeMessage {
  if (!params.length) return { message: text.replace(/\$/g, '$$$$') };
  const message = text.replace(/\$/g, '$$$$').replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => `$${name.toUpperCase()}$`);
  return { message, placeholders: Object.fromEntries(params.map((p, i) => [p.toLowerCase(), { content: `$${i + 1}` }])) };
}

/**
 * A catalog as the browser's `_locales/<lang>/messages.json`. Parameters come from the English message so every
 * locale numbers them the same way; plural forms become one entry per category.
 */
export function messagesJson(catalog: Catalog, source: Catalog): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, message] of Object.entries(catalog)) {
    const params = paramsOf(source[key] ?? message);
    if (typeof message === 'string') out[key] = entry(message, params);
    else for (const [category, text] of Object.entries(message)) if (text !== undefined) out[pluralKey(key, category)] = entry(text, params);
  }
  return out;
}
