// The end of an account's guide: what was achieved and what comes next (the next account, an open leak).
import { pick, t } from '@/lib/i18n';
import { effectiveStatus, type GuideStep } from '@/core/guide';
import type { StepState } from '@/core/model';
import { Finish } from './Finish';

export interface GuideNext {
  /** The next account with open steps, with where its guide is. */
  account?: { name: string; href: string };
  /** An open leak's plan. */
  leak?: { source: string; href: string };
}

interface Props {
  name: string;
  steps: GuideStep[];
  states: Record<string, StepState> | undefined;
  checkup: boolean;
  now: number;
  next?: GuideNext;
  onResume?: () => void;
  headingLevel?: 2 | 3;
}

export function GuideFinish({ name, steps, states, checkup, now, next, onResume, headingLevel }: Props) {
  const items = steps.map((step) => ({
    id: step.id,
    title: pick(step.title),
    status: effectiveStatus(states?.[step.id], now),
    state: states?.[step.id],
  }));
  return (
    <Finish
      items={items}
      completeTitle={t('finish.guideTitle', { name })}
      completeLead={t('finish.guideLead')}
      checkup={checkup}
      now={now}
      onResume={onResume}
      headingLevel={headingLevel}
      next={
        <>
          {next?.leak && (
            <li>
              {t('finish.leakOpen')} <a href={next.leak.href}>{next.leak.source}</a>
            </li>
          )}
          {next?.account && (
            <li>
              {t('finish.nextAccount')} <a href={next.account.href}>{next.account.name}</a>
            </li>
          )}
        </>
      }
    />
  );
}
