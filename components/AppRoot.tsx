// Mounts a view (each entrypoint's main.tsx calls mountApp): the state and language from lib/app-state.ts,
// provided to the whole tree, which re-renders in one go when either changes.
import { render, type ComponentType } from 'preact';
import { StateContext, loadInitial, useLiveState, type Lang } from '@/lib/app-state';
import { onStorageFull, type Loaded } from '@/lib/storage';
import { StorageFullNotice } from './StorageFullNotice';

function Root({ initial, initialLang, App }: { initial: Loaded; initialLang: Lang; App: ComponentType }) {
  const { loaded, lang } = useLiveState(initial, initialLang);
  return (
    <StateContext.Provider value={loaded}>
      <StorageFullNotice subscribe={onStorageFull} />
      <App key={lang} />
    </StateContext.Provider>
  );
}

export async function mountApp(App: ComponentType, container: HTMLElement) {
  const { initial, lang } = await loadInitial();
  render(<Root initial={initial} initialLang={lang} App={App} />, container);
}
