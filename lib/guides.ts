// A view that shows how-to text (an account's guide, a leak plan) asks for the full guide files of the
// accounts it shows; everything else works from the step index that every view carries (data/catalogue.ts).
import { useEffect, useState } from 'preact/hooks';
import { guidesLoaded, loadGuides, readGuideModule, type GuideReader } from '@/data/guides';
import { readPackagedJson } from './packaged-file';

type Owner = { siteId?: string; category: string };

/** The extension's own guides/<kind>/<id>.json (scripts/vite-site-index.ts): data, never parsed as code. */
const readGuideFile: GuideReader = (file) => readPackagedJson(`/guides/${file.kind}/${file.id}.json`);

/** True once the full guides of these accounts are loaded; starts loading the ones missing. */
export function useGuides(accounts: readonly Owner[]): boolean {
  const ready = guidesLoaded(accounts);
  const [, setLoads] = useState(0);
  const wanted = accounts.map((account) => `${account.siteId ?? ''}/${account.category}`).join(',');
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadGuides(accounts, import.meta.env.DEV ? readGuideModule : readGuideFile).then(() => live && setLoads((n) => n + 1));
    return () => {
      live = false;
    };
    // `wanted` stands for the accounts' guide files: a new array of the same accounts is no change.
  }, [wanted, ready]);
  return ready;
}
