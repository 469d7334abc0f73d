// One step of a guide: what to do, where, why, how long, and one click to record how it went.
import { useRef, useState } from 'preact/hooks';
import { labelled, t, pick, currentLanguage } from '@/lib/i18n';
import { formatDate, fromDateInput, toDateInput } from '@/core/format';
import type { EffectiveStatus, GuideStep } from '@/core/guide';
import type { StepState, StepStatus } from '@/core/model';
import { DAY } from '@/core/time';
import { NoteEditor } from '../NoteEditor';
import { StatusTag } from './StatusTag';
import { LangText } from '../LangText';
import { focusSoon } from '../focus';

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

/** The title of the next open step after this one (wrapping round), or undefined when none is left. */
function nextOpenTitle(item: HTMLLIElement | null): string | undefined {
  const open = [...(item?.parentElement?.querySelectorAll<HTMLLIElement>('li.step[data-open="true"]') ?? [])];
  const at = open.indexOf(item!);
  const next = [...open.slice(at + 1), ...open.slice(0, Math.max(at, 0))].find((one) => one !== item);
  return next?.getAttribute('aria-labelledby') ?? undefined;
}

export function StepItem({ step, status, state, checked, onSet, onNote, onOpen, headingLevel = 3, next = false }: StepItemProps) {
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState(toDateInput(Date.now() + 7 * DAY));
  const title = pick(step.title);
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  const closed = status !== 'open';
  const idBase = `step-${step.id}`;
  const titleId = stepTitleId(step.id);
  const item = useRef<HTMLLIElement>(null);
  /** Records how it went, then focus moves on to the next open step (or stays on this one, if none is left). */
  const mark = (next: StepStatus, extra?: { until?: number }) => {
    const target = next === 'pending' ? undefined : nextOpenTitle(item.current);
    onSet(next, extra);
    focusSoon(target ?? titleId);
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
      <div class="row">
        {step.url &&
          (onOpen ? (
            <button type="button" onClick={() => onOpen(step.url!)} aria-label={labelled(t('guide.openPage'), title)}>
              {t('guide.openPage')} ↗
            </button>
          ) : (
            <a class="button" href={step.url} target="_blank" rel="noopener noreferrer" aria-label={labelled(t('guide.openPage'), title)}>
              {t('guide.openPage')} ↗
            </a>
          ))}
        {closed ? (
          <button type="button" onClick={() => mark('pending')}>
            {t('guide.reopen')}
          </button>
        ) : (
          <>
            <button type="button" class="primary" onClick={() => mark('done')}>
              {t('guide.markDone')}
            </button>
            <button type="button" onClick={() => mark('done-other')}>
              {t('guide.markOther')}
            </button>
            <button type="button" onClick={() => mark('not-applicable')}>
              {t('guide.markNa')}
            </button>
            <button
              type="button"
              aria-expanded={snoozing}
              onClick={() => {
                setSnoozing(!snoozing);
                if (!snoozing) focusSoon(`${idBase}-until`);
              }}
            >
              {t('guide.snooze')}
            </button>
          </>
        )}
      </div>
      {snoozing && !closed && (
        <div class="row">
          <label class="inline" for={`${idBase}-until`}>
            {t('guide.snoozeUntil')}
          </label>
          <input
            id={`${idBase}-until`}
            type="date"
            value={until}
            min={toDateInput(Date.now() + DAY)}
            onInput={(e) => setUntil((e.currentTarget as HTMLInputElement).value)}
          />
          <button
            type="button"
            onClick={() => {
              const at = fromDateInput(until);
              if (at && at > Date.now()) {
                setSnoozing(false);
                mark('snoozed', { until: at });
              }
            }}
          >
            {t('common.save')}
          </button>
        </div>
      )}
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
