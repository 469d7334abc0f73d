// "One step at a time": one step per screen with its instructions, its page link and the four answers (done,
// done another way, not applicable, later), a stepper that shows where the user is, and a finish screen.
// The position lives in the address (the container passes it in and moves it), so a reload resumes.
import { DAY } from '@/core/time';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { currentLanguage, t } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import { isClosed, type EffectiveStatus } from '@/core/guide';
import type { StepState, StepStatus } from '@/core/model';
import { viewMemory } from '@/lib/view-memory';
import { StatusTag, statusText } from '../guide/StatusTag';
import { StepActions, actionsId } from '../guide/StepActions';
import { FINISH_TITLE, firstControl } from '../focus';
import './guided.css';
import { LangText } from '../LangText';

export interface GuidedStep {
  id: string;
  title: string;
  /** What the step belongs to, shown above its title (an account, a phase). */
  context?: string;
  how: string;
  why?: string;
  minutes: number;
  url?: string;
  status: EffectiveStatus;
  state?: StepState;
  /** Due date, urgency and the like, shown under the title. */
  meta?: ComponentChildren;
  /** What the step needs at hand: a checklist, a letter to copy, a link to the evidence log. */
  extra?: ComponentChildren;
}

/** The position in the address after ".../guided/": a step's id, or FINISH for the finish screen. */
export const FINISH = 'finish';
/** The id of a finish screen's heading, which takes focus when it appears. */
export { FINISH_TITLE };

interface Props {
  /** Names the walk, e.g. "One step at a time: MegaShop". */
  title: string;
  steps: GuidedStep[];
  /** The step shown, or FINISH. */
  position: string;
  /** Where "Leave" goes (the whole plan or guide). */
  exitHref: string;
  /** How many days "Later" puts a step off. */
  laterDays: number;
  now: number;
  onSet: (step: GuidedStep, status: StepStatus, extra?: { until?: number }) => void;
  /** Moves to another step (its id) or to FINISH. */
  onMove: (position: string) => void;
  /** The side panel opens a page in the current tab; elsewhere a link opens a new tab. */
  onOpen?: (url: string) => void;
  finish: ComponentChildren;
}

/** The step to start on: the remembered one if it is still open, else the preferred one (the priority's next),
 *  else the first open one, else the finish. */
export function startPosition(steps: readonly GuidedStep[], remembered: string | undefined, preferred?: string): string {
  const isOpen = (id: string | undefined) => steps.some((step) => step.id === id && step.status === 'open');
  if (isOpen(remembered)) return remembered!;
  if (isOpen(preferred)) return preferred!;
  return steps.find((step) => step.status === 'open')?.id ?? FINISH;
}

/** After answering step `index`: the next open step after it, else an earlier open one, else the finish. */
export function nextPosition(steps: readonly GuidedStep[], index: number): string {
  const after = steps.slice(index + 1).find((step) => step.status === 'open');
  const before = steps.slice(0, index).find((step) => step.status === 'open');
  return (after ?? before)?.id ?? FINISH;
}

/** Remembers the position per walk for this tab, so that coming back through the entry button resumes. */
export const rememberPosition = {
  read: (walk: string) => viewMemory.read(`guided.${walk}`),
  write: (walk: string, position: string) => viewMemory.remember(`guided.${walk}`, position),
};

export function GuidedWalk({ title, steps, position, exitHref, laterDays, now, onSet, onMove, onOpen, finish }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  /** True when the move was an answer: focus then goes to the next step's first control, ready to act. */
  const answered = useRef(false);
  const index = steps.findIndex((step) => step.id === position);
  const finished = position === FINISH || index < 0;
  // Each move puts focus on the new step's heading (or the finish screen's), so a keyboard or screen-reader
  // user carries on from there; after an answer, on the next step's first control (its page, or Done).
  useEffect(() => {
    const first = answered.current ? firstControl(document.getElementById(actionsId('guided-step'))) : null;
    answered.current = false;
    const target = finished ? document.getElementById(FINISH_TITLE) : (first ?? heading.current);
    target?.focus();
  }, [position, finished]);
  const step = finished ? undefined : steps[index]!;
  const answer = (status: StepStatus, extra?: { until?: number }) => {
    if (!step) return;
    onSet(step, status, extra);
    answered.current = true;
    onMove(nextPosition(steps, index));
  };
  const closedCount = steps.filter((one) => isClosed(one.status)).length;
  const laterUntil = now + laterDays * DAY;
  return (
    <section aria-labelledby="guided-title" class="guided">
      <div class="spread">
        <h2 id="guided-title">
          <LangText text={title} />
        </h2>
        <a href={exitHref}>{t('guided.leave')}</a>
      </div>
      <p class="small muted">{t('guided.countDone', { closed: closedCount, total: steps.length })}</p>
      <nav aria-label={t('guided.stepper')}>
        <ol class="stepper">
          {steps.map((one, i) => {
            const closed = isClosed(one.status);
            const name = `${t('guided.stepName', { n: i + 1, total: steps.length, title: one.title })}${t('common.colon')}${statusText(one.status, one.state)}`;
            return (
              <li key={one.id}>
                <button
                  type="button"
                  class={`dot ${closed ? 'closed' : one.status}`}
                  aria-label={name}
                  title={name}
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => onMove(one.id)}
                >
                  <span aria-hidden="true">{closed ? '✓' : one.status === 'snoozed' ? '⏸' : i + 1}</span>
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              class="dot dot-finish"
              aria-label={t('guided.finishName')}
              title={t('guided.finishName')}
              aria-current={finished ? 'step' : undefined}
              onClick={() => onMove(FINISH)}
            >
              <span aria-hidden="true">★</span>
            </button>
          </li>
        </ol>
      </nav>
      {step ? (
        <div class="card guided-step">
          {step.context && (
            <p class="small muted guided-context">
              <LangText text={step.context} />
            </p>
          )}
          <h3 id="guided-step-title" ref={heading} tabIndex={-1}>
            <span class="guided-step-count">{t('guided.count', { n: index + 1, total: steps.length })}</span>
            <LangText text={step.title} />
          </h3>
          <p class="small">
            <StatusTag status={step.status} state={step.state} />
            {!step.meta && <span class="muted"> {t('common.minutes', step.minutes)}</span>}
          </p>
          {step.meta}
          <p class="guided-how">
            <LangText text={step.how} />
          </p>
          {step.why && (
            <p class="small">
              <strong>{t('guide.why')}</strong> <LangText text={step.why} />
            </p>
          )}
          {step.extra}
          <StepActions
            idBase="guided-step"
            title={step.title}
            url={step.url}
            status={step.status}
            onSet={(status, extra) => (status === 'pending' ? onSet(step, 'pending') : answer(status, extra))}
            onOpen={onOpen}
            laterUntil={laterUntil}
            answerSnoozed
            closedLead={
              <button type="button" class="primary" onClick={() => onMove(nextPosition(steps, index))}>
                {t('guided.continue')}
              </button>
            }
          />
          {!isClosed(step.status) && (
            <p class="small muted">{t('guided.laterHelp', { date: formatDate(laterUntil, currentLanguage()) })}</p>
          )}
        </div>
      ) : (
        <div class="guided-finish">{finish}</div>
      )}
      <div class="spread guided-nav">
        <button
          type="button"
          disabled={!finished && index <= 0}
          onClick={() => onMove(finished ? (steps.at(-1)?.id ?? FINISH) : steps[index - 1]!.id)}
        >
          ← {t('guided.previous')}
        </button>
        {!finished && (
          <button type="button" onClick={() => onMove(index + 1 < steps.length ? steps[index + 1]!.id : FINISH)}>
            {t('guided.skip')} →
          </button>
        )}
      </div>
    </section>
  );
}
