import '@/components/theme.css';
import './report.css';
import { mountApp } from '@/lib/app-state';
import { App } from './App';

void mountApp(App, document.getElementById('app')!);
