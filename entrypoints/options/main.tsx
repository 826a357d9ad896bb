import { render } from 'preact';
import '@/components/theme.css';
import './library.css';
import { App } from './App';
import { createLibraryModel } from './model';
import { createSettingsModel } from './settings-model';
import { requestPersistentStorage } from '@/lib/ui/persist';
import { localizeDocument } from '@/lib/i18n/t';

localizeDocument(document, 'titleLibrary');

const model = createLibraryModel();
// Before the first render: opening the database (the page's first storage call costs several milliseconds) then
// overlaps the render and the first paint, which the list's first query would otherwise wait behind.
void model.start();
const settings = createSettingsModel();
render(<App model={model} settings={settings} />, document.getElementById('app')!);
// Leaving the library is when its search index is worth saving (the journal keeps every change until then).
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void model.saveSearch();
});
// Persistence first, so the settings show the state it left. Both wait for the list's first rows: the storage
// estimate walks the library's files and, at 100,000 clips, slowed the first screen by a few milliseconds.
void model.firstRows.then(() => requestPersistentStorage()).then(() => settings.load());
