// Adding an account: search the catalogue in either language or by address, or describe a custom site.
import { useState } from 'preact/hooks';
import { labelled, t, pick } from '@/lib/i18n';
import { defaultTier, draftForSite, type AccountDraft, type DraftError } from '@/core/accounts';
import { checkDraft } from '@/core/account-drafts';
import type { Account } from '@/core/model';
import { searchSites } from '@/core/sites';
import { SEARCHABLE_SITES } from '@/data/site-search';
import { AccountForm } from './AccountForm';

interface Props {
  existing: readonly Account[];
  onAdd: (draft: AccountDraft) => Promise<void>;
}

const emptyCustom = (): AccountDraft => ({ customName: '', customDomain: '', label: '', category: 'other', tier: defaultTier('other'), sharedPassword: false });

function DraftSubmit({ idPrefix, initial, custom, existing, onAdd, onDone }: Props & { idPrefix: string; initial: AccountDraft; custom: boolean; onDone: () => void }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftError[]>([]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = checkDraft(draft, existing);
    setErrors(found);
    if (found.length) return;
    await onAdd(draft);
    onDone();
  };
  const change = (next: AccountDraft) => {
    // A custom site's tier follows its category until the user picks one.
    setDraft(custom && next.category !== draft.category && draft.tier === defaultTier(draft.category) ? { ...next, tier: defaultTier(next.category) } : next);
    if (errors.length) setErrors(checkDraft(next, existing));
  };
  return (
    <form onSubmit={submit} noValidate>
      <AccountForm idPrefix={idPrefix} draft={draft} errors={errors} custom={custom} onChange={change} />
      <button type="submit" class="primary">{t('accounts.add')}</button>
    </form>
  );
}

export function AddAccount({ existing, onAdd }: Props) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | undefined>();
  const [customKey, setCustomKey] = useState(0);
  const results = searchSites(query, SEARCHABLE_SITES).slice(0, 8);
  const site = SEARCHABLE_SITES.find((s) => s.id === chosen);
  return (
    <section aria-labelledby="add-account">
      <h2 id="add-account">{t('accounts.addTitle')}</h2>
      <label for="site-search">{t('accounts.searchLabel')}</label>
      <input id="site-search" type="search" value={query} placeholder={t('accounts.searchPlaceholder')} autocomplete="off"
        onInput={(e) => { setQuery((e.currentTarget as HTMLInputElement).value); setChosen(undefined); }} />
      {query.trim() && results.length === 0 && <p class="muted">{t('accounts.noResults')}</p>}
      {results.length > 0 && !site && (
        <ul class="plain" aria-label={t('accounts.fromCatalogue')}>
          {results.map((result) => (
            <li key={result.id} class="spread card">
              <span>{pick(result.names)} <span class="muted small">{result.domains[0]} · {t(`category.${result.category}`)}</span></span>
              <button type="button" onClick={() => setChosen(result.id)} aria-label={labelled(t('accounts.choose'), pick(result.names))}>{t('accounts.choose')}</button>
            </li>
          ))}
        </ul>
      )}
      {site && (
        <section class="card" aria-labelledby="chosen-site">
          <h3 id="chosen-site">{pick(site.names)}</h3>
          <DraftSubmit key={site.id} idPrefix="add-site" initial={{ ...draftForSite(site), label: pick(site.names) }} custom={false}
            existing={existing} onAdd={onAdd} onDone={() => { setChosen(undefined); setQuery(''); }} />
        </section>
      )}
      <details class="card">
        <summary>{t('accounts.customTitle')}</summary>
        <DraftSubmit key={customKey} idPrefix="add-custom" initial={emptyCustom()} custom existing={existing} onAdd={onAdd}
          onDone={() => setCustomKey(customKey + 1)} />
      </details>
    </section>
  );
}
