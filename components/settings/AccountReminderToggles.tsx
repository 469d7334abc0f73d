// Per-account "don't remind me": the account's steps stay in the dashboard, only the reminders stop.
import { t } from '@/lib/i18n';
import type { Account } from '@/core/model';

interface Props {
  accounts: readonly Account[];
  onToggle: (account: Account, mute: boolean) => void;
}

export function AccountReminderToggles({ accounts, onToggle }: Props) {
  return (
    <fieldset>
      <legend>{t('settings.accounts.legend')}</legend>
      {accounts.length === 0 ? (
        <p class="muted">{t('settings.accounts.none')}</p>
      ) : (
        <>
          <p class="muted small">{t('settings.accounts.help')}</p>
          {accounts.map((account) => (
            <label class="inline" key={account.id}>
              <input
                type="checkbox"
                checked={account.noReminders === true}
                onChange={(e) => onToggle(account, (e.currentTarget as HTMLInputElement).checked)}
              />
              {t('settings.accounts.mute', { label: account.label })}
            </label>
          ))}
        </>
      )}
    </fieldset>
  );
}
