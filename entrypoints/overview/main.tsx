import { render } from 'preact';
import '../../components/page-theme.css';
import '../../components/page-header.css';
import '../../components/term-card.css';
import '../../components/save-word.css';
import '../../components/overview.css';
import './overview-page.css';
import { OverviewPage } from './OverviewPage';

const app = document.getElementById('app');
if (app) render(<OverviewPage />, app);
