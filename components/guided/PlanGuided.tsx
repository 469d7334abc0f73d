// A leak's plan, one task at a time (#/leak/<id>/guided/<taskId>). The letter, the message to family, the
// police checklist and the evidence log come with the tasks that need them, so nothing has to be looked for.
import { useEffect, useMemo } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { FULL_CATALOGUE } from '@/data/guides';
import { useGuides } from '@/lib/guides';
import { buildPlan, planTaskStatus } from '@/core/plan';
import { camel } from '@/core/plan/task';
import type { AppState, Incident, StepStatus } from '@/core/model';
import type { PlanTask } from '@/core/plan/types';
import { setTaskStatus, updateIncident } from '@/lib/leak-actions';
import { taskAccount, taskFullTitle, taskHow, taskTitle, taskWhy, tk } from '@/lib/plan-text';
import type { ToastMessage } from '../Toast';
import { statusText } from '../guide/StatusTag';
import { DueLine } from '../leak/TaskItem';
import { TaskAids } from '../leak/TaskAids';
import { PlanFinish } from './PlanFinish';
import { FINISH, GuidedWalk, rememberPosition, startPosition, type GuidedStep } from './GuidedWalk';
import { guidedHref, guidedOrder } from './plan-order';
import { priorityItems } from '@/lib/pending';
import { nextForIncident, taskOf } from '@/core/priority';
import { routes } from '@/core/routes';

interface Props {
  incident: Incident;
  state: AppState;
  /** The position from the address, if any. */
  position: string | undefined;
  showToast: (toast: ToastMessage) => void;
}

export function PlanGuided({ incident, state, position, showToast }: Props) {
  const now = Date.now();
  // Each lock-down step shows its site's own how-to: the guides of the accounts the plan may name load first.
  const ready = useGuides(state.accounts.filter((account) => incident.accountIds.includes(account.id) || account.sharedPassword));
  const tasks = useMemo(() => guidedOrder(buildPlan(incident, state, FULL_CATALOGUE)), [incident, state, ready]);
  const walk = `leak.${incident.id}`;
  const steps: GuidedStep[] = tasks.map((task) => {
    const info = planTaskStatus(task, incident, state, now);
    const account = task.accountStep ? taskAccount(task) : undefined;
    return {
      id: task.id,
      title: taskTitle(task),
      context: account ?? tk(`plan.phase.${camel(task.phase)}`),
      how: taskHow(task),
      why: taskWhy(task),
      minutes: task.minutes,
      url: task.url,
      status: info.status,
      state: info.state,
      meta: <DueLine task={task} info={info} />,
      extra: <TaskAids task={task} incident={incident} state={state} showToast={showToast} inline />,
    };
  });
  // It starts where every other surface points: the one priority's first item for this leak.
  const first = taskOf(nextForIncident(priorityItems(state, now), incident.id, now), incident.id, tasks)?.id;
  const shown = position ?? startPosition(steps, rememberPosition.read(walk), first);
  // The address always carries the position, so a reload or a bookmark resumes here.
  useEffect(() => {
    if (!position) location.replace(guidedHref(incident.id, shown));
    rememberPosition.write(walk, shown);
  }, [position, shown, incident.id, walk]);
  const closeLeak = async () => {
    const undo = await updateIncident(incident, { closedAt: Date.now() });
    showToast({ text: t('leak.header.closed'), undo });
  };
  const set = async (task: PlanTask, status: StepStatus, extra?: { until?: number }) => {
    const undo = await setTaskStatus(incident, task, status, extra);
    const label = statusText(status === 'pending' ? 'open' : status, { status, at: Date.now(), ...extra });
    showToast({ text: t('leak.task.changed', { task: taskFullTitle(task), status: label }), undo });
  };
  return (
    <GuidedWalk
      title={t('guided.planTitle', { source: incident.source })}
      steps={steps}
      position={shown}
      exitHref={routes.leak(incident.id)}
      laterDays={3}
      now={now}
      onSet={(step, status, extra) => {
        const task = tasks.find((one) => one.id === step.id);
        if (task) void set(task, status, extra);
      }}
      onMove={(next) => {
        location.hash = guidedHref(incident.id, next);
      }}
      finish={
        <PlanFinish
          incident={incident}
          tasks={tasks}
          state={state}
          now={now}
          onCloseLeak={() => void closeLeak()}
          headingLevel={3}
          onResume={() => {
            location.hash = guidedHref(incident.id, steps.find((s) => s.status === 'open')?.id ?? FINISH);
          }}
        />
      }
    />
  );
}
