// What to take to the police, from what leaked.
import { t } from '@/lib/i18n';
import { policeChecklist } from '@/core/plan/templates';
import { tk } from '@/lib/plan-text';
import type { Incident } from '@/core/model';

export function PoliceChecklist({ incident }: { incident: Incident }) {
  return (
    <div class="checklist">
      <p><strong>{t('plan.police.bring.title')}</strong></p>
      <ul>
        {policeChecklist(incident).map((key) => <li key={key}>{tk(key)}</li>)}
      </ul>
    </div>
  );
}
