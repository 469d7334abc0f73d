// The whole guide of one account: progress, what matters about this site, then its steps.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, pick, currentLanguage } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import { effectiveStatus, guideProgress, isClosed, type GuideStep } from '@/core/guide';
import { twoFactorBanner } from '@/core/two-factor-banner';
import { tk } from '@/lib/plan-text';
import type { Account, StepState, StepStatus } from '@/core/model';
import type { Site } from '@/data/schema';
import { HideFinished } from '../HideFinished';
import { ProgressBar } from '../ProgressBar';
import { StepItem, stepTitleId } from './StepItem';
import { focusSoon } from '../focus';
import { accountFullName, accountLabel } from '@/lib/account-names';
import { LangText } from '../LangText';

export interface GuideViewProps {
  account: Account;
  site: Site | undefined;
  steps: GuideStep[];
  states: Record<string, StepState> | undefined;
  now: number;
  onSet: (step: GuideStep, status: StepStatus, extra?: { until?: number }) => void;
  onNote: (step: GuideStep, note: string) => void;
  onOpen?: (url: string) => void;
  /** 1 where the guide is the whole page (the side panel showing an account picked by hand). */
  headingLevel?: 1 | 2 | 3;
  /** Where the guide is walked one step at a time (the dashboard); no link where there is none. */
  guidedHref?: string;
  /** Shown at the top once every step is dealt with: what was achieved and what comes next. */
  finish?: ComponentChildren;
  /** The account's next item in the one priority, so the guide names the same step as the popup and Overview. */
  pointer?: NextPointer;
}

export interface NextPointer {
  /** The guide step it is (a leak's lock-down task stands for its account step). */
  stepId: string;
  /** Set when the item is an open leak's task: that leak's name and its plan (in a new tab from the side panel). */
  leak?: { name: string; href: string; newTab?: boolean };
}

export const accountName = (account: Account, site: Pick<Site, 'names'> | undefined) =>
  site ? pick(site.names) : (account.customName ?? account.customDomain ?? account.label);

export function lastChecked(site: Site | undefined): string {
  const dates = site?.sources.map((source) => source.checked).sort() ?? [];
  return dates.at(-1) ?? '2026-11-29';
}

export function GuideView({
  account,
  site,
  steps,
  states,
  now,
  onSet,
  onNote,
  onOpen,
  headingLevel = 2,
  guidedHref,
  finish,
  pointer,
}: GuideViewProps) {
  const Heading = headingLevel === 1 ? 'h1' : headingLevel === 2 ? 'h2' : 'h3';
  const banner = site ? twoFactorBanner(site) : undefined;
  const checked = lastChecked(site);
  const [hideFinished, setHideFinished] = useState(false);
  const progress = guideProgress(steps, states, now);
  const complete = progress.total > 0 && progress.closed === progress.total;
  const nextStep = pointer && steps.find((step) => step.id === pointer.stepId);
  const nextState = nextStep && states?.[nextStep.id];
  const shown = hideFinished
    ? steps.filter((step) => step.id === nextStep?.id || !isClosed(effectiveStatus(states?.[step.id], now)))
    : steps;
  return (
    <section aria-labelledby={`guide-${account.id}`}>
      <Heading id={`guide-${account.id}`}>
        <LangText text={t('guide.title', { name: accountFullName(account) })} />
      </Heading>
      <ProgressBar label={accountLabel(account)} progress={progress} showLabel={false} />
      {complete && finish}
      {!complete && guidedHref && (
        <p class="no-print">
          <a class="button" href={guidedHref}>
            {t('planPage.guided')}
          </a>{' '}
          <span class="small muted">{t('guided.entryHelp')}</span>
        </p>
      )}
      {nextStep && (
        <div class="notice next-pointer">
          <p>
            <strong>{t('pointer.label')}</strong>{' '}
            <button type="button" class="link" onClick={() => focusSoon(stepTitleId(nextStep.id))}>
              <LangText text={pick(nextStep.title)} />
            </button>
          </p>
          {pointer?.leak && nextState && isClosed(effectiveStatus(nextState, now)) && (
            // Done before the leak: the step shows "Done", yet the leak's plan needs it again.
            <p class="small">{t('leak.plan.beforeLeak', { date: formatDate(nextState.at, currentLanguage()) })}</p>
          )}
          {pointer?.leak && (
            <p class="small">
              {t('pointer.forLeak', { leak: pointer.leak.name })}{' '}
              <a href={pointer.leak.href} target={pointer.leak.newTab ? '_blank' : undefined} rel="noopener">
                {t('pointer.toPlan')}
              </a>
            </p>
          )}
        </div>
      )}
      {!site && <p class="notice">{t('accounts.genericGuide')}</p>}
      {banner && <p class="small">{tk(banner.key, banner.methodKey ? { method: tk(banner.methodKey) } : undefined)}</p>}
      {site?.hotline && <p class="small notice warn">{t('guide.hotline', { number: site.hotline })}</p>}
      <HideFinished id={`hide-${account.id}`} checked={hideFinished} onChange={setHideFinished} />
      <ol class="plain">
        {shown.map((step) => (
          <StepItem
            key={step.id}
            step={step}
            state={states?.[step.id]}
            status={effectiveStatus(states?.[step.id], now)}
            checked={checked}
            onSet={(status, extra) => onSet(step, status, extra)}
            onNote={(note) => onNote(step, note)}
            onOpen={onOpen}
            headingLevel={(headingLevel + 1) as 2 | 3 | 4}
            next={step.id === nextStep?.id}
          />
        ))}
      </ol>
      {site && (
        <details class="small">
          <summary>{t('guide.sourcesTitle')}</summary>
          <ul>
            {site.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.url}
                </a>{' '}
                ({source.checked}){source.note ? ` — ${source.note}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
