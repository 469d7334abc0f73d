// The plan as a plan: the next task as a card at the top with its primary action (or the finish once nothing is
// left), then the four phases, the one being worked on open and the others folded to their counts. Lock-down
// tasks are grouped by account, with why that account comes where it does.
import { useEffect, useState } from 'preact/hooks';
import { t, currentLanguage } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import { isClosed } from '@/core/guide';
import { PHASES, planTaskStatus } from '@/core/plan';
import { camel } from '@/core/plan/task';
import type { AppState, Incident, StepStatus } from '@/core/model';
import type { PlanPhase, PlanTask } from '@/core/plan/types';
import { setTaskNote, setTaskStatus, updateIncident } from '@/lib/leak-actions';
import { taskAccount, taskFullTitle, taskHow, taskTitle, tk, tr } from '@/lib/plan-text';
import { HideFinished } from '../HideFinished';
import type { ToastMessage } from '../Toast';
import { statusText } from '../guide/StatusTag';
import { PlanFinish } from '../guided/PlanFinish';
import { guidedHref, guidedOrder } from '../guided/plan-order';
import { priorityItems } from '@/lib/pending';
import { nextForIncident, taskOf } from '@/core/priority';
import { WhatToExpect } from '../scams/WhatToExpect';
import { PlanRecoveryNotes } from '../recovery/PlanRecoveryNotes';
import { routes } from '@/core/routes';
import { DueLine, TaskItem, domId } from './TaskItem';
import { TaskAids } from './TaskAids';
import { FINISH_TITLE, firstControl, focusWhen } from '../focus';
import { StepActions } from '../guide/StepActions';
import { LangText } from '../LangText';

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
  const [expanded, setExpanded] = useState<Partial<Record<PlanPhase, boolean>>>({});
  const [focusTask, setFocusTask] = useState<string | undefined>();
  const status = (task: PlanTask) => planTaskStatus(task, incident, state, now);
  // The same first item as the popup, the Overview, the badge and the notification: the one priority's.
  const next = taskOf(nextForIncident(priorityItems(state, now), incident.id, now), incident.id, tasks);
  const openTasks = tasks.filter((task) => !isClosed(status(task).status));
  // The phase being worked on is open; the others fold to their counts until the user opens them.
  const currentPhase = next?.phase ?? guidedOrder(openTasks)[0]?.phase;
  const isExpanded = (phase: PlanPhase) => expanded[phase] ?? phase === currentPhase;
  useEffect(() => {
    if (!focusTask) return;
    const task = tasks.find((one) => one.id === focusTask);
    if (task) {
      document.getElementById(domId(task))?.scrollIntoView({ block: 'start' });
      document.getElementById(`${domId(task)}-title`)?.focus();
    }
    setFocusTask(undefined);
  }, [focusTask, tasks]);
  const closeLeak = async () => {
    const undo = await updateIncident(incident, { closedAt: Date.now() });
    showToast({ text: t('leak.header.closed'), undo });
  };
  const set = async (task: PlanTask, to: StepStatus, extra?: { until?: number }) => {
    const undo = await setTaskStatus(incident, task, to, extra);
    const shown = to === 'pending' ? 'open' : to;
    showToast({
      text: t('leak.task.changed', { task: taskFullTitle(task), status: statusText(shown, { status: to, at: Date.now(), ...extra }) }),
      undo,
    });
  };
  /** Focus moves on to what an answer produced: from the next-task card, the card's new task (its first
   *  control); from the list, the next open task's first control; when nothing is left, the finish. A
   *  reopened task keeps focus on its own buttons. */
  const focusAfter = (task: PlanTask, to: StepStatus, from: 'card' | 'list') => {
    const actions = (element: Element | null | undefined) => firstControl(element?.querySelector('.step-actions'));
    let waited = 0;
    const finishOr = (other: () => HTMLElement | null) => document.getElementById(FINISH_TITLE) ?? (++waited > 10 ? other() : null);
    if (to === 'pending') {
      focusWhen(() => {
        const element = document.getElementById(domId(task));
        return element?.classList.contains('closed') ? null : actions(element);
      });
    } else if (from === 'card') {
      focusWhen(() => {
        const card = document.querySelector<HTMLElement>('.next-step');
        if (card?.dataset.task === task.id) return null; // not re-rendered yet
        return document.getElementById(FINISH_TITLE) ?? actions(card) ?? document.getElementById('next-step-title');
      });
    } else {
      const order = PHASES.flatMap((phase) => tasks.filter((one) => one.phase === phase));
      const at = order.indexOf(task);
      const next = [...order.slice(at + 1), ...order.slice(0, at)].find((one) => status(one).status === 'open');
      if (next) {
        setExpanded((was) => ({ ...was, [next.phase]: true }));
        focusWhen(() => actions(document.getElementById(domId(next))));
      } else focusWhen(() => finishOr(() => document.getElementById('next-step-title')));
    }
  };
  const note = async (task: PlanTask, text: string) => {
    const undo = await setTaskNote(incident, task, text);
    showToast({ text: t('leak.task.noteSaved'), undo });
  };
  const goTo = (task: PlanTask) => {
    setExpanded((was) => ({ ...was, [task.phase]: true }));
    setFocusTask(task.id);
  };
  const item = (task: PlanTask, level: 4 | 5) => (
    <TaskItem
      key={task.id}
      task={task}
      info={status(task)}
      headingLevel={level}
      onSet={(to, extra) => {
        void set(task, to, extra);
        focusAfter(task, to, 'list');
      }}
      onNote={(text) => void note(task, text)}
    >
      <TaskAids task={task} incident={incident} />
    </TaskItem>
  );
  const phaseSection = (phase: PlanPhase) => {
    const inPhase = tasks.filter((task) => task.phase === phase);
    if (!inPhase.length) return null;
    const closed = inPhase.filter((task) => isClosed(status(task).status)).length;
    const shown = hideFinished ? inPhase.filter((task) => !isClosed(status(task).status)) : inPhase;
    const open = isExpanded(phase);
    const listId = `phase-${phase}-tasks`;
    return (
      <section key={phase} aria-labelledby={`phase-${phase}`} class="phase">
        <h3 id={`phase-${phase}`} class="phase-title">
          <button
            type="button"
            class="phase-toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setExpanded((was) => ({ ...was, [phase]: !open }))}
          >
            <span aria-hidden="true" class="chevron">
              {open ? '▾' : '▸'}
            </span>
            <span>{tk(`plan.phase.${camel(phase)}`)}</span>
            <span class="small muted phase-count">
              {closed === inPhase.length ? `✓ ${t('leak.plan.allDone')}` : t('leak.progress', { closed, total: inPhase.length })}
            </span>
          </button>
        </h3>
        <div id={listId} hidden={!open}>
          {open && (
            <ol class="plain">
              {groupByAccount(shown).map((group) =>
                group.accountId ? (
                  <li key={group.accountId} class="account-group" aria-labelledby={`group-${group.accountId}`}>
                    <h4 id={`group-${group.accountId}`}>
                      <LangText text={taskAccount(group.tasks[0]!)} />
                    </h4>
                    {group.tasks[0]!.why && <p class="small">{tr(group.tasks[0]!.why)}</p>}
                    <p class="small muted">
                      <a href={routes.account(group.accountId)}>
                        <LangText text={t('leak.plan.mirrors', { account: taskAccount(group.tasks[0]!) })} />
                      </a>
                    </p>
                    <ol class="plain">{group.tasks.map((task) => item(task, 5))}</ol>
                  </li>
                ) : (
                  group.tasks.map((task) => item(task, 4))
                ),
              )}
            </ol>
          )}
        </div>
      </section>
    );
  };
  const closedCount = tasks.length - openTasks.length;
  return (
    <section aria-labelledby="plan-title">
      <div class="spread">
        <h2 id="plan-title">{t('leak.plan.title')}</h2>
        <span class="small">{t('leak.progress', { closed: closedCount, total: tasks.length })}</span>
      </div>
      {openTasks.length === 0 ? (
        <PlanFinish incident={incident} tasks={tasks} state={state} now={now} onCloseLeak={() => void closeLeak()} />
      ) : (
        <>
          <p class="muted">{t('leak.plan.calm')}</p>
          {next ? (
            <NextTask
              task={next}
              incident={incident}
              state={state}
              now={now}
              onSet={(to, extra) => {
                void set(next, to, extra);
                focusAfter(next, to, 'card');
              }}
              onGoTo={() => goTo(next)}
            />
          ) : (
            <Waiting tasks={openTasks} incident={incident} state={state} now={now} />
          )}
        </>
      )}
      <HideFinished id="hide-finished-tasks" checked={hideFinished} onChange={setHideFinished} />
      <PlanRecoveryNotes incident={incident} state={state} now={now} />
      {PHASES.map(phaseSection)}
      <WhatToExpect incident={incident} />
    </section>
  );
}

interface NextProps {
  task: PlanTask;
  incident: Incident;
  state: AppState;
  now: number;
  onSet: (status: StepStatus, extra?: { until?: number }) => void;
  onGoTo: () => void;
}

/** The one obvious next thing to do, with what it takes and its buttons, and the way into one step at a time. */
function NextTask({ task, incident, state, now, onSet, onGoTo }: NextProps) {
  const info = planTaskStatus(task, incident, state, now);
  const title = taskTitle(task);
  const account = task.accountStep ? taskAccount(task) : undefined;
  return (
    <section class="card next-step" aria-labelledby="next-step-title" data-task={task.id}>
      <p class="small next-label">
        <strong>{t('leak.plan.next')}</strong>
      </p>
      <h3 id="next-step-title">
        {account && (
          <span class="next-account">
            <LangText text={account} />
            {t('common.colon')}
          </span>
        )}
        <span class="next-task">
          <LangText text={title} />
        </span>
      </h3>
      <DueLine task={task} info={info} />
      <p>
        <LangText text={taskHow(task)} />
      </p>
      <TaskAids task={task} incident={incident} />
      <StepActions idBase={`next-${domId(task)}`} title={title} url={task.url} status={info.status} onSet={onSet} snoozeDays={3} />
      <div class="row no-print next-more">
        <a class="button" href={guidedHref(incident.id)}>
          {t('planPage.guided')}
        </a>
        <button type="button" class="link" onClick={onGoTo}>
          {t('leak.plan.goTo')}
        </button>
      </div>
    </section>
  );
}

/** Nothing can be done today: say so, and when the next thing comes. */
function Waiting({ tasks, incident, state, now }: { tasks: PlanTask[]; incident: Incident; state: AppState; now: number }) {
  const lang = currentLanguage();
  const when = (task: PlanTask) => {
    const info = planTaskStatus(task, incident, state, now);
    return info.status === 'snoozed' ? (info.state?.until ?? task.dueAt) : task.dueAt;
  };
  const first = [...tasks].sort((a, b) => when(a) - when(b))[0]!;
  return (
    <section class="card next-step" aria-labelledby="next-step-title">
      <h3 id="next-step-title">{t('planPage.waitingTitle')}</h3>
      <p>{t('planPage.waiting', { task: taskFullTitle(first), date: formatDate(when(first), lang) })}</p>
      <p class="no-print">
        <a class="button" href={guidedHref(incident.id)}>
          {t('planPage.guided')}
        </a>
      </p>
    </section>
  );
}
