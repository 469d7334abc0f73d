// The buttons of one task: open its page, then done / done another way / not applicable / snooze until a
// date, or back to "to do" once it is closed.
import { useState } from 'preact/hooks';
import { labelled, t } from '@/lib/i18n';
import { fromDateInput, toDateInput } from '@/core/format';
import type { EffectiveStatus } from '@/core/guide';
import type { StepStatus } from '@/core/model';
import { DAY } from '@/core/time';

interface Props {
  idBase: string;
  title: string;
  url?: string;
  status: EffectiveStatus;
  onSet: (status: StepStatus, extra?: { until?: number }) => void;
}

export function TaskButtons({ idBase, title, url, status, onSet }: Props) {
  const [snoozing, setSnoozing] = useState(false);
  const [until, setUntil] = useState(() => toDateInput(Date.now() + 3 * DAY));
  const saveSnooze = () => {
    const at = fromDateInput(until);
    if (at !== undefined && at > Date.now()) {
      onSet('snoozed', { until: at });
      setSnoozing(false);
    }
  };
  return (
    <>
      <div class="row no-print">
        {url && (
          <a class="button" href={url} target="_blank" rel="noopener noreferrer" aria-label={labelled(t('leak.plan.openPage'), title)}>
            {t('leak.plan.openPage')} ↗
          </a>
        )}
        {status === 'open' ? (
          <>
            <button type="button" class="primary" onClick={() => onSet('done')}>
              {t('leak.task.done')}
            </button>
            <button type="button" onClick={() => onSet('done-other')}>
              {t('leak.task.other')}
            </button>
            <button type="button" onClick={() => onSet('not-applicable')}>
              {t('leak.task.na')}
            </button>
            <button type="button" aria-expanded={snoozing} onClick={() => setSnoozing(!snoozing)}>
              {t('leak.task.snooze')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => onSet('pending')}>
            {t('leak.task.reopen')}
          </button>
        )}
      </div>
      {snoozing && status === 'open' && (
        <div class="row no-print">
          <label class="inline" for={`${idBase}-until`}>
            {t('leak.task.snoozeUntil')}
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
    </>
  );
}
