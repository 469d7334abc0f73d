// A finish that feels like one: what was achieved (accounts secured, steps and tasks done, with their dates)
// and what comes next (what was put off, the report to print, the next check-up). Shown at the end of the
// guided walk and at the top of a guide or plan once nothing is left open.
import { DAY } from '@/core/time';
import type { ComponentChildren } from 'preact';
import { currentLanguage, t } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import { joinList } from '@/core/language';
import { isClosed, type EffectiveStatus } from '@/core/guide';
import { CHECKUP_EVERY_DAYS } from '@/core/reminders/schedule';
import type { StepState } from '@/core/model';
import { statusText } from '../guide/StatusTag';
import { FINISH_TITLE } from './GuidedWalk';
import './guided.css';

export interface FinishItem {
  id: string;
  title: string;
  status: EffectiveStatus;
  state?: StepState;
  /** The account it secures, for lock-down tasks. */
  group?: string;
}

interface Props {
  items: FinishItem[];
  /** "Plan complete" / "Your Gmail guide is complete" */
  completeTitle: string;
  /** One line under the title when everything is dealt with: what that means for the user. */
  completeLead: string;
  /** Whether the six-monthly check-up reminder is on (Settings). */
  checkup: boolean;
  now: number;
  /** Extra "what comes next" lines (the report, mark as dealt with, the next account). */
  next?: ComponentChildren;
  /** Where to carry on when something is still open. */
  onResume?: () => void;
  headingLevel?: 2 | 3;
}

export function Finish({ items, completeTitle, completeLead, checkup, now, next, onResume, headingLevel = 3 }: Props) {
  const lang = currentLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const closed = items.filter((item) => isClosed(item.status));
  const later = items.filter((item) => item.status === 'snoozed');
  const open = items.filter((item) => item.status === 'open');
  const complete = closed.length === items.length;
  const dates = closed.map((item) => item.state?.at).filter((at): at is number => at !== undefined);
  const first = dates.length ? Math.min(...dates) : undefined;
  const last = dates.length ? Math.max(...dates) : undefined;
  // Groups (accounts) whose every item is dealt with.
  const groups = [...new Set(items.map((item) => item.group).filter((g): g is string => !!g))];
  const secured = groups.filter((group) => items.filter((item) => item.group === group).every((item) => isClosed(item.status)));
  const count = (status: EffectiveStatus) => closed.filter((item) => item.status === status).length;
  const checkupAt = (last ?? now) + CHECKUP_EVERY_DAYS * DAY;
  return (
    <section aria-labelledby={FINISH_TITLE} class={`finish card${complete ? ' complete' : ''}`}>
      <Heading id={FINISH_TITLE} tabIndex={-1}>
        <span aria-hidden="true">{complete ? '✓ ' : ''}</span>
        {complete ? completeTitle : open.length ? t('finish.notYet', open.length) : t('finish.forNow')}
      </Heading>
      {complete && <p>{completeLead}</p>}
      {!complete && open.length > 0 && onResume && (
        <p>
          <button type="button" class="primary" onClick={onResume}>
            {t('finish.resume')}
          </button>
        </p>
      )}
      <Sub>{t('finish.achieved')}</Sub>
      <ul class="finish-facts">
        <li>{t('finish.closedCount', { closed: closed.length, total: items.length })}</li>
        {closed.length > 0 && (
          <li>{t('finish.breakdown', { done: count('done'), other: count('done-other'), na: count('not-applicable') })}</li>
        )}
        {secured.length > 0 && <li>{t('finish.secured', { n: secured.length, names: joinList(secured, lang) })}</li>}
        {first !== undefined && last !== undefined && (
          <li>
            {first === last || formatDate(first, lang) === formatDate(last, lang)
              ? t('finish.on', { date: formatDate(last, lang) })
              : t('finish.between', { from: formatDate(first, lang), to: formatDate(last, lang) })}
          </li>
        )}
      </ul>
      {closed.length > 0 && (
        <details class="small">
          <summary>{t('finish.list', closed.length)}</summary>
          <ul>
            {closed.map((item) => (
              <li key={item.id}>
                {item.group ? `${item.group}${t('common.colon')}` : ''}
                {item.title}
                {t('common.colon')}
                {statusText(item.status, item.state)}
                {item.state && <span class="muted"> · {formatDate(item.state.at, lang)}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Sub>{t('finish.next')}</Sub>
      <ul class="finish-next">
        {later.map((item) => (
          <li key={item.id}>{t('finish.later', { title: item.title, date: formatDate(item.state?.until ?? now, lang) })}</li>
        ))}
        {next}
        <li>
          {checkup
            ? t('finish.checkup', { date: formatDate(checkupAt, lang) })
            : t('finish.checkupOff', { date: formatDate(checkupAt, lang) })}
        </li>
      </ul>
    </section>
  );
}
