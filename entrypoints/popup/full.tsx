// The popup computed from the whole state (App.tsx): when no current ready-made view is stored, and for the
// website in the tab.
import { mountApp } from '@/components/AppRoot';
import { App } from './App';

export const mountFull = (container: HTMLElement) => mountApp(App, container);
