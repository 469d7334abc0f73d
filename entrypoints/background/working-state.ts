// What each piece of background work starts from: the stored state, and the user's language with the catalogue
// that loads beside it (lib/i18n.ts). An event may be what woke the worker, with nothing loaded yet; the
// counts of open steps need the catalogue, the texts the language. Both are read once per worker.
import { loadLanguage } from '@/lib/i18n';
import { loadState } from '@/lib/storage';

export async function loadWorkingState() {
  const { state } = await loadState();
  const lang = await loadLanguage(state.settings.language);
  return { state, lang };
}
