import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, pick } from '@/lib/i18n';
import { useAppState } from '@/lib/app-state';
import { addAccounts, setStatus, stepRef } from '@/lib/actions';
import { setPanelAccount } from '@/lib/storage';
import { sendMessage } from '@/lib/messages';
import { currentTabUrl, openSidePanel } from '@/lib/tabs';
import { defaultTier, draftForSite } from '@/core/accounts';
import { openSteps, type OpenStep } from '@/core/guide';
import type { Account } from '@/core/model';
import { accountsForUrl, siteForUrl } from '@/core/sites';
import { useSiteDomain } from '@/lib/domains';
import { CATALOGUE, SITES } from '@/data/catalogue';
import { ProgressBar } from '@/components/ProgressBar';
import { useToast } from '@/components/Toast';
import { overallProgress } from '@/components/overview/Overview';
import { CurrentSite } from '@/components/popup/CurrentSite';
import { StepRow } from '@/components/popup/StepRow';
import { DASHBOARD_PAGE, routes } from '@/core/routes';

function useCurrentTab() {
  const [tab, setTab] = useState<{ url?: string; windowId?: number }>({});
  useEffect(() => {
    currentTabUrl().then(setTab, () => setTab({}));
    // Opening the popup grants activeTab: the background can now read this tab's address for its badge.
    sendMessage('refresh', {}).catch(() => undefined);
  }, []);
  return tab;
}

export function App() {
  const state = useAppState();
  const tab = useCurrentTab();
  const toast = useToast();
  const now = Date.now();
  const url = tab.url && /^https?:/i.test(tab.url) ? tab.url : undefined;
  const domain = useSiteDomain(url, SITES);
  const site = url ? siteForUrl(url, SITES) : undefined;
  const here = url ? accountsForUrl(url, state.accounts, SITES) : [];
  const all = openSteps(state, CATALOGUE, now);
  const hereIds = new Set(here.map((a) => a.id));
  const hereSteps = all.filter((open) => hereIds.has(open.account.id));
  const others = all.filter((open) => !hereIds.has(open.account.id)).slice(0, 3);

  const openDashboard = (hash = '') => {
    void browser.tabs.create({ url: browser.runtime.getURL(`${DASHBOARD_PAGE}${hash}`) });
    window.close();
  };
  const openPage = (pageUrl: string) => void browser.tabs.create({ url: pageUrl });
  const done = async (open: OpenStep) => {
    const undo = await setStatus(stepRef(open.account.id, open.step.id), 'done');
    toast.show({ text: t('guide.stateChanged', { step: pick(open.step.title), status: t('status.done') }), undo });
  };
  const addHere = async () => {
    const draft = site
      ? { ...draftForSite(site), label: pick(site.names) }
      : { customName: domain!, customDomain: domain!, label: domain!, category: 'other' as const, tier: defaultTier('other'), sharedPassword: false };
    const [added] = await addAccounts([draft]);
    toast.show({ text: t('accounts.added', { name: added!.label }) });
  };
  const beside = (account: Account) => {
    void openSidePanel(tab.windowId);
    void setPanelAccount(account.id);
  };

  return (
    <main class="page">
      <h1>{t('popup.title')}</h1>
      {state.accounts.length > 0 && <ProgressBar label={t('popup.progress')} progress={overallProgress(state, now)} />}
      {domain && (
        <CurrentSite site={site} domain={domain} accounts={here} steps={hereSteps} onAdd={() => void addHere()}
          onDone={(open) => void done(open)} onOpenPage={openPage} onBeside={beside} />
      )}
      {state.accounts.length === 0 && <p>{t('popup.nothingYet')}</p>}
      {others.length > 0 && (
        <section aria-labelledby="next-steps">
          <h2 id="next-steps">{t('popup.nextSteps')}</h2>
          <ul class="plain">
            {others.map((open) => (
              <StepRow key={`${open.account.id}:${open.step.id}`} open={open} showAccount onDone={() => void done(open)} onOpenPage={openPage} />
            ))}
          </ul>
        </section>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={() => openDashboard(routes.newLeak)}>{t('common.hadLeak')}</button>
        <button type="button" onClick={() => openDashboard(state.accounts.length ? routes.overview : routes.accounts)}>{t('common.openDashboard')}</button>
        <button type="button" onClick={() => openDashboard(routes.section('suspicious'))}>{t('scams.popup')}</button>
      </div>
      {toast.view}
    </main>
  );
}
