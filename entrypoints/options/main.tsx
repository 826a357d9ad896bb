import { render } from 'preact';
import '@/components/theme.css';
import './library.css';
import { App } from './App';
import { createLibraryModel } from './model';

const model = createLibraryModel();
render(<App model={model} />, document.getElementById('app')!);
void model.start();
// Keep the library from being evicted under storage pressure (unlimitedStorage covers Chromium too).
void navigator.storage?.persist?.();
