// The account list: by tier, then risk; the usual key accounts to add in one click; search and custom sites.
// Whatever is added gets focus in the list, with "Edit details" beside it: the defaults are usually right.
import { useState } from 'preact/hooks';
import { t, currentLanguage } from '@/lib/i18n';
import { joinList } from '@/core/language';
import { draftForSite, type AccountDraft } from '@/core/accounts';
import { effectiveRegion, suggestedSites } from '@/core/regions';
import { buildGuide, guideProgress } from '@/core/guide';
import { sortAccounts } from '@/core/account-order';
import type { AppState } from '@/core/model';
import { CATALOGUE, sites } from '@/data/catalogue';
import type { SiteSummary } from '@/data/schema';
import { addAccounts, deleteAccount } from '@/lib/actions';
import { accountLabel } from '@/lib/account-names';
import { pick } from '@/lib/i18n';
import type { ToastMessage } from '../Toast';
import { focusSoon } from '../focus';
import { AccountRow, accountRowId } from './AccountRow';
import { AddAccount } from './AddAccount';
import { Suggestions } from './Suggestions';

interface Props {
  state: AppState;
  uiLanguage: string;
  showToast: (toast: ToastMessage) => void;
}

export function AccountsPage({ state, uiLanguage, showToast }: Props) {
  const now = Date.now();
  const [justAdded, setJustAdded] = useState<string[]>([]);
  const add = async (drafts: AccountDraft[]) => {
    const added = await addAccounts(drafts);
    setJustAdded(added.map((a) => a.id));
    const names = joinList(added.map(accountLabel), currentLanguage());
    showToast({
      text: t('accounts.added', { name: names }),
      undo: async () => {
        for (const account of added) await deleteAccount(account.id);
      },
    });
    if (added[0]) focusSoon(accountRowId(added[0].id));
  };
  const addSites = (sites: SiteSummary[]) => add(sites.map((site) => ({ ...draftForSite(site), label: pick(site.names) })));
  const region = effectiveRegion(state.settings.region, uiLanguage);
  const have = new Set(state.accounts.map((a) => a.siteId));
  const suggestions = suggestedSites(region, sites()).filter((site) => !have.has(site.id));
  const empty = state.accounts.length === 0;
  return (
    <div>
      {empty && <p>{t('accounts.empty')}</p>}
      {empty && <Suggestions sites={suggestions} onAdd={addSites} />}
      {!empty && (
        <section aria-labelledby="account-list">
          <h2 id="account-list">{t('accounts.listTitle')}</h2>
          <ul class="plain">
            {sortAccounts(state.accounts).map((account) => (
              <AccountRow
                key={account.id}
                account={account}
                justAdded={justAdded.includes(account.id)}
                progress={guideProgress(buildGuide(account, CATALOGUE), state.steps[account.id], now)}
              />
            ))}
          </ul>
        </section>
      )}
      {!empty && suggestions.length > 0 && <Suggestions sites={suggestions} onAdd={addSites} more />}
      <AddAccount existing={state.accounts} onAdd={(draft) => add([draft])} onAddSite={(site) => addSites([site])} />
    </div>
  );
}
