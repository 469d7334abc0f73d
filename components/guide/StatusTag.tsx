import { t, currentLanguage } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import type { EffectiveStatus } from '@/core/guide';
import type { StepState } from '@/core/model';

const ICONS: Record<EffectiveStatus, string> = { open: '○', done: '✓', 'done-other': '✓', 'not-applicable': '–', snoozed: '⏸' };

export function statusText(status: EffectiveStatus, state: StepState | undefined): string {
  switch (status) {
    case 'open':
      return t('status.open');
    case 'done':
      return t('status.done');
    case 'done-other':
      return t('status.doneOther');
    case 'not-applicable':
      return t('status.notApplicable');
    case 'snoozed':
      return t('status.snoozed', { date: formatDate(state?.until ?? 0, currentLanguage()) });
  }
}

/** Status as an icon and words, never colour alone. */
export function StatusTag({ status, state }: { status: EffectiveStatus; state: StepState | undefined }) {
  const tone = status === 'open' ? '' : status === 'snoozed' ? 'warn' : 'ok';
  return (
    <span class={`tag ${tone}`}>
      <span aria-hidden="true">{ICONS[status]} </span>
      {statusText(status, state)}
    </span>
  );
}
