// "What leaked?": one checkbox per kind of data, with the follow-up questions a password or a card brings.
import { t } from '@/lib/i18n';
import { tk } from '@/lib/plan-text';
import { camel } from '@/core/plan/task';
import { LEAKED_DATA, type Account, type LeakedData } from '@/core/model';
import type { IncidentDraft } from '@/core/incident-form';
import { AccountChoices } from './AccountChoices';

interface Props {
  draft: IncidentDraft;
  accounts: Account[];
  invalid: boolean;
  onChange: (change: Partial<IncidentDraft>) => void;
}

export function LeakedChoices({ draft, accounts, invalid, onChange }: Props) {
  const toggle = (data: LeakedData, on: boolean) =>
    onChange({ leaked: on ? LEAKED_DATA.filter((d) => d === data || draft.leaked.includes(d)) : draft.leaked.filter((d) => d !== data) });
  const password = draft.leaked.includes('password');
  return (
    <fieldset aria-invalid={invalid} aria-describedby={invalid ? 'leak-error-nothing-leaked' : undefined}>
      <legend>{t('leak.form.leaked')}</legend>
      <p class="muted small">{t('leak.form.leakedHelp')}</p>
      <div class="choices">
        {LEAKED_DATA.map((data) => (
          <div key={data}>
            <label class="inline">
              <input
                type="checkbox"
                checked={draft.leaked.includes(data)}
                onChange={(e) => toggle(data, (e.currentTarget as HTMLInputElement).checked)}
              />
              {tk(`leak.data.${camel(data)}`)}
            </label>
            {data === 'password' && password && (
              <div class="indent">
                <label class="inline">
                  <input
                    type="checkbox"
                    checked={draft.passwordReused}
                    onChange={(e) => onChange({ passwordReused: (e.currentTarget as HTMLInputElement).checked })}
                  />
                  {t('leak.form.passwordReused')}
                </label>
                {draft.passwordReused && accounts.length > 0 && (
                  <AccountChoices
                    legend={t('leak.form.sharedAccounts')}
                    accounts={accounts}
                    chosen={draft.sharedAccountIds}
                    onChange={(sharedAccountIds) => onChange({ sharedAccountIds })}
                    idPrefix="leak-shared"
                  />
                )}
              </div>
            )}
            {data === 'bank-card' && draft.leaked.includes('bank-card') && (
              <div class="indent">
                <label class="inline">
                  <input
                    type="checkbox"
                    checked={draft.cardSecretsLeaked}
                    onChange={(e) => onChange({ cardSecretsLeaked: (e.currentTarget as HTMLInputElement).checked })}
                  />
                  {t('leak.form.cardSecrets')}
                </label>
              </div>
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
