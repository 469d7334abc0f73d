// Above the new-leak form: the emergency card one click away, and, when a leak response is already open, the way
// back to it: "I had a leak" never starts a second leak without saying so.
import type { Incident } from '@/core/model';
import { routes } from '@/core/routes';
import { t } from '@/lib/i18n';

export function NewLeakNotice({ open, name }: { open?: Incident; name?: string }) {
  return (
    <div class="new-leak-notice">
      {open && (
        <div class="notice" role="note">
          <p>{t('next.anotherLeakOpen', { name: name ?? '' })}</p>
          <a class="button primary" href={routes.leak(open.id)}>
            {t('next.continue')}
          </a>
        </div>
      )}
      <p>
        <a href={routes.emergency}>{t('emergency.link')}</a>
      </p>
    </div>
  );
}
