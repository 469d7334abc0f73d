// A switch that hides the steps or tasks already dealt with, so that what is left stands out. It lives in the
// view only: reopening the page shows everything again, and nothing is hidden from the report.
import { t } from '@/lib/i18n';

interface Props {
  id: string;
  checked: boolean;
  onChange: (hide: boolean) => void;
}

export function HideFinished({ id, checked, onChange }: Props) {
  return (
    <p class="small no-print">
      <label class="inline" for={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
        {t('common.hideFinished')}
      </label>
    </p>
  );
}
