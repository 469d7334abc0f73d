import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useAppState } from '@/lib/app-state';
import { getPanelAccount, setPanelAccount, watchPanelAccount } from '@/lib/storage';
import { currentTabUrl, hasTabsPermission, openInTab, requestTabsPermission, watchActiveTab } from '@/lib/tabs';
import { sortAccounts } from '@/core/guide';
import { accountsForUrl } from '@/core/sites';
import { SITES } from '@/data/catalogue';
import { AccountPicker } from '@/components/guide/AccountPicker';
import { useToast } from '@/components/Toast';
import { lazySection } from '@/components/lazy';

// The guide's code loads once there is an account to show (issue 13: the panel's first paint stays light).
const AccountGuide = lazySection(() => import('@/components/guide/AccountGuide').then((m) => m.AccountGuide));

/** With the "tabs" permission the panel follows the active tab; otherwise it shows the account picked. */
function useTabAccountId(accounts: ReturnType<typeof useAppState>['accounts']) {
  const [following, setFollowing] = useState(false);
  const [tabUrl, setTabUrl] = useState<string | undefined>();
  useEffect(() => {
    let stop = () => {};
    void hasTabsPermission().then((granted) => {
      setFollowing(granted);
      if (!granted) return;
      const read = () => void currentTabUrl().then((tab) => setTabUrl(tab.url));
      read();
      stop = watchActiveTab(read);
    });
    return () => stop();
  }, [following]);
  const matched = tabUrl ? accountsForUrl(tabUrl, accounts, SITES)[0]?.id : undefined;
  return { following, setFollowing, matched };
}

export function App() {
  const state = useAppState();
  const toast = useToast();
  const [picked, setPicked] = useState<string | null>(null);
  const { following, setFollowing, matched } = useTabAccountId(state.accounts);
  useEffect(() => {
    void getPanelAccount().then(setPicked);
    return watchPanelAccount(setPicked);
  }, []);
  const accountId = (following && matched) || picked;
  const account = state.accounts.find((a) => a.id === accountId);
  return (
    <main class="page">
      <h1>{t('sidepanel.title')}</h1>
      <AccountPicker accounts={sortAccounts(state.accounts)} value={account?.id} onChange={(id) => { setPicked(id); void setPanelAccount(id); }} />
      {!following && (
        <div class="small">
          <button type="button" class="link" onClick={() => void requestTabsPermission().then(setFollowing)}>{t('popupSite.permission')}</button>
          <p class="muted">{t('popupSite.permissionHelp')}</p>
        </div>
      )}
      {account ? (
        <AccountGuide account={account} state={state} showToast={toast.show} headingLevel={2}
          onOpen={(url) => void openInTab(url, true)} />
      ) : (
        <p>{t('sidepanel.pick')}</p>
      )}
      {toast.view}
    </main>
  );
}
