// One task of the plan: what to do, why, by when, and one click to record how it went (done, done another way,
// not applicable, snoozed), with an optional note. A lock-down task is its account's guide step. Once closed,
// a task is one line: its title, how it went and when, and a way to reopen it.
import type { ComponentChildren } from 'preact';
import { t, currentLanguage } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import { joinList } from '@/core/language';
import { isClosed } from '@/core/guide';
import { camel } from '@/core/plan/task';
import type { StepStatus } from '@/core/model';
import type { TaskStatusInfo } from '@/core/plan/status';
import type { PlanTask } from '@/core/plan/types';
import { taskHow, taskTitle, taskWhy, tk } from '@/lib/plan-text';
import { StatusTag } from '../guide/StatusTag';
import { NoteEditor } from '../NoteEditor';
import { StepActions } from '../guide/StepActions';
import { LangText } from '../LangText';

interface Props {
  task: PlanTask;
  info: TaskStatusInfo;
  headingLevel: 4 | 5;
  onSet: (status: StepStatus, extra?: { until?: number }) => void;
  onNote: (note: string) => void;
  children?: ComponentChildren;
}

export const domId = (task: PlanTask) => `task-${task.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export function DueLine({ task, info }: { task: PlanTask; info: TaskStatusInfo }) {
  const lang = currentLanguage();
  // Honest urgency is decided in one place (core/plan/status.ts taskUrgency): nothing is urgent once the leak
  // is dealt with. The date still says when it was due.
  const overdue = info.status === 'open' && info.urgency === 'overdue';
  return (
    <p class="small">
      {info.urgency && task.urgent && (
        <>
          <span class="tag urgent">{t('leak.plan.urgent')}</span>{' '}
        </>
      )}
      <span class={overdue ? 'error' : 'muted'}>
        {overdue
          ? t('leak.plan.overdue', { date: formatDate(task.dueAt, lang) })
          : t('leak.plan.due', { date: formatDate(task.dueAt, lang) })}
      </span>
      {' · '}
      <span class="muted">{t('common.minutes', task.minutes)}</span>
    </p>
  );
}

export function TaskItem({ task, info, headingLevel, onSet, onNote, children }: Props) {
  const id = domId(task);
  const Heading = headingLevel === 4 ? 'h4' : 'h5';
  const title = taskTitle(task);
  // A closed task shrinks to one line (its title, status and date), so what is left to do stands out.
  if (isClosed(info.status)) {
    return (
      <li id={id} class="task closed" aria-labelledby={`${id}-title`}>
        <Heading id={`${id}-title`} tabIndex={-1}>
          <LangText text={title} />
        </Heading>
        <StatusTag status={info.status} state={info.state} />
        {info.state && <span class="small muted">{formatDate(info.state.at, currentLanguage())}</span>}
        {info.stored?.note && (
          <span class="small task-note">
            {t('leak.task.notePrefix')} {info.stored.note}
          </span>
        )}
        <button type="button" class="link no-print" onClick={() => onSet('pending')}>
          {t('leak.task.reopen')}
        </button>
      </li>
    );
  }
  return (
    <li id={id} class="card task" aria-labelledby={`${id}-title`}>
      <div class="spread">
        <Heading id={`${id}-title`} tabIndex={-1}>
          <LangText text={title} />
        </Heading>
        <StatusTag status={info.status} state={info.state} />
      </div>
      <DueLine task={task} info={info} />
      {info.reason === 'before-leak' && info.stored && (
        <p class="notice warn small">{t('leak.plan.beforeLeak', { date: formatDate(info.stored.at, currentLanguage()) })}</p>
      )}
      <p>
        <LangText text={taskHow(task)} />
      </p>
      <p class="small">
        <strong>{t('leak.plan.why')}</strong> <LangText text={taskWhy(task)} />
      </p>
      {task.because && task.phase !== 'lock-down' && (
        <p class="small muted">
          {t('leak.plan.because', {
            items: joinList(
              task.because.map((d) => tk(`leak.data.${camel(d)}`)),
              currentLanguage(),
            ),
          })}
        </p>
      )}
      {children}
      <StepActions idBase={id} title={title} url={task.url} status={info.status} onSet={onSet} snoozeDays={3} />
      <details class="no-print">
        <summary>
          {t('guide.note')}
          {info.stored?.note ? ' ✎' : ''}
        </summary>
        <NoteEditor id={`${id}-note`} initial={info.stored?.note ?? ''} onSave={onNote} />
      </details>
      {info.stored?.note && (
        <p class="small">
          <strong>{t('leak.task.notePrefix')}</strong> {info.stored.note}
        </p>
      )}
    </li>
  );
}
