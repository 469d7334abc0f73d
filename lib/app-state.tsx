// Mounts a view: loads the stored state and the user's language before the first paint, then keeps both
// fresh when any view or the background changes storage.
import { createContext, render, type ComponentType } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { loadLanguage, type Lang } from './i18n';
import { loadState, onStorageFull, watchState, type Loaded } from './storage';
import { StorageFullNotice } from '@/components/StorageFullNotice';

const StateContext = createContext<Loaded | undefined>(undefined);

export function useLoaded(): Loaded {
  const loaded = useContext(StateContext);
  if (!loaded) throw new Error('useLoaded outside of a mounted view');
  return loaded;
}

export const useAppState = () => useLoaded().state;

function Root({ initial, initialLang, App }: { initial: Loaded; initialLang: Lang; App: ComponentType }) {
  const [loaded, setLoaded] = useState(initial);
  const [lang, setLang] = useState(initialLang);
  useEffect(() => {
    let latest = 0;
    return watchState(async (next) => {
      const mine = ++latest;
      // Switch the dictionary first, so the whole tree re-renders at once, in one language.
      const nextLang = await loadLanguage(next.state.settings.language);
      // Those loads take different times: an older state must not land after a newer one.
      if (mine !== latest) return;
      setLang(nextLang);
      setLoaded(next);
    });
  }, []);
  return (
    <StateContext.Provider value={loaded}>
      <StorageFullNotice subscribe={onStorageFull} />
      <App key={lang} />
    </StateContext.Provider>
  );
}

export async function mountApp(App: ComponentType, container: HTMLElement) {
  const initial = await loadState();
  const lang = await loadLanguage(initial.state.settings.language);
  render(<Root initial={initial} initialLang={lang} App={App} />, container);
}
