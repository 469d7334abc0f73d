// Everything wrong with the leak form, said at once, where a screen reader hears it. The form moves focus
// here (and so scrolls it into view) when a save fails; each line leads to its field.
import { t } from '@/lib/i18n';
import { tk } from '@/lib/plan-text';
import { camel } from '@/core/plan/task';
import type { IncidentError } from '@/core/incident-form';

interface Props {
  id: string;
  errors: IncidentError[];
  idFor: (error: IncidentError) => string;
  onFix: (error: IncidentError) => void;
}

export function FormErrors({ id, errors, idFor, onFix }: Props) {
  if (!errors.length) return null;
  return (
    <div id={id} class="notice error-summary" role="alert" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>{t('leak.form.errorsTitle')}</strong>
      </p>
      <ul>
        {errors.map((error) => (
          <li key={error} id={idFor(error)} class="error">
            <button type="button" class="link" onClick={() => onFix(error)}>
              {tk(`leak.form.errors.${camel(error)}`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
