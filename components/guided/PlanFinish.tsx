// The end of a leak's plan: what was achieved and what comes next (the report, marking the leak dealt with).
import { t } from '@/lib/i18n';
import { planTaskStatus } from '@/core/plan';
import type { AppState, Incident } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { taskAccount, taskTitle } from '@/lib/plan-text';
import { Finish } from './Finish';

interface Props {
  incident: Incident;
  tasks: PlanTask[];
  state: AppState;
  now: number;
  /** Marks the leak as dealt with (the page's container writes it). */
  onCloseLeak: () => void;
  onResume?: () => void;
  headingLevel?: 2 | 3;
}

export function PlanFinish({ incident, tasks, state, now, onCloseLeak, onResume, headingLevel }: Props) {
  const items = tasks.map((task) => {
    const info = planTaskStatus(task, incident, state, now);
    const group = task.accountStep ? taskAccount(task) : undefined;
    return { id: task.id, title: taskTitle(task), status: info.status, state: info.state, group };
  });
  const open = incident.closedAt === undefined;
  return (
    <Finish
      items={items}
      completeTitle={t('finish.planTitle')}
      completeLead={t('finish.planLead', { source: incident.source })}
      checkup={state.settings.reminders.checkup}
      now={now}
      onResume={onResume}
      headingLevel={headingLevel}
      next={
        <>
          <li>
            {t('finish.report')}{' '}
            <a href={`report.html#${incident.id}`} target="_blank" rel="noopener">
              {t('leak.header.print')}
            </a>
          </li>
          {open && (
            <li>
              {t('finish.closeLeak')}{' '}
              <button type="button" onClick={onCloseLeak}>
                {t('leak.header.close')}
              </button>
            </li>
          )}
        </>
      }
    />
  );
}
