// Mounts a view (each entrypoint's main.tsx calls mountApp): the state and language from lib/app-state.ts,
// provided to the whole tree, which re-renders in one go when either changes.
import { render, type ComponentType } from 'preact';
import { StateContext, loadInitial, useLiveState, type Lang } from '@/lib/app-state';
import { StorageProblem, onStorageFull, readEverything, type Loaded } from '@/lib/storage';
import { loadLanguage } from '@/lib/i18n';
import { StorageFull } from './StorageFull';

function Root({ initial, initialLang, App }: { initial: Loaded; initialLang: Lang; App: ComponentType }) {
  const { loaded, lang } = useLiveState(initial, initialLang);
  return (
    <StateContext.Provider value={loaded}>
      <StorageFull subscribe={onStorageFull} />
      <App key={lang} />
    </StateContext.Provider>
  );
}

export async function mountApp(App: ComponentType, container: HTMLElement) {
  let loadedInitial;
  try {
    loadedInitial = await loadInitial();
  } catch (error) {
    // Never a blank view: say what is wrong with the stored data and offer all of it as a file.
    // Its screen and the download load only here: no view carries them for a problem it may never have.
    const [{ StorageUnreadable }, { downloadText }] = await Promise.all([
      import('./StorageUnreadable'),
      import('@/lib/download'),
      loadLanguage('auto'),
    ]);
    const kind = error instanceof StorageProblem ? error.kind : 'failed';
    const detail = error instanceof StorageProblem ? error.detail : String(error).slice(0, 120);
    const onExport = () => void readEverything().then((raw) => downloadText('afterleak-everything.json', JSON.stringify(raw, null, 2)));
    render(<StorageUnreadable kind={kind} detail={detail} onExport={onExport} />, container);
    return;
  }
  const { initial, lang } = loadedInitial;
  render(<Root initial={initial} initialLang={lang} App={App} />, container);
}
