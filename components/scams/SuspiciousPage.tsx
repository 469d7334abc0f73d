// Dashboard → #/suspicious[/<leak id>]: the suspicious-contact form for the leak named, or the newest open
// one. Without an open leak there is nothing to file it under: it says so and offers to record the leak.
import { t } from '@/lib/i18n';
import type { AppState, Evidence } from '@/core/model';
import { routes } from '@/core/routes';
import { SuspiciousForm } from './SuspiciousForm';

interface Props {
  state: AppState;
  incidentId?: string;
  onSave: (item: Evidence) => Promise<void>;
}

export function SuspiciousPage({ state, incidentId, onSave }: Props) {
  const open = state.incidents.filter((incident) => !incident.closedAt);
  const incident = state.incidents.find((i) => i.id === incidentId) ?? open[0];
  if (!incident) {
    return (
      <div class="notice">
        <p>{t('scams.form.noLeak')}</p>
        <p>
          <a class="button primary" href={routes.newLeak}>
            {t('common.hadLeak')}
          </a>
        </p>
      </div>
    );
  }
  return <SuspiciousForm key={incident.id} incident={incident} onSave={onSave} />;
}
