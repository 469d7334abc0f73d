// First run: the usual key accounts for the user's region, grouped by category, added in one go.
import { useState } from 'preact/hooks';
import { t, pick } from '@/lib/i18n';
import type { SiteSummary as Site } from '@/data/schema';

interface Props {
  sites: Site[];
  onAdd: (sites: Site[]) => Promise<void>;
}

export function Suggestions({ sites, onAdd }: Props) {
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const categories = [...new Set(sites.map((site) => site.category))];
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  return (
    <section class="card" aria-labelledby="suggestions">
      <h2 id="suggestions">{t('accounts.suggestTitle')}</h2>
      <p class="muted">{t('accounts.suggestHelp')}</p>
      {categories.map((category) => (
        <fieldset key={category}>
          <legend>{t(`category.${category}`)}</legend>
          {sites.filter((site) => site.category === category).map((site) => (
            <label class="inline" key={site.id}>
              <input type="checkbox" checked={picked.has(site.id)} onChange={(e) => toggle(site.id, (e.currentTarget as HTMLInputElement).checked)} />
              {pick(site.names)}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" class="primary" disabled={picked.size === 0}
        onClick={() => { void onAdd(sites.filter((site) => picked.has(site.id))).then(() => setPicked(new Set())); }}>
        {t('accounts.addSelected', picked.size)}
      </button>
    </section>
  );
}
