import '@/components/theme.css';
import '@/components/pages.css';
import '@/components/forms.css';
import '@/components/layout.css';
import './report.css';
import { mountApp } from '@/components/AppRoot';
import { App } from './App';

void mountApp(App, document.getElementById('app')!);
