// The dashboard's first page: how far along the user is, what is most urgent, and what was done lately.
import { labelled, t, pick, currentLanguage } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import { buildGuide, guideProgress, openSteps, type Progress } from '@/core/guide';
import type { AppState } from '@/core/model';
import { CATALOGUE } from '@/data/catalogue';
import { ProgressBar } from '../ProgressBar';
import { routes } from '@/core/routes';

export function overallProgress(state: AppState, now: number): Progress {
  return state.accounts.reduce<Progress>(
    (sum, account) => {
      const p = guideProgress(buildGuide(account, CATALOGUE), state.steps[account.id], now);
      return { closed: sum.closed + p.closed, total: sum.total + p.total, minutesLeft: sum.minutesLeft + p.minutesLeft };
    },
    { closed: 0, total: 0, minutesLeft: 0 },
  );
}

function recentlyDone(state: AppState) {
  const done: { label: string; step: string; at: number }[] = [];
  for (const account of state.accounts) {
    for (const step of buildGuide(account, CATALOGUE)) {
      const s = state.steps[account.id]?.[step.id];
      if (s && (s.status === 'done' || s.status === 'done-other')) done.push({ label: account.label, step: pick(step.title), at: s.at });
    }
  }
  return done.sort((a, b) => b.at - a.at).slice(0, 5);
}

export function Overview({ state }: { state: AppState }) {
  const now = Date.now();
  const urgent = openSteps(state, CATALOGUE, now).slice(0, 5);
  const recent = recentlyDone(state);
  const openIncidents = state.incidents.filter((incident) => !incident.closedAt);
  if (state.accounts.length === 0) {
    return (
      <div>
        <p>{t('options.welcome')}</p>
        <p class="row"><a class="button primary" href={routes.accounts}>{t('overview.start')}</a> <a class="button" href={routes.newLeak}>{t('common.hadLeak')}</a></p>
      </div>
    );
  }
  return (
    <div>
      <ProgressBar label={t('guide.overall')} progress={overallProgress(state, now)} />
      {openIncidents.length > 0 && (
        <section aria-labelledby="open-incidents">
          <h2 id="open-incidents">{t('overview.incidents')}</h2>
          <ul>
            {openIncidents.map((incident) => (
              <li key={incident.id}><a href={routes.leak(incident.id)}>{incident.source || t('overview.incident')}</a> · {formatDate(incident.discoveredAt, currentLanguage())}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="urgent-steps">
        <h2 id="urgent-steps">{t('overview.next')}</h2>
        {urgent.length === 0 ? <p>{t('overview.nothingOpen')}</p> : (
          <ol>
            {urgent.map(({ account, step }) => (
              <li key={`${account.id}:${step.id}`}>
                <a href={routes.account(account.id)}>{account.label}</a>{t('common.colon')}{pick(step.title)} <span class={`tag ${step.risk === 'high' ? 'urgent' : ''}`}>{t(`risk.${step.risk}`)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      {recent.length > 0 && (
        <section aria-labelledby="recent">
          <h2 id="recent">{t('overview.recent')}</h2>
          <ul>
            {recent.map((item) => <li key={`${item.label}:${item.step}:${item.at}`}>✓ {labelled(item.label, item.step)} <span class="muted small">{formatDate(item.at, currentLanguage())}</span></li>)}
          </ul>
        </section>
      )}
    </div>
  );
}
