// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '@/lib/article/sanitize';
import { VECTORS } from '../../fixtures/xss/vectors';

const sanitize = createSanitizer(window);

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'form', 'input', 'button', 'select',
  'textarea', 'option', 'isindex', 'base', 'meta', 'link', 'style', 'svg', 'math', 'template', 'noscript', 'portal',
  'fencedframe', 'video', 'audio', 'source', 'track', 'image', 'area', 'map', 'dialog', 'xmp', 'noembed', 'title',
]);
const FORBIDDEN_ATTRIBUTES = /^(?:on.*|style|srcset|ping|formaction|srcdoc|background|poster|xlink:href|lowsrc|dynsrc|action|data-.*|target|usemap|download|form)$/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action']);
const SAFE_URL = /^(?:https?:|mailto:|#|blob:)/i;

/** What is wrong with sanitized markup, as readable strings (empty when safe). */
function problems(html: string): string[] {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const found: string[] = [];
  for (const el of Array.from(tpl.content.querySelectorAll('*'))) {
    const tag = el.localName;
    if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`<${tag}>`);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`${tag} in ${el.namespaceURI}`);
    for (const attr of Array.from(el.attributes)) {
      const allowedTarget = attr.name === 'target' && tag === 'a' && attr.value === '_blank';
      if (FORBIDDEN_ATTRIBUTES.test(attr.name) && !allowedTarget) found.push(`${tag}[${attr.name}]`);
      if (URL_ATTRIBUTES.has(attr.name) && !SAFE_URL.test(attr.value.trim())) found.push(`${tag}[${attr.name}=${attr.value}]`);
    }
    if (tag === 'a' && /^https?:/i.test(el.getAttribute('href') ?? '') && el.getAttribute('rel') !== 'noopener noreferrer') found.push('a without rel=noopener');
  }
  return found;
}

describe(`XSS corpus (${VECTORS.length} vectors) through the sanitizer`, () => {
  it('has at least 200 vectors in every family', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(200);
  });

  it.each(VECTORS.map((v, i) => [i, v.family, v.html] as const))('#%i %s is neutralised', (_i, _family, html) => {
    const once = sanitize(html);
    expect(problems(once)).toEqual([]);
    // Sanitizing again (as the reader does at render time) is stable: no mutation revives anything.
    expect(problems(sanitize(once))).toEqual([]);
  });

  it.each(VECTORS.map((v, i) => [i, v.family, v.html] as const))('#%i %s is neutralised when handed over as nodes', (_i, _family, html) => {
    // Extraction sanitizes Readability's result as nodes; they were parsed in an inert document, as the working copy is.
    const inert = document.implementation.createHTMLDocument('');
    const node = inert.createElement('div');
    node.innerHTML = html;
    const holder = inert.createElement('div');
    holder.append(sanitize.fragment(node));
    expect(problems(holder.innerHTML)).toEqual([]);
    expect(problems(sanitize(holder.innerHTML))).toEqual([]);
  });
});
