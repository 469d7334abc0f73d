import { t } from '@/lib/i18n';
import type { Account } from '@/core/model';
import { accountFullName } from '@/lib/account-names';
import { otherLanguageOf } from '../LangText';

interface Props {
  accounts: Account[];
  value: string | undefined;
  onChange: (id: string) => void;
}

/** Which account's guide to show. Each option is marked selected itself, so the box never shows blank. */
export function AccountPicker({ accounts, value, onChange }: Props) {
  const chosen = accounts.some((account) => account.id === value) ? value : '';
  return (
    <div>
      <label for="account-picker">{t('sidepanelPick.label')}</label>
      <select id="account-picker" value={chosen} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {!chosen && (
          <option value="" selected>
            {t('sidepanelPick.none')}
          </option>
        )}
        {accounts.map((account) => {
          const name = accountFullName(account);
          return (
            <option key={account.id} value={account.id} selected={account.id === chosen} lang={otherLanguageOf(name)}>
              {name}
            </option>
          );
        })}
      </select>
    </div>
  );
}
