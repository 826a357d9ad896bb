import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useUiLocale } from './fake-i18n';

beforeEach(() => {
  fakeBrowser.reset();
  useUiLocale('en');
});
