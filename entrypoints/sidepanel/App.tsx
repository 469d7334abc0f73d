import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { useAppState } from '@/lib/app-state';
import { getPanelAccount, setPanelAccount, watchPanelAccount } from '@/lib/storage';
import { sortAccounts } from '@/core/account-order';
import { AccountPicker } from '@/components/guide/AccountPicker';
import { accountLabel } from '@/lib/account-names';
import { hasTabsPermission, requestTabsPermission } from '@/lib/permissions';
import { DASHBOARD_PAGE, routes } from '@/core/routes';
import { lazySection } from '@/components/lazy';

// The guide's code, and its toast's, load once there is an account to show (issue 13: the panel's first paint
// stays light); so does following the tab.
const PanelGuide = lazySection(() => import('@/components/guide/PanelGuide').then((module) => module.PanelGuide));
const followTab = () => import('./follow-tab');

type FollowTab = Awaited<ReturnType<typeof followTab>>;

/** With the "tabs" permission the panel follows the active tab; otherwise it shows the account picked. */
function useTabAccountId(accounts: ReturnType<typeof useAppState>['accounts']) {
  // Undefined until the permission is known (the panel neither follows nor offers to before then); with it,
  // the tab code.
  const [follow, setFollow] = useState<{ code?: FollowTab }>();
  const [tabUrl, setTabUrl] = useState<string | undefined>();
  const [granted, setGranted] = useState(0);
  useEffect(() => {
    let live = true;
    let stop = () => {};
    void hasTabsPermission().then(async (allowed) => {
      if (!allowed) return live && setFollow({});
      const code = await followTab();
      if (!live) return;
      setFollow({ code });
      stop = code.watchTabUrl(setTabUrl);
    });
    return () => {
      live = false;
      stop();
    };
  }, [granted]);
  const matched = follow?.code?.accountOnTab(tabUrl, accounts);
  const allowFollowing = () => void requestTabsPermission().then((allowed) => allowed && setGranted((n) => n + 1));
  return { known: follow !== undefined, following: !!follow?.code, allowFollowing, matched };
}

export function App() {
  const state = useAppState();
  const [picked, setPicked] = useState<string | null>(null);
  const { known, following, allowFollowing, matched } = useTabAccountId(state.accounts);
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
      {known && !following && (
        <div class="small">
          <button type="button" class="link" onClick={allowFollowing}>
            {t('popupSite.permission')}
          </button>
          <p class="muted">{t('popupSite.permissionHelp')}</p>
        </div>
      )}
      {account ? (
        <PanelGuide
          account={account}
          state={state}
          headingLevel={sameTab ? 2 : 1}
          onOpen={(url) => void followTab().then((code) => code.openInTab(url, true))}
        />
      ) : (
        <p>{t('sidepanel.pick')}</p>
      )}
    </main>
  );
}
