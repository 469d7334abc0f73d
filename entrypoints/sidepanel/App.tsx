import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { useAppState } from '@/lib/app-state';
import { getPanelAccount, setPanelAccount, watchPanelAccount } from '@/lib/storage';
import { sortAccounts } from '@/core/account-order';
import { AccountPicker } from '@/components/guide/AccountPicker';
import { accountLabel } from '@/lib/account-names';
import { hasTabsPermission, requestTabsPermission } from '@/lib/permissions';

// The guide's code, and its toast's, load once there is an account to show (issue 13: the panel's first paint
// stays light); so does following the tab.
const guideCode = () => import('@/components/guide/PanelGuide');
const followTab = () => import('./follow-tab');

type FollowTab = Awaited<ReturnType<typeof followTab>>;

/**
 * The guide's component, once an account is shown and its code has loaded. components/lazy.ts's lazySection
 * does the same for the dashboard's sections; here it would be one more file before the first paint (its own
 * chunk, about 0.2 kB, over the panel's 30 kB budget).
 */
function useGuide(wanted: boolean) {
  const [code, setCode] = useState<Awaited<ReturnType<typeof guideCode>>>();
  useEffect(() => {
    if (wanted && !code) void guideCode().then(setCode);
  }, [wanted, code]);
  return code?.PanelGuide;
}

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
  // The dashboard's addresses load with the click (the guide has them too): an empty panel's first paint stays light.
  const addAccounts = () =>
    void import('@/core/routes').then(({ DASHBOARD_PAGE, routes }) =>
      browser.tabs.create({ url: browser.runtime.getURL(`${DASHBOARD_PAGE}${routes.accounts}`) }),
    );
  useEffect(() => {
    document.title = account ? t('guide.title', { name: accountLabel(account) }) : t('sidepanel.title');
  }, [account, sameTab]);
  const PanelGuide = useGuide(!!account);
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
        PanelGuide && (
          <PanelGuide
            account={account}
            state={state}
            headingLevel={sameTab ? 2 : 1}
            onOpen={(url) => void followTab().then((code) => code.openInTab(url, true))}
          />
        )
      ) : (
        <p>{t('sidepanel.pick')}</p>
      )}
    </main>
  );
}
