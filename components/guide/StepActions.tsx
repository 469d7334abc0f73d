// The buttons of one step, written once for a guide's step, a leak's task, the plan's next-task card and one
// step at a time: first the step's page, then Done, Done another way, Not applicable and Snooze (a date) or
// Later (a fixed date); once closed, back to "to do". The how-to sits above them in each card, so the order a
// reader meets is how-to, page, Done.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { labelled, t } from '@/lib/i18n';
import { fromDateInput, toDateInput } from '@/core/format';
import type { EffectiveStatus } from '@/core/guide';
import type { StepStatus } from '@/core/model';
import { DAY } from '@/core/time';
import { focusSoon } from '../focus';

export interface StepActionsProps {
  /** The ids inside start with it: `<idBase>-actions` (the buttons), `<idBase>-until` (the snooze date). */
  idBase: string;
  /** The step's title, which names the page link ("Open the page: <title>"). */
  title: string;
  url?: string;
  status: EffectiveStatus;
  onSet: (status: StepStatus, extra?: { until?: number }) => void;
  /** The side panel opens a step's page in the current tab; elsewhere it is a link to a new tab. */
  onOpen?: (url: string) => void;
  /** The date Snooze offers first, in days from today. */
  snoozeDays?: number;
  /** One step at a time: "Later" puts the step off until this time at once, without asking for a date. */
  laterUntil?: number;
  /** Shown first once the step is closed (one step at a time: "Continue"). */
  closedLead?: ComponentChildren;
  /** One step at a time: a step put off is answered like an open one when the user comes back to it. */
  answerSnoozed?: boolean;
}

/** The id of the element that holds a step's buttons; its first control is the step's "first control". */
export const actionsId = (idBase: string) => `${idBase}-actions`;

export function StepActions({
  idBase,
  title,
  url,
  status,
  onSet,
  onOpen,
  snoozeDays = 7,
  laterUntil,
  closedLead,
  answerSnoozed,
}: StepActionsProps) {
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState(() => toDateInput(Date.now() + snoozeDays * DAY));
  const open = status === 'open' || (answerSnoozed === true && status === 'snoozed');
  const saveSnooze = () => {
    const at = fromDateInput(until);
    if (at !== undefined && at > Date.now()) {
      setSnoozing(false);
      onSet('snoozed', { until: at });
    }
  };
  const page =
    url &&
    (onOpen ? (
      <button type="button" onClick={() => onOpen(url)} aria-label={labelled(t('guide.openPage'), title)}>
        {t('guide.openPage')} ↗
      </button>
    ) : (
      <a class="button" href={url} target="_blank" rel="noopener noreferrer" aria-label={labelled(t('guide.openPage'), title)}>
        {t('guide.openPage')} ↗
      </a>
    ));
  return (
    <div id={actionsId(idBase)} class="step-actions no-print">
      <div class="row">
        {page}
        {open ? (
          <div class="row" role="group" aria-label={t('guided.answers')}>
            <button type="button" class="primary" onClick={() => onSet('done')}>
              {t('guide.markDone')}
            </button>
            <button type="button" onClick={() => onSet('done-other')}>
              {t('guide.markOther')}
            </button>
            <button type="button" onClick={() => onSet('not-applicable')}>
              {t('guide.markNa')}
            </button>
            {laterUntil !== undefined ? (
              <button type="button" onClick={() => onSet('snoozed', { until: laterUntil })}>
                {t('guided.later')}
              </button>
            ) : (
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
            )}
          </div>
        ) : (
          <>
            {closedLead}
            <button type="button" onClick={() => onSet('pending')}>
              {t('guide.reopen')}
            </button>
          </>
        )}
      </div>
      {snoozing && open && (
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
          <button type="button" onClick={saveSnooze}>
            {t('leak.task.snoozeSave')}
          </button>
        </div>
      )}
    </div>
  );
}
