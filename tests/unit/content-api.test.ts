// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contentScriptApi } from '@/lib/content-api';

const api = (id: string) => ({ runtime: { id, sendMessage: () => Promise.resolve(), onMessage: { addListener: () => undefined } } });

describe('contentScriptApi', () => {
  it('ignores a `browser` made of page markup and takes the real `chrome`', () => {
    // What `<form name="browser"><input name="runtime" id="x"></form>` gives a script in Chromium's isolated world:
    // `browser.runtime` is the input, and its id is a string.
    document.body.innerHTML = '<form name="browser"><input name="runtime" id="x"></form>';
    const global = { browser: { runtime: document.getElementById('x') }, chrome: api('real-extension-id') };
    expect(global.browser.runtime?.id).toBe('x');
    expect(contentScriptApi(global)).toBe(global.chrome);
  });

  it('refuses a runtime that is an element or a collection, even with a string id and a sendMessage', () => {
    document.body.innerHTML = '<img id="chrome"><img id="chrome" name="runtime">';
    const img = Object.assign(document.getElementsByName('runtime')[0], { sendMessage: () => undefined, onMessage: { addListener: () => undefined } });
    expect(() => contentScriptApi({ chrome: { runtime: img } })).toThrow(/no extension API/);
    const collection = Object.assign(document.getElementsByTagName('img'), { id: 'x', sendMessage: () => undefined, onMessage: { addListener: () => undefined } });
    expect(() => contentScriptApi({ chrome: { runtime: collection } })).toThrow(/no extension API/);
  });

  it('prefers a real `browser` (Firefox) and refuses look-alikes without messaging', () => {
    const firefox = { browser: api('ff'), chrome: api('ff-chrome') };
    expect(contentScriptApi(firefox)).toBe(firefox.browser);
    const fake = { browser: { runtime: { id: 'x' } }, chrome: api('c') };
    expect(contentScriptApi(fake)).toBe(fake.chrome);
  });

  it('throws where there is no extension API at all', () => {
    expect(() => contentScriptApi({})).toThrow(/no extension API/);
  });
});
