import './page.css';
import { mountApp } from '@/components/AppRoot';
import { App } from './App';

void mountApp(App, document.getElementById('app')!);
