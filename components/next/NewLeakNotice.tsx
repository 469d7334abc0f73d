// Above the new-leak form, when a leak response is already open: the way back to it, so "I had a leak" never
// starts a second leak without saying so. (The emergency card's link is inside the form, near its top.)
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
    </div>
  );
}
