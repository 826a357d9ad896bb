import { render } from 'preact';
import '@/components/theme.css';
import './library.css';
import { App } from './App';
import { createLibraryModel } from './model';
import { requestPersistentStorage } from '@/lib/ui/persist';

const model = createLibraryModel();
render(<App model={model} />, document.getElementById('app')!);
void model.start();
void requestPersistentStorage();
