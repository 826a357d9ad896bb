import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LOCALES } from './lib/i18n/locales/all';
import { en } from './lib/i18n/locales/en';
import { messagesJson } from './lib/i18n/messages-json';
import { CLIP_SHORTCUT, GECKO_ID } from './lib/platform';
import { htmlSinks } from './scripts/build/html-sinks';

// Extension pages may only load our own code and show images we stored ourselves (blob:/data:).
// Nothing from a clipped page may reach the network from an extension page.
const EXTENSION_PAGES_CSP = [
  "script-src 'self'",
  "object-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "style-src 'self'",
  "font-src 'self'",
  "connect-src 'self' http: https:",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

export default defineConfig({
  imports: false,
  // htmlSinks: the libraries' innerHTML assignments replaced (why: scripts/build/html-sinks.ts).
  vite: () => ({ plugins: [htmlSinks(), preact()] }),
  hooks: {
    // The UI languages live as typed catalogs in lib/i18n; each build writes them as the browser's _locales.
    'build:publicAssets': (_wxt, files) => {
      for (const [code, catalog] of Object.entries(LOCALES)) {
        files.push({ relativeDest: `_locales/${code}/messages.json`, contents: `${JSON.stringify(messagesJson(catalog, en), null, 2)}\n` });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: ['http://*/*', 'https://*/*'],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: '__MSG_extName__' },
    // The always-on detector (entrypoints/detector.ts): every http(s) page, top frame only, when idle.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['detector.js'], run_at: 'document_idle' }],
    commands: {
      'clip-article': {
        suggested_key: CLIP_SHORTCUT,
        description: '__MSG_cmdClip__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
