// Adding an account: search the catalogue in either language or by address and add a site in one click, or
// describe a custom site. A site already in the list links to its guide instead.
import { useState } from 'preact/hooks';
import { labelled, t, pick } from '@/lib/i18n';
import { defaultTier, type AccountDraft, type DraftError } from '@/core/accounts';
import { checkDraft } from '@/core/account-drafts';
import type { Account } from '@/core/model';
import { searchSites } from '@/core/sites';
import { searchableSites } from '@/data/site-search';
import type { SiteSummary } from '@/data/schema';
import { routes } from '@/core/routes';
import { focusSoon } from '../focus';
import { AccountForm, firstInvalidField } from './AccountForm';

interface Props {
  existing: readonly Account[];
  onAdd: (draft: AccountDraft) => Promise<void>;
  onAddSite: (site: SiteSummary) => Promise<void>;
}

const emptyCustom = (): AccountDraft => ({
  customName: '',
  customDomain: '',
  label: '',
  category: 'other',
  tier: defaultTier('other'),
  sharedPassword: false,
});

function CustomSite({ existing, onAdd, onDone }: Pick<Props, 'existing' | 'onAdd'> & { onDone: () => void }) {
  const [draft, setDraft] = useState(emptyCustom);
  const [errors, setErrors] = useState<DraftError[]>([]);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = checkDraft(draft, existing);
    setErrors(found);
    if (found.length) {
      focusSoon(firstInvalidField('add-custom', found, true));
      return;
    }
    await onAdd(draft);
    onDone();
  };
  const change = (next: AccountDraft) => {
    // A custom site's tier follows its category until the user picks one.
    setDraft(
      next.category !== draft.category && draft.tier === defaultTier(draft.category) ? { ...next, tier: defaultTier(next.category) } : next,
    );
    if (errors.length) setErrors(checkDraft(next, existing));
  };
  return (
    <form onSubmit={submit} noValidate>
      <AccountForm idPrefix="add-custom" draft={draft} errors={errors} custom onChange={change} />
      <button type="submit" class="primary">
        {t('accounts.add')}
      </button>
    </form>
  );
}

export function AddAccount({ existing, onAdd, onAddSite }: Props) {
  const [query, setQuery] = useState('');
  const [customKey, setCustomKey] = useState(0);
  const results = searchSites(query, searchableSites()).slice(0, 8);
  const add = async (site: SiteSummary) => {
    await onAddSite(site);
    setQuery('');
  };
  return (
    <section aria-labelledby="add-account">
      <h2 id="add-account">{t('accounts.addTitle')}</h2>
      <label for="site-search">{t('accounts.searchLabel')}</label>
      <input
        id="site-search"
        type="search"
        value={query}
        placeholder={t('accounts.searchPlaceholder')}
        autocomplete="off"
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {query.trim() && results.length === 0 && <p class="muted">{t('accounts.noResults')}</p>}
      {results.length > 0 && (
        <ul class="plain" aria-label={t('accounts.fromCatalogue')}>
          {results.map((result) => {
            const name = pick(result.names);
            const have = existing.find((account) => account.siteId === result.id);
            return (
              <li key={result.id} class="spread card">
                <span>
                  {name}{' '}
                  <span class="muted small">
                    {result.domains[0]} · {t(`category.${result.category}`)}
                  </span>
                </span>
                {have ? (
                  <span class="row">
                    <span class="muted small">{t('calm.inList')}</span>
                    <a class="button" href={routes.account(have.id)} aria-label={labelled(t('accounts.openGuide'), name)}>
                      {t('accounts.openGuide')}
                    </a>
                  </span>
                ) : (
                  <button type="button" class="primary" onClick={() => void add(result)} aria-label={labelled(t('calm.add'), name)}>
                    {t('calm.add')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <details class="card">
        <summary>{t('accounts.customTitle')}</summary>
        <CustomSite key={customKey} existing={existing} onAdd={onAdd} onDone={() => setCustomKey(customKey + 1)} />
      </details>
    </section>
  );
}
