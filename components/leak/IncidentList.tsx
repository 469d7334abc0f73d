// Every recorded leak, open ones first, with how far its plan has come.
import { t, currentLanguage } from '@/lib/i18n';
import { formatDate } from '@/core/format';
import { CATALOGUE } from '@/data/catalogue';
import { buildPlan, planProgress } from '@/core/plan';
import type { AppState, Incident } from '@/core/model';
import { routes } from '@/core/routes';
import { LangText } from '../LangText';

interface Props {
  state: AppState;
  now: number;
}

function IncidentRow({ incident, state, now }: { incident: Incident; state: AppState; now: number }) {
  const progress = planProgress(buildPlan(incident, state, CATALOGUE), incident, state, now);
  const open = incident.closedAt === undefined;
  return (
    <li class="card">
      <div class="spread">
        <a href={routes.leak(incident.id)}>
          <LangText text={t('leak.summary', { source: incident.source, date: formatDate(incident.discoveredAt, currentLanguage()) })} />
        </a>
        <span class={`tag ${open ? 'warn' : 'ok'}`}>{open ? t('leak.openTag') : t('leak.closedTag')}</span>
      </div>
      <p class="small muted">
        {t('leak.progress', { closed: progress.closed, total: progress.total })}
        {open && progress.urgentOpen > 0 && (
          <>
            {' '}
            · <span class="tag urgent">{t('leak.urgentOpen', progress.urgentOpen)}</span>
          </>
        )}
      </p>
    </li>
  );
}

export function IncidentList({ state, now }: Props) {
  const incidents = [...state.incidents].sort((a, b) => Number(a.closedAt !== undefined) - Number(b.closedAt !== undefined));
  return (
    <section aria-labelledby="leak-list-title">
      <div class="spread">
        <h2 id="leak-list-title">{t('leak.listTitle')}</h2>
        <a class="button primary" href={routes.newLeak}>
          {t('leak.new')}
        </a>
      </div>
      {incidents.length === 0 ? (
        <p>{t('leak.empty')}</p>
      ) : (
        <ul class="plain">
          {incidents.map((incident) => (
            <IncidentRow key={incident.id} incident={incident} state={state} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
