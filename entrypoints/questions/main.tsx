import { render } from 'preact';
import '../../components/page-theme.css';
import '../../components/page-header.css';
import './questions-page.css';
import { QuestionsPage } from './QuestionsPage';

const app = document.getElementById('app');
if (app) render(<QuestionsPage />, app);
