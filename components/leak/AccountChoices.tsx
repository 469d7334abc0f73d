// A checkbox list of the user's accounts (affected by the leak, or sharing its password).
import { t } from '@/lib/i18n';
import { tk } from '@/lib/plan-text';
import type { Account } from '@/core/model';
import { LangText } from '../LangText';
import { accountLabel } from '@/lib/account-names';

interface Props {
  legend: string;
  help?: string;
  accounts: Account[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  idPrefix: string;
}

export function AccountChoices({ legend, help, accounts, chosen, onChange, idPrefix }: Props) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((one) => one !== id));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {help && <p class="muted small">{help}</p>}
      {accounts.length === 0 && <p class="small">{t('leak.form.noAccounts')}</p>}
      {accounts.map((account) => (
        <label class="inline" key={account.id} for={`${idPrefix}-${account.id}`}>
          <input
            id={`${idPrefix}-${account.id}`}
            type="checkbox"
            checked={chosen.includes(account.id)}
            onChange={(e) => toggle(account.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <LangText text={accountLabel(account)} /> <span class="muted small">({tk(`category.${account.category}`)})</span>
        </label>
      ))}
    </fieldset>
  );
}
