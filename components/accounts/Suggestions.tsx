// The usual key accounts for the user's region, by category: one click adds one (labels and importance can
// be changed after). On first run they are the page; later, the ones not added yet wait under "More".
import { labelled, t, pick } from '@/lib/i18n';
import type { SiteSummary as Site } from '@/data/schema';

interface Props {
  sites: Site[];
  onAdd: (sites: Site[]) => Promise<void>;
  /** Shown below the account list, folded. */
  more?: boolean;
}

export function Suggestions({ sites, onAdd, more }: Props) {
  const categories = [...new Set(sites.map((site) => site.category))];
  const list = categories.map((category) => (
    <div key={category}>
      <h3>{t(`category.${category}`)}</h3>
      <ul class="plain row suggestions">
        {sites
          .filter((site) => site.category === category)
          .map((site) => (
            <li key={site.id}>
              <button type="button" onClick={() => void onAdd([site])} aria-label={labelled(t('calm.add'), pick(site.names))}>
                <span aria-hidden="true">+</span> {pick(site.names)}
              </button>
            </li>
          ))}
      </ul>
    </div>
  ));
  if (more) {
    return (
      <details class="card">
        <summary>{t('calm.moreSuggestions')}</summary>
        {list}
      </details>
    );
  }
  return (
    <section class="card" aria-labelledby="suggestions">
      <h2 id="suggestions">{t('accounts.suggestTitle')}</h2>
      <p class="muted">{t('accounts.suggestHelp')}</p>
      {list}
    </section>
  );
}
