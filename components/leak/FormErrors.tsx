// Everything wrong with the leak form, said at once, where a screen reader hears it.
import { t } from '@/lib/i18n';
import { tk } from '@/lib/plan-text';
import { camel } from '@/core/plan/task';
import type { IncidentError } from '@/core/incident-form';

export function FormErrors({ errors, idFor }: { errors: IncidentError[]; idFor: (error: IncidentError) => string }) {
  if (!errors.length) return null;
  return (
    <div class="notice warn" role="alert">
      <p><strong>{t('leak.form.errorsTitle')}</strong></p>
      <ul>
        {errors.map((error) => <li key={error} id={idFor(error)} class="error">{tk(`leak.form.errors.${camel(error)}`)}</li>)}
      </ul>
    </div>
  );
}
