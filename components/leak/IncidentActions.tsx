// Looking after one leak, apart from the plan: edit its details, print the report, export, mark it dealt with,
// delete it. Deleting asks first, and can be undone from the toast.
import { useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { incidentExport } from '@/core/plan/timeline';
import { toDateInput } from '@/core/format';
import type { AppState, Incident } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { downloadText } from '@/lib/download';
import { deleteIncident, updateIncident } from '@/lib/leak-actions';
import type { ToastMessage } from '../Toast';
import { ConfirmDialog } from './ConfirmDialog';
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
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const exportJson = () => {
    const now = Date.now();
    downloadText(
      `afterleak-leak-${toDateInput(incident.discoveredAt)}-${incident.id}.json`,
      JSON.stringify(incidentExport(incident, tasks, state, now), null, 2),
    );
  };
  const toggleClosed = async () => {
    const undo = await updateIncident(incident, { closedAt: open ? Date.now() : undefined });
    showToast({ text: open ? t('leak.header.closed') : t('leak.header.reopened'), undo });
  };
  const remove = async () => {
    setConfirming(false);
    const undo = await deleteIncident(incident.id, evidenceIds);
    location.hash = routes.leaks;
    showToast({ text: t('leak.header.deleted'), undo });
  };
  return (
    <section aria-labelledby="manage-title" class="manage no-print">
      <h2 id="manage-title">{t('planPage.manage')}</h2>
      <div class="row" role="group" aria-label={t('leak.header.actions')}>
        <a class="button" href={routes.editLeak(incident.id)}>
          {t('leak.header.edit')}
        </a>
        <a class="button" href={`report.html#${incident.id}`} target="_blank" rel="noopener">
          {t('leak.header.print')}
        </a>
        <button type="button" onClick={exportJson}>
          {t('leak.header.export')}
        </button>
        <button type="button" onClick={() => void toggleClosed()}>
          {open ? t('leak.header.close') : t('leak.header.reopen')}
        </button>
        <button type="button" ref={deleteButton} class="danger" onClick={() => setConfirming(true)}>
          {t('leak.header.delete')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          id="confirm-delete"
          title={t('planPage.deleteTitle', { source: incident.source })}
          confirmLabel={t('planPage.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirming(false);
            deleteButton.current?.focus();
          }}
        >
          <p>{t('planPage.deleteBody', { tasks: tasks.length, evidence: evidenceIds.length })}</p>
          <p class="small muted">{t('planPage.deleteUndo')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
