// One step of a guide: what to do, where, why, how long, and one click to record how it went.
import { useRef } from 'preact/hooks';
import { t, pick, currentLanguage } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import type { EffectiveStatus, GuideStep } from '@/core/guide';
import type { StepState, StepStatus } from '@/core/model';
import { NoteEditor } from '../NoteEditor';
import { StatusTag } from './StatusTag';
import { LangText } from '../LangText';
import { FINISH_TITLE, firstControl, focusWhen } from '../focus';
import { StepActions } from './StepActions';

export interface StepItemProps {
  step: GuideStep;
  status: EffectiveStatus;
  state: StepState | undefined;
  /** The date the site's facts were last checked, shown with unverified menu paths. */
  checked: string;
  onSet: (status: StepStatus, extra?: { until?: number }) => void;
  onNote: (note: string) => void;
  /** The side panel opens a step's page in the current tab; elsewhere it opens a new tab. */
  onOpen?: (url: string) => void;
  headingLevel?: 2 | 3 | 4;
  /** The account's next item in the one priority (core/priority.ts nextForAccount): marked "Next". */
  next?: boolean;
}

/** The id of a step's heading: what the guide's "next" pointer moves focus to. */
export const stepTitleId = (stepId: string) => `step-${stepId}-title`;

/** The next open step after this one (wrapping round), or undefined when none is left. */
function nextOpen(item: HTMLLIElement | null): HTMLLIElement | undefined {
  const open = [...(item?.parentElement?.querySelectorAll<HTMLLIElement>('li.step[data-open="true"]') ?? [])];
  const at = open.indexOf(item!);
  return [...open.slice(at + 1), ...open.slice(0, Math.max(at, 0))].find((one) => one !== item);
}

export function StepItem({ step, status, state, checked, onSet, onNote, onOpen, headingLevel = 3, next = false }: StepItemProps) {
  const title = pick(step.title);
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  const closed = status !== 'open';
  const idBase = `step-${step.id}`;
  const titleId = stepTitleId(step.id);
  const item = useRef<HTMLLIElement>(null);
  /** Records how it went, then focus moves on to the next open step's first control; when none is left, to
   *  the guide's finish (or, while a step is only put off, back to this step). Reopened, it stays here. */
  const mark = (to: StepStatus, extra?: { until?: number }) => {
    const target = to === 'pending' ? undefined : nextOpen(item.current);
    // This step's own buttons change once it is re-rendered closed or open: wait for that.
    const own = (open: boolean) =>
      item.current?.dataset.open === String(open) ? firstControl(item.current.querySelector('.step-actions')) : null;
    let waited = 0;
    onSet(to, extra);
    if (target) focusWhen(() => firstControl(target.querySelector('.step-actions')));
    else if (to === 'pending') focusWhen(() => own(true));
    else focusWhen(() => document.getElementById(FINISH_TITLE) ?? (++waited > 10 ? own(false) : null));
  };
  return (
    <li
      ref={item}
      class={next ? 'card step next' : 'card step'}
      aria-labelledby={titleId}
      aria-current={next ? 'step' : undefined}
      data-open={String(!closed)}
    >
      <div class="spread">
        <Heading id={titleId}>
          <LangText text={title} />
        </Heading>
        <span>
          {next && (
            <>
              <span class="tag next-tag">{t('pointer.tag')}</span>{' '}
            </>
          )}
          <StatusTag status={status} state={state} />
        </span>
      </div>
      {/* A guide step is ranked, not alarming: "urgent" is kept for a leak's open work (the plan says it). */}
      <p class="small">
        <span class="tag">{t(`risk.${step.risk}`)}</span> <span class="muted">{t('common.minutes', step.minutes)}</span>
      </p>
      {step.how && (
        <p>
          <LangText text={pick(step.how)} />
        </p>
      )}
      {!step.verified && <p class="muted small">{t('guide.unverified', { date: formatDate(Date.parse(checked), currentLanguage()) })}</p>}
      {step.why && (
        <p class="small">
          <strong>{t('guide.why')}</strong> <LangText text={pick(step.why)} />
        </p>
      )}
      <StepActions idBase={idBase} title={title} url={step.url} status={status} onSet={mark} onOpen={onOpen} snoozeDays={7} />
      <details>
        <summary>
          {t('guide.note')}
          {state?.note ? ' ✎' : ''}
        </summary>
        <NoteEditor id={`${idBase}-note`} initial={state?.note ?? ''} onSave={onNote} />
      </details>
    </li>
  );
}
