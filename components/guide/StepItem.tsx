// One step of a guide: what to do, where, why, how long, and one click to record how it went.
import { useState } from 'preact/hooks';
import { labelled, t, pick, currentLanguage } from '@/lib/i18n';
import { formatDate, fromDateInput, toDateInput } from '@/core/format';
import type { EffectiveStatus, GuideStep } from '@/core/guide';
import type { StepState, StepStatus } from '@/core/model';
import { DAY } from '@/core/time';
import { NoteEditor } from '../NoteEditor';
import { StatusTag } from './StatusTag';

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
  headingLevel?: 3 | 4;
}


export function StepItem({ step, status, state, checked, onSet, onNote, onOpen, headingLevel = 3 }: StepItemProps) {
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState(toDateInput(Date.now() + 7 * DAY));
  const title = pick(step.title);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const closed = status !== 'open';
  const idBase = `step-${step.id}`;
  return (
    <li class="card step" aria-labelledby={`${idBase}-title`}>
      <div class="spread">
        <Heading id={`${idBase}-title`}>{title}</Heading>
        <StatusTag status={status} state={state} />
      </div>
      <p class="small">
        <span class={`tag ${step.risk === 'high' ? 'urgent' : ''}`}>{t(`risk.${step.risk}`)}</span>{' '}
        <span class="muted">{t('common.minutes', step.minutes)}</span>
      </p>
      {step.how && <p>{pick(step.how)}</p>}
      {!step.verified && (
        <p class="muted small">{t('guide.unverified', { date: formatDate(Date.parse(checked), currentLanguage()) })}</p>
      )}
      {step.why && <p class="small"><strong>{t('guide.why')}</strong> {pick(step.why)}</p>}
      <div class="row">
        {step.url && (
          onOpen ? (
            <button type="button" onClick={() => onOpen(step.url!)} aria-label={labelled(t('guide.openPage'), title)}>{t('guide.openPage')} ↗</button>
          ) : (
            <a class="button" href={step.url} target="_blank" rel="noopener noreferrer" aria-label={labelled(t('guide.openPage'), title)}>
              {t('guide.openPage')} ↗
            </a>
          )
        )}
        {closed ? (
          <button type="button" onClick={() => onSet('pending')}>{t('guide.reopen')}</button>
        ) : (
          <>
            <button type="button" class="primary" onClick={() => onSet('done')}>{t('guide.markDone')}</button>
            <button type="button" onClick={() => onSet('done-other')}>{t('guide.markOther')}</button>
            <button type="button" onClick={() => onSet('not-applicable')}>{t('guide.markNa')}</button>
            <button type="button" aria-expanded={snoozing} onClick={() => setSnoozing(!snoozing)}>{t('guide.snooze')}</button>
          </>
        )}
      </div>
      {snoozing && !closed && (
        <div class="row">
          <label class="inline" for={`${idBase}-until`}>{t('guide.snoozeUntil')}</label>
          <input id={`${idBase}-until`} type="date" value={until} min={toDateInput(Date.now() + DAY)}
            onInput={(e) => setUntil((e.currentTarget as HTMLInputElement).value)} />
          <button type="button" onClick={() => {
            const at = fromDateInput(until);
            if (at && at > Date.now()) { onSet('snoozed', { until: at }); setSnoozing(false); }
          }}>{t('common.save')}</button>
        </div>
      )}
      <details>
        <summary>{t('guide.note')}{state?.note ? ' ✎' : ''}</summary>
        <NoteEditor id={`${idBase}-note`} initial={state?.note ?? ''} onSave={onNote} />
      </details>
    </li>
  );
}
