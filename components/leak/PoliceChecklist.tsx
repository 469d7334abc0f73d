// What to take to the police, from what leaked, and what to ask for before leaving.
import { t } from '@/lib/i18n';
import { policeAsks, policeChecklist } from '@/core/plan/templates';
import { tk } from '@/lib/plan-text';
import type { Incident } from '@/core/model';

export function PoliceChecklist({ incident }: { incident: Incident }) {
  return (
    <div class="checklist">
      <p>
        <strong>{t('plan.police.bring.title')}</strong>
      </p>
      <ul>
        {policeChecklist(incident).map((key) => (
          <li key={key}>{tk(key)}</li>
        ))}
      </ul>
      <p>
        <strong>{t('plan.police.ask.title')}</strong>
      </p>
      <ul>
        {policeAsks(incident).map((key) => (
          <li key={key}>{tk(key)}</li>
        ))}
      </ul>
    </div>
  );
}
