import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { DASHBOARD_PAGE, routes } from '@/core/routes';
import { useAppState } from '@/lib/app-state';
import { getPanelAccount, setPanelAccount, watchPanelAccount } from '@/lib/storage';
import { currentTabUrl, hasTabsPermission, openInTab, requestTabsPermission, watchActiveTab } from '@/lib/tabs';
import { sortAccounts } from '@/core/guide';
import { accountsForUrl } from '@/core/sites';
import { SITES } from '@/data/catalogue';
import { AccountPicker } from '@/components/guide/AccountPicker';
import { accountLabel } from '@/lib/account-names';
import { lazySection } from '@/components/lazy';

// The guide's code, and its toast's, load once there is an account to show (issue 13: the panel's first paint
// stays light).
const PanelGuide = lazySection(() => import('@/components/guide/PanelGuide').then((m) => m.PanelGuide));

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
  const [picked, setPicked] = useState<string | null>(null);
  const { following, setFollowing, matched } = useTabAccountId(state.accounts);
  useEffect(() => {
    void getPanelAccount().then(setPicked);
    return watchPanelAccount(setPicked);
  }, []);
  const accountId = (following && matched) || picked;
  const account = state.accounts.find((a) => a.id === accountId);
  const sameTab = !!(following && matched && account?.id === matched);
  const addAccounts = () => void browser.tabs.create({ url: browser.runtime.getURL(`${DASHBOARD_PAGE}${routes.accounts}`) });
  useEffect(() => {
    document.title = account ? t('guide.title', { name: accountLabel(account) }) : t('sidepanel.title');
  }, [account, sameTab]);
  if (state.accounts.length === 0) {
    return (
      <main class="page">
        <h1>{t('calm.panelTitle')}</h1>
        <p>{t('calm.panelEmpty')}</p>
        <button type="button" class="primary" onClick={addAccounts}>
          {t('calm.panelAdd')}
        </button>
      </main>
    );
  }
  return (
    <main class="page">
      {/* "Guide for this site" only while the panel follows the tab; an account picked by hand is named by its
          guide's own heading, which then heads the page. */}
      {(sameTab || !account) && <h1>{sameTab ? t('sidepanel.title') : t('calm.panelTitle')}</h1>}
      <AccountPicker
        accounts={sortAccounts(state.accounts)}
        value={account?.id}
        onChange={(id) => {
          setPicked(id);
          void setPanelAccount(id);
        }}
      />
      {!following && (
        <div class="small">
          <button type="button" class="link" onClick={() => void requestTabsPermission().then(setFollowing)}>
            {t('popupSite.permission')}
          </button>
          <p class="muted">{t('popupSite.permissionHelp')}</p>
        </div>
      )}
      {account ? (
        <PanelGuide account={account} state={state} headingLevel={sameTab ? 2 : 1} onOpen={(url) => void openInTab(url, true)} />
      ) : (
        <p>{t('sidepanel.pick')}</p>
      )}
    </main>
  );
}
