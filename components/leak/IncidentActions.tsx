// Edit, export, print, close and delete one leak. Deleting can be undone from the toast.
import { t } from '@/lib/i18n';
import { incidentExport } from '@/core/plan/timeline';
import { toDateInput } from '@/core/format';
import type { AppState, Incident } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { downloadText } from '@/lib/download';
import { deleteIncident, updateIncident } from '@/lib/leak-actions';
import type { ToastMessage } from '../Toast';
import { routes } from '@/core/routes';

interface Props {
  incident: Incident;
  tasks: PlanTask[];
  state: AppState;
  evidenceIds: string[];
  showToast: (toast: ToastMessage) => void;
}

export function IncidentActions({ incident, tasks, state, evidenceIds, showToast }: Props) {
  const open = incident.closedAt === undefined;
  const exportJson = () => {
    const now = Date.now();
    downloadText(`afterleak-leak-${toDateInput(incident.discoveredAt)}-${incident.id}.json`, JSON.stringify(incidentExport(incident, tasks, state, now), null, 2));
  };
  const toggleClosed = async () => {
    const undo = await updateIncident(incident, { closedAt: open ? Date.now() : undefined });
    showToast({ text: open ? t('leak.header.closed') : t('leak.header.reopened'), undo });
  };
  const remove = async () => {
    const undo = await deleteIncident(incident.id, evidenceIds);
    location.hash = routes.leaks;
    showToast({ text: t('leak.header.deleted'), undo });
  };
  return (
    <div class="row no-print" role="group" aria-label={t('leak.header.actions')}>
      <a class="button" href={routes.editLeak(incident.id)}>{t('leak.header.edit')}</a>
      <a class="button" href={`report.html#${incident.id}`} target="_blank" rel="noopener">{t('leak.header.print')}</a>
      <button type="button" onClick={exportJson}>{t('leak.header.export')}</button>
      <button type="button" onClick={() => void toggleClosed()}>{open ? t('leak.header.close') : t('leak.header.reopen')}</button>
      <button type="button" onClick={() => void remove()}>{t('leak.header.delete')}</button>
    </div>
  );
}
