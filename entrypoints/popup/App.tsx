// The popup computed from the whole state: the same screen as the ready-made view (Popup.tsx), plus the part
// for the website in the tab.
import { useEffect, useState } from 'preact/hooks';
import { pick, t, currentLanguage, loadHowLines } from '@/lib/i18n';
import { useAppState } from '@/lib/app-state';
import { addAccounts } from '@/lib/actions';
import { setPanelAccount } from '@/lib/storage';
import { nextView } from '@/lib/next';
import { priorityItems } from '@/lib/pending';
import { buildPopupView } from '@/lib/popup-view';
import { currentTabUrl, openSidePanel } from '@/lib/tabs';
import { defaultTier, draftForSite } from '@/core/accounts';
import type { Account } from '@/core/model';
import { accountsForUrl, siteForUrl } from '@/core/sites';
import { useSiteDomain } from '@/lib/domains';
import { CATALOGUE, sites } from '@/data/catalogue';
import type { StepHowLines } from '@/data/schema';
import { useToast } from '@/components/Toast';
import { focusWhen } from '@/components/focus';
import { CurrentSite } from '@/components/popup/CurrentSite';
import { Popup } from './Popup';
import { popupActions } from './actions';

function useCurrentTab() {
  const [tab, setTab] = useState<{ url?: string; windowId?: number }>({});
  useEffect(() => {
    currentTabUrl().then(setTab, () => setTab({}));
  }, []);
  return tab;
}

/** The first line of each catalogue step's how-to, for the cards; they show without it until it is read. */
function useHowLines() {
  const [lines, setLines] = useState<StepHowLines>();
  useEffect(() => {
    loadHowLines(currentLanguage()).then(setLines, () => undefined);
  }, []);
  return lines;
}

export function App() {
  const state = useAppState();
  const howLines = useHowLines();
  const tab = useCurrentTab();
  const toast = useToast();
  const actions = popupActions(toast.show);
  const now = Date.now();
  const url = tab.url && /^https?:/i.test(tab.url) ? tab.url : undefined;
  const domain = useSiteDomain(url, sites());
  const site = url ? siteForUrl(url, sites()) : undefined;
  const here = url ? accountsForUrl(url, state.accounts, sites()) : [];
  const items = priorityItems(state, now);
  const next = nextView(state, now, items);
  const view = buildPopupView(state, now, { lang: currentLanguage(), revision: '', items, catalogue: CATALOGUE, next, howLines });
  const hereIds = new Set(here.map((a) => a.id));
  // The site's own items, less the one the card above already shows.
  const leadId = view.leak?.next?.id ?? view.leadId;
  const hereItems = next.open.filter((item) => item.accountId !== undefined && hereIds.has(item.accountId) && item.id !== leadId);

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
  const section = domain && (
    <CurrentSite
      site={site}
      domain={domain}
      accounts={here}
      items={hereItems}
      onAdd={() => void addHere()}
      onDone={actions.onDone}
      onOpenPage={actions.onOpenPage}
      onBeside={beside}
    />
  );
  return (
    <Popup
      view={view}
      site={section ? { section, itemIds: new Set(hereItems.map((item) => item.id)) } : undefined}
      toast={toast.view}
      {...actions}
    />
  );
}
