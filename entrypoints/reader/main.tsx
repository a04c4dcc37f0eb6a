import { render } from 'preact';
import '../../components/page-theme.css';
import '../content/highlights/highlights.css';
import './text-layer.css';
import './reader.css';
import { startWorker } from './pdf-document';
import { sourceFromAddress } from './pdf-source';
import { ReaderApp } from './ReaderApp';

const initial = sourceFromAddress(location.search);
if (initial) startWorker();
const app = document.getElementById('app');
if (app) render(<ReaderApp initial={initial} />, app);
