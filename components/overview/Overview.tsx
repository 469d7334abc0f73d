// The dashboard's first page: an open leak first (its name, progress and next task), then the one priority's
// first items, how far along the user is, and what was done lately. A leak never hides behind the first run.
import '../next/next.css';
import { labelled, t, pick, currentLanguage } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import { buildGuide } from '@/core/guide';
import { overallProgress } from '@/core/progress';
import type { AppState } from '@/core/model';
import { routes } from '@/core/routes';
import { CATALOGUE } from '@/data/catalogue';
import { nextView } from '@/lib/next';
import { ProgressBar } from '../ProgressBar';
import { LeakLead } from '../next/LeakLead';
import { NextCard } from '../next/NextCard';
import { ItemRow } from '../next/ItemRow';
import { LangText } from '../LangText';

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

/** How many of the priority's items the Overview lists after the lead. */
const LISTED = 5;

export function Overview({ state }: { state: AppState }) {
  const now = Date.now();
  const next = nextView(state, now);
  const recent = recentlyDone(state);
  if (state.accounts.length === 0 && !next.leakOpen) {
    return (
      <div>
        <p>{t('options.welcome')}</p>
        <p class="row">
          <a class="button primary" href={routes.accounts}>
            {t('overview.start')}
          </a>{' '}
          <a class="button" href={routes.newLeak}>
            {t('common.hadLeak')}
          </a>
        </p>
        <p>
          <a href={routes.emergency}>{t('emergency.link')}</a>
        </p>
      </div>
    );
  }
  const listed = next.open.filter((view) => view.id !== next.lead?.id).slice(0, LISTED);
  return (
    <div>
      {next.leaks.map((leak, index) => (
        <LeakLead key={leak.incident.id} leak={leak}>
          {leak.next && (
            <NextCard
              view={leak.next}
              headingLevel={3}
              href={routes.leak(leak.incident.id)}
              hrefLabel={index === 0 ? t('next.continue') : labelled(t('next.continue'), leak.name)}
            />
          )}
        </LeakLead>
      ))}
      {!next.leakOpen && next.lead && (
        <section aria-labelledby="overview-lead">
          <h2 id="overview-lead">{t('next.mostImportant')}</h2>
          <NextCard view={next.lead} headingLevel={3} href={next.lead.target} hrefLabel={t('leak.plan.goTo')} />
        </section>
      )}
      {next.leakOpen && (
        <p class="row small">
          <a href={routes.newLeak}>{t('next.newLeak')}</a> <a href={routes.emergency}>{t('emergency.link')}</a>
        </p>
      )}
      {state.accounts.length > 0 && <ProgressBar label={t('guide.overall')} progress={overallProgress(state, CATALOGUE, now)} />}
      <section aria-labelledby="urgent-steps">
        <h2 id="urgent-steps">{next.leakOpen ? t('next.nextSteps') : t('next.then')}</h2>
        {!next.lead ? (
          <p>{t('next.nothingOpen')}</p>
        ) : (
          listed.length > 0 && (
            <ol>
              {listed.map((view) => (
                <ItemRow key={view.id} view={view} href={view.target} />
              ))}
            </ol>
          )
        )}
      </section>
      {recent.length > 0 && (
        <section aria-labelledby="recent">
          <h2 id="recent">{t('overview.recent')}</h2>
          <ul>
            {recent.map((item) => (
              <li key={`${item.label}:${item.step}:${item.at}`}>
                ✓ <LangText text={labelled(item.label, item.step)} />{' '}
                <span class="muted small">{formatDate(item.at, currentLanguage())}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
