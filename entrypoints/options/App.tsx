import { useEffect } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n';
import { useLoaded } from '@/lib/app-state';
import { removeQuarantined, updateSettings } from '@/lib/storage';
import { downloadText } from '@/lib/download';
import { LanguagePicker } from '@/components/LanguagePicker';
import { RegionPicker } from '@/components/settings/RegionPicker';
import { useHashRoute } from '@/components/options/useHashRoute';
import { ReminderSettings } from '@/components/settings/ReminderSettings';
import { StorageProblems } from '@/components/StorageProblems';
import { useToast } from '@/components/Toast';
import { AccountsPage } from '@/components/accounts/AccountsPage';
import { AccountDetail } from '@/components/accounts/AccountDetail';
import { Overview } from '@/components/overview/Overview';
import { LeakSection } from '@/components/leak/LeakSection';
import { BackupPage } from '@/components/backup/BackupPage';
import { RecoveryMapPage } from '@/components/recovery/RecoveryMapPage';
import { SuspiciousPage } from '@/components/scams/SuspiciousPage';
import { putEvidence } from '@/lib/leak-actions';
import { routes } from '@/core/routes';
import { effectiveRegion } from '@/core/accounts';
import { Welcome } from '@/components/welcome/Welcome';
import { EmergencyCard } from '@/components/emergency/EmergencyCard';
import { openIncidents } from '@/core/priority';
import { NewLeakNotice } from '@/components/next/NewLeakNotice';
import { leakName } from '@/lib/next';

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
  const { state, quarantine } = useLoaded();
  const route = useHashRoute();
  // Two pages outside the navigation: the first-run welcome and the emergency card.
  const special = route[0] === 'welcome' || route[0] === 'emergency' ? route[0] : undefined;
  const section = SECTIONS.find((s) => s.id === route[0])?.id ?? (special ? '' : 'overview');
  const current = SECTIONS.find((s) => s.id === section) ?? { id: special ?? 'overview', label: special === 'welcome' ? 'welcome.title' : 'emergency.title' };
  const openLeak = openIncidents(state)[0];
  const toast = useToast();
  const account = section === 'accounts' ? state.accounts.find((a) => a.id === route[1]) : undefined;
  useEffect(() => {
    document.title = `${t(current.label)} · ${t('common.appName')}`;
  }, [current]);
  return (
    <div class="layout">
      <nav aria-label={t('options.nav')}>
        <p><strong>{t('common.appName')}</strong></p>
        {SECTIONS.filter((s) => s.id !== 'suspicious').map((s) => (
          <a key={s.id} href={routes.section(s.id)} aria-current={s.id === section ? 'page' : undefined}>{t(s.label)}</a>
        ))}
      </nav>
      <main>
        <StorageProblems
          items={quarantine}
          onExport={() => downloadText('afterleak-kept-aside.json', JSON.stringify(quarantine, null, 2))}
          onDiscard={(key) => void removeQuarantined(key)}
        />
        {special !== 'emergency' && <h1>{t(current.label)}</h1>}
        {special === 'welcome' && (
          <Welcome settings={state.settings} onLanguage={(language) => void updateSettings((s) => ({ ...s, language }))}
            onRegion={(region) => void updateSettings((s) => ({ ...s, region }))} />
        )}
        {special === 'emergency' && (
          <EmergencyCard headingLevel={1} region={openLeak?.region ?? effectiveRegion(state.settings.region, navigator.language)}
            leakOpen={openLeak !== undefined} planHref={openLeak ? routes.leak(openLeak.id) : routes.newLeak} />
        )}
        {section === 'overview' && <Overview state={state} />}
        {section === 'accounts' && !account && <AccountsPage state={state} uiLanguage={navigator.language} showToast={toast.show} />}
        {section === 'accounts' && account && (
          <AccountDetail account={account} state={state} showToast={toast.show} onRemoved={() => { location.hash = routes.accounts; }} />
        )}
        {section === 'map' && <RecoveryMapPage state={state} />}
        {section === 'leak' && route[1] === 'new' && <NewLeakNotice open={openLeak} name={openLeak && leakName(openLeak)} />}
        {section === 'suspicious' && <SuspiciousPage state={state} incidentId={route[1]} onSave={async (item) => { await putEvidence(item, undefined); }} />}
        {section === 'leak' && <LeakSection route={route.slice(1)} state={state} uiLanguage={navigator.language} showToast={toast.show} />}
        {section === 'settings' && (
          <LanguagePicker
            value={state.settings.language}
            onChange={(language) => void updateSettings((s) => ({ ...s, language }))}
          />
        )}
        {section === 'settings' && (
          <RegionPicker value={state.settings.region} onChange={(region) => void updateSettings((s) => ({ ...s, region }))} />
        )}
        {section === 'settings' && <ReminderSettings state={state} />}
        {section === 'backup' && <BackupPage state={state} showToast={toast.show} />}
      </main>
      {toast.view}
    </div>
  );
}
