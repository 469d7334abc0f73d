// The account list: by tier, then risk; suggestions when it is empty; search and custom sites to add more.
import { t, pick, currentLanguage } from '@/lib/i18n';
import { joinList } from '@/core/language';
import { draftForSite, effectiveRegion, suggestedSites, type AccountDraft } from '@/core/accounts';
import { buildGuide, guideProgress, sortAccounts } from '@/core/guide';
import type { AppState } from '@/core/model';
import { CATALOGUE, SITES, siteById } from '@/data/catalogue';
import type { SiteSummary } from '@/data/schema';
import { addAccounts } from '@/lib/actions';
import type { ToastMessage } from '../Toast';
import { accountName } from '../guide/GuideView';
import { AccountRow } from './AccountRow';
import { AddAccount } from './AddAccount';
import { Suggestions } from './Suggestions';

interface Props {
  state: AppState;
  uiLanguage: string;
  showToast: (toast: ToastMessage) => void;
}

export function AccountsPage({ state, uiLanguage, showToast }: Props) {
  const now = Date.now();
  const add = async (drafts: AccountDraft[]) => {
    const added = await addAccounts(drafts);
    showToast({ text: t('accounts.added', { name: joinList(added.map((a) => a.label), currentLanguage()) }) });
  };
  const addSites = (sites: SiteSummary[]) => add(sites.map((site) => ({ ...draftForSite(site), label: pick(site.names) })));
  const region = effectiveRegion(state.settings.region, uiLanguage);
  return (
    <div>
      {state.accounts.length === 0 && (
        <>
          <p>{t('accounts.empty')}</p>
          <Suggestions sites={suggestedSites(region, SITES)} onAdd={addSites} />
        </>
      )}
      {state.accounts.length > 0 && (
        <section aria-labelledby="account-list">
          <h2 id="account-list">{t('accounts.listTitle')}</h2>
          <ul class="plain">
            {sortAccounts(state.accounts).map((account) => (
              <AccountRow
                key={account.id}
                account={account}
                name={accountName(account, siteById(account.siteId))}
                progress={guideProgress(buildGuide(account, CATALOGUE), state.steps[account.id], now)}
              />
            ))}
          </ul>
        </section>
      )}
      <AddAccount existing={state.accounts} onAdd={(draft) => add([draft])} />
    </div>
  );
}
