import { t } from '@/lib/i18n';
import type { Account } from '@/core/model';

interface Props {
  accounts: Account[];
  value: string | undefined;
  onChange: (id: string) => void;
}

export function AccountPicker({ accounts, value, onChange }: Props) {
  return (
    <div>
      <label for="account-picker">{t('sidepanelPick.label')}</label>
      <select id="account-picker" value={value ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="" disabled>{t('sidepanelPick.none')}</option>
        {accounts.map((account) => <option key={account.id} value={account.id}>{account.label}</option>)}
      </select>
    </div>
  );
}
