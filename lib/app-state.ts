// A view's live state: the stored state and the user's language, loaded before the first paint and kept fresh
// when any view or the background changes storage. Hooks only: the rendering (the root component and mounting
// it) is components/AppRoot.tsx's, so that lib/ never imports a component (tests/unit/conventions/layers).
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { loadLanguage, type Lang } from './i18n';
import { loadState, watchState, type Loaded } from './storage';
import type { AppState } from '@/core/model';

/**
 * The plan builder while a leak is open (open as core/priority's isOpenIncident says: not closed). Its loader
 * (lib/plan-loader.ts) is itself loaded only then: a view with no open leak, the side panel's first paint most of
 * all, carries neither (issue 13).
 */
const planFor = async (state: AppState) => {
  if (state.incidents.some((incident) => incident.closedAt === undefined)) await (await import('./plan-loader')).loadPlan();
};

export const StateContext = createContext<Loaded | undefined>(undefined);

export function useLoaded(): Loaded {
  const loaded = useContext(StateContext);
  if (!loaded) throw new Error('useLoaded outside of a mounted view');
  return loaded;
}

export const useAppState = () => useLoaded().state;

/**
 * What a view needs before its first paint: the state and the language, and the plan builder while a leak is
 * open (lib/plan-loader.ts). The step index every view carries lists any account's steps; a guide's how-to loads
 * when the guide opens (lib/guides.ts, issue 13).
 */
export async function loadInitial(): Promise<{ initial: Loaded; lang: Lang }> {
  const initial = await loadState();
  const [lang] = await Promise.all([loadLanguage(initial.state.settings.language), planFor(initial.state)]);
  return { initial, lang };
}

/** The state and language to render, following storage from the first values on. */
export type { Lang };

export function useLiveState(initial: Loaded, initialLang: Lang): { loaded: Loaded; lang: Lang } {
  const [loaded, setLoaded] = useState(initial);
  const [lang, setLang] = useState(initialLang);
  useEffect(() => {
    let latest = 0;
    return watchState(async (next) => {
      const mine = ++latest;
      // Switch the dictionary first, so the whole tree re-renders at once, in one language.
      const [nextLang] = await Promise.all([loadLanguage(next.state.settings.language), planFor(next.state)]);
      // Loads take different times: an older state must not land after a newer one.
      if (mine !== latest) return;
      setLang(nextLang);
      setLoaded(next);
    });
  }, []);
  return { loaded, lang };
}
