// The plan in its four phases. Lock-down tasks are grouped by account, with why that account comes where it does.
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { isClosed } from '@/core/guide';
import { PHASES, planTaskStatus } from '@/core/plan';
import { camel } from '@/core/plan/task';
import type { AppState, Incident, StepStatus } from '@/core/model';
import type { PlanPhase, PlanTask } from '@/core/plan/types';
import { setTaskNote, setTaskStatus } from '@/lib/leak-actions';
import { priorityItems } from '@/lib/pending';
import { nextForIncident, taskOf } from '@/core/priority';
import { taskFullTitle, tk, tr } from '@/lib/plan-text';
import { HideFinished } from '../HideFinished';
import type { ToastMessage } from '../Toast';
import { statusText } from '../guide/StatusTag';
import { TaskItem, domId } from './TaskItem';
import { PoliceChecklist } from './PoliceChecklist';
import { WhatToExpect } from '../scams/WhatToExpect';
import { PlanRecoveryNotes } from '../recovery/PlanRecoveryNotes';
import { routes } from '@/core/routes';

interface Props {
  incident: Incident;
  tasks: PlanTask[];
  state: AppState;
  now: number;
  showToast: (toast: ToastMessage) => void;
}

interface Group {
  accountId?: string;
  tasks: PlanTask[];
}

/** Consecutive tasks of one account form a group; other tasks stand alone. */
function groupByAccount(tasks: PlanTask[]): Group[] {
  const groups: Group[] = [];
  for (const task of tasks) {
    const accountId = task.accountStep?.accountId;
    const last = groups.at(-1);
    if (accountId && last?.accountId === accountId) last.tasks.push(task);
    else groups.push(accountId ? { accountId, tasks: [task] } : { tasks: [task] });
  }
  return groups;
}

export function PlanView({ incident, tasks, state, now, showToast }: Props) {
  const [hideFinished, setHideFinished] = useState(false);
  const set = async (task: PlanTask, status: StepStatus, extra?: { until?: number }) => {
    const undo = await setTaskStatus(incident, task, status, extra);
    const shown = status === 'pending' ? 'open' : status;
    showToast({ text: t('leak.task.changed', { task: taskFullTitle(task), status: statusText(shown, { status, at: Date.now(), ...extra }) }), undo });
  };
  const note = async (task: PlanTask, text: string) => {
    const undo = await setTaskNote(incident, task, text);
    showToast({ text: t('leak.task.noteSaved'), undo });
  };
  const item = (task: PlanTask, level: 4 | 5) => (
    <TaskItem key={task.id} task={task} info={planTaskStatus(task, incident, state, now)} now={now} headingLevel={level}
      onSet={(status, extra) => void set(task, status, extra)} onNote={(text) => void note(task, text)}>
      {task.id === 'police' && <PoliceChecklist incident={incident} />}
    </TaskItem>
  );
  const phaseSection = (phase: PlanPhase) => {
    const inPhase = tasks.filter((task) => task.phase === phase);
    if (!inPhase.length) return null;
    const open = inPhase.filter((task) => !isClosed(planTaskStatus(task, incident, state, now).status));
    const closed = inPhase.length - open.length;
    const shown = hideFinished ? open : inPhase;
    return (
      <section key={phase} aria-labelledby={`phase-${phase}`} class="phase">
        <div class="spread">
          <h3 id={`phase-${phase}`}>{tk(`plan.phase.${camel(phase)}`)}</h3>
          <span class="small muted">{t('leak.progress', { closed, total: inPhase.length })}</span>
        </div>
        {closed === inPhase.length && <p class="small tag ok">✓ {t('leak.plan.allDone')}</p>}
        <ol class="plain">
          {groupByAccount(shown).map((group) =>
            group.accountId ? (
              <li key={group.accountId} class="account-group" aria-labelledby={`group-${group.accountId}`}>
                <h4 id={`group-${group.accountId}`}>{String(group.tasks[0]!.title.vars?.account ?? '')}</h4>
                {group.tasks[0]!.why && <p class="small">{tr(group.tasks[0]!.why)}</p>}
                <p class="small muted">
                  <a href={routes.account(group.accountId)}>{t('leak.plan.mirrors', { account: String(group.tasks[0]!.title.vars?.account ?? '') })}</a>
                </p>
                <ol class="plain">{group.tasks.map((task) => item(task, 5))}</ol>
              </li>
            ) : (
              group.tasks.map((task) => item(task, 4))
            ),
          )}
        </ol>
      </section>
    );
  };
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('leak.plan.title')}</h2>
      <p class="muted">{t('leak.plan.calm')}</p>
      <NextStep tasks={tasks} incident={incident} state={state} now={now} />
      <HideFinished id="hide-finished-tasks" checked={hideFinished} onChange={setHideFinished} />
      <PlanRecoveryNotes incident={incident} state={state} now={now} />
      {PHASES.map(phaseSection)}
      <WhatToExpect incident={incident} />
    </section>
  );
}

/** The one obvious next thing to do: this leak's first item in the one priority, with a way to jump to it. */
function NextStep({ tasks, incident, state, now }: Pick<Props, 'tasks' | 'incident' | 'state' | 'now'>) {
  const next = taskOf(nextForIncident(priorityItems(state, now), incident.id, now), incident.id, tasks);
  if (!next) return null;
  const goTo = () => {
    document.getElementById(domId(next))?.scrollIntoView({ block: 'start' });
    document.getElementById(`${domId(next)}-title`)?.focus();
  };
  return (
    <p class="notice next-step">
      <strong>{t('leak.plan.next')}</strong> {taskFullTitle(next)}{' '}
      <button type="button" class="link" onClick={goTo}>{t('leak.plan.goTo')}</button>
    </p>
  );
}
