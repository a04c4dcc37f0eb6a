import { render } from 'preact';
import '../../components/page-theme.css';
import './text-layer.css';
import './reader.css';
import { highlightRules } from '../../utils/highlight-styles';
import { startWorker } from './pdf-document';
import { sourceFromAddress } from './pdf-source';
import { ReaderApp } from './ReaderApp';
import { READER_HIGHLIGHTS } from './reader-marks';

const initial = sourceFromAddress(location.search);
if (initial) startWorker();
const app = document.getElementById('app');
if (app) render(<ReaderApp initial={initial} />, app);

// The marks' rules: the text layer's text is transparent over the rendered page, so its lines get a colour of their own.
const marks = new CSSStyleSheet();
marks.replaceSync(highlightRules(READER_HIGHLIGHTS, '#2f6fb2'));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, marks];
