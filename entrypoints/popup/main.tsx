import { render } from 'preact';
import '@/components/theme.css';
import './popup.css';
import { App } from './App';
import { createPopupModel } from './model';
import { localizeDocument } from '@/lib/i18n/t';

localizeDocument(document, 'extName');

const model = createPopupModel(new URLSearchParams(location.search));
render(<App model={model} />, document.getElementById('app')!);
void model.load();
