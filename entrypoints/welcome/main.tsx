import { render } from 'preact';
import '../../components/page-theme.css';
import './welcome.css';
import { WelcomePage } from './WelcomePage';

const app = document.getElementById('app');
if (app) render(<WelcomePage />, app);
