import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { useLoaded } from '@/lib/app-state';
import { removeQuarantined, restore, restoreKeptAside, updateSettings } from '@/lib/storage-writes';
import { keptAsideOrigin } from '@/core/state';
import { downloadText } from '@/lib/download';
import { useHashRoute } from '@/components/options/useHashRoute';
import { focusElement, focusPending, focusSoon } from '@/components/focus';
import { lazySection } from '@/components/lazy';
import { useToast } from '@/components/Toast';
import { Overview } from '@/components/overview/Overview';
import { routes } from '@/core/routes';
import { openIncidents } from '@/core/priority';
import { NewLeakNotice } from '@/components/next/NewLeakNotice';
import { leakName } from '@/lib/next';

// Each section's code loads when it is first opened (issue 13: the page's first paint carries the overview only).
const AccountsPage = lazySection(() => import('@/components/accounts/AccountsPage').then((m) => m.AccountsPage));
const AccountDetail = lazySection(() => import('@/components/accounts/AccountDetail').then((m) => m.AccountDetail));
const SuspiciousPage = lazySection(() => import('@/components/scams/SuspiciousPage').then((m) => m.SuspiciousPage));
const LeakSection = lazySection(() => import('@/components/leak/LeakSection').then((m) => m.LeakSection));
const SettingsPage = lazySection(() => import('@/components/settings/SettingsPage').then((m) => m.SettingsPage));
const BackupPage = lazySection(() => import('@/components/backup/BackupPage').then((m) => m.BackupPage));
const RecoveryMapPage = lazySection(() => import('@/components/recovery/RecoveryMapPage').then((m) => m.RecoveryMapPage));
const Welcome = lazySection(() => import('@/components/welcome/Welcome').then((m) => m.Welcome));
const EmergencyPage = lazySection(() => import('@/components/emergency/EmergencyPage').then((m) => m.EmergencyPage));
// Only when something was set aside or cannot be read, which is rare.
const StorageProblems = lazySection(() => import('@/components/StorageProblems').then((m) => m.StorageProblems));
/** The evidence log's writer, for the suspicious-contact form: loaded with the form's first save. */
const putEvidence: typeof import('@/lib/leak-actions').putEvidence = (...args) =>
  import('@/lib/leak-actions').then((m) => m.putEvidence(...args));

const SECTIONS: { id: string; label: MessageKey }[] = [
  { id: 'overview', label: 'options.overview' },
  { id: 'accounts', label: 'options.accounts' },
  { id: 'map', label: 'recovery.map.nav' },
  // Not in the navigation: opened from the popup and from a plan's "What to expect".
  { id: 'suspicious', label: 'scams.form.title' },
  { id: 'leak', label: 'options.leak' },
  { id: 'settings', label: 'options.settings' },
  { id: 'backup', label: 'options.backup' },
];

export function App() {
  const { state, quarantine, invalid } = useLoaded();
  const route = useHashRoute();
  // Two pages outside the navigation: the first-run welcome and the emergency card.
  const special = route[0] === 'welcome' || route[0] === 'emergency' ? route[0] : undefined;
  const section = SECTIONS.find((s) => s.id === route[0])?.id ?? (special ? '' : 'overview');
  const current = SECTIONS.find((s) => s.id === section) ?? {
    id: special ?? 'overview',
    label: special === 'welcome' ? 'welcome.title' : 'emergency.title',
  };
  const openLeak = openIncidents(state)[0];
  const toast = useToast();
  const account = section === 'accounts' ? state.accounts.find((a) => a.id === route[1]) : undefined;
  useEffect(() => {
    document.title = `${t(current.label)} · ${t('common.appName')}`;
  }, [current]);
  // A new page: an earlier action's toast goes, and focus starts at the page's heading (an account's
  // guide, for an account) unless the action that opened it asked for something more exact.
  const routeKey = route.join('/');
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    toast.leave();
    // The new page (or the action that opened it) may already have put focus somewhere exact.
    const main = document.querySelector('main');
    if (focusPending() || (main?.contains(document.activeElement) && document.activeElement !== main)) return;
    // An account's page loads its guide on demand: focus waits for the guide's heading.
    if (account) return focusSoon(`guide-${account.id}`);
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) focusElement(heading);
  }, [routeKey]);
  return (
    <div class="layout">
      <nav aria-label={t('options.nav')}>
        <p>
          <strong>{t('common.appName')}</strong>
        </p>
        {SECTIONS.filter((s) => s.id !== 'suspicious').map((s) => (
          <a key={s.id} href={routes.section(s.id)} aria-current={s.id === section ? 'page' : undefined}>
            {t(s.label)}
          </a>
        ))}
      </nav>
      <main>
        {(quarantine.length > 0 || invalid.length > 0) && (
          <StorageProblems
            items={quarantine}
            unreadable={invalid}
            onExport={() =>
              downloadText('afterleak-kept-aside.json', JSON.stringify({ keptAside: quarantine, unreadable: invalid }, null, 2))
            }
            onRestore={(key) =>
              void restoreKeptAside(key).then((written) => {
                if (written.length) toast.show({ text: t('safeKeeping.restored', { name: keptAsideOrigin(key) }) });
              })
            }
            onDiscard={(key) =>
              void removeQuarantined(key).then((taken) => {
                toast.show({ text: t('safeKeeping.discarded', { name: keptAsideOrigin(key) }), undo: () => restore(taken) });
              })
            }
          />
        )}
        {special !== 'emergency' && <h1>{t(current.label)}</h1>}
        {special === 'welcome' && (
          <Welcome
            settings={state.settings}
            onLanguage={(language) => void updateSettings((s) => ({ ...s, language }))}
            onRegion={(region) => void updateSettings((s) => ({ ...s, region }))}
          />
        )}
        {special === 'emergency' && <EmergencyPage openLeak={openLeak} setting={state.settings.region} uiLanguage={navigator.language} />}
        {section === 'overview' && <Overview state={state} />}
        {section === 'accounts' && !account && <AccountsPage state={state} uiLanguage={navigator.language} showToast={toast.show} />}
        {section === 'accounts' && account && (
          <AccountDetail
            account={account}
            state={state}
            editing={route[2] === 'edit'}
            showToast={toast.show}
            onRemoved={() => {
              location.hash = routes.accounts;
            }}
          />
        )}
        {section === 'map' && <RecoveryMapPage state={state} />}
        {section === 'leak' && route[1] === 'new' && <NewLeakNotice open={openLeak} name={openLeak && leakName(openLeak)} />}
        {section === 'suspicious' && (
          <SuspiciousPage
            state={state}
            incidentId={route[1]}
            onSave={async (item) => {
              await putEvidence(item, undefined);
            }}
          />
        )}
        {section === 'leak' && <LeakSection route={route.slice(1)} state={state} uiLanguage={navigator.language} showToast={toast.show} />}
        {section === 'settings' && <SettingsPage state={state} onChange={(change) => void updateSettings(change)} />}
        {section === 'backup' && <BackupPage state={state} showToast={toast.show} />}
      </main>
      {toast.view}
    </div>
  );
}
