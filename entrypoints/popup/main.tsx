import { render } from 'preact';
import '../../components/page-theme.css';
import '../../components/term-card.css';
import '../../components/save-word.css';
import '../../components/overview.css';
import './popup.css';
import './glossary-panel.css';
import './settings-panel.css';
import './questions-panel.css';
import { Popup } from './Popup';

const app = document.getElementById('app');
if (app) render(<Popup />, app);
