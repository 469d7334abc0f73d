// Shown under text that looks like a password, PIN or one-time code: AfterLeak must never hold one, so the
// user either removes it or says, deliberately, that it is not a secret.
import { t } from '@/lib/i18n';

interface Props {
  id: string;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}

export function SecretWarning({ id, confirmed, onConfirm }: Props) {
  return (
    <div class="notice warn">
      <p id={id} role="alert">{t('notes.looksSecret')}</p>
      <label class="inline">
        <input type="checkbox" checked={confirmed} onChange={(event) => onConfirm((event.currentTarget as HTMLInputElement).checked)} />
        {t('notes.notSecret')}
      </label>
    </div>
  );
}
