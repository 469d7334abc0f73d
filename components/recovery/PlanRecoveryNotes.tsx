// In a leak plan: what the recovery map adds (which leaked phone or mailbox brings which accounts into the
// lock-down, rings of mailboxes, accounts with no way back), with a link to the map.
import { t, currentLanguage } from '@/lib/i18n';
import type { AppState, Incident } from '@/core/model';
import { joinList } from '@/core/language';
import { routes } from '@/core/routes';
import { recoveryNotes, type RecoveryNote } from '@/core/plan/recovery-notes';
import { CATALOGUE } from '@/data/catalogue';
import { accountLabel } from '@/lib/account-names';

function noteText(note: RecoveryNote, list: (names: string[]) => string): string {
  if (note.kind === 'route') {
    const names = list(note.accounts.map((account) => accountLabel(account)));
    return note.via === 'phone'
      ? t('recovery.plan.phone', { route: note.route, names })
      : t('recovery.plan.mailbox', { route: note.route, names });
  }
  if (note.kind === 'cycle') return t('recovery.map.cycle', { names: list(note.accounts.map((account) => accountLabel(account))) });
  return t('recovery.map.noRecovery', { account: note.account.label });
}

export function PlanRecoveryNotes({ incident, state, now }: { incident: Incident; state: AppState; now: number }) {
  const notes = recoveryNotes(incident, state, CATALOGUE, now);
  if (!notes.length) return null;
  const lang = currentLanguage();
  const list = (names: string[]) => joinList(names, lang);
  return (
    <section class="notice" aria-labelledby="plan-recovery-notes">
      <h3 id="plan-recovery-notes">{t('recovery.plan.title')}</h3>
      <ul>
        {notes.map((note, index) => (
          <li key={index}>{noteText(note, list)}</li>
        ))}
      </ul>
      <p class="no-print">
        <a href={routes.section('map')}>{t('recovery.editor.mapLink')}</a>
      </p>
    </section>
  );
}
