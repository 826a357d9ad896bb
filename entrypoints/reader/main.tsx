import { render } from 'preact';
import '@/components/theme.css';
import './reader.css';
import { App } from './App';
import { createReaderModel } from './model';
import { localizeDocument } from '@/lib/i18n/t';

localizeDocument(document, 'titleReader');

const model = createReaderModel(new URLSearchParams(location.search).get('id'));
render(<App model={model} />, document.getElementById('app')!);
void model.load();
