// The printable report of one leak: report.html#<incidentId>, opened from the leak's page.
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useAppState } from '@/lib/app-state';
import { ReportView } from '@/components/report/ReportView';

const readId = () => decodeURIComponent(location.hash.replace(/^#\/?/, ''));

export function App() {
  const state = useAppState();
  const [id, setId] = useState(readId);
  useEffect(() => {
    const onHash = () => setId(readId());
    addEventListener('hashchange', onHash);
    onHash(); // in case the address changed between the first render and now
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const incident = state.incidents.find((one) => one.id === id);
  useEffect(() => {
    document.title = incident ? `${t('report.title')} · ${incident.source}` : t('report.title');
  }, [incident]);
  if (!incident) {
    return (
      <main class="report">
        <h1>{t('report.title')}</h1>
        <p>{t('report.notFound')}</p>
      </main>
    );
  }
  return <ReportView incident={incident} state={state} now={Date.now()} />;
}
