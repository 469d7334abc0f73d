import './options.css';
import { mountApp } from '@/components/AppRoot';
import { keepFocusOnPage } from '@/components/focus';
import { App } from './App';

const root = document.getElementById('app')!;
// A page redrawn in place (another language, an item done in the popup) keeps focus on what took the place of
// the focused element.
keepFocusOnPage(root);
void mountApp(App, root);
