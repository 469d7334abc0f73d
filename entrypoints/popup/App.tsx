import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pick, t } from '@/lib/i18n';
import { useAppState } from '@/lib/app-state';
import { addAccounts, setStatus } from '@/lib/actions';
import { setPanelAccount } from '@/lib/storage';
import { sendMessage } from '@/lib/messages';
import { nextView, type ItemView } from '@/lib/next';
import { currentTabUrl, openSidePanel } from '@/lib/tabs';
import { defaultTier, draftForSite } from '@/core/accounts';
import type { Account } from '@/core/model';
import { accountsForUrl, siteForUrl } from '@/core/sites';
import { useSiteDomain } from '@/lib/domains';
import { DASHBOARD_PAGE, routes } from '@/core/routes';
import { SITES } from '@/data/catalogue';
import { ProgressBar } from '@/components/ProgressBar';
import { useToast } from '@/components/Toast';
import { focusInPlaceOf, focusWhen } from '@/components/focus';
import { overallProgress } from '@/core/progress';
import { CurrentSite } from '@/components/popup/CurrentSite';
import { NextCard } from '@/components/next/NextCard';
import { LeakLead } from '@/components/next/LeakLead';
import { ItemRow } from '@/components/next/ItemRow';

function useCurrentTab() {
  const [tab, setTab] = useState<{ url?: string; windowId?: number }>({});
  useEffect(() => {
    currentTabUrl().then(setTab, () => setTab({}));
    // Opening the popup grants activeTab: the background can now read this tab's address for its badge.
    sendMessage('refresh', {}).catch(() => undefined);
  }, []);
  return tab;
}

/** At most three items on the first screen: the next one as a card, two more as rows, then "see all". */
const MORE_ROWS = 2;

export function App() {
  const state = useAppState();
  const tab = useCurrentTab();
  const toast = useToast();
  const now = Date.now();
  const url = tab.url && /^https?:/i.test(tab.url) ? tab.url : undefined;
  const domain = useSiteDomain(url, SITES);
  const site = url ? siteForUrl(url, SITES) : undefined;
  const here = url ? accountsForUrl(url, state.accounts, SITES) : [];
  const next = nextView(state, now);
  const hereIds = new Set(here.map((a) => a.id));
  // The site's own items, less the one the card above already shows.
  const hereItems = next.open.filter((view) => view.accountId !== undefined && hereIds.has(view.accountId) && view.id !== next.lead?.id);
  const leak = next.leaks[0];
  const rest = next.open.filter((view) => view.id !== next.lead?.id && !hereItems.includes(view));

  const openDashboard = (hash = '') => {
    void browser.tabs.create({ url: browser.runtime.getURL(`${DASHBOARD_PAGE}${hash}`) });
    window.close();
  };
  const openPage = (pageUrl: string) => void browser.tabs.create({ url: pageUrl });
  const done = async (view: ItemView) => {
    // Focus moves on to the item that takes this one's place (or the heading, when none is left).
    focusInPlaceOf(view.id, () => document.querySelector('main h1'));
    const undo = await setStatus(view.stateRef, 'done');
    toast.show({ text: t('guide.stateChanged', { step: view.title, status: t('status.done') }), undo });
  };
  const addHere = async () => {
    const draft = site
      ? { ...draftForSite(site), label: pick(site.names) }
      : {
          customName: domain!,
          customDomain: domain!,
          label: domain!,
          category: 'other' as const,
          tier: defaultTier('other'),
          sharedPassword: false,
        };
    // Focus moves to the new account: the site's part now headed "Your steps on ...".
    focusWhen(() => document.querySelector<HTMLElement>('[data-site-accounts] h2'));
    const [added] = await addAccounts([draft]);
    toast.show({ text: t('accounts.added', { name: added!.label }) });
  };
  const beside = (account: Account) => {
    void openSidePanel(tab.windowId);
    void setPanelAccount(account.id);
  };
  const card = (view: ItemView) => (
    <NextCard view={view} headingLevel={leak ? 3 : 2} onDone={() => void done(view)} onOpenPage={openPage} />
  );

  return (
    <main class="page popup-main">
      <div class="spread">
        <h1>{t('popup.title')}</h1>
        <button type="button" class="small" onClick={() => openDashboard(state.accounts.length || leak ? '' : routes.accounts)}>
          {t('common.openDashboard')}
        </button>
      </div>
      <div class="row popup-actions">
        {leak ? (
          <button type="button" class={next.lead ? undefined : 'primary'} onClick={() => openDashboard(routes.leak(leak.incident.id))}>
            {t('next.continue')}
          </button>
        ) : (
          <button type="button" class={next.lead ? undefined : 'primary'} onClick={() => openDashboard(routes.newLeak)}>
            {t('common.hadLeak')}
          </button>
        )}
        <button type="button" class="link emergency-link" onClick={() => openDashboard(routes.emergency)}>
          {t('emergency.link')}
        </button>
        <button type="button" class="link small" onClick={() => openDashboard(routes.section('suspicious'))}>
          {t('scams.popup')}
        </button>
      </div>
      {leak && <LeakLead leak={leak}>{leak.next && card(leak.next)}</LeakLead>}
      {!leak && next.lead && (
        <>
          <p class="muted small calm">{t('next.mostImportant')}</p>
          {card(next.lead)}
        </>
      )}
      {domain && (
        <CurrentSite
          site={site}
          domain={domain}
          accounts={here}
          items={hereItems}
          onAdd={() => void addHere()}
          onDone={(view) => void done(view)}
          onOpenPage={openPage}
          onBeside={beside}
        />
      )}
      {!leak && state.accounts.length === 0 && <p>{t('popup.nothingYet')}</p>}
      {rest.length > 0 && (
        <section aria-labelledby="next-steps">
          <h2 id="next-steps" class="small-heading">
            {t('popup.nextSteps')}
          </h2>
          <ul class="plain">
            {rest.slice(0, MORE_ROWS).map((view) => (
              <ItemRow key={view.id} view={view} onDone={() => void done(view)} onOpenPage={openPage} />
            ))}
          </ul>
          {next.open.length > MORE_ROWS + 1 && (
            <button type="button" class="link" onClick={() => openDashboard(routes.overview)}>
              {t('next.more', { n: next.open.length })}
            </button>
          )}
        </section>
      )}
      {leak && (
        <button type="button" class="link small" onClick={() => openDashboard(routes.newLeak)}>
          {t('next.newLeak')}
        </button>
      )}
      {/* While a leak is open its own progress stands above; the accounts' progress would push the rest down. */}
      {!leak && state.accounts.length > 0 && <ProgressBar label={t('popup.progress')} progress={overallProgress(state, now)} />}
      {toast.view}
    </main>
  );
}
